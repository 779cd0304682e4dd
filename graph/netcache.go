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
	netKey = hkv.Key{[]byte("readout_meta"), []byte("network")}
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
	g, err := readGeneration(ctx, tx)
	if err != nil {
		return nil, false, err
	}
	data, err := tx.Get(ctx, netKey)
	if errors.Is(err, hkv.ErrNotFound) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	at, w := binary.Uvarint(data)
	if w <= 0 || at != g {
		return nil, false, nil
	}
	return data[w:], true, nil
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
// it is not: a whole-view read (seconds on 100,000 readouts), done under the
// read lock, and a write of the result if no write came meanwhile. Loads
// call it when they finish; until then, and on PostgreSQL, Network computes
// the same edges from the view.
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
		return tx.Put(ctx, netKey, data)
	})
	if err != nil {
		return &DBError{Op: "precompute", Path: s.db, Err: err}
	}
	return nil
}

// computeNetwork returns the current generation and, unless the cache
// already holds it or the view index is stale, the network computed from
// the view.
func (s *Store) computeNetwork(ctx context.Context) (uint64, *network, error) {
	defer s.readLock()()
	if s.qs == nil {
		return 0, nil, nil // closed
	}
	if ok, err := s.viewIndexComplete(ctx); err != nil || !ok {
		return 0, nil, err
	}
	if ok, err := s.networkCurrent(ctx); err != nil || ok {
		return 0, nil, err
	}
	var gen uint64
	if s.views.kv == nil {
		gen = s.views.gen
	} else {
		err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) (err error) {
			gen, err = readGeneration(ctx, tx)
			return err
		})
		if err != nil {
			return 0, nil, err
		}
	}
	v, err := s.wholeView(ctx)
	if err != nil {
		return 0, nil, err
	}
	return gen, networkOf(v), nil
}

// The encoding of a network: a table of the IRIs it names (uvarint count,
// then each as a uvarint-prefixed string), the refs (count, then table
// index, ID, name and kind), and the interactions (count, then IRI and day
// as strings, the persons as a count and, for each, its table index and
// its affiliations as a count and indexes, and the states as a count and
// indexes).
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
	return b
}

var errNetCache = errors.New("corrupt precomputed network")

func decodeNetwork(b []byte) (*network, error) {
	bad := false
	num := func() uint64 {
		x, w := binary.Uvarint(b)
		if w <= 0 {
			bad = true
			return 0
		}
		b = b[w:]
		return x
	}
	str := func() string {
		l := num()
		if bad || uint64(len(b)) < l {
			bad = true
			return ""
		}
		s := string(b[:l])
		b = b[l:]
		return s
	}
	// count reads a count no larger than the bytes left could encode.
	count := func() int {
		c := num()
		if c > uint64(len(b)) {
			bad = true
			return 0
		}
		return int(c)
	}
	table := make([]quad.IRI, count())
	for i := range table {
		table[i] = quad.IRI(str())
	}
	at := func() quad.IRI {
		x := num()
		if x >= uint64(len(table)) {
			bad = true
			return ""
		}
		return table[x]
	}
	n := &network{refs: map[quad.IRI]EntityRef{}}
	for range count() {
		i := at()
		n.refs[i] = EntityRef{ID: str(), Name: str(), Kind: schema.Kind(str())}
	}
	for range count() {
		in := netInteraction{iri: quad.IRI(str()), day: str()}
		for range count() {
			in.persons = append(in.persons, at())
			var aff []quad.IRI
			for range count() {
				aff = append(aff, at())
			}
			in.affs = append(in.affs, aff)
		}
		for range count() {
			in.states = append(in.states, at())
		}
		n.inters = append(n.inters, in)
		if bad {
			break
		}
	}
	if bad || len(b) != 0 {
		return nil, errNetCache
	}
	return n, nil
}
