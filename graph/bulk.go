package graph

// Building a new bolt store in key order.
//
// Load writes each batch into the B-trees of the bolt file where its keys
// fall: the quad log grows at its end, but Cayley's node keys and object
// index, and readout's view index, take keys all over their trees. Each
// commit then rewrites pages across the file, and bbolt, which maps the
// file, ends up with all of it in memory: on 100,000 readouts, 6 GB of RSS
// and ten minutes.
//
// A Bulk builds a new store instead. It makes Cayley's keys and values in
// Cayley's format, but assigns the IDs of nodes and quads itself, by
// external sorts ([bulkIDs]), and sends every key to a [spool]. readout's
// own indexes are made by the same functions as Load's, written through
// bulkTx, which keeps the few keys readout reads back (the buckets "meta"
// and "readout_meta") in memory and spools the rest. The graphs of entities
// and interactions, which Load recomputes batch by batch from the store,
// are the union of what the readouts say: Bulk spools what each readout
// says of them and writes each graph once, at the end. Then the spool gives
// every key back in order, and the bolt file is written from left to right,
// bucket by bucket, in transactions of bulkTxBytes. Memory stays bounded by
// the batch and the spools' buffers, whatever the number of readouts.
//
// Bulk only builds a store that [Options.BuildNew] is building and that is
// still empty: the file has no name yet, so no one sees it half-written. A
// key (bulkMarkKey) says, until the last transaction, that the writing is
// under way: Open discards a partial file holding it, as a load that was
// killed then leaves one, and the next load starts again.

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"

	"github.com/readout/readout/schema"
)

// ErrNoBulk means [Store.NewBulk] was called on a store that is not a new,
// empty bolt store being built.
var ErrNoBulk = errors.New("not a new store being built")

// errBulkSpent means a Bulk is used after it failed, finished or closed.
var errBulkSpent = errors.New("bulk load already finished")

// errBulkOpen means the store is written while a Bulk is open on it.
var errBulkOpen = errors.New("a bulk load is open on the store")

// errBulkCut describes a file a bulk load was killed while writing.
var errBulkCut = errors.New("a bulk load was cut short while writing it")

// bulkMarkKey is present while a Bulk writes the bolt file.
var bulkMarkKey = hkv.Key{[]byte("readout_meta"), []byte("bulk")}

// bulkTxBytes is about how many bytes of keys and values each transaction
// of a Bulk's writing holds (a variable for tests).
var bulkTxBytes = 8 << 20

// Bulk loads readouts into a new store; see the top of this file. Its
// methods must be called from one goroutine.
type Bulk struct {
	s    *Store
	dir  string // the spool directory
	sp   *spool // every key of the store but bulkTx's small ones
	raw  *spool // AddQuads: view quads by graph, until Finish
	ids  *bulkIDs
	tx   *bulkTx
	done bool
	err  error // the first failure; the Bulk is spent

	// The readouts taken, by a 64-bit hash of their graph's name: 8 bytes
	// or so each. A collision ends the bulk early, which costs time, not
	// correctness (see Add).
	labels  map[uint64]struct{}
	seed    maphash.Seed
	graphs  *spool      // entity records ("e") and accounts ("g"), until Finish
	pending []quad.Quad // quads not yet numbered
	stale   bool        // the view index cannot hold a quad
	stats   LoadStats
}

// Buckets of Bulk.graphs: an entity ID, 0 and one of its records (a
// schema.EntityRecord literal); an interaction graph, 0 and an account of
// it (see encodeAccount).
var (
	entityRecords = []byte("e")
	groupAccts    = []byte("g")
)

