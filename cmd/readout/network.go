package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/readout/readout/graph"
)

func newNetworkCmd() *command {
	c := &command{
		Name:      "network",
		UsageLine: "readout network [--db DB] [--from D] [--to D] [--state ISO3] [--min-weight N] [--level person|state] [--json]",
		Short:     "print who took part in interactions with whom, and how often",
		Long: `Network prints the actor network of the database: an edge between every
two persons who took part in the same interactions, and one between every
two states whose people (or who themselves) did, weighted by the number of
distinct interactions, with the first and last of their dates. Two readouts
of the same call (each government's account) are one interaction and count
once. A person acts for the states it held an office of in the readouts of
the interaction.

--from and --to keep the interactions dated within those days (inclusive;
undated interactions are then left out); --state keeps the edges that touch
the state with that ISO3 code; --min-weight drops lighter edges; --level
keeps one level. Edges are sorted by level (persons first), then weight.

With --json, each edge is one JSON object per line: level, source and
target ({id, name, kind}), weight, first, last and the IRIs of its
interactions. Otherwise a table.

Examples:
  readout network
  readout network --level state --state AZE
  readout network --from 2025-01-01 --min-weight 2 --json

` + analystExit,
		Flags: newFlags("network"),
	}
	db := dbFlag(c.Flags)
	from := c.Flags.String("from", "", "keep interactions on or after `DAY` (YYYY-MM-DD)")
	to := c.Flags.String("to", "", "keep interactions on or before `DAY` (YYYY-MM-DD)")
	state := c.Flags.String("state", "", "keep edges touching the state with this `ISO3` code")
	minWeight := c.Flags.Int("min-weight", 1, "drop edges of weight below `N`")
	level := c.Flags.String("level", "", "print only `person` or state edges (default both)")
	asJSON := c.Flags.Bool("json", false, "print JSON Lines, one edge per line")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 0 {
			return usagef("unexpected arguments %q", args)
		}
		if err := checkDay("from", *from); err != nil {
			return err
		}
		if err := checkDay("to", *to); err != nil {
			return err
		}
		switch {
		case *from != "" && *to != "" && *to < *from:
			return usagef("--to %s is before --from %s", *to, *from)
		case *state != "" && !isISO3(*state):
			return usagef("--state %q: want an ISO3 code such as AZE", *state)
		case *minWeight < 1:
			return usagef("--min-weight must be at least 1")
		case *level != "" && *level != string(graph.PersonLevel) && *level != string(graph.StateLevel):
			return usagef("unknown --level %q: want person or state", *level)
		}
		opts := graph.NetworkOptions{From: *from, To: *to, State: strings.ToUpper(*state),
			MinWeight: *minWeight, Level: graph.Level(*level)}
		return runNetwork(ctx, e, resolveDB(*db, e), opts, *asJSON)
	}
	return c
}

func isISO3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

func runNetwork(ctx context.Context, e *env, db string, opts graph.NetworkOptions, asJSON bool) error {
	return withStore(ctx, db, func(s *graph.Store) error {
		edges, err := s.Network(ctx, opts)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSONLines(e.Stdout, edges...)
		}
		tw := newTable(e.Stdout)
		fmt.Fprintln(tw, "LEVEL\tSOURCE\tTARGET\tWEIGHT\tFIRST\tLAST")
		for _, ed := range edges {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", ed.Level, ed.Source.Name, ed.Target.Name, ed.Weight,
				orDash(ed.First), orDash(ed.Last))
		}
		return tw.Flush()
	})
}
