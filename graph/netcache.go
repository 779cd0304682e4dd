package graph

// The precomputed network: each interaction's contribution to the actor
// network ([netInteraction]), computed from the whole view by
// [Store.Precompute] and kept with the generation of the view index it was
// computed from. Every write that changes a view quad advances the
// generation in its own transaction, so a cache from an older generation
// (a load stopped before Precompute, a crash, a raw write) is never read:
// Network then computes the contributions from the view, as before.
// `readout load` and `readout delete` call Precompute when they finish,
// `readout serve` after each load through its API.
//
// On bolt the contributions are kept one key per interaction
// ([netInterBucket]) and one per entity they name ([netEntBucket]), under a
// stamp ([netKey]), so that neither computing them nor bringing them up to
// date holds the whole network in memory: Precompute writes them from a
// spool in transactions of bounded size (netstream.go), or rewrites only
// the keys a write changed (netdelta.go). Only a query of the network reads
// them all.

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"

	"github.com/readout/readout/schema"
)

var (
	// genKey holds the generation of the view index: a uvarint advanced by
	// every write that changes it.
	genKey = hkv.Key{[]byte("readout_meta"), []byte("generation")}
	// netKey holds the precomputed network's stamp: the generation it was
	// computed at and the number of interactions in netInterBucket, as
	// uvarints. Without it the two buckets are not read.
	netKey = hkv.Key{[]byte("readout_meta"), []byte("network v3")}
	// v2NetKey held the whole precomputed network in one value;
	// Precompute removes it.
	v2NetKey = hkv.Key{[]byte("readout_meta"), []byte("network v2")}
	// netInterBucket holds, under each interaction's IRI, its contribution
	// ([appendNetInter]).
	netInterBucket = []byte("readout_net_inter")
	// recordedKey holds the generation up to which every write recorded
	// what it changed for the network ([netDirtyBucket]): each write
	// advances it with the generation, and Precompute sets it to the
	// generation it computed at. A write by a readout that keeps no such
	// record (one from before the key) advances the generation only, so
	// the record is known to be short and the next Precompute computes
	// the network afresh.
	recordedKey = hkv.Key{[]byte("readout_meta"), []byte("network recorded")}
	// netEntBucket holds, under the IRI of each person and state the
	// contributions name, how many name it, its ref and, for a person, its
	// offices anywhere ([appendNetEntity]).
	netEntBucket = []byte("readout_net_entity")
)

// netTxBytes is about the most a transaction of Precompute writes (a
// variable for tests).
var netTxBytes = 8 << 20

// bumpGeneration advances the generation, inside tx on bolt, and the
// generation up to which the writes recorded their changes ([recordedKey])
// if it was the current one.
func (s *Store) bumpGeneration(ctx context.Context, tx hkv.Tx) error {
	if tx == nil {
		s.views.gen++
		return nil
	}
	g, err := readGeneration(ctx, tx)
	if err != nil {
		return err
	}
	if r, err := readUvarintKey(ctx, tx, recordedKey); err != nil {
		return err
	} else if r == g {
		if err := tx.Put(ctx, recordedKey, binary.AppendUvarint(nil, g+1)); err != nil {
			return err
		}
	}
	return tx.Put(ctx, genKey, binary.AppendUvarint(nil, g+1))
}

func readGeneration(ctx context.Context, tx hkv.Tx) (uint64, error) {
	return readUvarintKey(ctx, tx, genKey)
}

