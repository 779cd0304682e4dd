package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
	"github.com/readout/readout/schema"
)

// devRecord returns the record of testdata/readouts/NAME.txt.
func devRecord(t testing.TB, name string) *extract.Record {
	t.Helper()
	for _, f := range readCorpus(t) {
		if f.name == name && len(f.recs) == 1 {
			return f.recs[0]
		}
	}
	t.Fatalf("no testdata/readouts/%s.txt", name)
	return nil
}

// mergeGroups returns how the interaction quads qs group readouts: for
// each interaction, the sources of its accounts (named through bySource),
// sorted, and the interactions sorted.
func mergeGroups(qs []quad.Quad, recs ...*extract.Record) [][]string {
	source := map[string]string{}
	for _, r := range recs {
		source[schema.ReadoutIRI(r.Source)] = r.Source
	}
	groups := map[quad.Value][]string{}
	for _, q := range qs {
		if q.Predicate != quad.IRI(schema.Interaction) {
			continue
		}
		ev := string(q.Subject.(quad.IRI))
		groups[q.Object] = append(groups[q.Object], source[ev[:strings.Index(ev, "/event/")]])
	}
	var out [][]string
	for _, g := range groups {
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// TestInteractionPair loads the dev pair 008 (Kremlin, dated) and 009
// (Presidency of Türkiye, undated) in both orders and together, then
// deletes and reloads each side: one interaction with two accounts while
// both are loaded, each readout's own quads untouched by the other.
func TestInteractionPair(t *testing.T) {
	ctx := context.Background()
	kremlin, tccb := devRecord(t, "008-kremlin-putin-erdogan-call"), devRecord(t, "009-tccb-erdogan-putin-call")
	want := [][]string{{kremlin.Source, tccb.Source}}
	if got := mergeGroups(graph.InteractionQuads(kremlin, tccb), kremlin, tccb); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("InteractionQuads(008, 009) groups %q, want %q", got, want)
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			one, two, both := b.open(t, graph.Options{}), b.open(t, graph.Options{}), b.open(t, graph.Options{})
			graphtest.Load(t, one, kremlin)
			graphtest.Load(t, one, tccb)
			graphtest.Load(t, two, tccb)
			graphtest.Load(t, two, kremlin)
			graphtest.Load(t, both, kremlin, tccb)
			e1, e2, e3 := graphtest.Export(t, one), graphtest.Export(t, two), graphtest.Export(t, both)
			if e1 != e2 || e1 != e3 {
				t.Errorf("load order changed the store:\n%s", diffLines(e1, e2))
			}
			graphtest.CheckContents(t, one, kremlin, tccb)
			tl, err := one.Timeline(ctx, "person/vladimir-putin")
			if err != nil {
				t.Fatal(err)
			}
			if len(tl) != 1 || len(tl[0].Readouts) != 2 || tl[0].Date != "2024-10-04" || tl[0].Type != "phone_call" {
				t.Errorf("Timeline(Putin) = %+v, want one phone call on 2024-10-04 with two readouts", tl)
			}

			// Dropping one side leaves the other whole, with an interaction of
			// its own; reloading it merges them again.
			for _, side := range []struct{ gone, kept *extract.Record }{{kremlin, tccb}, {tccb, kremlin}} {
				if ok, err := one.Delete(ctx, side.gone.Source); err != nil || !ok {
					t.Fatalf("Delete(%s) = %v, %v", side.gone.Source, ok, err)
				}
				graphtest.CheckContents(t, one, side.kept)
				tl, err := one.Timeline(ctx, "person/vladimir-putin")
				if err != nil {
					t.Fatal(err)
				}
				if len(tl) != 1 || len(tl[0].Readouts) != 1 || tl[0].Readouts[0].Source != side.kept.Source {
					t.Errorf("after deleting %s, Timeline(Putin) = %+v, want one interaction reported by %s", side.gone.Source, tl, side.kept.Source)
				}
				graphtest.Load(t, one, side.gone)
				if got := graphtest.Export(t, one); got != e1 {
					t.Errorf("deleting and reloading %s changed the store:\n%s", side.gone.Source, diffLines(e1, got))
				}
			}
		})
	}
}

