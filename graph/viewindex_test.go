package graph

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// corpusRecords extracts the testdata readouts.
func corpusRecords(t *testing.T) []*extract.Record {
	t.Helper()
	return extractFiles(t, "../testdata/readouts/*.txt")
}

// extractFiles extracts the readouts of the files pattern matches, which
// must match some.
func extractFiles(t *testing.T, pattern string) []*extract.Record {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no readouts match %s: %v", pattern, err)
	}
	var recs []*extract.Record
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := extract.Read(f, data, extract.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			rec, err := extract.Extract(d, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			recs = append(recs, rec)
		}
	}
	return recs
}

// withCorpusLoaded runs fn in a subtest per backend, memory and bolt, on a
// store holding the testdata readouts recs.
func withCorpusLoaded(t *testing.T, recs []*extract.Record, fn func(t *testing.T, backend string, s *Store)) {
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, backend)
			if _, err := s.Load(context.Background(), recs); err != nil {
				t.Fatal(err)
			}
			fn(t, backend, s)
		})
	}
}

// TestViewIndex checks that the view built from the view index is the
// view read from the quads, through loads, replacements, deletions, a raw
// write that makes the index stale and the load that rebuilds it; and that
// Verify reports an index that differs from the graphs.
func TestViewIndex(t *testing.T) {
	ctx := context.Background()
	recs := corpusRecords(t)
	// Rebuilds in many transactions, graphs split across them.
	defer func(n int) { rebuildViewChunk = n }(rebuildViewChunk)
	rebuildViewChunk = 97
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, backend)
			same := func(step string, indexed bool) {
				t.Helper()
				f, err := s.readViewFacts(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if indexed != (f != nil) {
					t.Fatalf("%s: index complete = %v, want %v", step, f != nil, indexed)
				}
				want, err := s.reader().view(ctx)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.wholeView(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: the view from the index differs from the view of the quads", step)
				}
				if len(want.interactions) == 0 || len(want.roles) == 0 {
					t.Errorf("%s: the view has %d interactions and %d roles: nothing compared", step, len(want.interactions), len(want.roles))
				}
				problems, _, err := s.Verify(ctx)
				if err != nil || len(problems) > 0 {
					t.Errorf("%s: Verify = %v, %v", step, problems, err)
				}
			}
			if _, err := s.Load(ctx, recs); err != nil {
				t.Fatal(err)
			}
			same("load", true)

			// Replace a few readouts (other titles, a role and a participant
			// fewer) and delete one.
			var changed []*extract.Record
			for _, r := range recs[:6] {
				c := trimmed(t, r)
				c.Title += " (updated)"
				changed = append(changed, c)
			}
			if _, err := s.Load(ctx, changed); err != nil {
				t.Fatal(err)
			}
			if ok, err := s.Delete(ctx, recs[7].Source); err != nil || !ok {
				t.Fatalf("Delete = %v, %v", ok, err)
			}
			same("replace and delete", true)

			// A write through Cayley's handle: the index no longer knows.
			if err := s.Locked(true, func() {}); err != nil {
				t.Fatal(err)
			}
			same("raw write", false)
			if _, err := s.Load(ctx, recs[7:8]); err != nil {
				t.Fatal(err)
			}
			same("rebuilt by the next load", true)

			// An index entry that disagrees with its graph.
			const bogusLabel = "https://readout.dev/readout/0000000000000000"
			bogus, err := encodeViewQuads([]quad.Quad{{Subject: quad.IRI("x"), Predicate: quad.IRI(schema.RDFType), Object: quad.IRI("y")}})
			if err != nil {
				t.Fatal(err)
			}
			if s.views.kv != nil {
				err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
					return tx.Put(ctx, hkv.Key{viewBucket, []byte(bogusLabel)}, bogus)
				})
			} else {
				s.views.mem[bogusLabel], err = decodeViewQuads(bogusLabel, bogus)
			}
			if err != nil {
				t.Fatal(err)
			}
			problems, _, err := s.Verify(ctx)
			if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Msg, "view index") {
				t.Errorf("Verify with a bogus index entry = %v, %v; want one view index problem", problems, err)
			}

			// A graph the node index forgets naming a node.
			if err := s.rebuildViewIndex(ctx); err != nil {
				t.Fatal(err)
			}
			label := schema.ReadoutIRI(recs[0].Source)
			node := quad.IRI(label)
			if s.views.kv != nil {
				err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error { return tx.Del(ctx, nodeKey(node, label)) })
			} else {
				delete(s.views.nodes[node], label)
			}
			if err != nil {
				t.Fatal(err)
			}
			problems, _, err = s.Verify(ctx)
			if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Msg, "node index") {
				t.Errorf("Verify with a node index key missing = %v, %v; want one node index problem", problems, err)
			}

			// A holder's affiliations in a graph, wrong.
			if err := s.rebuildViewIndex(ctx); err != nil {
				t.Fatal(err)
			}
			holder, hlabel := affiliatedHolder(t, recs)
			if s.views.kv != nil {
				err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
					return tx.Put(ctx, nodeKey(holder, hlabel), []byte("https://readout.dev/id/state/xyz"))
				})
			} else {
				s.views.nodes[holder][hlabel] = "https://readout.dev/id/state/xyz"
			}
			if err != nil {
				t.Fatal(err)
			}
			problems, _, err = s.Verify(ctx)
			if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Msg, "node index") {
				t.Errorf("Verify with wrong affiliations in the node index = %v, %v; want one node index problem", problems, err)
			}
		})
	}
}

