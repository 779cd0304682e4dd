// Package graphtest is the test suite every [graph.Store] backend passes:
// load, reload unchanged, replace changed, delete, export round trip and
// queries, on small fixture records.
package graphtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/schema"
)

// Opener opens a new, empty store for a test; the store is closed when the
// test ends.
type Opener func(t testing.TB, opts graph.Options) *graph.Store

// TestAll runs the suite on the stores open returns.
func TestAll(t *testing.T, open Opener) {
	ctx := context.Background()
	a, b := Fixture("readouts/a.txt"), Fixture("readouts/b.txt")
	b.Title = "Another call"

	t.Run("load", func(t *testing.T) {
		s := open(t, graph.Options{})
		st := Load(t, s, a, b)
		want := graph.LoadStats{Readouts: 2, Added: 2, Quads: len(AllQuads(a, b))}
		if st != want {
			t.Errorf("Load = %+v, want %+v", st, want)
		}
		CheckContents(t, s, a, b)
	})

	t.Run("reload unchanged", func(t *testing.T) {
		s := open(t, graph.Options{})
		Load(t, s, a, b)
		before := Export(t, s)
		st := Load(t, s, a, b)
		if want := (graph.LoadStats{Readouts: 2, Unchanged: 2}); st != want {
			t.Errorf("second Load = %+v, want %+v", st, want)
		}
		if after := Export(t, s); after != before {
			t.Errorf("reloading changed the store:\n%s", diffLines(before, after))
		}
	})

	t.Run("replace changed", func(t *testing.T) {
		s := open(t, graph.Options{})
		Load(t, s, a, b)
		a2 := Clone(t, a)
		a2.Title = "A changed call"
		a2.Hash = "changed"
		a2.Claims = nil
		a2.Entities = a2.Entities[:len(a2.Entities)-1] // drop state/AZE
		st := Load(t, s, a2)
		if st.Readouts != 1 || st.Replaced != 1 || st.Removed == 0 {
			t.Errorf("Load(changed) = %+v, want 1 replaced with quads removed", st)
		}
		CheckContents(t, s, a2, b)
	})

	t.Run("same source twice in one load", func(t *testing.T) {
		s := open(t, graph.Options{})
		a2 := Clone(t, a)
		a2.Title = "Later"
		st := Load(t, s, a, a2)
		if st.Added != 1 || st.Replaced != 1 {
			t.Errorf("Load(a, a2) = %+v, want 1 added, 1 replaced", st)
		}
		CheckContents(t, s, a2)
	})

	t.Run("small batches", func(t *testing.T) {
		// In one transaction, and (on bolt) in several of a few batches.
		for _, txQuads := range []int{0, 300} {
			s := open(t, graph.Options{BatchQuads: 7, TxQuads: txQuads})
			var recs []*extract.Record
			for i := range 20 {
				recs = append(recs, Fixture("many/"+strings.Repeat("x", i)+".txt"))
			}
			st := Load(t, s, recs...)
			if st.Added != 20 {
				t.Errorf("TxQuads %d: Load = %+v, want 20 added", txQuads, st)
			}
			CheckContents(t, s, recs...)
		}
	})

	t.Run("delete", func(t *testing.T) {
		s := open(t, graph.Options{})
		Load(t, s, a, b)
		ok, err := s.Delete(ctx, a.Source)
		if err != nil || !ok {
			t.Fatalf("Delete(%s) = %v, %v, want true, nil", a.Source, ok, err)
		}
		CheckContents(t, s, b)
		if ok, err := s.Delete(ctx, a.Source); err != nil || ok {
			t.Errorf("second Delete = %v, %v, want false, nil", ok, err)
		}
	})

	t.Run("entity union", func(t *testing.T) {
		// Two readouts describe an entity differently: its graph holds both
		// descriptions, in any load order, until the readout that gave
		// one is gone.
		c := Fixture("readouts/c.txt")
		c.Entities[1].Name = "Ilham Aliev"
		c.Entities[1].QID = ""
		one := open(t, graph.Options{})
		Load(t, one, a, c)
		two := open(t, graph.Options{})
		Load(t, two, c)
		Load(t, two, b)
		Load(t, two, a)
		if _, err := two.Delete(ctx, b.Source); err != nil {
			t.Fatal(err)
		}
		if e1, e2 := Export(t, one), Export(t, two); e1 != e2 {
			t.Errorf("load order changed the store:\n%s", diffLines(e1, e2))
		}
		CheckContents(t, one, a, c)
		var buf bytes.Buffer
		q := `g.V().Has("<http://schema.org/name>", "Ilham Aliev").Out("<http://schema.org/name>").All()`
		if _, err := one.Query(ctx, "gizmo", q, &buf, graph.QueryOptions{}); err != nil {
			t.Fatal(err)
		}
		if got, want := buf.String(), "[\n{\"id\":\"Ilham Aliev\"},\n{\"id\":\"Ilham Aliyev\"}\n]\n"; !sameResults(got, want) {
			t.Errorf("names of the entity = %q, want %q", got, want)
		}
		if _, err := one.Delete(ctx, c.Source); err != nil {
			t.Fatal(err)
		}
		CheckContents(t, one, a)
		// Replacing a readout with one that no longer names an entity
		// removes the entity's graph with it.
		a2 := Clone(t, a)
		a2.Entities = a2.Entities[:1]
		a2.Events[0].Participants = a2.Events[0].Participants[:1]
		a2.Claims = nil
		Load(t, one, a2)
		CheckContents(t, one, a2)
	})

	t.Run("export round trip", func(t *testing.T) {
		s := open(t, graph.Options{})
		Load(t, s, a, b)
		out := Export(t, s)
		got, err := graph.DecodeNQuads(strings.NewReader(out))
		if err != nil {
			t.Fatalf("graph.DecodeNQuads(export) = %v", err)
		}
		want := AllQuads(a, b)
		if g, w := sortedLines(nquadsOf(t, got)), sortedLines(nquadsOf(t, want)); g != w {
			t.Errorf("decoded export differs from the loaded quads:\n%s", diffLines(w, g))
		}
		if again := nquadsOf(t, got); again != out {
			t.Errorf("re-encoding the decoded export differs:\n%s", diffLines(out, again))
		}
	})

	t.Run("query", func(t *testing.T) {
		s := open(t, graph.Options{})
		Load(t, s, a)
		for _, tc := range []struct {
			name, lang, q, want string
		}{
			{"count by name", "gizmo", `g.V().Has("<http://schema.org/name>", "Ilham Aliyev").Count()`, "[\n1\n]\n"},
			{"quoted literal matches nothing", "gizmo", `g.V().Has("<http://schema.org/name>", "\"Ilham Aliyev\"").Count()`, "[\n0\n]\n"},
			{"participants", "gizmo", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Event>").Has("<https://readout.dev/ns#eventType>", "phone_call").Out("<https://readout.dev/ns#participant>").Out("<http://schema.org/name>").All()`,
				"[\n{\"id\":\"Antony Blinken\"},\n{\"id\":\"Ilham Aliyev\"}\n]\n"},
			{"interaction", "gizmo", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Interaction>").Has("<https://readout.dev/ns#eventType>", "phone_call").Out("<https://readout.dev/ns#participant>").Out("<http://schema.org/name>").All()`,
				"[\n{\"id\":\"Antony Blinken\"},\n{\"id\":\"Ilham Aliyev\"}\n]\n"},
			{"date", "gizmo", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Event>").Out("<http://schema.org/startDate>").All()`,
				"[\n{\"id\":\"2024-06-20\"}\n]\n"},
			{"emit", "gizmo", `g.Emit({n: 1})`, "[\n{\"n\":1}\n]\n"},
			{"graphql", "graphql", `{ nodes(<https://readout.dev/ns#iso3>: "AZE") { id <http://schema.org/name> } }`,
				"[\n{\"nodes\":{\"<http://schema.org/name>\":\"Azerbaijan\",\"id\":\"https://readout.dev/id/state/AZE\"}}\n]\n"},
			{"mql", "mql", `[{"id": null, "<https://readout.dev/ns#iso3>": "AZE"}]`,
				"[\n{\"<https://readout.dev/ns#iso3>\":\"AZE\",\"id\":\"<https://readout.dev/id/state/AZE>\"}\n]\n"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				if _, err := s.Query(ctx, tc.lang, tc.q, &buf, graph.QueryOptions{}); err != nil {
					t.Fatalf("Query(%s, %q) = %v", tc.lang, tc.q, err)
				}
				if got := buf.String(); !sameResults(got, tc.want) {
					t.Errorf("Query(%s, %q) = %q, want %q", tc.lang, tc.q, got, tc.want)
				}
			})
		}
	})

	t.Run("query limit", func(t *testing.T) {
		s := open(t, graph.Options{})
		Load(t, s, a, b)
		var buf bytes.Buffer
		st, err := s.Query(ctx, "gizmo", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").All()`, &buf, graph.QueryOptions{Limit: 3})
		if err != nil {
			t.Fatalf("Query = %v", err)
		}
		if st.Results != 3 || !st.Truncated {
			t.Errorf("Query(limit 3) stats = %+v, want 3 results, truncated", st)
		}
		var res []any
		if err := json.Unmarshal(buf.Bytes(), &res); err != nil || len(res) != 3 {
			t.Errorf("Query(limit 3) wrote %q (%v), want a JSON array of 3", buf.String(), err)
		}
	})

	t.Run("query errors", func(t *testing.T) {
		s := open(t, graph.Options{})
		Load(t, s, a)
		for _, tc := range []struct {
			lang, q string
			want    error
		}{
			{"sparql", "SELECT *", graph.ErrUnknownLanguage},
			{"gizmo", "while (true) {}", graph.ErrTimeout},
			{"gizmo", "g.V(", nil},
			{"gizmo", `g.V().Out({}).All()`, nil},
			{"mql", "{not json", nil},
		} {
			var buf bytes.Buffer
			start := time.Now()
			_, err := s.Query(ctx, tc.lang, tc.q, &buf, graph.QueryOptions{Timeout: 200 * time.Millisecond})
			var qe *graph.QueryError
			if !errors.As(err, &qe) || tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("Query(%s, %q) = %v, want a graph.QueryError %v", tc.lang, tc.q, err, tc.want)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("Query(%s, %q) took %v, want under the 200ms budget and some slack", tc.lang, tc.q, d)
			}
			if buf.Len() != 0 {
				t.Errorf("Query(%s, %q) failed but wrote %q", tc.lang, tc.q, buf.String())
			}
		}
	})
}

