package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
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

			// Records of the current generation that do not decode, or
			// whose counts are not those of the interactions: each makes
			// one problem.
			corrupt := []struct {
				name   string
				bucket []byte
				edit   func(v []byte) []byte
			}{
				{"an interaction's record with a byte more", netInterBucket, func(v []byte) []byte { return append(v, 1) }},
				{"an entity's record with a count one more", netEntBucket, func(v []byte) []byte { return append([]byte{v[0] + 1}, v[1:]...) }},
			}
			for _, c := range corrupt {
				var key, was []byte
				err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
					err := hkv.Each(ctx, tx, func(k hkv.Key, v hkv.Value) error {
						if key == nil && len(v) > 0 && v[0] < 0x7f { // a first uvarint of one byte
							key, was = slices.Clone(k[len(k)-1]), slices.Clone(v)
						}
						return nil
					}, hopts.WithPrefixKV(inBucket(c.bucket)))
					if err != nil || key == nil {
						return fmt.Errorf("no record to corrupt: %v", err)
					}
					return tx.Put(ctx, hkv.Key{c.bucket, key}, c.edit(slices.Clone(was)))
				})
				if err != nil {
					t.Fatal(err)
				}
				if problems, _, err := s.Verify(ctx); err != nil || len(problems) != 1 {
					t.Errorf("Verify with %s = %v, %v; want one problem", c.name, problems, err)
				}
				err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error { return tx.Put(ctx, hkv.Key{c.bucket, key}, was) })
				if err != nil {
					t.Fatal(err)
				}
				if problems, _, err := s.Verify(ctx); err != nil || len(problems) != 0 {
					t.Errorf("Verify with %s mended = %v, %v; want none", c.name, problems, err)
				}
			}
		})
	}
}