// affiliatedHolder returns a person who holds an office of a state in one
// of recs, and the label of that readout's graph, checking that the node
// index value [viewNodes] gives it there names the state.
func affiliatedHolder(t *testing.T, recs []*extract.Record) (quad.IRI, string) {
	t.Helper()
	for _, rec := range recs {
		label := schema.ReadoutIRI(rec.Source)
		var view []quad.Quad
		for _, q := range Quads(rec) {
			if isViewQuad(q) {
				view = append(view, q)
			}
		}
		for n, aff := range viewNodes(view) {
			if strings.HasPrefix(string(n), schema.IDNS+"person/") && strings.HasPrefix(aff, schema.IDNS+"state/") {
				return n, label
			}
		}
	}
	t.Fatal("no readout names a person holding an office of a state")
	return "", ""
}

// TestViewEncoding round-trips view quads through the index's encoding:
// every kind of value, texts repeated (written once, then referred to) and
// sharing prefixes, the claims' quads after the others and left out by a
// decoder that skips them; and refuses an entry cut short, but between two claims' quads.
func TestViewEncoding(t *testing.T) {
	ro := quad.IRI("https://readout.dev/readout/0123456789abcdef")
	claim := quad.IRI(string(ro) + "/claim/c1")
	claim2 := quad.IRI(string(ro) + "/claim/c2")
	event := quad.IRI(string(ro) + "/event/e1")
	q := func(s quad.Value, p string, o quad.Value) quad.Quad {
		return quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o}
	}
	date := quad.TypedString{Value: "2024-06-20", Type: "http://www.w3.org/2001/XMLSchema#date"}
	qs := []quad.Quad{
		q(ro, schema.RDFType, quad.IRI(schema.Readout)),
		q(ro, schema.DCTitle, quad.LangString{Value: "Readout", Lang: "en"}),
		q(ro, schema.MainEvent, event),
		q(claim, schema.Speaker, quad.IRI("https://readout.dev/id/person/antony-blinken")),
		q(claim, schema.Text, quad.String("Blinken welcomed the progress")),
		q(event, schema.SchemaStartDate, date),
		q(claim2, schema.Speaker, quad.IRI("https://readout.dev/id/person/antony-blinken")),
		q(claim2, schema.Text, quad.String("")),
		q(event, schema.Participant, quad.BNode("b1")),
		q(claim2, schema.InEvent, event),
		q(event, schema.EventTypeTerm, quad.String("phone call")),
		q(quad.IRI(string(ro)+"/event/e2"), schema.SchemaStartDate, date),
	}
	data, err := encodeViewQuads(qs)
	if err != nil {
		t.Fatal(err)
	}
	var plain int // the bytes of the texts written in full
	for _, q := range qs {
		plain += len(q.Subject.String()) + len(q.Object.String())
	}
	if len(data) >= plain/2 {
		t.Errorf("entry of %d bytes; its texts in full are %d: repeated texts or prefixes not shared", len(data), plain)
	}
	isClaim := func(q quad.Quad) bool { return isClaimQuad(q) }
	want := append(slices.DeleteFunc(slices.Clone(qs), isClaim), slices.DeleteFunc(slices.Clone(qs), func(q quad.Quad) bool { return !isClaim(q) })...)
	got, err := decodeViewQuads("", data)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("decode = %v, %v;\nwant %v", got, err, want)
	}
	d := newViewDecoder()
	d.skipClaims = true
	var main []quad.Quad
	// A decoder reused for another entry forgets the texts of the one
	// before: a reference to its first text is an error.
	if err := d.each(data, func(quad.Quad) {}); err != nil {
		t.Fatal(err)
	}
	if err := d.each([]byte{4, 0, kindIRI, 1, kindIRI, 1}, func(quad.Quad) {}); err == nil {
		t.Error("a reused decoder resolved a reference to the entry before's text")
	}
	if err := d.each(data, func(q quad.Quad) { main = append(main, q) }); err != nil {
		t.Fatal(err)
	}
	if wantMain := slices.DeleteFunc(slices.Clone(qs), isClaim); !reflect.DeepEqual(main, wantMain) {
		t.Fatalf("decode skipping claims = %v; want %v", main, wantMain)
	}
	// A cut inside the first part, or inside a quad, is an error; a cut
	// between two claims' quads cannot be told (the claims run to the
	// end), and decodes the quads before it.
	for n := range len(data) {
		got, err := decodeViewQuads("", data[:n])
		if err == nil && (len(got) < len(main) || !reflect.DeepEqual(got, want[:len(got)])) {
			t.Errorf("decode of the first %d of %d bytes = %v; want an error or the first quads", n, len(data), got)
		}
	}
	for name, bad := range map[string][]byte{
		"a reference to a text not yet written": {4, 0, kindIRI, 1, kindIRI, 1},
		"a prefix longer than the text before":  {7, 0, kindIRI, 0, 1, 'x', kindIRI, 4, 0},
		"an unknown kind":                       {6, 0, 'z', 0, 1, 'x', kindIRI, 1},
		"an unknown predicate":                  {7, 99, kindIRI, 0, 1, 'x', kindIRI, 1},
		"a first part longer than the entry":    {9, 0, kindIRI, 0, 1, 'x', kindIRI, 1},
	} {
		if _, err := decodeViewQuads("", bad); err == nil {
			t.Errorf("decode of %s: no error", name)
		}
	}
	// A prefix repeated far beyond the entry's size is refused.
	long := []byte{0, kindIRI, 0}
	long = binary.AppendUvarint(long, 1000)
	long = append(long, make([]byte, 1000)...) // a subject of 1,000 bytes
	for range 2000 {
		// an object, then quads whose texts are all new: its 1,000 bytes
		// and nothing more, 2,000 bytes for each 8
		long = append(long, kindIRI)
		long = binary.AppendUvarint(long, 2*1000)
		long = append(long, 0, 0, kindIRI)
		long = binary.AppendUvarint(long, 2*1000)
		long = append(long, 0)
	}
	long = long[:len(long)-5] // the last quad has its subject only: drop it
	bomb := append(binary.AppendUvarint(nil, uint64(len(long))), long...)
	if _, err := decodeViewQuads("", bomb); err == nil {
		t.Error("decode of an entry repeating a long prefix: no error")
	}
}

