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

import (
	"context"
	"encoding/binary"
	"errors"
	"slices"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/readout/readout/schema"
)

var (
	// genKey holds the generation of the view index: a uvarint advanced by
	// every write that changes it.
	genKey = hkv.Key{[]byte("readout_meta"), []byte("generation")}
	// netKey holds the precomputed network: the generation it was computed
	// at, then the encoded contributions.
	netKey = hkv.Key{[]byte("readout_meta"), []byte("network v2")}
)

// bumpGeneration advances the generation, inside tx on bolt.
func (s *Store) bumpGeneration(ctx context.Context, tx hkv.Tx) error {
	if tx == nil {
		s.views.gen++
		return nil
	}
	g, err := readGeneration(ctx, tx)
	if err != nil {
		return err
	}
	return tx.Put(ctx, genKey, binary.AppendUvarint(nil, g+1))
}

func readGeneration(ctx context.Context, tx hkv.Tx) (uint64, error) {
	v, err := tx.Get(ctx, genKey)
	if errors.Is(err, hkv.ErrNotFound) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	g, n := binary.Uvarint(v)
	if n <= 0 {
		return 0, errors.New("corrupt view index generation")
	}
	return g, nil
}

// netInteractions returns the network's contributions: the precomputed
// ones when they are current, else computed from the whole view. The caller
// holds the read lock.
func (s *Store) netInteractions(ctx context.Context) (*network, error) {
	n, err := s.cachedNetwork(ctx)
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
		data, ok, err := currentNetwork(ctx, tx)
		if err != nil || !ok {
			return err
		}
		n, err = decodeNetwork(data)
		return err
	})
	return n, err
}

// currentNetwork returns the encoded precomputed network in tx and whether
// it is of the current generation (its stamp, read without decoding it).
func currentNetwork(ctx context.Context, tx hkv.Tx) ([]byte, bool, error) {
	st, err := storedNetwork(ctx, tx)
	if err != nil || !st.found || st.at != st.gen {
		return nil, false, err
	}
	return st.data, true, nil
}

// netStamp is the precomputed network as tx holds it: whether the key is
// there (present) and its stamp valid (found), the generation it was
// computed at and its encoding, and the current generation.
type netStamp struct {
	present, found bool
	at, gen        uint64
	data           []byte
}

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
	at, w := binary.Uvarint(data)
	if w <= 0 || at > st.gen {
		return st, nil
	}
	st.found, st.at, st.data = true, at, data[w:]
	return st, nil
}

// networkCurrent reports whether the precomputed network is of the current
// generation, reading its stamp but not decoding it.
func (s *Store) networkCurrent(ctx context.Context) (bool, error) {
	if s.views.kv == nil {
		return s.views.net != nil && s.views.netGen == s.views.gen, nil
	}
	var ok bool
	err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) (err error) {
		_, ok, err = currentNetwork(ctx, tx)
		return err
	})
	return ok, err
}

// Precompute brings the precomputed network up to date with the store, if
// it is not, under the read lock, and writes the result if no write came
// meanwhile. On bolt, after writes that changed little it recomputes only
// the interactions they changed (netdelta.go); otherwise it scans the whole
// view index (netstream.go; seconds on 100,000 readouts). Loads call it when they finish; until
// then, and on PostgreSQL, Network computes the same edges from the view.
func (s *Store) Precompute(ctx context.Context) error {
	if s.pg != nil || s.opts.ReadOnly {
		return nil
	}
	gen, n, err := s.computeNetwork(ctx)
	if err != nil || n == nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return nil // closed meanwhile
	}
	if s.views.kv == nil {
		if s.views.gen == gen {
			s.views.net, s.views.netGen = n, gen
		}
		return nil
	}
	data := binary.AppendUvarint(nil, gen)
	data = encodeNetwork(data, n)
	err = hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		g, err := readGeneration(ctx, tx)
		if err != nil || g != gen {
			return err // a write came: leave it to the next Precompute
		}
		// What changed before gen is in n.
		if err := clearDirty(ctx, tx); err != nil {
			return err
		}
		if err := tx.Del(ctx, oldNetKey); err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return err
		}
		return tx.Put(ctx, netKey, data)
	})
	if err != nil {
		return &DBError{Op: "precompute", Path: s.db, Err: err}
	}
	return nil
}

