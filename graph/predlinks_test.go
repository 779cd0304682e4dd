package graph

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/readout/readout/extract"
)

// TestQuadsWithPred checks that the quads of a node with one predicate,
// read through Cayley's subject-predicate and object-predicate-subject
// indexes, are those of the node filtered on the predicate, after
// replacements and a deletion have left index entries of removed quads.
func TestQuadsWithPred(t *testing.T) {
	ctx := context.Background()
	recs := corpusRecords(t)
	withCorpusLoaded(t, recs, func(t *testing.T, backend string, s *Store) {
		// Replace readouts with other titles and a claim fewer, and
		// delete one: their removed quads stay in the indexes.
		var changed []*extract.Record
		for _, r := range recs[:5] {
			var c extract.Record
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatal(err)
			}
			c.Title += " (updated)"
			if len(c.Claims) > 0 {
				c.Claims = c.Claims[1:]
			}
			changed = append(changed, &c)
		}
		st, err := s.Load(ctx, changed)
		if err != nil {
			t.Fatal(err)
		}
		if st.Removed == 0 {
			t.Fatal("the replacements removed no quad: no removed quad is left in the indexes")
		}
		if ok, err := s.Delete(ctx, recs[5].Source); err != nil || !ok {
			t.Fatalf("Delete = %v, %v", ok, err)
		}
		if backend == "bolt" {
			err := hkv.View(ctx, s.kv, func(tx hkv.Tx) error {
				for _, c := range []struct {
					bucket string
					want   bool
				}{{"sp", true}, {"ops", true}, {"os", false}} {
					if got, err := hasIndex(ctx, tx, []byte(c.bucket)); err != nil || got != c.want {
						t.Errorf("hasIndex(%s) = %v, %v; want %v", c.bucket, got, err, c.want)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}

		all, err := s.allQuads(ctx)
		if err != nil {
			t.Fatal(err)
		}
		nodes := map[quad.Value]bool{}
		for _, q := range all {
			nodes[q.Subject], nodes[q.Object] = true, true
		}
		compared := 0
		for n := range nodes {
			for _, d := range []quad.Direction{quad.Subject, quad.Object} {
				linked, err := s.quadsWith(ctx, d, n)
				if err != nil {
					t.Fatal(err)
				}
				byPred := map[quad.IRI][]quad.Quad{"urn:readout:no-such-predicate": nil}
				for _, q := range linked {
					p := q.Predicate.(quad.IRI)
					byPred[p] = append(byPred[p], q)
				}
				for p, want := range byPred {
					got, err := s.quadsWithPred(ctx, d, n, p)
					if err != nil {
						t.Fatal(err)
					}
					sortQuads(got)
					sortQuads(want)
					if !slices.Equal(got, want) {
						t.Fatalf("quadsWithPred(%v, %v, %v) = %d quads, want %d:\n%v\nwant\n%v", d, n, p, len(got), len(want), got, want)
					}
					compared += len(want)
				}
			}
		}
		if compared < len(all) {
			t.Errorf("compared %d quads of %d", compared, len(all))
		}
	})
}