// NewBulk starts a bulk load into s, which must be a new bolt store that
// Open is building (Options.BuildNew) and that holds no quads yet; it
// returns [ErrNoBulk] otherwise. Until the Bulk is finished or closed, s
// must not be written otherwise.
func (s *Store) NewBulk(ctx context.Context) (*Bulk, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.kv == nil || s.partial == "" || s.opts.ReadOnly || s.bulk {
		return nil, ErrNoBulk
	}
	db := s.kv.KV.(*boltKV)
	if !db.flat {
		return nil, ErrNoBulk
	}
	small := map[string][]byte{}
	err := db.db.View(func(tx *bolt.Tx) error {
		for _, name := range []string{"meta", "readout_meta"} {
			b := tx.Bucket([]byte(name))
			if b == nil {
				continue
			}
			if err := b.ForEach(func(k, v []byte) error {
				if v != nil {
					small[name+"\x00"+string(k)] = bytes.Clone(v)
				}
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, &DBError{Op: "load", Path: s.db, Err: err}
	}
	if _, ok := small["meta\x00horizon"]; ok {
		return nil, ErrNoBulk // Cayley has written into it (see bulkEmpty)
	}
	// The spool lives beside the store, under a name of its own; the lock
	// on the partial file keeps other loads of the same store out of it, so
	// what is there is left by a load that was killed.
	dir := s.db + ".spool"
	if err := os.RemoveAll(dir); err != nil {
		return nil, &DBError{Op: "load", Path: s.db, Err: err}
	}
	if err := os.Mkdir(dir, 0o700); err != nil {
		return nil, &DBError{Op: "load", Path: s.db, Err: err}
	}
	ids, err := newBulkIDs(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, &DBError{Op: "load", Path: s.db, Err: err}
	}
	b := &Bulk{
		s:      s,
		dir:    dir,
		sp:     newSpool(dir),
		ids:    ids,
		graphs: newSpool(dir),
		labels: map[uint64]struct{}{},
		seed:   maphash.MakeSeed(),
	}
	b.graphs.runBytes /= 4 // entity records and accounts: few
	b.tx = &bulkTx{sp: b.sp, small: small, gone: map[string]bool{}}
	s.bulk = true
	return b, nil
}

// fail records err as the Bulk's failure and returns it as the store's.
// The partial file holds nothing of the load then, or part of it: Close
// removes it, rather than give an empty or broken store the store's name.
func (b *Bulk) fail(err error) error {
	if b.err == nil {
		b.err = err
		b.s.mu.Lock()
		b.s.discard = true
		b.s.mu.Unlock()
	}
	var dbe *DBError
	if errors.As(err, &dbe) {
		return err
	}
	return &DBError{Op: "load", Path: b.s.db, Err: err}
}

// Add takes the prepared readouts ps, in order, up to the first whose
// source it already holds, and returns how many it took and their stats.
// Nothing is in the store before [Bulk.Finish]. A readout repeated is for
// the caller to load after Finish, with [Store.LoadPrepared], which replaces
// the earlier graph as Load does. (A readout whose graph name shares a
// 64-bit hash with one taken is also left to the caller; LoadPrepared adds
// it as it would any other.)
func (b *Bulk) Add(ctx context.Context, ps []*Prepared) (_ int, st LoadStats, _ error) {
	if b.err != nil || b.done {
		return 0, st, errBulkSpent
	}
	defer func() { b.stats.Add(st) }()
	for i, p := range ps {
		if p == nil || p.Record == nil {
			continue
		}
		if p.Record.Source == "" {
			return i, st, b.fail(ErrNoSource)
		}
		label := quad.IRI(schema.ReadoutIRI(p.Record.Source))
		lh := maphash.String(b.seed, string(label))
		if _, ok := b.labels[lh]; ok {
			return i, st, nil
		}
		b.labels[lh] = struct{}{}
		for _, q := range p.quads {
			if q.Predicate != quad.IRI(schema.EntityRecord) {
				continue
			}
			if r, ok := parseEntityRecord(q.Object); ok {
				key := r.ID + "\x00" + string(q.Object.(quad.String))
				if err := b.graphs.put(entityRecords, []byte(key), nil); err != nil {
					return i, st, b.fail(err)
				}
			}
		}
		if a, ok := accountOf(label, p.quads); ok {
			key := string(a.group()) + "\x00" + encodeAccount(a)
			if err := b.graphs.put(groupAccts, []byte(key), nil); err != nil {
				return i, st, b.fail(err)
			}
		}
		if err := b.sp.put(hashBucket, []byte(label), p.sum[:]); err != nil {
			return i, st, b.fail(err)
		}
		if err := b.sp.put(sourceBucket, []byte(label), []byte(b.s.sourceStamp(p.Record, p.sum))); err != nil {
			return i, st, b.fail(err)
		}
		st.Readouts++
		st.Added++
		st.Quads += len(p.quads)
		if err := b.give(ctx, p.quads); err != nil {
			return i, st, err
		}
	}
	return len(ps), st, nil
}

// give queues qs, whole, for Cayley, and hands over the queue once it
// holds a batch.
func (b *Bulk) give(ctx context.Context, qs []quad.Quad) error {
	b.pending = append(b.pending, qs...)
	if len(b.pending) < b.s.opts.BatchQuads {
		return nil
	}
	return b.flush(ctx)
}

// flush numbers the queued quads and gives their view quads to the view
// index. A graph's quads are always in one flush: its index entry is
// written once.
func (b *Bulk) flush(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	if err := b.ids.add(b.pending); err != nil {
		return b.fail(err)
	}
	touched := map[string][2][]quad.Quad{}
	for _, q := range b.pending {
		if !isViewQuad(q) || b.stale {
			continue
		}
		k, ok := labelKey(q.Label)
		if !ok {
			b.stale = true
			break
		}
		e := touched[k]
		e[1] = append(e[1], q)
		touched[k] = e
	}
	b.pending = b.pending[:0]
	if b.stale {
		return nil
	}
	if b.raw != nil {
		// Raw quads come in any order: keep each graph's view quads until
		// all are there.
		for _, k := range slices.Sorted(maps.Keys(touched)) {
			data, err := encodeViewQuads(touched[k][1])
			if errors.Is(err, errNotIndexable) {
				b.stale = true
				return nil
			} else if err != nil {
				return b.fail(err)
			}
			if err := b.raw.put([]byte("v"), []byte(k), data); err != nil {
				return b.fail(err)
			}
		}
		return nil
	}
	err := writeViewEntries(ctx, b.tx, touched, nil)
	if errors.Is(err, errNotIndexable) {
		b.stale = true
		return nil
	}
	if err != nil {
		return b.fail(err)
	}
	return nil
}

// AddQuads reads N-Quads from r and takes them as they are, with none of
// Add's bookkeeping (content hashes, entity and interaction graphs), as
// [Store.LoadQuads] does; it returns how many it read. It measures the raw
// store rate of the bulk writer. Unlike LoadQuads, it does not refuse a
// quad repeated in r, unless in the same batch: it stores both. (An export
// holds each quad once.)
func (b *Bulk) AddQuads(ctx context.Context, r io.Reader) (int, error) {
	if b.err != nil || b.done {
		return 0, errBulkSpent
	}
	if b.raw == nil {
		b.raw = newSpool(b.dir)
	}
	keepTypedLiterals()
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	n := 0
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return n, b.fail(err)
		}
		n++
		b.stats.Quads++
		b.pending = append(b.pending, q)
		if len(b.pending) >= b.s.opts.BatchQuads {
			if err := b.flush(ctx); err != nil {
				return n, err
			}
		}
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return n, b.fail(err)
			}
		}
	}
	return n, nil
}

