package graph

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// TestStreamNetwork checks that the network from a scan of the view index
// is the one the whole view gives, on a bolt store of the testdata and
// held-out readouts: loaded and precomputed; after readouts replaced with a
// role and a participant fewer and one deleted; after raw writes that leave
// no graph odd (a second office of a role, a person typed a state too, a
// lesser name, and a role and an account in the graph of the deleted
// readout, which the view leaves out); and that with an odd graph the scan
// declines and Precompute computes the network from the view.
func TestStreamNetwork(t *testing.T) {
	ctx := context.Background()
	recs := bulkRecords(t)
	s := openTest(t, "bolt")
	var prev *network
	same := func(step string) *view {
		t.Helper()
		v, err := s.wholeView(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := withAnywhere(networkOf(v), v)
		b, ok, err := s.streamNetwork(ctx)
		if err != nil || !ok {
			t.Fatalf("%s: streamNetwork = %v, %v; want a network", step, ok, err)
		}
		got := builtNetwork(t, b)
		if diff := networkDiff(got, want); diff != "" {
			t.Errorf("%s: the network from the scan differs from the whole view's: %s", step, diff)
		}
		affs, states := 0, 0
		for _, in := range want.inters {
			for _, a := range in.affs {
				affs += len(a)
			}
			states += len(in.states)
		}
		if affs == 0 || states == 0 || len(want.anywhere) == 0 {
			t.Fatalf("%s: %d interactions, %d affiliations, %d states, %d persons' offices anywhere: nothing compared",
				step, len(want.inters), affs, states, len(want.anywhere))
		}
		if prev != nil && reflect.DeepEqual(prev, want) {
			t.Errorf("%s: the network did not change: the step tests nothing", step)
		}
		prev = want
		return v
	}

	if _, err := s.Load(ctx, recs); err != nil {
		t.Fatal(err)
	}
	same("loaded")
	// The records in transactions of a few each, through spools that
	// write runs beside the store and remove them; what a Precompute
	// killed left there goes when the store is opened again.
	db := s.db
	s.Close()
	if err := os.MkdirAll(filepath.Join(netSpoolParent(db), "build-1"), 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	defer func(n, m int) { netTxBytes, spoolRunBytes = n, m }(netTxBytes, spoolRunBytes)
	netTxBytes, spoolRunBytes = 500, 4<<10
	// Two builds at once each have their spools to themselves.
	b1, ok1, err1 := s.streamNetwork(ctx)
	b2, ok2, err2 := s.streamNetwork(ctx)
	if !ok1 || !ok2 || err1 != nil || err2 != nil {
		t.Fatalf("streamNetwork = %v, %v and %v, %v", ok1, err1, ok2, err2)
	}
	b1.close()
	if diff := networkDiff(builtNetwork(t, b2), prev); diff != "" {
		t.Errorf("a build after another closed: %s", diff)
	}
	if err := s.Precompute(ctx); err != nil {
		t.Fatal(err)
	}
	netTxBytes, spoolRunBytes = 8<<20, 32<<20
	if left, err := filepath.Glob(s.db + ".*"); err != nil || len(left) > 0 {
		t.Errorf("Precompute left %v (%v)", left, err)
	}
	if n, err := s.cachedNetwork(ctx); err != nil || n == nil {
		t.Fatalf("precomputed: cachedNetwork = %v, %v", n, err)
	} else if diff := networkDiff(n, prev); diff != "" {
		t.Errorf("precomputed: the stored network differs from the whole view's: %s", diff)
	}

	var changed []*extract.Record
	for _, r := range recs[:6] {
		changed = append(changed, trimmed(t, r))
	}
	if _, err := s.Load(ctx, changed); err != nil {
		t.Fatal(err)
	}
	deleted := quad.IRI(schema.ReadoutIRI(recs[7].Source))
	if ok, err := s.Delete(ctx, recs[7].Source); err != nil || !ok {
		t.Fatalf("Delete = %v, %v", ok, err)
	}
	v := same("replaced and deleted")

	writeQuads(t, s, rawOffices(t, s, v, deleted))
	same("raw writes")

	writeAnnotations(t, s, "https://example.org/annotations", quad.IRI(schema.EntityIRI("state/atlantis")), quad.IRI(schema.EntityIRI("person/sergey-lavrov")))
	if _, ok, err := s.streamNetwork(ctx); err != nil || ok {
		t.Fatalf("with an odd graph: streamNetwork = %v, %v; want no network", ok, err)
	}
	v, err = s.wholeView(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := withAnywhere(networkOf(v), v)
	_, res, err := s.computeNetwork(ctx)
	if err != nil || res == nil || res.whole == nil {
		t.Fatalf("with an odd graph: computeNetwork = %v, %v; want the whole network", res, err)
	}
	if diff := networkDiff(res.whole, want); diff != "" {
		t.Errorf("with an odd graph: computeNetwork differs from the whole view's: %s", diff)
	}
}

// builtNetwork returns the network whose records b holds, and closes b.
func builtNetwork(t *testing.T, b *netBuild) *network {
	t.Helper()
	defer b.close()
	d := newNetDecoder()
	count := uint64(0)
	err := b.each(func(bucket, key, val []byte) error {
		if string(bucket) == string(netEntBucket) {
			return d.entity(key, val)
		}
		count++
		return d.inter(key, val)
	})
	if err != nil {
		t.Fatal(err)
	}
	n, err := d.network(count)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// rawOffices returns quads, in no odd graph, that change what the persons
// of v's interactions acted for: a second office of a person's role in its
// readout, of a state whose IRI sorts first and which has a lesser second
// name; and quads the view leaves out or overrides: that person typed a
// state as well; in the graph of deleted, a readout no longer in the store,
// a role of that person, an account of its interaction and the only
// account of another, and a node under it typed ro:Readout; a role of that
// person not typed ro:Role; a later second day of the interaction; and its
// participants, one again and one new that sorts after the others, in a
// graph that sorts before the interaction's.
func rawOffices(t *testing.T, s *Store, v *view, deleted quad.IRI) []quad.Quad {
	t.Helper()
	ctx := context.Background()
	var (
		in     *interaction
		holder quad.IRI
		role   quad.IRI
	)
	for _, i := range v.sortedInteractions() {
		for _, p := range i.participants {
			if v.kinds[p] != schema.Person || role != "" {
				continue
			}
			qs, err := s.viewIndexEntry(ctx, string(i.readouts[0]))
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range qs {
				if q.Subject == quad.Value(p) && q.Predicate == quad.Value(quad.IRI(schema.Role)) {
					in, holder, role = i, p, q.Object.(quad.IRI)
				}
			}
		}
	}
	if role == "" {
		t.Fatal("no person of an interaction holds a role in its first readout")
	}
	first := quad.IRI(schema.IDNS + "aaa") // before any entity of a kind
	ro := in.readouts[0]
	annotations := quad.IRI("https://example.org/annotations")
	stale := quad.IRI(string(deleted) + "/role/person/stale/1")
	staleIn := quad.IRI("https://readout.dev/interaction/stale/2024-01-01")
	untyped := quad.IRI(string(ro) + "/role/person/untyped/1")
	last := quad.IRI(schema.EntityIRI("person/zzz")) // a participant after the others, in a graph read first
	of, typ := quad.IRI(schema.Of), quad.IRI(schema.RDFType)
	return []quad.Quad{
		{Subject: role, Predicate: of, Object: first, Label: ro},
		{Subject: first, Predicate: typ, Object: quad.IRI(schema.SchemaCountry), Label: first},
		{Subject: first, Predicate: quad.IRI(schema.SchemaName), Object: quad.String("Aaa"), Label: first},
		{Subject: first, Predicate: quad.IRI(schema.SchemaName), Object: quad.String("Aa"), Label: annotations},
		{Subject: holder, Predicate: typ, Object: quad.IRI(schema.SchemaCountry), Label: annotations},
		{Subject: stale, Predicate: typ, Object: quad.IRI(schema.RoleClass), Label: deleted},
		{Subject: stale, Predicate: of, Object: quad.IRI(schema.EntityIRI("state/atlantis")), Label: deleted},
		{Subject: holder, Predicate: quad.IRI(schema.Role), Object: stale, Label: deleted},
		{Subject: quad.IRI(string(deleted) + "/event/e1"), Predicate: quad.IRI(schema.Interaction), Object: in.iri, Label: annotations},
		{Subject: staleIn, Predicate: typ, Object: quad.IRI(schema.InteractionClass), Label: annotations},
		{Subject: staleIn, Predicate: quad.IRI(schema.Participant), Object: holder, Label: annotations},
		{Subject: quad.IRI(string(deleted) + "/event/e2"), Predicate: quad.IRI(schema.Interaction), Object: staleIn, Label: annotations},
		{Subject: holder, Predicate: quad.IRI(schema.Role), Object: untyped, Label: ro},
		{Subject: untyped, Predicate: of, Object: quad.IRI(schema.EntityIRI("state/atlantis")), Label: ro},
		{Subject: in.iri, Predicate: quad.IRI(schema.SchemaStartDate), Object: quad.TypedString{Value: "2099-01-01", Type: schema.XSDDate}, Label: annotations},
		{Subject: in.iri, Predicate: quad.IRI(schema.Participant), Object: holder, Label: annotations},
		{Subject: in.iri, Predicate: quad.IRI(schema.Participant), Object: last, Label: annotations},
		{Subject: last, Predicate: typ, Object: quad.IRI(schema.SchemaPerson), Label: last},
		{Subject: quad.IRI(string(deleted) + "/x"), Predicate: typ, Object: quad.IRI(schema.Readout), Label: deleted},
	}
}

// writeQuads writes qs to s as raw N-Quads.
func writeQuads(t *testing.T, s *Store, qs []quad.Quad) {
	t.Helper()
	var b strings.Builder
	w := nquads.NewWriter(&b)
	for _, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadQuads(context.Background(), strings.NewReader(b.String())); err != nil {
		t.Fatal(err)
	}
}

// networkDiff describes how got differs from want: the first interaction,
// ref and person's offices anywhere that differ; "" if none does.
func networkDiff(got, want *network) string {
	var diffs []string
	if len(got.inters) != len(want.inters) {
		diffs = append(diffs, fmt.Sprintf("%d interactions, want %d", len(got.inters), len(want.inters)))
	}
	for i := range min(len(got.inters), len(want.inters)) {
		if !reflect.DeepEqual(got.inters[i], want.inters[i]) {
			diffs = append(diffs, fmt.Sprintf("interaction %d: %+v, want %+v", i, got.inters[i], want.inters[i]))
			break
		}
	}
	for _, k := range slices.Sorted(maps.Keys(joinKeys(iriKeys(got.refs), iriKeys(want.refs)))) {
		g, gok := got.refs[quad.IRI(k)]
		w, wok := want.refs[quad.IRI(k)]
		if g != w || gok != wok {
			diffs = append(diffs, fmt.Sprintf("ref of %s: %+v (%v), want %+v (%v)", k, g, gok, w, wok))
			break
		}
	}
	for _, k := range slices.Sorted(maps.Keys(joinKeys(iriKeys(got.anywhere), iriKeys(want.anywhere)))) {
		g, gok := got.anywhere[quad.IRI(k)]
		w, wok := want.anywhere[quad.IRI(k)]
		if !reflect.DeepEqual(g, w) || gok != wok {
			diffs = append(diffs, fmt.Sprintf("offices anywhere of %s: %v (%v), want %v (%v)", k, g, gok, w, wok))
			break
		}
	}
	if len(diffs) == 0 && !reflect.DeepEqual(got, want) {
		diffs = append(diffs, "they differ otherwise")
	}
	return strings.Join(diffs, "; ")
}

// iriKeys returns the keys of m as strings.
func iriKeys[V any](m map[quad.IRI]V) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[string(k)] = true
	}
	return out
}
