package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/readout/readout/extract"
)

// TestPrecomputedNetwork checks that Network gives the same edges, for
// every kind of option, from the precomputed network as from the view; that
// a write makes the precomputed network stale rather than wrong; that it
// outlives the process on bolt; and that Verify reports one that is corrupt.
func TestPrecomputedNetwork(t *testing.T) {
	ctx := context.Background()
	recs := corpusRecords(t)
	options := []NetworkOptions{{}, {Level: PersonLevel}, {Level: StateLevel}, {State: "USA"}, {State: "RUS", Level: PersonLevel},
		{From: "2024-01-01", To: "2025-06-30"}, {MinWeight: 2}}
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			db := Memory
			if backend == "bolt" {
				db = filepath.Join(t.TempDir(), "readout.db")
			}
			s, err := Open(ctx, db, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			// fromView returns the edges for each option computed from the
			// view, and from checks that Network gives them, with the
			// precomputed network current or not as cached says.
			fromView := func() [][]Edge {
				t.Helper()
				v, err := s.wholeView(ctx)
				if err != nil {
					t.Fatal(err)
				}
				var out [][]Edge
				for _, o := range options {
					out = append(out, networkOf(v).edges(o))
				}
				return out
			}
			check := func(step string, cached bool, want [][]Edge) {
				t.Helper()
				n, err := s.cachedNetwork(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if cached != (n != nil) {
					t.Fatalf("%s: precomputed network current = %v, want %v", step, n != nil, cached)
				}
				edges := 0
				for i, o := range options {
					got, err := s.Network(ctx, o)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want[i]) {
						t.Errorf("%s: Network(%+v) differs from the view's: %d edges, want %d", step, o, len(got), len(want[i]))
					}
					edges += len(got)
				}
				if edges == 0 {
					t.Fatalf("%s: no edges compared", step)
				}
			}
			if _, err := s.Load(ctx, recs); err != nil {
				t.Fatal(err)
			}
			want := fromView()
			check("loaded", false, want)
			if err := s.Precompute(ctx); err != nil {
				t.Fatal(err)
			}
			check("precomputed", true, want)

			// A replaced readout with a participant fewer.
			var c extract.Record
			b, _ := json.Marshal(recs[0])
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatal(err)
			}
			c.Events[0].Participants = c.Events[0].Participants[:1]
			if _, err := s.Load(ctx, []*extract.Record{&c}); err != nil {
				t.Fatal(err)
			}
			want = fromView()
			check("replaced", false, want)
			if err := s.Precompute(ctx); err != nil {
				t.Fatal(err)
			}
			check("precomputed again", true, want)
			if problems, _, err := s.Verify(ctx); err != nil || len(problems) > 0 {
				t.Errorf("Verify = %v, %v", problems, err)
			}
			if backend != "bolt" {
				return
			}
			s.Close()
			if s, err = Open(ctx, db, Options{}); err != nil {
				t.Fatal(err)
			}
			check("reopened", true, want)

			// The current generation with bytes that do not decode.
			err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
				g, err := readGeneration(ctx, tx)
				if err != nil {
					return err
				}
				return tx.Put(ctx, netKey, append(binary.AppendUvarint(nil, g), 5, 1))
			})
			if err != nil {
				t.Fatal(err)
			}
			if problems, _, err := s.Verify(ctx); err != nil || len(problems) != 1 {
				t.Errorf("Verify with a corrupt precomputed network = %v, %v; want one problem", problems, err)
			}
		})
	}
}
