package main

import (
	"context"
	"fmt"

	"github.com/readout/readout/graph"
)

func newClaimsCmd() *command {
	c := &command{
		Name:      "claims",
		UsageLine: "readout claims [--db DB] [--by ENTITY] [--about ENTITY] [--verb V] [--cameo C] [--json]",
		Short:     "print what was said: claims with speaker, verb, text and source",
		Long: `Claims prints the claims of the readouts in the database (the reported
speech acts and stances of the participants: "expressed concern about ...",
"welcomed ...") in date order, each with its speakers, verb, text, the
readout it comes from and the byte offsets of the text in that readout.

--by keeps the claims of ENTITY (for a state or institution, those of the
persons who held its offices in the claim's readout); --about keeps the
claims about ENTITY; --verb keeps the claims whose verb is V or starts with
V ("expressed" keeps "expressed concern"), ignoring case; --cameo keeps the
claims whose CAMEO code starts with C ("04" keeps 040 to 046). Claims of the
readouts of the same interaction share its IRI, so what each side stressed
about the same call is one --json query away.

` + entityHelp + `

With --json, each claim is one JSON object per line: iri, speakers, verb,
text, about, cameo, plover, modality, date, readout ({iri, source, title,
...}), start and end (byte offsets of text, end exclusive) and interaction.
Otherwise a table, with long texts cut.

Examples:
  readout claims --by "Ilham Aliyev"
  readout claims --about AZE --verb "expressed" --json
  readout claims --by state/TUR --cameo 04

` + analystExit,
		Flags: newFlags("claims"),
	}
	db := dbFlag(c.Flags)
	by := c.Flags.String("by", "", "keep claims made by `ENTITY`")
	about := c.Flags.String("about", "", "keep claims about `ENTITY`")
	verb := c.Flags.String("verb", "", "keep claims whose verb is or starts with `V`")
	cameo := c.Flags.String("cameo", "", "keep claims whose CAMEO code starts with `C`")
	asJSON := c.Flags.Bool("json", false, "print JSON Lines, one claim per line")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 0 {
			return usagef("unexpected arguments %q", args)
		}
		f := graph.ClaimFilter{Verb: *verb, CAMEO: *cameo}
		return runClaims(ctx, e, resolveDB(*db, e), *by, *about, f, *asJSON)
	}
	return c
}

func runClaims(ctx context.Context, e *env, db, by, about string, f graph.ClaimFilter, asJSON bool) error {
	return withStore(ctx, db, func(s *graph.Store) error {
		for _, x := range []struct {
			name string
			id   *string
		}{{by, &f.By}, {about, &f.About}} {
			if x.name == "" {
				continue
			}
			ent, err := s.Resolve(ctx, x.name)
			if err != nil {
				return err
			}
			*x.id = ent.ID
		}
		claims, err := s.Claims(ctx, f)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSONLines(e.Stdout, claims...)
		}
		tw := newTable(e.Stdout)
		fmt.Fprintln(tw, "DATE\tSPEAKER\tVERB\tTEXT\tREADOUT\tOFFSETS")
		for _, cl := range claims {
			verb := cl.Verb
			if cl.Modality != "" {
				verb += " [" + cl.Modality + "]"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d-%d\n", orDash(cl.Date), cell(orDash(names(cl.Speakers)), 40),
				verb, cell(cl.Text, 60), cl.Readout.Source, cl.Start, cl.End)
		}
		return tw.Flush()
	})
}