// Fixture returns a small record read from source.
func Fixture(source string) *extract.Record {
	date, pub, blinken := "2024-06-20", "2024-06-21T09:07", "person/antony-blinken"
	publisher := "President of the Republic of Azerbaijan"
	return &extract.Record{
		ID: "readout/0123456789abcdef", Source: source, Title: "A phone call",
		Published: &pub, Publisher: &publisher, Language: "en",
		Hash: "689f30a7", Extractor: "test/1",
		Events: []extract.Event{{
			ID: "e1", Type: schema.PhoneCall, Date: &date, Initiator: &blinken, CAMEO: "041",
			Participants: []string{"person/antony-blinken", "person/ilham-aliyev"}, Main: true,
		}},
		Entities: []extract.Entity{
			{ID: "person/antony-blinken", Kind: schema.Person, Name: "Antony Blinken",
				Roles: []extract.Role{{Title: "Secretary of State", Office: "foreign_minister", Of: "state/USA"}}},
			{ID: "person/ilham-aliyev", Kind: schema.Person, Name: "Ilham Aliyev", QID: "Q154959"},
			{ID: "state/USA", Kind: schema.State, Name: "United States", ISO3: "USA", Aliases: []string{"U.S."}},
			{ID: "state/AZE", Kind: schema.State, Name: "Azerbaijan", ISO3: "AZE"},
		},
		Claims: []extract.Claim{{
			ID: "c1", Speaker: []string{"person/antony-blinken"}, Verb: "welcomed",
			Text: "the progress made", About: []string{"state/AZE"}, Event: "e1", Start: 10, End: 27,
		}},
	}
}