// computeNetwork returns the current generation and, unless the cache
// already holds it or the view index is stale, the network: the cached one
// brought up to date ([Store.updateNetwork]) when the changes since are
// recorded and few, else computed from the whole view.
func (s *Store) computeNetwork(ctx context.Context) (uint64, *network, error) {
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
		return s.views.gen, networkOf(v), nil // the memory store never updates it from a record
	}
	var (
		gen     uint64
		current bool
		old     *network
		dirty   []string
	)
	err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		st, err := storedNetwork(ctx, tx)
		gen = st.gen
		if err != nil || !st.found {
			return err
		}
		if st.at == gen {
			current = true
			return nil
		}
		var ok bool
		if dirty, ok, err = readDirty(ctx, tx, maxDirtyKeys); err != nil || !ok {
			return err
		}
		if old, err = decodeNetwork(st.data); err != nil {
			old = nil // computed afresh below
		}
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	if current {
		return 0, nil, nil
	}
	if old != nil {
		n, err := s.updateNetwork(ctx, old, dirty)
		if err != nil || n != nil {
			if n != nil {
				s.views.netUpdates.Add(1)
			}
			return gen, n, err
		}
	}
	// From a scan of the view index, without holding the view, unless a
	// raw write has made a graph odd.
	n, ok, err := s.streamNetwork(ctx)
	if err != nil {
		return 0, nil, err
	} else if ok {
		return gen, n, nil
	}
	v, err := s.wholeView(ctx)
	if err != nil {
		return 0, nil, err
	}
	return gen, withAnywhere(networkOf(v), v), nil
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

// The encoding of a network: a table of the IRIs it names (uvarint count,
// then each as a uvarint-prefixed string), the refs (count, then table
// index, ID, name and kind), and the interactions (count, then IRI and day
// as strings, the persons as a count and, for each, its table index and
// its affiliations as a count and indexes, and the states as a count and
// indexes), then the persons' offices anywhere (count, then for each the
// person's table index and the offices as a count and indexes).
func encodeNetwork(b []byte, n *network) []byte {
	index := map[quad.IRI]uint64{}
	var table []quad.IRI
	id := func(i quad.IRI) uint64 {
		x, ok := index[i]
		if !ok {
			x = uint64(len(table))
			index[i] = x
			table = append(table, i)
		}
		return x
	}
	for r := range n.refs {
		id(r)
	}
	for _, in := range n.inters {
		for i, p := range in.persons {
			id(p)
			for _, a := range in.affs[i] {
				id(a)
			}
		}
		for _, st := range in.states {
			id(st)
		}
	}
	for p, aff := range n.anywhere {
		id(p)
		for _, a := range aff {
			id(a)
		}
	}
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	num := func(x uint64) { b = binary.AppendUvarint(b, x) }
	num(uint64(len(table)))
	for _, i := range table {
		str(string(i))
	}
	num(uint64(len(n.refs)))
	for _, i := range table {
		if r, ok := n.refs[i]; ok {
			num(index[i])
			str(r.ID)
			str(r.Name)
			str(string(r.Kind))
		}
	}
	num(uint64(len(n.inters)))
	for _, in := range n.inters {
		str(string(in.iri))
		str(in.day)
		num(uint64(len(in.persons)))
		for i, p := range in.persons {
			num(index[p])
			num(uint64(len(in.affs[i])))
			for _, a := range in.affs[i] {
				num(index[a])
			}
		}
		num(uint64(len(in.states)))
		for _, st := range in.states {
			num(index[st])
		}
	}
	num(uint64(len(n.anywhere)))
	for _, p := range table {
		if aff, ok := n.anywhere[p]; ok {
			num(index[p])
			num(uint64(len(aff)))
			for _, a := range aff {
				num(index[a])
			}
		}
	}
	return b
}

var errNetCache = errors.New("corrupt precomputed network")

func decodeNetwork(b []byte) (*network, error) {
	r := &byteReader{b: b}
	table := make([]quad.IRI, r.count())
	for i := range table {
		table[i] = quad.IRI(r.string())
	}
	at := func() quad.IRI {
		x := r.uvarint()
		if x >= uint64(len(table)) {
			r.bad = true
			return ""
		}
		return table[x]
	}
	nrefs := r.count()
	n := &network{refs: make(map[quad.IRI]EntityRef, nrefs)}
	for range nrefs {
		i := at()
		n.refs[i] = EntityRef{ID: r.string(), Name: r.string(), Kind: schema.Kind(r.string())}
	}
	n.inters = make([]netInteraction, 0, r.count())
	for range cap(n.inters) {
		in := netInteraction{iri: quad.IRI(r.string()), day: r.string()}
		if np := r.count(); np > 0 {
			in.persons, in.affs = make([]quad.IRI, 0, np), make([][]quad.IRI, 0, np)
		}
		for range cap(in.persons) {
			in.persons = append(in.persons, at())
			in.affs = append(in.affs, r.iris(at))
		}
		in.states = r.iris(at)
		n.inters = append(n.inters, in)
		if r.bad {
			break
		}
	}
	na := r.count()
	n.anywhere = make(map[quad.IRI][]quad.IRI, na)
	for range na {
		p := at()
		n.anywhere[p] = r.iris(at)
		if r.bad {
			break
		}
	}
	if !r.done() {
		return nil, errNetCache
	}
	return n, nil
}

// iris reads a count and that many IRIs with at; nil for none.
func (r *byteReader) iris(at func() quad.IRI) []quad.IRI {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]quad.IRI, n)
	for i := range out {
		out[i] = at()
	}
	return out
}
