package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// TestInteractionRepair: a store written before interactions existed has
// readout graphs but no interaction graphs; loading the same readouts
// again adds them, and leaves the readouts counted as unchanged.
func TestInteractionRepair(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, backend)
			a, b := record("a.txt", person("person/a", "A"), person("person/b", "B")), record("b.txt", person("person/a", "A"), person("person/b", "B"))
			recs := []*extract.Record{a, b}
			if _, err := s.Load(ctx, recs); err != nil {
				t.Fatal(err)
			}
			want := exportString(t, s)
			inter := InteractionQuads(a, b)
			if len(inter) == 0 {
				t.Fatal("InteractionQuads(a, b) is empty")
			}
			if err := s.apply(context.Background(), nil, inter); err != nil {
				t.Fatal(err)
			}
			if got := exportString(t, s); strings.Contains(got, "/interaction/") {
				t.Fatalf("the interaction graphs were not removed:\n%s", got)
			}
			st, err := s.Load(ctx, recs)
			if err != nil {
				t.Fatal(err)
			}
			if st.Unchanged != 2 || st.Quads != len(inter) {
				t.Errorf("reloading = %+v, want 2 unchanged and the %d interaction quads added", st, len(inter))
			}
			if got := exportString(t, s); got != want {
				t.Errorf("reloading did not restore the interactions:\n%s\nwant\n%s", got, want)
			}
		})
	}
}
