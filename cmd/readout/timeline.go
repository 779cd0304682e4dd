package main

import (
	"context"
	"fmt"

	"github.com/readout/readout/graph"
)

func newTimelineCmd() *command {
	c := &command{
		Name:      "timeline",
		UsageLine: "readout timeline [--db DB] [--json] ENTITY",
		Short:     "print the interactions an entity took part in, in date order",
		Long: `Timeline prints the interactions (calls, meetings, visits, letters) that
ENTITY took part in, in date order, undated ones last, with the readouts
that report each: two governments' readouts of the same call are one
interaction with two readouts. A state or institution takes part through
the persons who held its offices; they are listed as "via".

` + entityHelp + `

With --json, each interaction is one JSON object per line: iri, type, date,
participants and readouts ({iri, source, title, publisher, published,
date}), and via. Otherwise a table with one line per readout.

Examples:
  readout timeline "Ilham Aliyev"
  readout timeline person/vladimir-putin --json
  readout timeline AZE

` + analystExit,
		Flags: newFlags("timeline"),
	}
	db := dbFlag(c.Flags)
	asJSON := c.Flags.Bool("json", false, "print JSON Lines, one interaction per line")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 1 {
			return usagef("want one ENTITY, got %d arguments", len(args))
		}
		return runTimeline(ctx, e, resolveDB(*db, e), args[0], *asJSON)
	}
	return c
}

func runTimeline(ctx context.Context, e *env, db, name string, asJSON bool) error {
	return withStore(ctx, db, func(s *graph.Store) error {
		ent, err := s.Resolve(ctx, name)
		if err != nil {
			return err
		}
		entries, err := s.Timeline(ctx, ent.ID)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSONLines(e.Stdout, entries...)
		}
		// The VIA column only for an entity that took part through others.
		via := ""
		for _, t := range entries {
			if len(t.Via) > 0 {
				via = "VIA\t"
			}
		}
		tw := newTable(e.Stdout)
		fmt.Fprintf(tw, "DATE\tTYPE\tPARTICIPANTS\t%sPUBLISHED\tREADOUT\n", via)
		for _, t := range entries {
			for i, r := range t.Readouts {
				date, typ, parts, by := orDash(t.Date), t.Type, names(t.Participants), orDash(names(t.Via))+"\t"
				if i > 0 { // another account of the same interaction
					date, typ, parts, by = "", "", "", "\t"
				}
				if via == "" {
					by = ""
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s%s\t%s\n", date, typ, parts, by, orDash(r.Published), r.Source)
			}
		}
		return tw.Flush()
	})
}