// TestNetworkUpdate checks that Precompute brings the precomputed network
// up to date from the record of changes, without the whole view, to what
// the whole view gives, after each kind of write: new readouts, a readout
// replaced with a participant and a role fewer, an office added to a
// person's roles (its offices anywhere change), a new name for an entity, a
// raw write of another graph naming roles and interactions, and a deletion.
func TestNetworkUpdate(t *testing.T) {
	ctx := context.Background()
	recs := corpusRecords(t)
	defer func(n int) { maxDirtyShare = n }(maxDirtyShare)
	maxDirtyShare = 1 // every step here may recompute all: what is compared is the result
	s := openTest(t, "bolt")
	copyRecord := func(r *extract.Record) *extract.Record {
		var c extract.Record
		b, _ := json.Marshal(r)
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		return &c
	}
	step := func(name string, write func()) {
		t.Helper()
		before := s.views.netUpdates.Load()
		write()
		if err := s.Precompute(ctx); err != nil {
			t.Fatal(err)
		}
		if got := s.views.netUpdates.Load(); got != before+1 {
			t.Errorf("%s: the network was not brought up to date from the record of changes (%d updates, want %d)", name, got, before+1)
		}
		n, err := s.cachedNetwork(ctx)
		if err != nil || n == nil {
			t.Fatalf("%s: cachedNetwork = %v, %v", name, n, err)
		}
		v, err := s.wholeView(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := withAnywhere(networkOf(v), v)
		if !n.sameContributions(want) {
			t.Errorf("%s: the updated network differs from the whole view's: %d interactions, %d refs; want %d, %d",
				name, len(n.inters), len(n.refs), len(want.inters), len(want.refs))
			for i := range min(len(n.inters), len(want.inters)) {
				if !reflect.DeepEqual(n.inters[i], want.inters[i]) {
					t.Errorf("first difference: %+v\nwant %+v", n.inters[i], want.inters[i])
					break
				}
			}
		}
		persons := slices.Concat(slices.Collect(maps.Keys(n.anywhere)), slices.Collect(maps.Keys(want.anywhere)))
		slices.Sort(persons)
		for _, p := range slices.Compact(persons) {
			if got, ok := n.anywhere[p]; !ok || !slices.Equal(got, want.anywhere[p]) {
				t.Errorf("%s: %s's offices anywhere = %v (%v), want %v", name, p, got, ok, want.anywhere[p])
			}
		}
		if problems, _, err := s.Verify(ctx); err != nil || len(problems) > 0 {
			t.Errorf("%s: Verify = %v, %v", name, problems, err)
		}
	}

	if _, err := s.Load(ctx, recs[:len(recs)-3]); err != nil {
		t.Fatal(err)
	}
	if err := s.Precompute(ctx); err != nil {
		t.Fatal(err)
	}
	if s.views.netUpdates.Load() != 0 {
		t.Fatal("the first network was not computed from the whole view")
	}
	step("new readouts", func() {
		if _, err := s.Load(ctx, recs[len(recs)-3:]); err != nil {
			t.Fatal(err)
		}
	})
	// A person with an office in the main events of two readouts, r and r2.
	var r, r2 *extract.Record
	var person *extract.Entity
	holds := map[string][]*extract.Record{}
	for _, x := range recs {
		for _, e := range x.Entities {
			if e.Kind == "person" && len(e.Roles) > 0 && e.Roles[0].Of != "" && slices.Contains(x.Events[0].Participants, e.ID) {
				holds[e.ID] = append(holds[e.ID], x)
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(holds)) {
		if len(holds[id]) >= 2 {
			r, r2 = holds[id][0], holds[id][1]
			for i := range r.Entities {
				if r.Entities[i].ID == id {
					person = &r.Entities[i]
				}
			}
			break
		}
	}
	if person == nil {
		t.Fatal("no person with offices in two readouts")
	}
	office := person.Roles[0].Of
	var other *extract.Entity // another state of r2
	for i, e := range r2.Entities {
		if e.Kind == "state" && e.ID != office {
			other = &r2.Entities[i]
		}
	}
	if other == nil {
		t.Fatal("no second state")
	}
	step("a role fewer", func() {
		// The person's interaction in r now has the person acting for
		// what its roles anywhere name.
		c := copyRecord(r)
		for i := range c.Entities {
			if c.Entities[i].ID == person.ID {
				c.Entities[i].Roles = nil
			}
		}
		if _, err := s.Load(ctx, []*extract.Record{c}); err != nil {
			t.Fatal(err)
		}
	})
	step("an office added elsewhere", func() {
		// In r2: the person's roles anywhere name two offices, and its
		// interaction in r no longer has it acting for one.
		c := copyRecord(r2)
		for i := range c.Entities {
			if c.Entities[i].ID == person.ID {
				c.Entities[i].Roles = append(c.Entities[i].Roles, extract.Role{Title: "Special Envoy", Of: other.ID})
			}
		}
		if _, err := s.Load(ctx, []*extract.Record{c}); err != nil {
			t.Fatal(err)
		}
	})
	step("an office in r again", func() {
		// The person's roles anywhere stay the two offices; only its
		// interaction in r changes.
		c := copyRecord(r)
		for i := range c.Entities {
			if c.Entities[i].ID == person.ID {
				c.Entities[i].Roles = []extract.Role{{Title: "Special Envoy", Of: other.ID}}
			}
		}
		if !slices.ContainsFunc(c.Entities, func(e extract.Entity) bool { return e.ID == other.ID }) {
			e := *other
			e.Mentions = nil
			c.Entities = append(c.Entities, e)
		}
		if _, err := s.Load(ctx, []*extract.Record{c}); err != nil {
			t.Fatal(err)
		}
	})
	rename := func(id string) func() {
		return func() {
			e := quad.IRI(schema.EntityIRI(id))
			var b strings.Builder
			w := nquads.NewWriter(&b)
			w.WriteQuad(quad.Quad{Subject: e, Predicate: quad.IRI(schema.SchemaName), Object: quad.String("Aaa " + id), Label: e})
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if _, err := s.LoadQuads(ctx, strings.NewReader(b.String())); err != nil {
				t.Fatal(err)
			}
		}
	}
	step("a person's new name", rename(person.ID))
	step("a new name of what a person acted for", rename(office))
	step("what a person acted for typed a person", func() {
		// It leaves the states of the network: its entity record goes.
		e := quad.IRI(schema.EntityIRI(office))
		var b strings.Builder
		w := nquads.NewWriter(&b)
		w.WriteQuad(quad.Quad{Subject: e, Predicate: quad.IRI(schema.RDFType), Object: quad.IRI(schema.SchemaPerson), Label: e})
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := s.LoadQuads(ctx, strings.NewReader(b.String())); err != nil {
			t.Fatal(err)
		}
	})
	step("a raw write", func() {
		writeAnnotations(t, s, "https://example.org/annotations", quad.IRI(schema.EntityIRI("state/atlantis")), quad.IRI(schema.EntityIRI("person/sergey-lavrov")))
	})
	step("deleted", func() {
		if ok, err := s.Delete(ctx, r.Source); err != nil || !ok {
			t.Fatalf("Delete = %v, %v", ok, err)
		}
	})

	// A write that recorded nothing, as one by a readout from before the
	// record's generation ([recordedKey]) makes: the generation advanced,
	// the record and its generation did not. The network is computed
	// afresh, not brought up to date from a record that misses the write.
	c := copyRecord(r2)
	c.Events[0].Participants = c.Events[0].Participants[:1]
	if _, err := s.Load(ctx, []*extract.Record{c}); err != nil {
		t.Fatal(err)
	}
	err := hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		g, err := readGeneration(ctx, tx)
		if err != nil {
			return err
		}
		if err := clearDirty(ctx, tx); err != nil {
			return err
		}
		return tx.Put(ctx, recordedKey, binary.AppendUvarint(nil, g-1))
	})
	if err != nil {
		t.Fatal(err)
	}
	// afresh checks that Precompute computes the network afresh, not from
	// the record, and that Verify finds it right.
	afresh := func(what string) {
		t.Helper()
		before := s.views.netUpdates.Load()
		if err := s.Precompute(ctx); err != nil {
			t.Fatal(err)
		}
		if s.views.netUpdates.Load() != before {
			t.Errorf("%s: the network was brought up to date from the record", what)
		}
		if problems, _, err := s.Verify(ctx); err != nil || len(problems) > 0 {
			t.Errorf("%s: Verify = %v, %v", what, problems, err)
		}
	}
	afresh("a write that recorded nothing")

	// Too many writes behind: the network is dropped, then computed from
	// the whole view.
	defer func(n uint64) { maxDirtyGenerations = n }(maxDirtyGenerations)
	maxDirtyGenerations = 1
	for _, x := range []*extract.Record{r, r2} {
		c := copyRecord(x)
		c.Source += "#again"
		if _, err := s.Load(ctx, []*extract.Record{c}); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.cachedNetwork(ctx); err != nil || n != nil {
		t.Fatalf("two writes behind: cachedNetwork = %v, %v; want none", n, err)
	}
	afresh("a network too far behind")
}

// TestNetworkRebuild checks that a network computed afresh replaces the
// records of the one before, those of interactions and entities no longer
// there among them; and that a store left with no interactions has a
// precomputed network Verify finds right.
func TestNetworkRebuild(t *testing.T) {
	ctx := context.Background()
	recs := corpusRecords(t)
	s := openTest(t, "bolt")
	if _, err := s.Load(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if err := s.Precompute(ctx); err != nil {
		t.Fatal(err)
	}
	defer func(n uint64) { maxDirtyGenerations = n }(maxDirtyGenerations)
	maxDirtyGenerations = 0 // the next write drops the network
	for i, rs := range [][]*extract.Record{recs[:3], recs[3:]} {
		for _, r := range rs {
			if ok, err := s.Delete(ctx, r.Source); err != nil || !ok {
				t.Fatalf("Delete = %v, %v", ok, err)
			}
		}
		before := s.views.netUpdates.Load()
		if err := s.Precompute(ctx); err != nil {
			t.Fatal(err)
		}
		if s.views.netUpdates.Load() != before {
			t.Fatalf("step %d: the network was brought up to date, not computed afresh", i)
		}
		n, err := s.cachedNetwork(ctx)
		if err != nil || n == nil {
			t.Fatalf("step %d: cachedNetwork = %v, %v", i, n, err)
		}
		if i == 1 && (len(n.inters) > 0 || len(n.refs) > 0) {
			t.Errorf("no readouts left: %d interactions, %d refs cached", len(n.inters), len(n.refs))
		}
		if problems, _, err := s.Verify(ctx); err != nil || len(problems) > 0 {
			t.Errorf("step %d: Verify = %v, %v", i, problems, err)
		}
	}
}