// FuzzViewDecode checks that decoding arbitrary bytes as a view entry
// never panics, and that what encodes decodes to the same quads.
func FuzzViewDecode(f *testing.F) {
	seed, err := encodeViewQuads([]quad.Quad{
		{Subject: quad.IRI("https://readout.dev/readout/x"), Predicate: quad.IRI(schema.RDFType), Object: quad.IRI(schema.Readout)},
		{Subject: quad.IRI("https://readout.dev/readout/x/claim/c1"), Predicate: quad.IRI(schema.Text), Object: quad.String("said")},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte{4, 0, kindIRI, 1, kindIRI, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		qs, err := decodeViewQuads("", data)
		if err != nil {
			return
		}
		again, err := encodeViewQuads(qs)
		if err != nil {
			t.Fatal(err)
		}
		// the encoder writes the claims' quads last
		want := append(slices.DeleteFunc(slices.Clone(qs), isClaimQuad), slices.DeleteFunc(slices.Clone(qs), func(q quad.Quad) bool { return !isClaimQuad(q) })...)
		back, err := decodeViewQuads("", again)
		if err != nil || !reflect.DeepEqual(back, want) {
			t.Fatalf("re-encoded entry decodes to %v, %v; want %v", back, err, want)
		}
	})
}

// trimmed returns a copy of r with one role fewer (its first entity's with
// any) and, if its event has more than two, one participant fewer.
func trimmed(t *testing.T, r *extract.Record) *extract.Record {
	t.Helper()
	var c extract.Record
	b, _ := json.Marshal(r)
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	for i := range c.Entities {
		if len(c.Entities[i].Roles) > 0 {
			c.Entities[i].Roles = c.Entities[i].Roles[1:]
			break
		}
	}
	if ps := c.Events[0].Participants; len(ps) > 2 {
		c.Events[0].Participants = ps[:len(ps)-1]
	}
	return &c
}
