package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/readout/readout/graph"
)

// TestActorsIsNetwork checks that the actor network the exports, viz and
// serve draw is Store.Network's: the same edges in the same order, every
// actor at an end of one, and no actor counted in more interactions than
// its timeline holds. Both governments' readouts of the Putin–Erdoğan call
// (008 and 009) are one interaction: weight 1, reported by 2 readouts.
func TestActorsIsNetwork(t *testing.T) {
	ctx := context.Background()
	s := loadedCorpus(t)
	edges, err := s.Network(ctx, graph.NetworkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Actors(ctx, graph.NetworkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Ties) != len(edges) || len(edges) == 0 {
		t.Fatalf("Actors has %d ties, Network %d edges", len(n.Ties), len(edges))
	}
	ends := map[string]bool{}
	for i, tie := range n.Ties {
		e := edges[i]
		if tie.Source != e.Source || tie.Target != e.Target || tie.Weight != e.Weight || !slices.Equal(tie.Interactions, e.Interactions) {
			t.Errorf("tie %d = %v, want edge %v", i, tie.Edge, e)
		}
		if tie.Readouts < 1 {
			t.Errorf("tie %s–%s: %d readouts", tie.Source.ID, tie.Target.ID, tie.Readouts)
		}
		ends[tie.Source.ID], ends[tie.Target.ID] = true, true
		if tie.Source.ID == "person/recep-tayyip-erdogan" && tie.Target.ID == "person/vladimir-putin" {
			if tie.Weight != 1 || tie.Readouts != 2 {
				t.Errorf("Erdoğan–Putin: weight %d, %d readouts; want 1 interaction reported by 2 readouts", tie.Weight, tie.Readouts)
			}
		}
	}
	if len(n.Actors) != len(ends) {
		t.Errorf("Actors has %d actors, the ties have %d ends", len(n.Actors), len(ends))
	}
	for _, a := range n.Actors {
		if !ends[a.ID] {
			t.Errorf("actor %s is at no tie's end", a.ID)
		}
		tl, err := s.Timeline(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.Interactions < 1 || a.Interactions > len(tl) {
			t.Errorf("actor %s: %d interactions, timeline has %d", a.ID, a.Interactions, len(tl))
		}
		if a.ID == "person/vladimir-putin" && a.Interactions != len(tl) {
			t.Errorf("Putin: %d interactions, want his timeline's %d", a.Interactions, len(tl))
		}
	}
}
