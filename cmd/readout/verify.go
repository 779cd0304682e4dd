package main

import (
	"context"
	"fmt"

	"github.com/readout/readout/graph"
)

func newVerifyCmd() *command {
	c := &command{
		Name:      "verify",
		UsageLine: "readout verify [--db DB] [-q]",
		Short:     "check that every readout graph is whole and every reference resolves",
		Long: `Verify reads every readout graph in the database and checks it: the readout
node has its source, content hash and extractor version; the graph holds
only the readout, its events, claims and roles (each typed) and its entity
records; its main event, claim events and roles are in the graph; every
entity it names has an entity record and a graph of its own with a type and
a name; its main event points to one interaction that is described.

Each problem is one line on standard output, "IRI (source): problem"; the
summary goes to standard error. The database is opened read-only.

Examples:
  readout verify
  readout verify --db /data/readout.db

EXIT STATUS
  0  every readout graph is whole
  1  problems were found (each printed), or the database failed
  2  usage error
  130 interrupted`,
		Flags: newFlags("verify"),
	}
	db := dbFlag(c.Flags)
	quiet := c.Flags.BoolP("quiet", "q", false, "print only the problems")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 0 {
			return usagef("unexpected arguments %q", args)
		}
		return runVerify(ctx, e, resolveDB(*db, e), *quiet)
	}
	return c
}

func runVerify(ctx context.Context, e *env, db string, quiet bool) error {
	return withStore(ctx, db, func(s *graph.Store) error {
		problems, st, err := s.Verify(ctx)
		if err != nil {
			return err
		}
		for _, p := range problems {
			fmt.Fprintln(e.Stdout, p)
		}
		if len(problems) > 0 {
			return fmt.Errorf("verify %s: %d problems in %d readouts checked", db, len(problems), st.Readouts)
		}
		if !quiet {
			fmt.Fprintf(e.Stderr, "verified %d readouts, %d quads: no problems\n", st.Readouts, st.Quads)
		}
		return nil
	})
}
