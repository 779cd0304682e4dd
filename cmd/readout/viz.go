package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/web"
)

func newVizCmd() *command {
	c := &command{
		Name:      "viz",
		UsageLine: "readout viz [--db DB] [--from D] [--to D] [--state ISO3] [--min-weight N] [--level person|state] [--type T] -o FILE.html|FILE.svg",
		Short:     "draw the actor network as a self-contained HTML page or an SVG image",
		Long: `Viz writes the actor network of the database (readout network) to FILE:

  FILE.html  the network page of readout serve as one file, its data,
             script and cytoscape.js inline: it opens from disk, with no
             network and no server, with the page's filters, node sizes and
             community colours, and each node's readouts, counterparts and
             claims
  FILE.svg   a static image laid out by Graphviz (sfdp, else neato, from
             the Debian package graphviz): nodes coloured by community and
             sized by degree, edges labelled with their weight

--from, --to, --state, --min-weight and --level select the edges as for
readout network; --type keeps the interactions of one event type
(phone_call, meeting, visit, ...). -o - writes the HTML to standard output.

Examples:
  readout viz -o network.html
  readout viz --level state --from 2025-01-01 -o states.svg

EXIT STATUS
  0  the file was written
  1  the database could not be read, or Graphviz is missing or failed
  2  usage error`,
		Flags: newFlags("viz"),
	}
	db := dbFlag(c.Flags)
	out := c.Flags.StringP("output", "o", "", "write to `FILE` (.html or .svg; - for HTML on standard output)")
	from := c.Flags.String("from", "", "keep interactions on or after `DAY` (YYYY-MM-DD)")
	to := c.Flags.String("to", "", "keep interactions on or before `DAY` (YYYY-MM-DD)")
	state := c.Flags.String("state", "", "keep edges touching the state with this `ISO3` code")
	minWeight := c.Flags.Int("min-weight", 1, "drop edges of weight below `N`")
	level := c.Flags.String("level", "", "draw only `person` or state edges (default both)")
	typ := c.Flags.String("type", "", "keep interactions of event `TYPE` only")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 0 {
			return usagef("unexpected arguments %q", args)
		}
		format := strings.ToLower(filepath.Ext(*out))
		switch {
		case *out == "":
			return usagef("no -o FILE given (.html or .svg)")
		case *out == "-":
			format = ".html"
		case format != ".html" && format != ".htm" && format != ".svg":
			return usagef("-o %s: want a .html or .svg file", *out)
		}
		for _, d := range []struct{ flag, v string }{{"from", *from}, {"to", *to}} {
			if err := checkDay(d.flag, d.v); err != nil {
				return err
			}
		}
		switch {
		case *state != "" && !isISO3(*state):
			return usagef("--state %q: want an ISO3 code such as AZE", *state)
		case *minWeight < 1:
			return usagef("--min-weight must be at least 1")
		case *level != "" && *level != string(graph.PersonLevel) && *level != string(graph.StateLevel):
			return usagef("unknown --level %q: want person or state", *level)
		}
		opts := graph.NetworkOptions{From: *from, To: *to, State: strings.ToUpper(*state),
			MinWeight: *minWeight, Level: graph.Level(*level)}
		return runViz(ctx, e, resolveDB(*db, e), *out, format == ".svg", opts, *typ)
	}
	return c
}

func runViz(ctx context.Context, e *env, db, out string, svg bool, opts graph.NetworkOptions, typ string) error {
	var buf bytes.Buffer
	err := withStore(ctx, db, func(s *graph.Store) error {
		if svg {
			n, err := web.Network(ctx, s, opts, typ)
			if err != nil {
				return err
			}
			return web.WriteSVG(ctx, &buf, n)
		}
		d, err := web.Viz(ctx, s, opts, typ)
		if err != nil {
			return err
		}
		return web.WriteHTML(&buf, d)
	})
	if err != nil {
		return err
	}
	if out == "-" {
		_, err := e.Stdout.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(e.Stderr, "readout: wrote %s (%d bytes)\n", out, buf.Len())
	return nil
}
