package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"text/tabwriter"

	"github.com/readout/readout/extract"
)

func newEvalCmd() *command {
	c := &command{
		Name:      "eval",
		UsageLine: "readout eval --gold GOLD.jsonl [--json] [-v] PATH...",
		Short:     "score the extractor against gold annotations",
		Long: `Eval extracts every readout under PATH (files, directories or - as for
extract) and scores the records against the gold annotations in GOLD.jsonl:
precision, recall and F1 of participants, states, institutions, other persons
and claims, and the accuracy of the event type, date and initiator. Records
are matched to gold lines by file name, else by ID. The matching rules are
those of shared/eval/score.py; the gold format is that of
testdata/gold/dev.jsonl (one JSON object per readout: id, file, event_type,
event_date, initiator, participants, states, institutions, persons_other,
claims).

With -v it also lists, per readout, the fields that differ from the gold.
With --json it prints the scores as one JSON object.

Examples:
  readout eval --gold testdata/gold/dev.jsonl testdata/readouts
  readout eval --gold my-gold.jsonl --json my-readouts/

EXIT STATUS
  0  scored (whatever the scores)
  1  a file could not be read, or the gold file is invalid
  2  usage error
  130 interrupted`,
		Flags: newFlags("eval"),
	}
	goldPath := c.Flags.String("gold", "", "gold annotations, one JSON object per line (`FILE`)")
	asJSON := c.Flags.Bool("json", false, "print the scores as JSON")
	verbose := c.Flags.BoolP("verbose", "v", false, "list the differing fields of each readout")
	maxBytes := c.Flags.Int64("max-bytes", defaultMaxBytes, "refuse readouts larger than `N` bytes")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		paths, err := c.parse(args)
		if err != nil {
			return err
		}
		if *goldPath == "" {
			return usagef("--gold is required")
		}
		if len(paths) == 0 {
			return usagef("no PATH given")
		}
		return runEval(ctx, e, *goldPath, paths, *asJSON, *verbose, readOptions{maxBytes: *maxBytes})
	}
	return c
}

// runEval extracts the readouts under paths and prints their scores
// against the gold file.
func runEval(ctx context.Context, e *env, goldPath string, paths []string, asJSON, verbose bool, opts readOptions) error {
	f, err := os.Open(goldPath)
	if err != nil {
		return trimPathErr(goldPath, err)
	}
	gold, err := extract.ReadGold(goldPath, f)
	f.Close()
	if err != nil {
		return err
	}
	inputs, err := listInputs(paths)
	if err != nil {
		return err
	}
	var recs []*extract.Record
	failed := 0
	err = forEachResult(ctx, inputs, e.Stdin, opts, func(r result) error {
		for _, err := range r.errs {
			fmt.Fprintf(e.Stderr, "readout: %v\n", err)
		}
		if len(r.errs) > 0 {
			failed++
		}
		recs = append(recs, r.recs...)
		return nil
	})
	if err != nil {
		return err
	}
	s := extract.Evaluate(gold, recs)
	if asJSON {
		out := map[string]any{"readouts": s.Readouts, "missing_records": s.Missing}
		prf := map[string]map[string]float64{}
		for _, name := range extract.FieldNames {
			f := s.Fields[name]
			prf[name] = map[string]float64{"precision": round4(f.P()), "recall": round4(f.R()), "f1": round4(f.F1())}
		}
		out["fields"] = prf
		acc := map[string]float64{}
		for _, name := range extract.AccuracyNames {
			a := s.Accuracy[name]
			acc[name] = round4(float64(a[0]) / float64(max(a[1], 1)))
		}
		out["accuracy"] = acc
		if verbose {
			out["diffs"] = s.Diffs
		}
		enc := json.NewEncoder(e.Stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.Stdout, "readouts: %d   records missing: %d %v\n", s.Readouts, len(s.Missing), s.Missing)
		tw := tabwriter.NewWriter(e.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "field\tP\tR\tF1\t")
		for _, name := range extract.FieldNames {
			f := s.Fields[name]
			fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t\n", name, f.P(), f.R(), f.F1())
		}
		for _, name := range extract.AccuracyNames {
			a := s.Accuracy[name]
			fmt.Fprintf(tw, "%s acc\t\t\t%.3f\t\n", name, float64(a[0])/float64(max(a[1], 1)))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		if verbose {
			ids := make([]string, 0, len(s.Diffs))
			for id := range s.Diffs {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			for _, id := range ids {
				fmt.Fprintf(e.Stdout, "\n## %s\n", id)
				for _, d := range s.Diffs[id] {
					fmt.Fprintf(e.Stdout, "  %s\n", d)
				}
			}
		}
	}
	if failed > 0 {
		fmt.Fprintf(e.Stderr, "readout: %d of %d files had errors\n", failed, len(inputs))
		return errFailed
	}
	return nil
}

func round4(x float64) float64 { return float64(int(x*10000+0.5)) / 10000 }
