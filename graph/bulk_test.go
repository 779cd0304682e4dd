package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// TestSpool checks the spool against a map: random writes and deletions
// of few keys, in runs of a few hundred bytes read four at a time, come
// back in key order with each key's values in the order written.
func TestSpool(t *testing.T) {
	defer func(n, f int) { spoolRunBytes, spoolFanIn = n, f }(spoolRunBytes, spoolFanIn)
	spoolRunBytes, spoolFanIn = 300, 4 // and runs merged before the last merge
	r := rand.New(rand.NewPCG(1, 2))
	sp := newSpool(t.TempDir())
	defer sp.close()
	want := map[string][][]byte{}
	for i := range 2000 {
		bucket := []string{"a", "ab", "b"}[r.IntN(3)]
		key := fmt.Appendf(nil, "k%03d", r.IntN(150))
		k := bucket + "\x00" + string(key)
		if r.IntN(10) == 0 {
			if err := sp.del([]byte(bucket), key); err != nil {
				t.Fatal(err)
			}
			want[k] = append(want[k], nil)
			continue
		}
		v := fmt.Appendf(nil, "v%d", i)
		if r.IntN(20) == 0 {
			v = []byte{} // a key without a value
		}
		if err := sp.put([]byte(bucket), key, v); err != nil {
			t.Fatal(err)
		}
		want[k] = append(want[k], v)
	}
	if len(sp.runs) < 2*spoolFanIn {
		t.Fatalf("%d runs, want more than twice the fan-in", len(sp.runs))
	}
	var keys []string
	err := sp.each(func(bucket, key []byte, vals [][]byte) error {
		k := string(bucket) + "\x00" + string(key)
		keys = append(keys, k)
		w := want[k]
		if len(vals) != len(w) {
			return fmt.Errorf("%q: %d values, want %d", k, len(vals), len(w))
		}
		for i := range w {
			if (vals[i] == nil) != (w[i] == nil) || !bytes.Equal(vals[i], w[i]) {
				return fmt.Errorf("%q: value %d = %q, want %q", k, i, vals[i], w[i])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(keys, slices.Sorted(maps.Keys(want))) {
		t.Errorf("keys not in order or missing: got %d, want %d", len(keys), len(want))
	}
}

// bulkRecords are the readouts the bulk tests load: the testdata readouts
// and the blind gold sets, about a hundred readouts naming many of the
// same entities.
func bulkRecords(t *testing.T) []*extract.Record {
	t.Helper()
	return append(corpusRecords(t), extractFiles(t, "../testdata/heldout*/*.txt")...)
}

func prepareAll(recs []*extract.Record) []*Prepared {
	ps := make([]*Prepared, len(recs))
	for i, r := range recs {
		ps[i] = Prepare(r)
	}
	return ps
}

// openBulk opens a new store at db, with opts and BuildNew, and a Bulk on
// it.
func openBulk(t *testing.T, db string, opts Options) (*Store, *Bulk) {
	t.Helper()
	ctx := context.Background()
	opts.BuildNew = true
	s, err := Open(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.NewBulk(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return s, b
}

// smallBulk makes a Bulk's runs and transactions small, so that tests cross
// many of each.
func smallBulk(t *testing.T) {
	runs, txs := spoolRunBytes, bulkTxBytes
	t.Cleanup(func() { spoolRunBytes, bulkTxBytes = runs, txs })
	spoolRunBytes, bulkTxBytes = 64<<10, 32<<10
}

// buildBulk builds a new store at db from ps with a Bulk and closes it.
func buildBulk(t *testing.T, db string, ps []*Prepared) LoadStats {
	t.Helper()
	ctx := context.Background()
	s, b := openBulk(t, db, Options{BatchQuads: 500})
	if n, _, err := b.Add(ctx, ps); err != nil || n != len(ps) {
		t.Fatalf("Add = %d, %v; want %d, nil", n, err, len(ps))
	}
	st, err := b.Finish(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Precompute(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(db + ".spool"); !os.IsNotExist(err) {
		t.Errorf("the spool is left: %v", err)
	}
	return st
}

// buildLoad builds a new store at db from ps with LoadPrepared, in batches
// of a few readouts, and closes it.
func buildLoad(t *testing.T, db string, ps []*Prepared) LoadStats {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, db, Options{BuildNew: true, BatchQuads: 500, TxQuads: 2000})
	if err != nil {
		t.Fatal(err)
	}
	var total LoadStats
	for i := 0; i < len(ps); i += 7 {
		st, err := s.LoadPrepared(ctx, ps[i:min(i+7, len(ps))])
		if err != nil {
			t.Fatal(err)
		}
		total.Add(st)
	}
	if err := s.Precompute(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return total
}

// storeImage returns what the bolt store at db holds, with Cayley's IDs
// replaced by the values they stand for, so that two stores holding the
// same quads have the same image whatever IDs they gave them: each live
// quad of the log; each node's value and reference count; each key of
// Cayley's quad indexes with the quads it lists; Cayley's quad count; and
// every key and value of readout's own buckets but the view index's
// generation and the generation in the cached network's stamp. It fails t on what no store
// Cayley wrote holds: an index list out of order or naming a dead quad, a
// node key whose ID is another value's, a reference count that is not the
// number of quads naming the node, a quad count that is not the log's, a
// live quad an index does not list.
func storeImage(t *testing.T, db string) map[string]string {
	t.Helper()
	bdb, err := bolt.Open(db, 0o444, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	img := map[string]string{}
	err = bdb.View(func(tx *bolt.Tx) error {
		values := map[uint64]quad.Value{}
		quads := map[uint64]*cproto.Primitive{}
		var horizon uint64
		if err := tx.Bucket([]byte("log")).ForEach(func(k, v []byte) error {
			var p cproto.Primitive
			if err := proto.Unmarshal(v, &p); err != nil {
				return err
			}
			if id := binary.BigEndian.Uint64(k); id != p.ID {
				return fmt.Errorf("log key %d holds ID %d", id, p.ID)
			}
			horizon = max(horizon, p.ID)
			if p.IsNode() {
				val, err := pquads.UnmarshalValue(p.Value)
				if err != nil {
					return err
				}
				values[p.ID] = val
			} else if !p.Deleted {
				quads[p.ID] = &p
			}
			return nil
		}); err != nil {
			return err
		}
		quadString := func(id uint64) string {
			p := quads[id]
			if p == nil {
				return fmt.Sprintf("dead quad %d", id)
			}
			var parts []string
			for _, d := range quad.Directions {
				if v := values[p.GetDirection(d)]; v != nil {
					parts = append(parts, v.String())
				} else {
					parts = append(parts, "-")
				}
			}
			return strings.Join(parts, " ")
		}
		refs := map[uint64]uint64{}
		for id, p := range quads {
			img["quad "+quadString(id)] = ""
			for _, d := range quad.Directions {
				if n := p.GetDirection(d); n != 0 {
					refs[n]++
				}
			}
		}
		nodes := tx.Bucket(nodesBucket)
		if err := nodes.ForEach(func(k, v []byte) error {
			n, _ := binary.Uvarint(v)
			h, kind := k[:len(k)-1], k[len(k)-1]
			switch kind {
			case 'v':
				val := values[n]
				if val == nil || !bytes.Equal(quad.HashOf(val), h) {
					return fmt.Errorf("node key %x names ID %d, value %v", h, n, val)
				}
				c, _ := binary.Uvarint(nodes.Get(append(bytes.Clone(h), 'n')))
				if c != refs[n] {
					return fmt.Errorf("node %v counts %d references, the quads make %d", val, c, refs[n])
				}
				img["node "+val.String()] = fmt.Sprint(c)
			case 'n':
				if nodes.Get(append(bytes.Clone(h), 'v')) == nil {
					return fmt.Errorf("node count %x without an ID", h)
				}
			}
			return nil
		}); err != nil {
			return err
		}
		meta := tx.Bucket([]byte("meta"))
		size := binary.LittleEndian.Uint64(meta.Get([]byte("size")))
		if int(size) != len(quads) {
			return fmt.Errorf("meta size %d, the log holds %d quads", size, len(quads))
		}
		if h := binary.LittleEndian.Uint64(meta.Get([]byte("horizon"))); h < horizon {
			return fmt.Errorf("horizon %d below ID %d", h, horizon)
		}
		img["meta size"] = fmt.Sprint(size)
		inds := slices.Sorted(maps.Keys(indexBuckets(map[string][]byte{"meta\x00indexes": meta.Get([]byte("indexes"))})))
		if len(inds) != 3 {
			return fmt.Errorf("indexes %q, want Cayley's two and the label's", inds)
		}
		for _, ind := range inds {
			seen := 0
			if err := tx.Bucket([]byte(ind)).ForEach(func(k, v []byte) error {
				var key []string
				for i := 0; i+8 <= len(k); i += 8 {
					if val := values[binary.BigEndian.Uint64(k[i:])]; val != nil {
						key = append(key, val.String())
					} else {
						key = append(key, "-")
					}
				}
				ids, err := decodeIDs(v)
				if err != nil {
					return err
				}
				if !slices.IsSorted(ids) {
					return fmt.Errorf("index %s %v: IDs out of order", ind, key)
				}
				var qs []string
				for _, id := range ids {
					// Cayley leaves a deleted quad's ID in the lists.
					if quads[id] != nil {
						qs = append(qs, quadString(id))
						seen++
					}
				}
				slices.Sort(qs)
				img["index "+ind+" "+strings.Join(key, " ")] = strings.Join(qs, "\n")
				return nil
			}); err != nil {
				return err
			}
			if seen != len(quads) {
				return fmt.Errorf("index %s lists %d quads, the log holds %d", ind, seen, len(quads))
			}
		}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if !strings.HasPrefix(string(name), "readout_") || string(name) == string(nodesBucket) {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				if string(name) == "readout_meta" && string(k) == string(netKey[1]) {
					// The network's stamp, without its generation.
					r := &byteReader{b: v}
					r.uvarint()
					img["network"] = fmt.Sprint(r.uvarint())
					if !r.done() {
						return fmt.Errorf("the cached network's stamp %q does not decode", v)
					}
					return nil
				}
				if string(name) == "readout_meta" && (string(k) == "generation" || strings.HasPrefix(string(k), "network")) {
					return nil
				}
				img[string(name)+" "+string(k)] = string(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatalf("%s: %v", db, err)
	}
	return img
}

func decodeIDs(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, fmt.Errorf("bad index list")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}

// sameImage fails t with the first differences between two store images.
func sameImage(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	n := 0
	for _, k := range slices.Sorted(maps.Keys(joinKeys(got, want))) {
		g, gok := got[k]
		w, wok := want[k]
		if gok == wok && g == w {
			continue
		}
		if n++; n <= 8 {
			t.Errorf("%s: %.200q: bulk %v %.200q, load %v %.200q", what, k, gok, g, wok, w)
		}
	}
	if n > 8 {
		t.Errorf("%s: %d differences in all", what, n)
	}
}

// TestBulkMatchesLoad builds one store with a Bulk and one with
// LoadPrepared from the same readouts, and checks that they hold the same,
// key for key (Cayley's IDs aside, see storeImage): Cayley's own writes are
// the measure of the bulk's. Then it replaces and deletes readouts in
// both, through Load, and checks again, so that Cayley and Load take a
// bulk-built store as their own.
func TestBulkMatchesLoad(t *testing.T) {
	ctx := context.Background()
	smallBulk(t)
	recs := bulkRecords(t)
	ps := prepareAll(recs)
	dir := t.TempDir()
	bulkDB, loadDB := filepath.Join(dir, "bulk.db"), filepath.Join(dir, "load.db")
	bst := buildBulk(t, bulkDB, ps)
	lst := buildLoad(t, loadDB, ps)
	if bst != lst {
		t.Errorf("bulk stats %+v, load stats %+v", bst, lst)
	}
	if bst.Readouts != len(recs) || bst.Quads == 0 {
		t.Errorf("bulk stats %+v for %d readouts", bst, len(recs))
	}
	built := storeImage(t, bulkDB)
	persons := 0
	for k := range built {
		if strings.HasPrefix(k, string(netEntBucket)+" "+schema.IDNS+"person/") {
			persons++
		}
	}
	if persons == 0 || built["network"] == "" || built["network"] == "0" {
		t.Errorf("the bulk-built store caches no network of persons: %d persons, stamp %q", persons, built["network"])
	}
	sameImage(t, "built", built, storeImage(t, loadDB))

	for _, db := range []string{bulkDB, loadDB} {
		s, err := Open(ctx, db, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if probs, _, err := s.Verify(ctx); err != nil || len(probs) > 0 {
			t.Errorf("Verify(%s) = %v, %v", filepath.Base(db), probs, err)
		}
		// The second readout comes again without its claims, and the
		// third is deleted.
		edited := *recs[1]
		edited.Claims = nil
		if _, err := s.Load(ctx, []*extract.Record{&edited}); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.Delete(ctx, recs[2].Source); err != nil || !ok {
			t.Fatalf("Delete = %v, %v", ok, err)
		}
		if probs, _, err := s.Verify(ctx); err != nil || len(probs) > 0 {
			t.Errorf("Verify(%s) after changes = %v, %v", filepath.Base(db), probs, err)
		}
		if err := s.Precompute(ctx); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	sameImage(t, "changed", storeImage(t, bulkDB), storeImage(t, loadDB))
}

// TestBulkRaw checks the raw bulk (AddQuads, which make bench's raw store
// rate measures) against LoadQuads: an export of a store, loaded into a new
// store by each, gives the same store.
func TestBulkRaw(t *testing.T) {
	ctx := context.Background()
	smallBulk(t)
	dir := t.TempDir()
	// The store exported is a memory store: its export is a bolt store's
	// (sorted N-Quads either way), and the stores under test are the bolt
	// stores loaded from it below.
	src := openTest(t, "memory")
	if _, err := src.Load(ctx, bulkRecords(t)); err != nil {
		t.Fatal(err)
	}
	var nq bytes.Buffer
	if err := src.Export(ctx, &nq, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	// Shuffled: AddQuads must not rely on the export's order.
	lines := strings.SplitAfter(nq.String(), "\n")
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	shuffled := strings.Join(lines, "")

	rawDB, bulkDB := filepath.Join(dir, "raw.db"), filepath.Join(dir, "bulk.db")
	s, err := Open(ctx, rawDB, Options{BuildNew: true, BatchQuads: 500})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.LoadQuads(ctx, strings.NewReader(shuffled))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, b := openBulk(t, bulkDB, Options{BatchQuads: 500})
	m, err := b.AddQuads(ctx, strings.NewReader(shuffled))
	if err != nil || m != n {
		t.Fatalf("AddQuads = %d, %v; LoadQuads read %d", m, err, n)
	}
	if _, err := b.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	b.Close()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	sameImage(t, "raw", storeImage(t, bulkDB), storeImage(t, rawDB))
}

// TestBulkIDs checks the IDs a Bulk assigns on quads made to cross them:
// values that come back batches later, a value in two places of one quad,
// quads in the default graph, typed and language-tagged literals, and
// batches of one quad. The store must be the one LoadQuads makes.
func TestBulkIDs(t *testing.T) {
	ctx := context.Background()
	smallBulk(t)
	const nq = `<a> <p> <b> <g1> .
<b> <p> <a> <g1> .
<a> <p> <a> .
<c> <q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <g2> .
<d> <q> "x"@en <g2> .
<d> <q> "x" <g2> .
<a> <q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
<e> <p> <b> <g1> .
<b> <q> "x"@en <g3> .
<g1> <p> <g2> <g3> .
<https://readout.dev/id/p1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
`
	for _, batch := range []int{1, 2, 3, 100} {
		dir := t.TempDir()
		rawDB, bulkDB := filepath.Join(dir, "raw.db"), filepath.Join(dir, "bulk.db")
		s, err := Open(ctx, rawDB, Options{BuildNew: true, BatchQuads: batch})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.LoadQuads(ctx, strings.NewReader(nq)); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		s, b := openBulk(t, bulkDB, Options{BatchQuads: batch})
		if _, err := b.AddQuads(ctx, strings.NewReader(nq)); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Finish(ctx); err != nil {
			t.Fatal(err)
		}
		b.Close()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		got, want := storeImage(t, bulkDB), storeImage(t, rawDB)
		if want["meta size"] != "11" || want["node <a>"] != "5" {
			t.Fatalf("batch %d: LoadQuads made size %s, <a> counted %s", batch, want["meta size"], want["node <a>"])
		}
		sameImage(t, fmt.Sprintf("batches of %d", batch), got, want)
	}

	// A quad twice in one batch is one quad, and counts once.
	ids, err := newBulkIDs(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ids.close()
	q := quad.MakeIRI("a", "p", "b", "")
	if err := ids.add([]quad.Quad{q, q}); err != nil {
		t.Fatal(err)
	}
	if ids.quads != 1 || ids.horizon != 4 || ids.batch[0].refs != 1 {
		t.Errorf("a repeated quad: %d quads, horizon %d, %d references to <a>", ids.quads, ids.horizon, ids.batch[0].refs)
	}
}

// TestBulkRepeated checks a load whose readouts repeat a source: Add stops
// at the repeat, and the bulk written then, with LoadPrepared taking the
// rest, makes the store that LoadPrepared alone makes.
func TestBulkRepeated(t *testing.T) {
	ctx := context.Background()
	smallBulk(t)
	recs := bulkRecords(t)[:30]
	edited := *recs[4]
	edited.Claims = nil
	ps := prepareAll(append(slices.Clone(recs), &edited))
	ps = append(ps, prepareAll(bulkRecords(t)[30:40])...)
	dir := t.TempDir()
	bulkDB, loadDB := filepath.Join(dir, "bulk.db"), filepath.Join(dir, "load.db")

	s, b := openBulk(t, bulkDB, Options{BatchQuads: 500})
	n, _, err := b.Add(ctx, ps)
	if err != nil || n != len(recs) {
		t.Fatalf("Add = %d, %v; want %d (the repeat), nil", n, err, len(recs))
	}
	if _, err := s.LoadPrepared(ctx, ps[n:]); !errors.Is(err, errBulkOpen) {
		t.Errorf("LoadPrepared with a bulk open = %v, want %v", err, errBulkOpen)
	}
	if st, err := b.Finish(ctx); err != nil || st.Readouts != n || st.Added != n {
		t.Fatalf("Finish = %+v, %v; want the %d readouts added", st, err, n)
	}
	b.Close()
	if _, err := s.NewBulk(ctx); !errors.Is(err, ErrNoBulk) {
		t.Errorf("NewBulk on a store holding quads = %v, want %v", err, ErrNoBulk)
	}
	if _, err := s.LoadPrepared(ctx, ps[n:]); err != nil {
		t.Fatal(err)
	}
	if err := s.Precompute(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	buildLoad(t, loadDB, ps)
	sameImage(t, "repeated", storeImage(t, bulkDB), storeImage(t, loadDB))
}

// TestBulkInterrupted checks that a bulk stopped while it writes leaves no
// store: a failed Finish makes Close remove the partial file, and a partial
// file that a killed bulk left (its mark still in it) is removed by the
// next Open, which starts a new store.
func TestBulkInterrupted(t *testing.T) {
	smallBulk(t)
	bulkTxBytes = 4 << 10
	ps := prepareAll(bulkRecords(t)[:20])
	db := filepath.Join(t.TempDir(), "readout.db")

	// Cancelled after the first commits of the writing.
	ctx, cancel := context.WithCancel(context.Background())
	s, b := openBulk(t, db, Options{})
	if _, _, err := b.Add(ctx, ps); err != nil {
		t.Fatal(err)
	}
	commits := 0
	bulkCommitted = func() {
		if commits++; commits == 3 {
			cancel()
		}
	}
	defer func() { bulkCommitted = nil }()
	if _, err := b.Finish(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Finish cancelled = %v, want %v", err, context.Canceled)
	}
	partial := s.partial
	if !bulkUnfinished(s.kv) {
		t.Errorf("the partial file has no mark of the unfinished bulk")
	}
	b.Close()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{db, partial, db + ".spool"} {
		if _, err := os.Stat(f); !os.IsNotExist(err) {
			t.Errorf("%s is left after a failed bulk: %v", filepath.Base(f), err)
		}
	}

	// Killed: the process ends with the partial file holding the mark.
	ctx = context.Background()
	s, b = openBulk(t, db, Options{})
	if _, _, err := b.Add(ctx, ps); err != nil {
		t.Fatal(err)
	}
	commits = 0
	bulkCommitted = func() {
		if commits++; commits == 3 {
			panic("killed")
		}
	}
	func() {
		defer func() { recover() }()
		b.Finish(ctx)
	}()
	bulkCommitted = nil
	s.kv.KV.Close() // no Close: the process is gone
	if _, err := Open(ctx, partial, Options{ReadOnly: true}); !errors.Is(err, ErrNotDatabase) {
		t.Errorf("Open of the cut partial file read-only = %v, want %v", err, ErrNotDatabase)
	}
	s, err := Open(ctx, db, Options{BuildNew: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Discarded == "" || s.Resumed {
		t.Errorf("Open after a killed bulk: Discarded %q, Resumed %v; want the partial file removed", s.Discarded, s.Resumed)
	}
	// An empty store, which a bulk can build.
	if b, err := s.NewBulk(ctx); err != nil {
		t.Errorf("NewBulk on the new store = %v", err)
	} else {
		b.Close()
	}
}

// TestExportSorted checks the N-Quads export of a bolt store, which sorts
// in a spool, against the quads read whole and sorted in memory, across
// many runs of the spool.
func TestExportSorted(t *testing.T) {
	ctx := context.Background()
	smallBulk(t)
	db := filepath.Join(t.TempDir(), "readout.db")
	buildLoad(t, db, prepareAll(bulkRecords(t)))
	s, err := Open(ctx, db, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var got bytes.Buffer
	if err := s.Export(ctx, &got, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	qs, err := s.all(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := WriteNQuads(&want, qs); err != nil {
		t.Fatal(err)
	}
	if len(qs) < 10000 || got.String() != want.String() {
		t.Errorf("Export wrote %d bytes, %d lines; the sorted quads are %d bytes, %d lines",
			got.Len(), bytes.Count(got.Bytes(), []byte("\n")), want.Len(), len(qs))
	}
}

// TestStored checks the source stamps a reload skips readouts by, in
// stores built by Load and by Bulk: a readout is stored as extracted from
// its bytes, not from other bytes, and not after its deletion; a memory
// store cannot tell.
func TestStored(t *testing.T) {
	ctx := context.Background()
	recs := bulkRecords(t)[:12]
	eachBuild(t, recs, func(t *testing.T, db string) {
		s, err := Open(ctx, db, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		r := recs[3]
		check := func(step, hash string, wantOK, wantKnown bool) {
			t.Helper()
			ok, known, err := s.Stored(ctx, r.Source, hash, r.Extractor)
			if err != nil || ok != wantOK || known != wantKnown {
				t.Errorf("%s: Stored = %v, %v, %v; want %v, %v", step, ok, known, err, wantOK, wantKnown)
			}
		}
		check("loaded", r.Hash, true, true)
		check("other bytes", strings.Repeat("0", 64), false, true)
		if ok, _, _ := s.Stored(ctx, r.Source, r.Hash, "another-extractor"); ok {
			t.Errorf("Stored by another extractor = true")
		}
		// A readout from before stamps replaces the graph (its content
		// hash changes) or deletes it (its content hash goes), and
		// leaves the stamp: the stamp then says nothing.
		label := []byte(schema.ReadoutIRI(r.Source))
		setHash := func(v []byte) {
			t.Helper()
			err := hkv.Update(ctx, s.hashes.kv, func(tx hkv.Tx) error {
				if v == nil {
					return tx.Del(ctx, hkv.Key{hashBucket, label})
				}
				return tx.Put(ctx, hkv.Key{hashBucket, label}, v)
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		var old []byte
		hkv.View(ctx, s.hashes.kv, func(tx hkv.Tx) error {
			v, err := tx.Get(ctx, hkv.Key{hashBucket, label})
			old = bytes.Clone(v)
			return err
		})
		setHash(bytes.Repeat([]byte{1}, 32))
		check("graph replaced by an older readout", r.Hash, false, true)
		setHash(nil)
		check("graph deleted by an older readout", r.Hash, false, true)
		setHash(old)
		check("graph as stamped", r.Hash, true, true)
		if ok, err := s.Delete(ctx, r.Source); err != nil || !ok {
			t.Fatalf("Delete = %v, %v", ok, err)
		}
		check("deleted", r.Hash, false, false)
	})
	s := openTest(t, "memory")
	if _, err := s.Load(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if ok, known, err := s.Stored(ctx, recs[0].Source, recs[0].Hash, recs[0].Extractor); ok || known || err != nil {
		t.Errorf("Stored on memory = %v, %v, %v; want false, false, nil", ok, known, err)
	}
}

// eachBuild builds a store of recs with Load and with Bulk and calls fn on
// each, in a subtest.
func eachBuild(t *testing.T, recs []*extract.Record, fn func(t *testing.T, db string)) {
	dir := t.TempDir()
	for name, build := range map[string]func(*testing.T, string, []*Prepared) LoadStats{"load": buildLoad, "bulk": buildBulk} {
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(dir, name+".db")
			build(t, db, prepareAll(recs))
			fn(t, db)
		})
	}
}

// TestStoredBuild checks stamps of extractor builds: a store stamped by one
// build skips nothing for another, whose reload finds the readouts
// unchanged, writes nothing of their graphs and stamps them for itself.
func TestStoredBuild(t *testing.T) {
	ctx := context.Background()
	recs := bulkRecords(t)[:12]
	eachBuild(t, recs, func(t *testing.T, db string) {
		stored := func(step, build string, want bool) {
			t.Helper()
			s, err := Open(ctx, db, Options{ExtractorBuild: build})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			for _, r := range recs {
				if ok, known, err := s.Stored(ctx, r.Source, r.Hash, r.Extractor); ok != want || !known || err != nil {
					t.Fatalf("%s: Stored(%s) by build %q = %v, %v, %v; want %v, true", step, r.Source, build, ok, known, err, want)
				}
			}
		}
		stored("built", "", true)
		stored("built", "b2", false)
		s, err := Open(ctx, db, Options{ExtractorBuild: "b2", SkipStored: true})
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.Load(ctx, recs)
		if err != nil {
			t.Fatal(err)
		}
		if st.Unchanged != len(recs) || st.Quads != 0 || st.Removed != 0 {
			t.Errorf("reload by another build: %+v; want all %d unchanged", st, len(recs))
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		stored("restamped", "b2", true)
		stored("restamped", "", false)
	})
}

// TestBulkFailedAdd checks that a bulk that fails before writing (a record
// without a source) leaves no store behind: not the empty partial file
// under the store's name.
func TestBulkFailedAdd(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "readout.db")
	s, b := openBulk(t, db, Options{})
	partial := s.partial
	ps := prepareAll(corpusRecords(t)[:3])
	ps[2].Record.Source = ""
	if n, _, err := b.Add(ctx, ps); !errors.Is(err, ErrNoSource) || n != 2 {
		t.Fatalf("Add = %d, %v; want 2, %v", n, err, ErrNoSource)
	}
	b.Close()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{db, partial, db + ".spool"} {
		if _, err := os.Stat(f); !os.IsNotExist(err) {
			t.Errorf("%s is left after a failed bulk: %v", filepath.Base(f), err)
		}
	}
}

// TestCountNewStore checks Count on a bolt store no quad was written to:
// Cayley's kv Stats fails there for want of its size key.
func TestCountNewStore(t *testing.T) {
	s := openTest(t, "bolt")
	if n, err := s.Count(context.Background()); n != 0 || err != nil {
		t.Errorf("Count of a new store = %d, %v; want 0, nil", n, err)
	}
}