// readUvarintKey reads the uvarint under key in tx, 0 if there is none.
func readUvarintKey(ctx context.Context, tx hkv.Tx, key hkv.Key) (uint64, error) {
	v, err := tx.Get(ctx, key)
	if errors.Is(err, hkv.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	g, n := binary.Uvarint(v)
	if n <= 0 || n != len(v) {
		return 0, fmt.Errorf("corrupt %s", key[len(key)-1])
	}
	return g, nil
}

// netInteractions returns the network's contributions: the precomputed
// ones when they are current, else computed from the whole view. The caller
// holds the read lock.
func (s *Store) netInteractions(ctx context.Context) (*network, error) {
	n, err := s.cachedNetwork(ctx)
	if errors.Is(err, errNetCache) {
		n, err = nil, nil // computed from the view; Verify reports it
	}
	if err != nil || n != nil {
		return n, err
	}
	v, err := s.wholeView(ctx)
	if err != nil {
		return nil, err
	}
	return networkOf(v), nil
}

// cachedNetwork returns the precomputed contributions if they are current,
// else nil.
func (s *Store) cachedNetwork(ctx context.Context) (*network, error) {
	if s.pg != nil {
		return nil, nil
	}
	if ok, err := s.viewIndexComplete(ctx); err != nil || !ok {
		return nil, err
	}
	if s.views.kv == nil {
		if s.views.net != nil && s.views.netGen == s.views.gen {
			return s.views.net, nil
		}
		return nil, nil
	}
	var n *network
	err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		st, err := storedNetwork(ctx, tx)
		if err != nil || !st.current() {
			return err
		}
		n, err = readNetwork(ctx, tx, st.count)
		return err
	})
	return n, err
}

// readNetwork reads the precomputed network of count interactions in tx.
func readNetwork(ctx context.Context, tx hkv.Tx, count uint64) (*network, error) {
	d := newNetDecoder()
	if err := eachRecord(ctx, tx, netEntBucket, d.entity); err != nil {
		return nil, err
	}
	d.n.inters = make([]netInteraction, 0, min(count, 1<<20))
	if err := eachRecord(ctx, tx, netInterBucket, d.inter); err != nil {
		return nil, err
	}
	return d.network(count)
}

// eachRecord calls fn with the key and value of each record of bucket in
// tx, in key order; on bolt through a cursor, which makes no key paths.
func eachRecord(ctx context.Context, tx hkv.Tx, bucket []byte, fn func(k, v []byte) error) error {
	btx, ok := tx.(*boltTx)
	if !ok {
		return hkv.Each(ctx, tx, func(k hkv.Key, v hkv.Value) error {
			return fn(k[len(k)-1], v)
		}, hopts.WithPrefixKV(inBucket(bucket)))
	}
	b := btx.root.Bucket(bucket)
	if b == nil {
		return nil
	}
	c := b.Cursor()
	n := 0
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if n++; n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if v == nil {
			continue // a nested bucket: none is written here
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// netStamp is the precomputed network's stamp as tx holds it: whether the
// key is there (present) and valid (found), the generation it was computed
// at, the number of its interactions, and the current generation.
type netStamp struct {
	present, found bool
	at, gen, count uint64
}

// current reports whether the stamp is of the current generation.
func (st netStamp) current() bool { return st.found && st.at == st.gen }

// storedNetwork reads the precomputed network's stamp in tx; a stamp that
// does not decode or is ahead of the generation counts as not found.
func storedNetwork(ctx context.Context, tx hkv.Tx) (netStamp, error) {
	var st netStamp
	var err error
	if st.gen, err = readGeneration(ctx, tx); err != nil {
		return st, err
	}
	data, err := tx.Get(ctx, netKey)
	if errors.Is(err, hkv.ErrNotFound) {
		return st, nil
	} else if err != nil {
		return st, err
	}
	st.present = true
	r := &byteReader{b: data}
	at, count := r.uvarint(), r.uvarint()
	if !r.done() || at > st.gen {
		return st, nil
	}
	st.found, st.at, st.count = true, at, count
	return st, nil
}

func netStampValue(gen, count uint64) []byte {
	return binary.AppendUvarint(binary.AppendUvarint(nil, gen), count)
}

// networkCurrent reports whether the precomputed network is of the current
// generation, reading its stamp but not the network.
func (s *Store) networkCurrent(ctx context.Context) (bool, error) {
	if s.views.kv == nil {
		return s.views.net != nil && s.views.netGen == s.views.gen, nil
	}
	var ok bool
	err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		st, err := storedNetwork(ctx, tx)
		ok = st.current()
		return err
	})
	return ok, err
}

// netResult is a network Precompute computed: the whole network (the
// memory store's, or one computed from the view), the records of a scan of
// the view index to replace the stored ones with, or a change to them.
type netResult struct {
	whole *network
	build *netBuild
	delta *netDelta
}

