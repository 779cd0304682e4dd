package main

import (
	"context"
	"fmt"

	"github.com/readout/readout/graph"
)

func newStatsCmd() *command {
	c := &command{
		Name:      "stats",
		UsageLine: "readout stats [--db DB] [--json]",
		Short:     "print counts of readouts, interactions, entities, claims and quads",
		Long: `Stats counts what the database holds: readouts; their events (mentioned
ones included); interactions, the distinct calls, meetings and visits they
report, and how many of those several readouts report; persons, states and
institutions; claims; and quads.

With --json, one JSON object with the keys readouts, events, interactions,
merged, persons, states, institutions, claims and quads.

Examples:
  readout stats
  readout stats --db /data/readout.db --json

EXIT STATUS
  0  the counts were printed
  1  the database could not be read
  2  usage error
  130 interrupted`,
		Flags: newFlags("stats"),
	}
	db := dbFlag(c.Flags)
	asJSON := c.Flags.Bool("json", false, "print one JSON object")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 0 {
			return usagef("unexpected arguments %q", args)
		}
		return runStats(ctx, e, resolveDB(*db, e), *asJSON)
	}
	return c
}

func runStats(ctx context.Context, e *env, db string, asJSON bool) error {
	return withStore(ctx, db, func(s *graph.Store) error {
		st, err := s.Stats(ctx)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSONLines(e.Stdout, st)
		}
		tw := newTable(e.Stdout)
		for _, r := range []struct {
			name string
			n    int64
		}{
			{"readouts", int64(st.Readouts)},
			{"events", int64(st.Events)},
			{"interactions", int64(st.Interactions)},
			{"  reported by several readouts", int64(st.Merged)},
			{"persons", int64(st.Persons)},
			{"states", int64(st.States)},
			{"institutions", int64(st.Institutions)},
			{"claims", int64(st.Claims)},
			{"quads", st.Quads},
		} {
			fmt.Fprintf(tw, "%s\t%d\n", r.name, r.n)
		}
		return tw.Flush()
	})
}