// Finish writes the entity and interaction graphs of the readouts added,
// then everything into the store, and returns the stats of what it
// loaded. On error the store holds none of it.
func (b *Bulk) Finish(ctx context.Context) (LoadStats, error) {
	if b.err != nil || b.done {
		return LoadStats{}, errBulkSpent
	}
	b.done = true
	if err := b.finish(ctx); err != nil {
		b.done = false
		return LoadStats{}, b.fail(err)
	}
	return b.stats, nil
}

func (b *Bulk) finish(ctx context.Context) error {
	if err := b.entityGraphs(ctx); err != nil {
		return err
	}
	b.labels = nil
	if err := b.flush(ctx); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := b.rawViews(ctx); err != nil {
		return err
	}
	// Readout's index bookkeeping, as Load leaves it: the view index's
	// generation advanced, stale if it cannot hold a quad.
	g, err := readGeneration(ctx, b.tx)
	if err != nil {
		return err
	}
	if err := b.tx.Put(ctx, genKey, binary.AppendUvarint(nil, g+1)); err != nil {
		return err
	}
	if b.stale {
		if err := b.tx.Del(ctx, viewStateKey); err != nil {
			return err
		}
	}
	// Cayley's log, node keys and quad indexes, and its counters.
	if err := b.ids.write(ctx, b.sp, b.tx.small["meta\x00indexes"]); err != nil {
		return err
	}
	if b.ids.horizon > 0 {
		b.tx.small["meta\x00horizon"] = binary.LittleEndian.AppendUint64(nil, b.ids.horizon)
		b.tx.small["meta\x00size"] = binary.LittleEndian.AppendUint64(nil, b.ids.quads)
	}
	return b.write(ctx)
}