func (r *netResult) close() {
	if r != nil && r.build != nil {
		r.build.close()
	}
}

// Precompute brings the precomputed network up to date with the store, if
// it is not, under the read lock, and writes the result if no write came
// meanwhile. On bolt, after writes that changed little it recomputes only
// the interactions they changed (netdelta.go); otherwise it scans the whole
// view index (netstream.go; seconds on 100,000 readouts). Loads call it
// when they finish; until then, and on PostgreSQL, Network computes the
// same edges from the view.
func (s *Store) Precompute(ctx context.Context) error {
	if s.pg != nil || s.opts.ReadOnly {
		return nil
	}
	gen, res, err := s.computeNetwork(ctx)
	defer res.close()
	if err != nil || res == nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return nil // closed meanwhile
	}
	if s.views.kv == nil {
		if s.views.gen == gen {
			s.views.net, s.views.netGen = res.whole, gen
		}
		return nil
	}
	switch {
	case res.delta != nil:
		err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
			if g, err := readGeneration(ctx, tx); err != nil || g != gen {
				return err // a write came: leave it to the next Precompute
			}
			if err := clearDirty(ctx, tx); err != nil {
				return err
			}
			return res.delta.write(ctx, tx, gen)
		})
	case res.build != nil:
		err = s.writeNetwork(ctx, gen, res.build.each)
	default:
		err = s.writeNetwork(ctx, gen, res.whole.records)
	}
	if err != nil {
		return &DBError{Op: "precompute", Path: s.db, Err: err}
	}
	return nil
}

// writeNetwork replaces the precomputed network with the records each
// gives it, stamped with gen, unless a write came since gen. The caller
// holds the write lock. The records go in transactions of about netTxBytes,
// the stamp in the last: until then the network is not read, and writes do
// not record their changes for it.
func (s *Store) writeNetwork(ctx context.Context, gen uint64, each func(put func(bucket, key, val []byte) error) error) error {
	stale := false
	err := hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		g, err := readGeneration(ctx, tx)
		if err != nil || g != gen {
			stale = true
			return err // a write came: leave it to the next Precompute
		}
		// What changed before gen is in the records.
		if err := clearDirty(ctx, tx); err != nil {
			return err
		}
		return dropNetwork(ctx, tx)
	})
	if err != nil || stale {
		return err
	}
	for _, b := range [][]byte{netInterBucket, netEntBucket} {
		if err := s.clearNetBucket(ctx, b); err != nil {
			return err
		}
	}
	var (
		tx    hkv.Tx
		size  int
		count uint64
	)
	defer func() {
		if tx != nil {
			tx.Close()
		}
	}()
	put := func(bucket, key, val []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if tx == nil {
			var err error
			if tx, err = s.views.kv.Tx(ctx, true); err != nil {
				return err
			}
		}
		if string(bucket) == string(netInterBucket) {
			count++
		}
		// bbolt keeps key and value until the commit.
		if err := tx.Put(ctx, hkv.Key{bucket, slices.Clone(key)}, slices.Clone(val)); err != nil {
			return err
		}
		if size += len(key) + len(val); size >= netTxBytes {
			err := tx.Commit(ctx)
			tx, size = nil, 0
			return err
		}
		return nil
	}
	if err := each(put); err != nil {
		return err
	}
	if tx != nil {
		if err := tx.Commit(ctx); err != nil {
			return err
		}
		tx = nil
	}
	return hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		if g, err := readGeneration(ctx, tx); err != nil || g != gen {
			return err // as above
		}
		if err := tx.Put(ctx, recordedKey, binary.AppendUvarint(nil, gen)); err != nil {
			return err
		}
		return tx.Put(ctx, netKey, netStampValue(gen, count))
	})
}

// clearNetBucket removes bucket and what it holds: on bolt, in a
// transaction of its own without visiting its keys.
func (s *Store) clearNetBucket(ctx context.Context, bucket []byte) error {
	if db, ok := s.kv.KV.(*boltKV); ok && s.kv.held.Load() == nil {
		return db.dropBucket(bucket)
	}
	return hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error { return clearBucket(ctx, tx, bucket) })
}

