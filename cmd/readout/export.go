package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/readout/readout/graph"
)

func newExportCmd() *command {
	c := &command{
		Name:      "export",
		UsageLine: "readout export [--db DB] [--format nquads] [-o FILE]",
		Short:     "write the whole graph database as N-Quads",
		Long: `Export writes every quad of the database, each with its graph label (the
readout it came from), sorted, so that the same database always exports the
same bytes. The output is N-Quads 1.1 that strict parsers accept:

  readout export | serdi -i nquads -o nquads - > /dev/null

With -o FILE the export goes to FILE, written whole or not at all;
otherwise (or with -o -) to standard output.

Examples:
  readout export > readouts.nq
  readout export --db /data/readout.db -o /tmp/readouts.nq

EXIT STATUS
  0  the export was written
  1  the database could not be read or the output written
  2  usage error
  130 interrupted`,
		Flags: newFlags("export"),
	}
	db := dbFlag(c.Flags)
	format := c.Flags.String("format", "nquads", "output `format`: "+strings.Join(graph.Formats, ", "))
	output := c.Flags.StringP("output", "o", "-", "write to `FILE` instead of standard output")
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
		}
		return runExport(ctx, e, resolveDB(*db, e), *format, *output)
	}
	return c
}

func runExport(ctx context.Context, e *env, db, format, output string) error {
	s, err := graph.Open(ctx, db, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	if output == "-" || output == "" {
		return s.Export(ctx, e.Stdout, format)
	}
	// Write a temporary file beside output and rename it, so that a failed
	// export never leaves a truncated file.
	f, err := os.CreateTemp(filepath.Dir(output), "."+filepath.Base(output)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(f.Name())
	if err := s.Export(ctx, f, format); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(f.Name(), output); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
