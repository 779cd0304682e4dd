package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/readout/readout/graph"
)

func newWhoCmd() *command {
	c := &command{
		Name:      "who",
		UsageLine: "readout who [--db DB] [--json] ENTITY",
		Short:     "print what the readouts say about an entity: offices, counterparts, institutions",
		Long: `Who prints what the database knows about ENTITY: its names and codes; the
offices it held, each with the days and readouts that observed it (for a
state or institution: the persons seen holding its offices); its
counterparts, the other participants of the interactions it took part in
(not those acting for the same side), with how often and when; and the
institutions named in the readouts of those interactions.

` + entityHelp + `

With --json, one JSON object: entity, alternate_names, iso3, qid, offices,
holders, counterparts, institutions, interactions and readouts. Otherwise
a short header and one table per section.

Examples:
  readout who "Ilham Aliyev"
  readout who AZE --json

` + analystExit,
		Flags: newFlags("who"),
	}
	db := dbFlag(c.Flags)
	asJSON := c.Flags.Bool("json", false, "print one JSON object")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 1 {
			return usagef("want one ENTITY, got %d arguments", len(args))
		}
		return runWho(ctx, e, resolveDB(*db, e), args[0], *asJSON)
	}
	return c
}

func runWho(ctx context.Context, e *env, db, name string, asJSON bool) error {
	return withStore(ctx, db, func(s *graph.Store) error {
		ent, err := s.Resolve(ctx, name)
		if err != nil {
			return err
		}
		p, err := s.Who(ctx, ent.ID)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSONLines(e.Stdout, p)
		}
		tw := newTable(e.Stdout)
		fmt.Fprintf(tw, "%s\t%s (%s)\n", p.Entity.Name, p.Entity.ID, p.Entity.Kind)
		if len(p.AlternateNames) > 0 {
			fmt.Fprintf(tw, "also\t%s\n", strings.Join(p.AlternateNames, "; "))
		}
		if p.ISO3 != "" {
			fmt.Fprintf(tw, "ISO3\t%s\n", p.ISO3)
		}
		if p.QID != "" {
			fmt.Fprintf(tw, "Wikidata\t%s\n", p.QID)
		}
		fmt.Fprintf(tw, "named in\t%d readouts\ntook part in\t%d interactions\n", p.Readouts, p.Interactions)
		if err := tw.Flush(); err != nil {
			return err
		}
		// One table of offices, with a HOLDER column for a state's or
		// institution's, one line per observation.
		offices := func(os []graph.Office, holders bool) {
			if len(os) == 0 {
				return
			}
			head := ""
			if holders {
				head = "HOLDER\t"
			}
			fmt.Fprintf(tw, "\n%sOFFICE\tTITLES\tOF\tOBSERVED\tREADOUT\n", head)
			for _, o := range os {
				holder, of := "", "-"
				if holders && o.Holder != nil {
					holder = o.Holder.Name + "\t"
				}
				if o.Of != nil {
					of = o.Of.Name
				}
				for i, ob := range o.Observed {
					if i == 0 {
						fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s\t%s\n", holder, orDash(o.Office), strings.Join(o.Titles, "; "), of, orDash(ob.Date), ob.Source)
						continue
					}
					if holders {
						fmt.Fprint(tw, "\t")
					}
					fmt.Fprintf(tw, "\t\t\t%s\t%s\n", orDash(ob.Date), ob.Source)
				}
			}
		}
		offices(p.Offices, false)
		offices(p.Holders, true)
		if len(p.Counterparts) > 0 {
			fmt.Fprintln(tw, "\nCOUNTERPART\tINTERACTIONS\tFIRST\tLAST")
			for _, c := range p.Counterparts {
				fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", c.Entity.Name, c.Interactions, orDash(c.First), orDash(c.Last))
			}
		}
		if len(p.Institutions) > 0 {
			fmt.Fprintln(tw, "\nINSTITUTION\tREADOUTS")
			for _, m := range p.Institutions {
				fmt.Fprintf(tw, "%s\t%d\n", m.Entity.Name, m.Readouts)
			}
		}
		return tw.Flush()
	})
}