// computeNetwork returns the current generation and, unless the cache
// already holds it or the view index is stale, the network: the change to
// the cached one ([Store.updateNetwork]) when the changes since are
// recorded and few, else computed afresh. The caller closes the result.
func (s *Store) computeNetwork(ctx context.Context) (uint64, *netResult, error) {
	defer s.readLock()()
	if s.qs == nil {
		return 0, nil, nil // closed
	}
	if ok, err := s.viewIndexComplete(ctx); err != nil || !ok {
		return 0, nil, err
	}
	if s.views.kv == nil {
		if s.views.net != nil && s.views.netGen == s.views.gen {
			return 0, nil, nil
		}
		v, err := s.wholeView(ctx)
		if err != nil {
			return 0, nil, err
		}
		return s.views.gen, &netResult{whole: networkOf(v)}, nil // the memory store never updates it from a record
	}
	var (
		st    netStamp
		dirty []string
		ok    bool
	)
	err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		var err error
		if st, err = storedNetwork(ctx, tx); err != nil || !st.found || st.current() {
			return err
		}
		if r, err := readUvarintKey(ctx, tx, recordedKey); err != nil || r != st.gen {
			return err // a write recorded nothing: computed afresh
		}
		dirty, ok, err = readDirty(ctx, tx, maxDirtyKeys)
		return err
	})
	if err != nil {
		return 0, nil, err
	}
	if st.current() {
		return 0, nil, nil
	}
	if st.found && ok {
		d, err := s.updateNetwork(ctx, st.count, dirty)
		if err != nil && !errors.Is(err, errNetCache) {
			return 0, nil, err
		}
		if d != nil {
			s.views.netUpdates.Add(1)
			return st.gen, &netResult{delta: d}, nil
		}
		// A cache that does not decode is computed afresh.
	}
	// From a scan of the view index, without holding the view, unless a
	// raw write has made a graph odd.
	b, ok, err := s.streamNetwork(ctx)
	if err != nil {
		return 0, nil, err
	} else if ok {
		return st.gen, &netResult{build: b}, nil
	}
	v, err := s.wholeView(ctx)
	if err != nil {
		return 0, nil, err
	}
	return st.gen, &netResult{whole: withAnywhere(networkOf(v), v)}, nil
}

// maxDirtyKeys is the most changes [Store.updateNetwork] is given; beyond,
// Precompute reads the whole view.
const maxDirtyKeys = 50000

// withAnywhere sets n.anywhere from v, the view n is the network of.
func withAnywhere(n *network, v *view) *network {
	n.anywhere = map[quad.IRI][]quad.IRI{}
	for _, in := range n.inters {
		for _, p := range in.persons {
			if _, ok := n.anywhere[p]; !ok {
				n.anywhere[p] = slices.Sorted(slices.Values(v.officesOf(p).anywhere))
			}
		}
	}
	return n
}

// records calls put with the records of n, n.anywhere set: each
// interaction's, then each entity's.
func (n *network) records(put func(bucket, key, val []byte) error) error {
	named := map[quad.IRI]int{}
	var b []byte
	for i := range n.inters {
		in := &n.inters[i]
		for _, e := range in.named() {
			named[e]++
		}
		b = appendNetInter(b[:0], in)
		if err := put(netInterBucket, []byte(in.iri), b); err != nil {
			return err
		}
	}
	for _, e := range slices.Sorted(maps.Keys(named)) {
		aff, person := n.anywhere[e]
		b = appendNetEntity(b[:0], named[e], n.ref(e), aff, person)
		if err := put(netEntBucket, []byte(e), b); err != nil {
			return err
		}
	}
	return nil
}

// named returns the entities in contributes a ref for: its persons, then
// its states (no entity is both).
func (in *netInteraction) named() []quad.IRI { return slices.Concat(in.persons, in.states) }

// The records of the precomputed network. An interaction's: its day as a
// string, the persons as a count and, for each, its IRI and its
// affiliations as a count and IRIs, and the states as a count and IRIs. An
// entity's: how many interactions name it, its ref's ID, name and kind as
// strings, and 1 and its offices anywhere as a count and IRIs for a person,
// 0 for a state. IRIs are a uvarint, the length times two plus one if the
// IRI is in schema.IDNS (which is then left out), and the bytes.