// TestInteractionGrouping checks which accounts are merged, and that a store
// loaded one readout at a time, in either order, holds what
// InteractionQuads says.
func TestInteractionGrouping(t *testing.T) {
	type acct struct {
		source, date, typ string
		participants      []string
	}
	ab := []string{"person/antony-blinken", "person/ilham-aliyev"}
	for _, tc := range []struct {
		name  string
		accts []acct
		want  [][]string
	}{
		{"same day", []acct{{"a", "2024-06-20", "", ab}, {"b", "2024-06-20", "", ab}}, [][]string{{"a", "b"}}},
		{"next day", []acct{{"a", "2024-06-20", "", ab}, {"b", "2024-06-21", "", ab}}, [][]string{{"a", "b"}}},
		{"across a month", []acct{{"a", "2024-06-30", "", ab}, {"b", "2024-07-01", "", ab}}, [][]string{{"a", "b"}}},
		{"two days apart", []acct{{"a", "2024-06-20", "", ab}, {"b", "2024-06-22", "", ab}}, [][]string{{"a"}, {"b"}}},
		{"chain", []acct{{"a", "2024-06-20", "", ab}, {"b", "2024-06-21", "", ab}, {"c", "2024-06-22", "", ab}},
			[][]string{{"a", "b"}, {"c"}}},
		{"undated joins the only one", []acct{{"a", "2024-06-20", "", ab}, {"b", "", "", ab}, {"c", "2024-06-21", "", ab}},
			[][]string{{"a", "b", "c"}}},
		{"undated with two to choose from", []acct{{"a", "2024-06-20", "", ab}, {"b", "", "", ab}, {"c", "2024-07-01", "", ab}},
			[][]string{{"a"}, {"b"}, {"c"}}},
		{"undated alone", []acct{{"a", "", "", ab}, {"b", "", "", ab}}, [][]string{{"a"}, {"b"}}},
		{"other type", []acct{{"a", "2024-06-20", "", ab}, {"b", "2024-06-20", "meeting", ab}}, [][]string{{"a"}, {"b"}}},
		{"other participants", []acct{{"a", "2024-06-20", "", ab}, {"b", "2024-06-20", "", ab[:1]}}, [][]string{{"a"}, {"b"}}},
		{"participant order", []acct{{"a", "2024-06-20", "", ab}, {"b", "2024-06-20", "", []string{ab[1], ab[0]}}}, [][]string{{"a", "b"}}},
		{"one participant", []acct{{"a", "2024-06-20", "", ab[:1]}, {"b", "2024-06-20", "", ab[:1]}}, [][]string{{"a"}, {"b"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var recs []*extract.Record
			for _, a := range tc.accts {
				r := graphtest.Fixture(a.source)
				if a.date == "" {
					r.Events[0].Date = nil
				} else {
					r.Events[0].Date = &a.date
				}
				if a.typ != "" {
					r.Events[0].Type = schema.EventType(a.typ)
				}
				r.Events[0].Participants = a.participants
				recs = append(recs, r)
			}
			if got := mergeGroups(graph.InteractionQuads(recs...), recs...); !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("InteractionQuads groups %q, want %q", got, tc.want)
			}
			reversed := slices.Clone(recs)
			slices.Reverse(reversed)
			for _, order := range [][]*extract.Record{recs, reversed} {
				s := openMemoryStore(t, graph.Options{})
				for _, r := range order {
					graphtest.Load(t, s, r)
				}
				graphtest.CheckContents(t, s, recs...)
			}
		})
	}
}

// TestInteractionReplace replaces one account of a merged pair so that it
// no longer matches, then so that it matches again.
func TestInteractionReplace(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t, graph.Options{})
			a, c := graphtest.Fixture("readouts/a.txt"), graphtest.Fixture("readouts/c.txt")
			graphtest.Load(t, s, a, c)
			graphtest.CheckContents(t, s, a, c)
			later := "2024-06-25"
			a2 := graphtest.Clone(t, a)
			a2.Events[0].Date = &later
			graphtest.Load(t, s, a2)
			graphtest.CheckContents(t, s, a2, c)
			if got := mergeGroups(graph.InteractionQuads(a2, c), a2, c); len(got) != 2 {
				t.Errorf("a call five days later is merged: %q", got)
			}
			graphtest.Load(t, s, a)
			graphtest.CheckContents(t, s, a, c)
		})
	}
}
