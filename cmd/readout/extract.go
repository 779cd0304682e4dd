package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/readout/readout/extract"
)

func newExtractCmd() *command {
	c := &command{
		Name:      "extract",
		UsageLine: "readout extract [--json] [--max-bytes N] [--keep-text] PATH...",
		Short:     "extract records from readouts and print them",
		Long: `Extract reads each PATH (a readout file, a directory, or - for standard
input) and prints what it found in each readout. A directory is read
recursively: its *.txt, *.html, *.htm and *.jsonl files, in sorted order;
hidden files are skipped and other files are reported as errors.

With --json, it prints the extraction record of each readout as one JSON
object per line (JSON Lines), in input order: the contract specified in
shared/spec/extraction.md. Without --json, it prints a table: date, event
type, participants and title of each readout.

A file that cannot be read (binary, invalid UTF-8, too large) is reported on
standard error as one line naming it, and the other files are still
extracted.

Examples:
  readout extract --json testdata/readouts/000-seed.txt
  readout extract testdata/readouts
  curl -s https://example.org/readout.html | readout extract --json -

EXIT STATUS
  0  every file was extracted
  1  some files could not be read (each reported on standard error)
  2  usage error
  130 interrupted`,
		Flags: newFlags("extract"),
	}
	asJSON := c.Flags.Bool("json", false, "print JSON Lines records (the contract of shared/spec/extraction.md)")
	maxBytes := c.Flags.Int64("max-bytes", defaultMaxBytes, "refuse readouts larger than `N` bytes")
	keepText := c.Flags.Bool("keep-text", false, "include the readout text in --json records")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		paths, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(paths) == 0 {
			return usagef("no PATH given")
		}
		opts := readOptions{maxBytes: *maxBytes, extract: extract.Options{KeepText: *keepText}}
		return runExtract(ctx, e, paths, *asJSON, opts)
	}
	return c
}

// runExtract extracts every readout under paths and prints the records.
func runExtract(ctx context.Context, e *env, paths []string, asJSON bool, opts readOptions) error {
	inputs, err := listInputs(paths)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	if !asJSON {
		fmt.Fprintln(tw, "DATE\tEVENT\tPARTICIPANTS\tTITLE")
	}
	failed := 0
	err = forEachResult(ctx, inputs, e.Stdin, opts, func(r result) error {
		for _, err := range r.errs {
			fmt.Fprintf(e.Stderr, "readout: %v\n", err)
		}
		if len(r.errs) > 0 {
			failed++
		}
		for _, rec := range r.recs {
			if asJSON {
				if err := enc.Encode(rec); err != nil {
					return err
				}
				continue
			}
			fmt.Fprintln(tw, summary(rec))
		}
		if asJSON {
			// Flush each file's records so that a pipe sees them early.
			return out.Flush()
		}
		return nil
	})
	if !asJSON {
		tw.Flush()
	}
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(e.Stderr, "readout: %d of %d files had errors\n", failed, len(inputs))
		return errFailed
	}
	return nil
}

// summary returns the table row of rec: date, event type, participants by
// name, title.
func summary(rec *extract.Record) string {
	date, typ, who := "-", "-", "-"
	if len(rec.Events) > 0 {
		ev := rec.Events[0]
		if ev.Date != nil {
			date = *ev.Date
		}
		if ev.Type != "" {
			typ = string(ev.Type)
		}
		names := make(map[string]string, len(rec.Entities))
		for _, en := range rec.Entities {
			names[en.ID] = en.Name
		}
		var ps []string
		for _, p := range ev.Participants {
			if n := names[p]; n != "" {
				ps = append(ps, n)
			} else {
				ps = append(ps, p)
			}
		}
		if len(ps) > 0 {
			who = strings.Join(ps, ", ")
		}
	}
	if date == "-" && rec.Published != nil {
		date = *rec.Published
	}
	return strings.Join([]string{clean(date, 20), clean(typ, 12), clean(who, 60), clean(rec.Title, 70)}, "\t")
}

// clean makes s fit one table cell: no tabs or newlines, at most n runes.
func clean(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