func appendNetIRI(b []byte, i quad.IRI) []byte {
	if rest, ok := strings.CutPrefix(string(i), schema.IDNS); ok {
		b = binary.AppendUvarint(b, uint64(2*len(rest)+1))
		return append(b, rest...)
	}
	b = binary.AppendUvarint(b, uint64(2*len(i)))
	return append(b, i...)
}

func appendNetIRIs(b []byte, is []quad.IRI) []byte {
	b = binary.AppendUvarint(b, uint64(len(is)))
	for _, i := range is {
		b = appendNetIRI(b, i)
	}
	return b
}

func appendNetString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendNetInter(b []byte, in *netInteraction) []byte {
	b = appendNetString(b, in.day)
	b = binary.AppendUvarint(b, uint64(len(in.persons)))
	for i, p := range in.persons {
		b = appendNetIRI(b, p)
		b = appendNetIRIs(b, in.affs[i])
	}
	return appendNetIRIs(b, in.states)
}

func appendNetEntity(b []byte, count int, ref EntityRef, anywhere []quad.IRI, person bool) []byte {
	b = binary.AppendUvarint(b, uint64(count))
	b = appendNetString(b, ref.ID)
	b = appendNetString(b, ref.Name)
	b = appendNetString(b, string(ref.Kind))
	if !person {
		return append(b, 0)
	}
	return appendNetIRIs(append(b, 1), anywhere)
}

var errNetCache = errors.New("corrupt precomputed network")

// netDecoder builds a network from its records, sharing one string for
// each IRI, and checks that the entities' counts are those of the
// interactions read.
type netDecoder struct {
	n *network
	// The IRIs met, numbered, by their encoded forms: without
	// schema.IDNS (ids) or whole (others).
	ids, others map[string]int32
	table       []quad.IRI
	counts      []int // by number, as the entities' records give them
	named       []int // as the interactions' records do
}

func newNetDecoder() *netDecoder {
	return &netDecoder{n: &network{refs: map[quad.IRI]EntityRef{}, anywhere: map[quad.IRI][]quad.IRI{}},
		ids: map[string]int32{}, others: map[string]int32{}}
}

// number reads an IRI from r and returns its number.
func (d *netDecoder) number(r *byteReader) int32 {
	x := r.uvarint()
	if r.bad || x/2 > uint64(len(r.b)) {
		r.bad = true
		return d.intern(nil, false)
	}
	b := r.b[:x/2]
	r.b = r.b[x/2:]
	return d.intern(b, x&1 == 1)
}

// intern returns the number of the IRI of b, schema.IDNS before it if ns.
func (d *netDecoder) intern(b []byte, ns bool) int32 {
	m, pre := d.others, ""
	if ns {
		m, pre = d.ids, schema.IDNS
	}
	if x, ok := m[string(b)]; ok {
		return x
	}
	x := int32(len(d.table))
	m[string(b)] = x
	d.table = append(d.table, quad.IRI(pre+string(b)))
	d.counts, d.named = append(d.counts, 0), append(d.named, 0)
	return x
}

// key returns the number of the IRI a record's key holds.
func (d *netDecoder) key(k []byte) int32 {
	if rest, ok := bytes.CutPrefix(k, []byte(schema.IDNS)); ok {
		return d.intern(rest, true)
	}
	return d.intern(k, false)
}

// iris reads a count and that many IRIs from r; nil for none. Those it
// counts as named it counts in d.named.
func (d *netDecoder) iris(r *byteReader, named bool) []quad.IRI {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]quad.IRI, n)
	for i := range out {
		x := d.number(r)
		out[i] = d.table[x]
		if named {
			d.named[x]++
		}
	}
	return out
}

// entity takes in the record of the entity keyed k.
func (d *netDecoder) entity(k, v []byte) error {
	rec, err := d.decodeEntity(v)
	if err != nil {
		return err
	}
	x := d.key(k)
	e := d.table[x]
	if rec.person {
		d.n.anywhere[e] = rec.anywhere
	}
	d.n.refs[e], d.counts[x] = rec.ref, rec.count
	return nil
}

