package graph

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// TestHashSkip loads, reloads, changes, deletes and reloads a readout: the
// content hash skips only a graph that is in the store as Load wrote it.
func TestHashSkip(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, backend)
			a := record("a.txt", person("person/a", "A"), person("person/b", "B"))
			load := func(step string, rec *extract.Record, want LoadStats) string {
				t.Helper()
				st, err := s.Load(ctx, []*extract.Record{rec})
				if err != nil {
					t.Fatalf("%s: Load = %v", step, err)
				}
				if st.Added != want.Added || st.Replaced != want.Replaced || st.Unchanged != want.Unchanged || (want.Quads == 0) != (st.Quads == 0) {
					t.Errorf("%s: Load = %+v, want %+v", step, st, want)
				}
				return exportString(t, s)
			}
			first := load("first load", a, LoadStats{Added: 1, Quads: 1})
			sum := contentHash(Quads(a))
			if ok, err := s.unchanged(ctx, quad.IRI(schema.ReadoutIRI(a.Source)), Quads(a), sum); err != nil || !ok {
				t.Fatalf("after the first load, unchanged = %v, %v, want true", ok, err)
			}
			if got := load("reload", a, LoadStats{Unchanged: 1}); got != first {
				t.Errorf("reload changed the store")
			}
			b := *a
			b.Title = "Another title"
			load("changed", &b, LoadStats{Replaced: 1, Quads: 1})
			if got := load("back", a, LoadStats{Replaced: 1, Quads: 1}); got != first {
				t.Errorf("loading the first version again did not restore the store")
			}
			if ok, err := s.Delete(ctx, "a.txt"); err != nil || !ok {
				t.Fatalf("Delete = %v, %v", ok, err)
			}
			if got := load("after delete", a, LoadStats{Added: 1, Quads: 1}); got != first {
				t.Errorf("loading after Delete did not restore the store")
			}
		})
	}
}
