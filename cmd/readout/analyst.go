package main

// What the analyst commands (network, timeline, claims, who, stats) share:
// opening the database read-only, naming entities, writing JSON Lines and
// tables.

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/readout/readout/graph"
)

// analystExit is the EXIT STATUS section of the analyst commands.
const analystExit = `EXIT STATUS
  0  the results were printed (possibly none)
  1  the database could not be read, or ENTITY names no entity or several
     (the candidates are listed on standard error)
  2  usage error
  130 interrupted`

// entityHelp explains how the analyst commands name entities.
const entityHelp = `An ENTITY is an entity ID (person/ilham-aliyev, state/AZE), an ISO3 code
(AZE), a name or alternate name (Ilham Aliyev, U.S.), or a name up to case
and diacritics (erdogan) or a word of one (Aliyev). A name that matches
several entities is an error that lists them: repeat the command with one
of their IDs.`

// withStore opens db read-only, calls f with it and closes it.
func withStore(ctx context.Context, db string, f func(*graph.Store) error) error {
	s, err := graph.Open(ctx, db, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	return f(s)
}

// writeJSONLines writes each of vs to w as one line of JSON, without
// escaping <, > and &.
func writeJSONLines[T any](w io.Writer, vs ...T) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// table is the tabwriter of the analyst tables, buffered: a tabwriter
// writes each cell on its own, and a network of 62,000 edges took 1.7 s
// in write calls to stdout.
type table struct {
	*tabwriter.Writer
	bw *bufio.Writer
}

// newTable returns a table writing to w; Flush it.
func newTable(w io.Writer) *table {
	bw := bufio.NewWriter(w)
	return &table{tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0), bw}
}

// Flush writes the table.
func (t *table) Flush() error {
	if err := t.Writer.Flush(); err != nil {
		return err
	}
	return t.bw.Flush()
}

// checkDay checks the value of a YYYY-MM-DD flag.
func checkDay(flag, v string) error {
	if v == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return usagef("--%s %q: want a date YYYY-MM-DD", flag, v)
	}
	return nil
}

// names joins the names of es with ", ".
func names(es []graph.EntityRef) string {
	ns := make([]string, len(es))
	for i, e := range es {
		ns[i] = e.Name
	}
	return strings.Join(ns, ", ")
}

// cell makes s fit a table cell: one line, at most n runes ("…" marks a cut).
func cell(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// orDash returns s, or "-" for an empty cell.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