// decodeEntity decodes an entity's record.
func (d *netDecoder) decodeEntity(v []byte) (*netEntityRecord, error) {
	r := &byteReader{b: v}
	rec := &netEntityRecord{count: int(r.uvarint()), ref: EntityRef{ID: r.string(), Name: r.string(), Kind: schema.Kind(r.string())}}
	if rec.person = r.byte() == 1; rec.person {
		rec.anywhere = d.iris(r, false)
	}
	if !r.done() || rec.count <= 0 {
		return nil, errNetCache
	}
	return rec, nil
}

// inter takes in the record of the interaction keyed k.
func (d *netDecoder) inter(k, v []byte) error {
	in, err := d.decodeInter(v)
	if err != nil {
		return err
	}
	in.iri = quad.IRI(k) // each its own: not worth a lookup
	d.n.inters = append(d.n.inters, in)
	return nil
}

// decodeInter decodes an interaction's record, but for its IRI, and
// counts the entities it names.
func (d *netDecoder) decodeInter(v []byte) (netInteraction, error) {
	r := &byteReader{b: v}
	in := netInteraction{day: r.string()}
	if np := r.count(); np > 0 {
		in.persons, in.affs = make([]quad.IRI, np), make([][]quad.IRI, np)
		for i := range np {
			x := d.number(r)
			in.persons[i] = d.table[x]
			d.named[x]++
			in.affs[i] = d.iris(r, false)
		}
	}
	in.states = d.iris(r, true)
	if !r.done() {
		return netInteraction{}, errNetCache
	}
	return in, nil
}

// network returns the network read, if it has count interactions and the
// entities' records are those its interactions name.
func (d *netDecoder) network(count uint64) (*network, error) {
	if uint64(len(d.n.inters)) != count || !slices.Equal(d.counts, d.named) {
		return nil, errNetCache
	}
	d.n.inters = byDay(d.n.inters)
	return d.n, nil
}

// byDay returns inters, in IRI order, sorted by day then IRI, as
// [network] holds them: grouped by day, whose distinct values are far
// fewer to sort.
func byDay(inters []netInteraction) []netInteraction {
	at := map[string][]int32{}
	for i := range inters {
		at[inters[i].day] = append(at[inters[i].day], int32(i))
	}
	if len(inters) == 0 {
		return nil // as networkOf gives none
	}
	days := slices.SortedFunc(maps.Keys(at), compareDays)
	out := make([]netInteraction, 0, len(inters))
	for _, day := range days {
		for _, i := range at[day] {
			out = append(out, inters[i])
		}
	}
	return out
}

// appendNetValue appends v, a value the view index holds: a kind byte and
// its texts.
func appendNetValue(b []byte, v quad.Value) ([]byte, error) {
	switch v := v.(type) {
	case quad.IRI:
		return appendNetString(append(b, kindIRI), string(v)), nil
	case quad.BNode:
		return appendNetString(append(b, kindBNode), string(v)), nil
	case quad.String:
		return appendNetString(append(b, kindStr), string(v)), nil
	case quad.TypedString:
		return appendNetString(appendNetString(append(b, kindTyped), string(v.Value)), string(v.Type)), nil
	case quad.LangString:
		return appendNetString(appendNetString(append(b, kindLang), string(v.Value)), v.Lang), nil
	}
	return nil, fmt.Errorf("%w: %T", errNotIndexable, v)
}

// readNetValue reads a value appendNetValue appended.
func readNetValue(r *byteReader) quad.Value {
	switch r.byte() {
	case kindIRI:
		return quad.IRI(r.string())
	case kindBNode:
		return quad.BNode(r.string())
	case kindStr:
		return quad.String(r.string())
	case kindTyped:
		return quad.TypedString{Value: quad.String(r.string()), Type: quad.IRI(r.string())}
	case kindLang:
		return quad.LangString{Value: quad.String(r.string()), Lang: r.string()}
	}
	r.bad = true
	return nil
}