// entityGraphs gives the graphs of the entities and interactions that the
// readouts added speak of: for each entity, the quads of its records; for
// each interaction, those of its accounts.
func (b *Bulk) entityGraphs(ctx context.Context) error {
	var (
		cur   []byte // the entity or interaction
		recs  []quad.Quad
		accts []account
	)
	give := func() error {
		var qs []quad.Quad
		if accts != nil {
			qs = groupAccounts(quad.IRI(cur), accts)
		} else {
			qs = sortQuads(recs)
		}
		recs, accts = recs[:0], nil
		b.stats.Quads += len(qs)
		if err := ctx.Err(); err != nil {
			return err
		}
		return b.give(ctx, qs)
	}
	err := b.graphs.each(func(bk, key []byte, _ [][]byte) error {
		name, item, _ := bytes.Cut(key, []byte{0})
		if cur != nil && (!bytes.Equal(name, cur) || string(bk) == string(groupAccts) && accts == nil) {
			if err := give(); err != nil {
				return err
			}
		}
		cur = append(cur[:0], name...)
		if string(bk) == string(groupAccts) {
			a, ok := decodeAccount(string(item))
			if !ok {
				return errors.New("bulk: an account record is damaged")
			}
			accts = append(accts, a)
		} else if r, ok := parseEntityRecord(quad.String(item)); ok {
			recs = append(recs, r.quads()...)
		}
		return nil
	})
	if err != nil || cur == nil {
		return err
	}
	return give()
}

// encodeAccount returns a as one string, fields and participants between
// 0 bytes, which IRIs and the fields hold none of.
func encodeAccount(a account) string {
	return strings.Join(append([]string{string(a.readout), string(a.event), a.typ, a.day}, a.participants...), "\x00")
}

func decodeAccount(s string) (account, bool) {
	f := strings.Split(s, "\x00")
	if len(f) < 4 {
		return account{}, false
	}
	a := account{readout: quad.IRI(f[0]), event: quad.IRI(f[1]), typ: f[2], day: f[3]}
	if len(f) > 4 {
		a.participants = f[4:]
	}
	return a, true
}

// bulkUnfinished reports whether a Bulk was writing the bolt file under kv
// and did not finish.
func bulkUnfinished(kv *heldKV) bool {
	found := false
	kv.KV.(*boltKV).db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bulkMarkKey[0]); b != nil {
			found = b.Get(bulkMarkKey[1]) != nil
		}
		return nil
	})
	return found
}

// bulkEmpty reports whether Cayley has written no quad or node into the
// bolt store under kv.
func bulkEmpty(kv *heldKV) bool {
	empty := true
	kv.KV.(*boltKV).db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket([]byte("meta")); b != nil {
			empty = b.Get([]byte("horizon")) == nil
		}
		return nil
	})
	return empty
}

