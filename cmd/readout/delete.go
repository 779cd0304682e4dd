package main

import (
	"context"
	"fmt"

	"github.com/readout/readout/graph"
)

func newDeleteCmd() *command {
	c := &command{
		Name:      "delete",
		UsageLine: "readout delete [--db DB] [-q] READOUT...",
		Short:     "remove readouts from the graph database",
		Long: `Delete removes each READOUT, named by its source path or URL exactly as it
was loaded, or by its IRI (https://readout.dev/readout/...): its named graph,
what it alone said about the entities it names, and its account of the
interaction it reports. Each readout is removed whole, in one transaction.

Examples:
  readout delete testdata/readouts/000-seed.txt
  readout delete https://readout.dev/readout/93248098305ba9da

EXIT STATUS
  0  every READOUT was deleted
  1  some READOUT is not in the database (each reported), or the database failed
  2  usage error
  130 interrupted (readouts already deleted stay deleted)`,
		Flags: newFlags("delete"),
	}
	db := dbFlag(c.Flags)
	quiet := c.Flags.BoolP("quiet", "q", false, "print no summary, only errors")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) == 0 {
			return usagef("no READOUT given")
		}
		return runDelete(ctx, e, resolveDB(*db, e), args, *quiet)
	}
	return c
}

func runDelete(ctx context.Context, e *env, db string, readouts []string, quiet bool) error {
	s, err := graph.Open(ctx, db, graph.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	deleted, missing := 0, 0
	for _, r := range readouts {
		if err := ctx.Err(); err != nil {
			return err
		}
		ok, err := s.Delete(ctx, r)
		if err != nil {
			return err
		}
		if !ok {
			fmt.Fprintf(e.Stderr, "readout: %s: no such readout in %s\n", r, db)
			missing++
			continue
		}
		deleted++
	}
	if !quiet {
		fmt.Fprintf(e.Stderr, "deleted %d readouts\n", deleted)
	}
	if err := s.Precompute(ctx); err != nil {
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	if missing > 0 {
		return errFailed
	}
	return nil
}
