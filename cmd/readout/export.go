package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/readout/readout/graph"
)

func newExportCmd() *command {
	c := &command{
		Name:      "export",
		UsageLine: "readout export [--db DB] [--format FORMAT] [--graph READOUT] [-o FILE|DIR]",
		Short:     "write the graph database as N-Quads, JSON-LD, GraphML, DOT or CSV",
		Long: `Export writes the database, or with --graph one readout of it, in one of
these formats:

  nquads   every quad with its graph label (the readout it came from, or the
           entity it describes), sorted, so that the same database always
           exports the same bytes; N-Quads 1.1 that strict parsers accept.
           A whole bolt database is sorted in temporary files under $TMPDIR
           (/tmp by default), about twice the size of the export
  jsonld   the same quads as one JSON-LD 1.1 document compacted with
           readout's context (schema/context.jsonld, inlined): one
           {"@id": label, "@graph": [...]} object per named graph
  graphml  the actor network for Gephi: persons and states that took part
           in the same events, with a kind attribute, tied by edges
           weighted by the number of those events
  dot      the same network for Graphviz (persons as ellipses, states as
           boxes)
  csv      the same network as two files for spreadsheets and Gephi's
           import: DIR/nodes.csv and DIR/edges.csv; needs -o DIR

--graph READOUT limits the export to one readout, named by its IRI
(https://readout.dev/readout/...) or by the source path it was loaded from,
as given to 'readout load': its graph and the entities it names as it
describes them.

With -o FILE the export goes to FILE, written whole or not at all;
otherwise (or with -o -) to standard output. With --format csv, -o names a
directory, created if needed, and each file in it is written whole or not
at all.

Examples:
  readout export > readouts.nq
  readout export | serdi -i nquads -o nquads - > /dev/null
  readout export --format jsonld -o readouts.jsonld
  readout export --format graphml -o actors.graphml
  readout export --format dot | dot -Tsvg > actors.svg
  readout export --format csv -o network/
  readout export --graph testdata/readouts/000-seed.txt --format dot

EXIT STATUS
  0  the export was written
  1  the database could not be read, --graph named no readout of it, or
     the output could not be written
  2  usage error
  130 interrupted`,
		Flags: newFlags("export"),
	}
	db := dbFlag(c.Flags)
	format := c.Flags.String("format", "nquads", "output `format`: "+strings.Join(graph.Formats, ", "))
	readout := c.Flags.String("graph", "", "export only the readout with this IRI or source `path`")
	output := c.Flags.StringP("output", "o", "-", "write to `FILE` (a directory for csv) instead of standard output")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		switch {
		case len(args) != 0:
			return usagef("unexpected arguments %q", args)
		case !slices.Contains(graph.Formats, *format):
			return usagef("unknown --format %q: want %s", *format, strings.Join(graph.Formats, ", "))
		case *format == "csv" && (*output == "-" || *output == ""):
			return usagef("--format csv writes two files, nodes.csv and edges.csv: give -o DIR")
		}
		opts := graph.ExportOptions{Format: *format, Readout: *readout}
		return runExport(ctx, e, resolveDB(*db, e), opts, *output)
	}
	return c
}

func runExport(ctx context.Context, e *env, db string, opts graph.ExportOptions, output string) error {
	s, err := graph.Open(ctx, db, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	if opts.Format == "csv" {
		return exportCSV(ctx, s, opts, output)
	}
	if output == "-" || output == "" {
		return s.Export(ctx, e.Stdout, opts)
	}
	return writeFiles([]string{output}, func(ws []io.Writer) error {
		return s.Export(ctx, ws[0], opts)
	})
}

// exportCSV writes dir/nodes.csv and dir/edges.csv, creating dir.
func exportCSV(ctx context.Context, s *graph.Store, opts graph.ExportOptions, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	files := []string{filepath.Join(dir, "nodes.csv"), filepath.Join(dir, "edges.csv")}
	return writeFiles(files, func(ws []io.Writer) error {
		return s.ExportCSV(ctx, ws[0], ws[1], opts)
	})
}

// writeFiles calls write with one writer per path, each a temporary file
// beside its path, and renames them into place if write succeeds, so that
// a failed export never leaves a truncated file.
func writeFiles(paths []string, write func([]io.Writer) error) error {
	var (
		tmps []*os.File
		ws   []io.Writer
	)
	defer func() {
		for _, f := range tmps {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	for _, p := range paths {
		f, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".*")
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		tmps = append(tmps, f)
		ws = append(ws, f)
	}
	if err := write(ws); err != nil {
		return err
	}
	for i, f := range tmps {
		if err := f.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.Chmod(f.Name(), 0o644); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.Rename(f.Name(), paths[i]); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	return nil
}