// rawViews writes the view index entries of the graphs AddQuads read.
func (b *Bulk) rawViews(ctx context.Context) error {
	if b.raw == nil || b.stale {
		return nil
	}
	err := b.raw.each(func(_, key []byte, vals [][]byte) error {
		label := string(key)
		var qs []quad.Quad
		for _, v := range vals {
			part, err := decodeViewQuads(label, v)
			if err != nil {
				return err
			}
			qs = append(qs, part...)
		}
		return writeViewEntries(ctx, b.tx, map[string][2][]quad.Quad{label: {nil, qs}}, nil)
	})
	if errors.Is(err, errNotIndexable) {
		b.stale = true
		return nil
	}
	return err
}

// write writes what the spool holds into the bolt file, in key order, then
// the keys bulkTx kept in memory.
func (b *Bulk) write(ctx context.Context) error {
	db := b.s.kv.KV.(*boltKV).db
	concat := indexBuckets(b.tx.small)
	if err := db.Update(func(tx *bolt.Tx) error {
		mb, err := tx.CreateBucketIfNotExists(bulkMarkKey[0])
		if err != nil {
			return err
		}
		return mb.Put(bulkMarkKey[1], []byte("writing"))
	}); err != nil {
		return err
	}
	tx, err := db.Begin(true)
	if err != nil {
		return err
	}
	defer func() { tx.Rollback() }()
	var (
		bucket  *bolt.Bucket
		name    []byte
		arena   []byte // keys and values of tx: bbolt keeps them until the commit
		val     []byte
		written int
	)
	open := func() error {
		if bucket, err = tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
		bucket.FillPercent = bulkFill
		return nil
	}
	err = b.sp.each(func(bk, key []byte, vals [][]byte) error {
		// The value: the last written, or on an index, all of them in
		// order (lists of quad IDs, each batch's after the last).
		present := false
		val = val[:0]
		for _, v := range vals {
			switch {
			case v == nil:
				present, val = false, val[:0]
			case concat[string(bk)]:
				present, val = true, append(val, v...)
			default:
				present, val = true, append(val[:0], v...)
			}
		}
		if !present {
			return nil
		}
		if !bytes.Equal(bk, name) {
			name = bytes.Clone(bk)
			if err := open(); err != nil {
				return err
			}
		}
		if written >= bulkTxBytes {
			if err := tx.Commit(); err != nil {
				return err
			}
			if bulkCommitted != nil {
				bulkCommitted()
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if tx, err = db.Begin(true); err != nil {
				return err
			}
			if err := open(); err != nil {
				return err
			}
			arena, written = arena[:0], 0
		}
		if cap(arena)-len(arena) < len(key)+len(val) {
			arena = make([]byte, 0, max(1<<20, len(key)+len(val)))
		}
		at := len(arena)
		arena = append(append(arena, key...), val...)
		written += len(key) + len(val)
		return bucket.Put(arena[at:at+len(key)], arena[at+len(key):])
	})
	if err != nil {
		return err
	}
	// The small keys bulkTx kept, as Cayley and readout left them, and the
	// mark taken away: the store is whole.
	sb := map[string]*bolt.Bucket{}
	for _, k := range slices.Sorted(maps.Keys(b.tx.small)) {
		bk, key, _ := strings.Cut(k, "\x00")
		if sb[bk] == nil {
			if sb[bk], err = tx.CreateBucketIfNotExists([]byte(bk)); err != nil {
				return err
			}
		}
		if err := sb[bk].Put([]byte(key), b.tx.small[k]); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(b.tx.gone)) {
		bk, key, _ := strings.Cut(k, "\x00")
		if c := tx.Bucket([]byte(bk)); c != nil {
			if err := c.Delete([]byte(key)); err != nil {
				return err
			}
		}
	}
	if err := tx.Bucket(bulkMarkKey[0]).Delete(bulkMarkKey[1]); err != nil {
		return err
	}
	return tx.Commit()
}

// bulkCommitted, when set (by tests), runs after each commit of the
// writing but the last.
var bulkCommitted func()

// bulkFill is how full a Bulk fills bbolt's pages: it writes keys in
// order, so pages would otherwise stay half empty.
const bulkFill = 1.0

// indexBuckets returns the names of Cayley's quad index buckets, from the
// kv store's metadata among small: each key's value there is a list of
// quad IDs that each batch appends to.
func indexBuckets(small map[string][]byte) map[string]bool {
	out := map[string]bool{}
	var all []ckv.QuadIndex
	if err := json.Unmarshal(small["meta\x00indexes"], &all); err != nil {
		return out
	}
	for _, ind := range all {
		name := make([]byte, len(ind.Dirs))
		for i, d := range ind.Dirs {
			name[i] = d.Prefix()
		}
		out[string(name)] = true
	}
	return out
}

// Close removes the Bulk's spool and lets the store be written otherwise.
// After Finish, the store holds what the Bulk added; without, nothing.
func (b *Bulk) Close() error {
	if b.sp == nil {
		return nil
	}
	b.s.mu.Lock()
	b.s.bulk = false
	b.s.mu.Unlock()
	b.sp.close()
	b.graphs.close()
	b.ids.close()
	if b.raw != nil {
		b.raw.close()
	}
	b.sp, b.raw, b.tx, b.ids, b.graphs = nil, nil, nil, nil, nil
	if !b.done && b.err == nil {
		b.err = errBulkSpent
	}
	return os.RemoveAll(b.dir)
}

// bulkTx keeps in memory the keys that readout reads back while it writes
// (the buckets "meta" and "readout_meta") and sends every other write to
// the spool. A key of the spool reads as missing: readout's index entries
// are new, each written once.
type bulkTx struct {
	sp    *spool
	small map[string][]byte // bucket + "\x00" + key
	gone  map[string]bool   // small keys deleted
}

func smallKey(key hkv.Key) (string, bool) {
	if len(key) == 2 && (string(key[0]) == "meta" || string(key[0]) == "readout_meta") {
		return string(key[0]) + "\x00" + string(key[1]), true
	}
	return "", false
}

func (tx *bulkTx) Get(ctx context.Context, key hkv.Key) (hkv.Value, error) {
	if k, ok := smallKey(key); ok {
		v, found := tx.small[k]
		if !found {
			return nil, hkv.ErrNotFound
		}
		if k == "meta\x00version" && bytes.Equal(v, flatVersion) {
			return cayleyVersion, nil // as boltKV gives it
		}
		return v, nil
	}
	return nil, hkv.ErrNotFound
}

func (tx *bulkTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, k := range keys {
		v, err := tx.Get(ctx, k)
		if err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return nil, err
		}
		vals[i] = v
	}
	return vals, nil
}

