package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/readout/readout/graph"
)

func newQueryCmd() *command {
	c := &command{
		Name:      "query",
		UsageLine: "readout query [--db DB] [--lang gizmo|graphql|mql] [--limit N] [--timeout D] QUERY|-",
		Short:     "query the graph database and print JSON results",
		Long: `Query runs QUERY (or, for -, the query read from standard input) against the
database with Cayley's query engine and prints its results on standard
output as one JSON array, one result per line. IRIs print in angle brackets,
literals as their text.

In Gizmo, write IRIs in angle brackets and plain literals (names, titles,
verbs, event types) as bare strings; dates and offsets are typed literals.
A query whose last expression is a value, such as Count(), prints that value.
Start from typed nodes (Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
...)) rather than g.V(), which also lists nodes left over from deleted
readouts.

The query stops after --limit results (a note on standard error says so)
and fails when it runs longer than --timeout. The database is opened
read-only, so queries can run side by side.

Examples:
  readout query 'g.V().Has("<http://schema.org/name>", "Ilham Aliyev").Count()'
  readout query 'g.V().Has("<https://readout.dev/ns#eventType>", "phone_call").Out("<https://readout.dev/ns#participant>").Out("<http://schema.org/name>").All()'
  readout query --lang graphql '{ nodes(<https://readout.dev/ns#iso3>: "AZE") { id <http://schema.org/name> } }'
  readout query - < testdata/queries/participants.js

EXIT STATUS
  0  the query ran
  1  the query failed, timed out, or the database could not be opened
  2  usage error
  130 interrupted`,
		Flags: newFlags("query"),
	}
	db := dbFlag(c.Flags)
	lang := c.Flags.String("lang", "gizmo", "query `language`: "+strings.Join(graph.Languages, ", "))
	limit := c.Flags.Int("limit", graph.DefaultQueryLimit, "print at most `N` results")
	timeout := c.Flags.Duration("timeout", graph.DefaultQueryTimeout, "stop the query after `D` (e.g. 5s, 2m)")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		switch {
		case len(args) != 1:
			return usagef("want one QUERY (or - to read it from stdin), got %d arguments", len(args))
		case !slices.Contains(graph.Languages, *lang):
			return usagef("unknown --lang %q: want %s", *lang, strings.Join(graph.Languages, ", "))
		case *limit <= 0:
			return usagef("--limit must be positive")
		case *timeout <= 0:
			return usagef("--timeout must be positive")
		}
		q := args[0]
		if q == "-" {
			b, err := io.ReadAll(e.Stdin)
			if err != nil {
				return fmt.Errorf("read query: %w", err)
			}
			q = string(b)
		}
		if strings.TrimSpace(q) == "" {
			return usagef("empty query")
		}
		opts := graph.QueryOptions{Limit: *limit, Timeout: *timeout}
		return runQuery(ctx, e, resolveDB(*db, e), *lang, q, opts)
	}
	return c
}

func runQuery(ctx context.Context, e *env, db, lang, q string, opts graph.QueryOptions) error {
	s, err := graph.Open(ctx, db, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Query(ctx, lang, q, e.Stdout, opts)
	if err != nil {
		return err
	}
	if st.Truncated {
		fmt.Fprintf(e.Stderr, "readout: showing the first %d results; raise --limit for more\n", st.Results)
	}
	return nil
}