// Clone deep-copies rec.
func Clone(t testing.TB, rec *extract.Record) *extract.Record {
	t.Helper()
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	var out extract.Record
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

// Load loads recs into s and fails the test on error.
func Load(t testing.TB, s *graph.Store, recs ...*extract.Record) graph.LoadStats {
	t.Helper()
	st, err := s.Load(context.Background(), recs)
	if err != nil {
		t.Fatalf("Load = %v", err)
	}
	return st
}

// Export returns the N-Quads export of s.
func Export(t testing.TB, s *graph.Store) string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, graph.ExportOptions{}); err != nil {
		t.Fatalf("Export = %v", err)
	}
	return buf.String()
}

// nquadsOf encodes qs as N-Quads.
func nquadsOf(t testing.TB, qs []quad.Quad) string {
	t.Helper()
	var buf bytes.Buffer
	if err := graph.WriteNQuads(&buf, qs); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// CheckContents checks that the store holds exactly the quads of recs.
func CheckContents(t testing.TB, s *graph.Store, recs ...*extract.Record) {
	t.Helper()
	want := AllQuads(recs...)
	if got, w := sortedLines(Export(t, s)), sortedLines(nquadsOf(t, want)); got != w {
		t.Errorf("store holds:\n%s", diffLines(w, got))
	}
	if n, err := s.Count(context.Background()); err != nil || n != int64(len(want)) {
		t.Errorf("Count = %d, %v, want %d", n, err, len(want))
	}
}

// AllQuads returns the quads a store holding recs holds: their readout
// graphs, the union of their entity graphs and their interaction graphs,
// without duplicates.
func AllQuads(recs ...*extract.Record) []quad.Quad {
	var all []quad.Quad
	seen := map[quad.Quad]bool{}
	for _, r := range recs {
		for _, q := range append(graph.Quads(r), graph.EntityQuads(r)...) {
			if !seen[q] {
				seen[q] = true
				all = append(all, q)
			}
		}
	}
	return append(all, graph.InteractionQuads(recs...)...)
}

// sortedLines returns the lines of s sorted.
// sameResults reports whether the query outputs a and b hold the same
// results, in any order: Gizmo gives no order, and each backend its own
// (memory and bolt the order of loading, postgres that of its indexes).
func sameResults(a, b string) bool {
	norm := func(s string) []string {
		var rs []json.RawMessage
		if err := json.Unmarshal([]byte(s), &rs); err != nil {
			return []string{"invalid: " + s}
		}
		out := make([]string, len(rs))
		for i, r := range rs {
			out[i] = string(r)
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(norm(a), norm(b))
}

func sortedLines(s string) string {
	ls := strings.SplitAfter(s, "\n")
	slices.Sort(ls)
	return strings.Join(ls, "")
}

// diffLines lists the lines of want missing from got and the extra ones.
func diffLines(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			if l != "" {
				m[l] = true
			}
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if l != "" && !g[l] {
			b.WriteString("missing: " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if l != "" && !w[l] {
			b.WriteString("extra:   " + l + "\n")
		}
	}
	if b.Len() == 0 {
		return "(same lines, different order or duplicates)\n"
	}
	return b.String()
}
