package graph

import (
	"context"
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"

	"github.com/readout/readout/schema"
)

// TestClaimRows checks the claims by an entity read from the claim rows
// where speakers' roles in some readouts name nothing they served (their
// claims there are by what all their roles serve, when that is one state
// or institution), and that Verify finds the rows and the holders index
// right, and reports each changed.
func TestClaimRows(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, "bolt")
	if _, err := s.Load(ctx, corpusRecords(t)); err != nil {
		t.Fatal(err)
	}
	full, err := s.reader().view(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var dels []quad.Quad
	for i, ro := range slices.Sorted(maps.Keys(full.readouts)) {
		if i%2 != 0 {
			continue
		}
		qs, err := s.graphQuads(ctx, ro)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if q.Predicate == quad.Value(quad.IRI(schema.Of)) {
				dels = append(dels, q)
			}
		}
	}
	if err := s.apply(ctx, nil, dels); err != nil {
		t.Fatal(err)
	}

	// Claims by a state or institution whose speakers held none of its
	// offices in the claim's readout: the case the roles without offices
	// make.
	full, err = s.reader().view(ctx)
	if err != nil {
		t.Fatal(err)
	}
	elsewhere := 0
	for e, k := range full.kinds {
		if k != schema.State && k != schema.Institution {
			continue
		}
		claims, err := s.reader().claims(ctx, full, ClaimFilter{By: full.ref(e).ID}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range claims {
			here := false
			for _, sp := range c.Speakers {
				h := quad.IRI(schema.EntityIRI(sp.ID))
				if h == e || slices.Contains(full.officesOf(h).in[quad.IRI(c.Readout.IRI)], e) {
					here = true
				}
			}
			if !here {
				elsewhere++
			}
		}
	}
	if elsewhere == 0 {
		t.Fatal("no claim is by what its speakers serve elsewhere; the test needs one")
	}
	checkPartialViews(t, "views", s, true)

	if problems, _, err := s.Verify(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("Verify = %v, %v", problems, err)
	}
	// One readout's rows changed, then one holder's key taken out: Verify
	// reports each.
	first := func(bucket []byte) (k, v []byte) {
		err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
			return hkv.Each(ctx, tx, func(key hkv.Key, val hkv.Value) error {
				if k == nil {
					k, v = slices.Clone(key[len(key)-1]), slices.Clone(val)
				}
				return nil
			}, hopts.WithPrefixKV(inBucket(bucket)))
		})
		if err != nil || k == nil {
			t.Fatalf("no key in %s: %v", bucket, err)
		}
		return k, v
	}
	put := func(key hkv.Key, v []byte) {
		err := hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
			if v == nil {
				return tx.Del(ctx, key)
			}
			return tx.Put(ctx, key, v)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	label, rows := first(claimRowsBucket)
	ref, decoded, err := decodeClaimRows(string(label), rows, newViewDecoder())
	if err != nil {
		t.Fatal(err)
	}
	decoded[0].text += " (changed)"
	put(hkv.Key{claimRowsBucket, label}, encodeClaimRows(ref, decoded))
	if problems, _, err := s.Verify(ctx); err != nil || len(problems) != 1 || problems[0].Readout != string(claimRowsBucket) {
		t.Errorf("Verify with a claim's text changed in its row = %v, %v; want one problem of %s", problems, err, claimRowsBucket)
	}
	put(hkv.Key{claimRowsBucket, label}, rows)
	held, _ := first(heldBucket)
	put(hkv.Key{heldBucket, held}, nil)
	if problems, _, err := s.Verify(ctx); err != nil || len(problems) != 1 || problems[0].Readout != string(heldBucket) {
		t.Errorf("Verify with the holder's key %q taken out = %v, %v; want one problem of %s", held, problems, err, heldBucket)
	}
	put(hkv.Key{heldBucket, held}, []byte{})
	// A graph marked odd that is not: Verify reports it, and the rows do
	// not answer while it is marked.
	put(hkv.Key{oddBucket, label}, []byte{})
	if problems, _, err := s.Verify(ctx); err != nil || len(problems) != 1 || problems[0].Readout != string(oddBucket) {
		t.Errorf("Verify with %s marked odd = %v, %v; want one problem of %s", label, problems, err, oddBucket)
	}
	if _, ok, err := s.claimsByIndex(ctx, ClaimFilter{By: "person/ilham-aliyev"}); err != nil || ok {
		t.Errorf("claims with an odd graph: the claim rows answer: %v, %v", ok, err)
	}
}

// TestDecodeClaimRows checks that claim rows cut short at any byte, or
// with a byte more, are an error, not a panic or rows.
func TestDecodeClaimRows(t *testing.T) {
	const ro = "https://readout.dev/readout/1"
	ref := &ReadoutRef{IRI: ro, Source: "a.txt", Title: "Call", Published: "2024-06-21"}
	// Two claims of one sentence (kept once, the texts as places in it),
	// and one whose text the sentence does not hold.
	rows := []claimRow{
		{iri: ro + "/claim/1", verb: "stressed", text: "peace", sentence: "They stressed peace and urged talks.", start: 3, end: 8,
			speakers: []quad.IRI{"https://readout.dev/id/person/x"}, hasEvent: true, event: ro + "/event/e1",
			interactions: []quad.IRI{"https://readout.dev/interaction/1"}},
		{iri: ro + "/claim/2", verb: "urged", text: "talks", sentence: "They stressed peace and urged talks.", start: 9, end: 14},
		{iri: ro + "/claim/3", verb: "said", text: "more trade", sentence: "He said: 'More trade.'", start: 20, end: 30},
	}
	data := encodeClaimRows(ref, rows)
	gotRef, got, err := decodeClaimRows(ro, data, newViewDecoder())
	if err != nil || *gotRef != *ref || !reflect.DeepEqual(got, rows) {
		t.Fatalf("decodeClaimRows = %+v, %+v, %v; want %+v, %+v", gotRef, got, err, ref, rows)
	}
	for n := range len(data) {
		if _, _, err := decodeClaimRows("x", data[:n], newViewDecoder()); err == nil {
			t.Errorf("rows cut at byte %d of %d: no error", n, len(data))
		}
	}
	if _, _, err := decodeClaimRows("x", append(data, 0), newViewDecoder()); err == nil {
		t.Error("rows with a byte more: no error")
	}
}