func (tx *bulkTx) Put(ctx context.Context, key hkv.Key, v hkv.Value) error {
	if k, ok := smallKey(key); ok {
		tx.small[k] = bytes.Clone(v)
		delete(tx.gone, k)
		return nil
	}
	if len(key) != 2 {
		if len(key) == 3 && len(key[2]) == 0 && len(v) == 0 {
			return nil // hkv.CreateBucket: the writing makes buckets
		}
		return fmt.Errorf("bulk: unexpected key %q", key)
	}
	return tx.sp.put(key[0], key[1], v)
}

func (tx *bulkTx) Del(ctx context.Context, key hkv.Key) error {
	if k, ok := smallKey(key); ok {
		delete(tx.small, k)
		tx.gone[k] = true
		return nil
	}
	if len(key) != 2 {
		return fmt.Errorf("bulk: unexpected key %q", key)
	}
	return tx.sp.del(key[0], key[1])
}

func (tx *bulkTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	return errIter{errors.New("bulk: the store cannot be read while it is built")}
}

func (tx *bulkTx) Commit(ctx context.Context) error { return nil }
func (tx *bulkTx) Close() error                     { return nil }

// errIter is an iterator that fails at once.
type errIter struct{ err error }

func (it errIter) Next(ctx context.Context) bool { return false }
func (it errIter) Err() error                    { return it.err }
func (it errIter) Close() error                  { return nil }
func (it errIter) Reset()                        {}
func (it errIter) Key() hkv.Key                  { return nil }
func (it errIter) Val() hkv.Value                { return nil }
