package graph

// Keeping the precomputed network current after a write by recomputing
// only the interactions the write can have changed, instead of every
// interaction from the whole view (about 10 s on 100,000 readouts, paid by
// every load, however small).
//
// Each write records, with the view index entries it changes, what the
// network's contributions depend on that changed ([netChanges]): the
// interactions whose quads (participants, day) or accounts changed, the
// readouts whose type or roles changed, the roles whose office or type
// changed, the holders whose roles changed and the entities whose kind or
// name changed. Precompute then recomputes, through the partial view of
// timeline.go, the interactions those name: an interaction changed, those
// with an account in a changed readout, and every interaction of an entity
// whose kind or name changed or of a holder whose offices anywhere (which
// [view.affiliated] falls back on) are no longer those the cache holds. The
// record is kept only while a precomputed network of a recent generation
// is there to update.

import (
	"context"
	"encoding/binary"
	"errors"
	"maps"
	"slices"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"

	"github.com/readout/readout/schema"
)

var (
	// netDirtyBucket holds what changed since the precomputed network's
	// generation: a key for each change, a kind byte then an IRI.
	netDirtyBucket = []byte("readout_net_dirty")
	// oldNetKey held the precomputed network before it kept the holders'
	// offices anywhere; Precompute removes it.
	oldNetKey = hkv.Key{[]byte("readout_meta"), []byte("network")}
)

// The kinds of change [netDirtyBucket] records.
const (
	dirtyInteraction = 'i' // an interaction's participants, day or accounts
	dirtyReadout     = 'r' // a readout's type or roles
	dirtyRole        = 'o' // a role's office or type
	dirtyHolder      = 'h' // the roles an entity holds
	dirtyEntity      = 'e' // an entity's kind or name
)

// maxDirtyGenerations is how many writes behind the precomputed network may
// fall and still be brought up to date from the record; further behind,
// writes stop recording and drop it, and Precompute reads the whole view.
var maxDirtyGenerations uint64 = 400 // a variable for tests

// maxDirtyShare is the share of the network's interactions an update may
// recompute; beyond it Precompute reads the whole view instead.
var maxDirtyShare = 4 // one in four (a variable for tests)

func dirtyKey(kind byte, iri quad.IRI) hkv.Key {
	return hkv.Key{netDirtyBucket, append([]byte{kind}, iri...)}
}

// netDirtyRecorder returns the function that records in tx what a graph's
// change of view quads changes for the network, or nil when there is no
// precomputed network to update. A network more than maxDirtyGenerations
// behind is dropped.
func netDirtyRecorder(ctx context.Context, tx hkv.Tx) (func(label string, old, qs []quad.Quad) error, error) {
	st, err := storedNetwork(ctx, tx)
	if err != nil {
		return nil, err
	}
	if !st.present {
		return nil, nil
	}
	if !st.found || st.gen-st.at > maxDirtyGenerations {
		return nil, dropNetwork(ctx, tx)
	}
	return func(_ string, old, qs []quad.Quad) error {
		for _, k := range netChanges(old, qs) {
			if err := tx.Put(ctx, hkv.Key{netDirtyBucket, []byte(k)}, nil); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// dropNetwork removes the precomputed network's stamp, and its older
// forms (its records, no longer read, and the record of changes stay until
// the next Precompute, which clears them).
func dropNetwork(ctx context.Context, tx hkv.Tx) error {
	for _, k := range []hkv.Key{netKey, v2NetKey, oldNetKey} {
		if err := tx.Del(ctx, k); err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return err
		}
	}
	return nil
}

// netChanges returns the keys of [netDirtyBucket] for a graph whose view
// quads were old and are now qs: for each quad it gained or lost, what the
// network reads of it.
func netChanges(old, qs []quad.Quad) []string {
	was := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		was[q] = true
	}
	is := make(map[quad.Quad]bool, len(qs))
	for _, q := range qs {
		is[q] = true
	}
	keys := map[string]bool{}
	add := func(kind byte, v quad.Value) {
		if i, ok := v.(quad.IRI); ok && i != "" {
			keys[string(kind)+string(i)] = true
		}
	}
	// A role's office or type: its holders' offices anywhere, and its
	// readout's interactions.
	roleChanged := func(ri quad.Value) {
		add(dirtyRole, ri)
		if i, ok := ri.(quad.IRI); ok {
			add(dirtyReadout, readoutOf(i))
		}
	}
	note := func(q quad.Quad) {
		if isClaimQuad(q) {
			return
		}
		switch string(q.Predicate.(quad.IRI)) {
		case schema.Participant, schema.SchemaStartDate:
			add(dirtyInteraction, q.Subject)
		case schema.Interaction:
			add(dirtyInteraction, q.Object)
		case schema.Role:
			add(dirtyHolder, q.Subject)
			if o, ok := q.Object.(quad.IRI); ok {
				add(dirtyReadout, readoutOf(o))
			}
		case schema.Of:
			roleChanged(q.Subject)
		case schema.SchemaName:
			add(dirtyEntity, q.Subject)
		case schema.RDFType:
			switch c, _ := q.Object.(quad.IRI); string(c) {
			case schema.InteractionClass:
				add(dirtyInteraction, q.Subject)
			case schema.RoleClass:
				roleChanged(q.Subject)
			case schema.Readout:
				add(dirtyReadout, q.Subject)
			default:
				add(dirtyEntity, q.Subject)
			}
		}
	}
	for q := range was {
		if !is[q] {
			note(q)
		}
	}
	for q := range is {
		if !was[q] {
			note(q)
		}
	}
	return slices.Sorted(maps.Keys(keys))
}

// readDirty returns the keys of [netDirtyBucket] in tx, or false if there
// are more than max.
func readDirty(ctx context.Context, tx hkv.Tx, max int) ([]string, bool, error) {
	var out []string
	errMany := errors.New("too many")
	err := hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
		if len(out) == max {
			return errMany
		}
		out = append(out, string(k[len(k)-1]))
		return nil
	}, hopts.WithPrefixKV(inBucket(netDirtyBucket)))
	if errors.Is(err, errMany) {
		return nil, false, nil
	}
	return out, err == nil, err
}

// clearDirty removes the keys of [netDirtyBucket] in tx.
func clearDirty(ctx context.Context, tx hkv.Tx) error { return clearBucket(ctx, tx, netDirtyBucket) }

// updateNetwork returns the change that brings the precomputed network of
// an earlier generation, of count interactions, up to date with the
// changes dirty records, or nil if that would recompute more than one in
// maxDirtyShare of its interactions. It reads the records of the network it
// changes, and those of every interaction only when an entity's kind, name
// or offices anywhere changed. The caller holds the read lock.
func (s *Store) updateNetwork(ctx context.Context, count uint64, dirty []string) (*netDelta, error) {
	lazy, err := s.lazyView(ctx, false)
	if err != nil || lazy == nil {
		return nil, err
	}
	r := s.reader()
	r.lazy = lazy
	cands := map[quad.IRI]bool{}
	holders := map[quad.IRI]bool{}
	var entities, readouts, roles []quad.IRI
	for _, k := range dirty {
		iri := quad.IRI(k[1:])
		switch k[0] {
		case dirtyInteraction:
			cands[iri] = true
		case dirtyHolder:
			holders[iri] = true
		case dirtyEntity:
			entities = append(entities, iri)
		case dirtyReadout:
			readouts = append(readouts, iri)
		case dirtyRole:
			roles = append(roles, iri)
		}
	}
	// A changed readout's interactions and the holders of its roles, and
	// the holders of a changed role, from the graphs naming its nodes.
	read := map[quad.IRI][]quad.Quad{}
	quadsOf := func(ro quad.IRI) ([]quad.Quad, error) {
		if qs, ok := read[ro]; ok {
			return qs, nil
		}
		qs, err := lazy.readoutQuads(ctx, ro)
		read[ro] = qs
		return qs, err
	}
	for _, ro := range readouts {
		qs, err := quadsOf(ro)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			sub, _ := q.Subject.(quad.IRI)
			o, _ := q.Object.(quad.IRI)
			switch {
			case q.Predicate == quad.IRI(schema.Interaction) && readoutOf(sub) == ro && o != "":
				cands[o] = true
			case q.Predicate == quad.IRI(schema.Role) && readoutOf(o) == ro && sub != "":
				holders[sub] = true
			}
		}
	}
	for _, ri := range roles {
		qs, err := quadsOf(readoutOf(ri))
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if sub, ok := q.Subject.(quad.IRI); ok && q.Predicate == quad.IRI(schema.Role) && q.Object == quad.Value(ri) {
				holders[sub] = true
			}
		}
	}
	// Every interaction of an entity whose kind or name changed, or of a
	// holder whose offices anywhere did.
	anywhere := map[quad.IRI][]quad.IRI{}
	hs := slices.Sorted(maps.Keys(holders))
	oldHolders, err := s.netEntities(ctx, hs)
	if err != nil {
		return nil, err
	}
	for _, h := range hs {
		aff, err := lazy.affiliations(ctx, h)
		if err != nil {
			return nil, err
		}
		anywhere[h] = aff
		if prev := oldHolders[h]; (prev == nil || !prev.person) && len(aff) > 0 || prev != nil && prev.person && !slices.Equal(prev.anywhere, aff) {
			entities = append(entities, h)
		}
	}
	slices.Sort(entities)
	entities = slices.Compact(entities)
	if len(entities) > 0 {
		took, err := r.pairs(ctx, entities, schema.Participant, true)
		if err != nil {
			return nil, err
		}
		for _, e := range entities {
			for _, in := range iris(took[e]) {
				cands[in] = true
			}
		}
		if err := s.eachNetInter(ctx, func(in *netInteraction) {
			if in.names(entities) {
				cands[in.iri] = true
			}
		}); err != nil {
			return nil, err
		}
	}
	if uint64(len(cands)*maxDirtyShare) > count {
		return nil, nil
	}

	cs := slices.Sorted(maps.Keys(cands))
	v, err := r.partialView(ctx, cs, true)
	if err != nil {
		return nil, err
	}
	// networkOf reads the kinds of what the persons acted for.
	var affs []quad.IRI
	for _, in := range v.interactions {
		for _, a := range v.affiliations(in) {
			affs = append(affs, a...)
		}
	}
	slices.Sort(affs)
	if err := r.entityRefs(ctx, v, slices.Compact(affs)); err != nil {
		return nil, err
	}
	part := networkOf(v)

	// The interactions recomputed replace their records, and the counts of
	// the entities they name change by what they name now less what they
	// named.
	old, err := s.netInters(ctx, cs)
	if err != nil {
		return nil, err
	}
	d := &netDelta{count: count, inters: map[quad.IRI]*netInteraction{}, ents: map[quad.IRI]*netEntityRecord{}}
	now := map[quad.IRI]*netInteraction{}
	for i := range part.inters {
		now[part.inters[i].iri] = &part.inters[i]
	}
	diff := map[quad.IRI]int{}
	for _, c := range cs {
		if in := old[c]; in != nil {
			d.count--
			for _, e := range in.named() {
				diff[e]--
			}
			d.inters[c] = nil
		}
		if in := now[c]; in != nil {
			d.count++
			for _, e := range in.named() {
				diff[e]++
			}
			d.inters[c] = in
		}
	}
	for e := range part.refs {
		if _, ok := diff[e]; !ok {
			diff[e] = 0 // its ref may have changed
		}
	}
	es := slices.Sorted(maps.Keys(diff))
	prev, err := s.netEntities(ctx, es)
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		rec := &netEntityRecord{count: diff[e]}
		p := prev[e]
		if p != nil {
			rec.count += p.count
		}
		switch ref, ok := part.refs[e]; {
		case rec.count < 0:
			return nil, errNetCache
		case rec.count == 0:
			if p != nil {
				d.ents[e] = nil
			}
			continue
		case ok:
			rec.ref = ref
		case p != nil:
			rec.ref = p.ref
		default:
			return nil, errNetCache // named before, with no record
		}
		if rec.person = rec.ref.Kind == schema.Person; rec.person {
			// Only a write recorded as changing e's roles changes them.
			if aff, ok := anywhere[e]; ok {
				rec.anywhere = aff
			} else if p != nil && p.person {
				rec.anywhere = p.anywhere
			} else if rec.anywhere, err = lazy.affiliations(ctx, e); err != nil {
				return nil, err
			}
		}
		d.ents[e] = rec
	}
	return d, nil
}

// netDelta is a change to the precomputed network: the records of
// interactions and entities to write, nil for those to remove, and the
// number of interactions after.
type netDelta struct {
	count  uint64
	inters map[quad.IRI]*netInteraction
	ents   map[quad.IRI]*netEntityRecord
}

// netEntityRecord is what the precomputed network holds of an entity.
type netEntityRecord struct {
	count    int
	ref      EntityRef
	person   bool
	anywhere []quad.IRI // of a person
}

// write writes d in tx, with a stamp of gen.
func (d *netDelta) write(ctx context.Context, tx hkv.Tx, gen uint64) error {
	var b []byte
	for _, i := range slices.Sorted(maps.Keys(d.inters)) {
		k := hkv.Key{netInterBucket, []byte(i)}
		if in := d.inters[i]; in == nil {
			if err := tx.Del(ctx, k); err != nil {
				return err
			}
		} else if err := tx.Put(ctx, k, appendNetInter(b[:0:0], in)); err != nil {
			return err
		}
	}
	for _, e := range slices.Sorted(maps.Keys(d.ents)) {
		k := hkv.Key{netEntBucket, []byte(e)}
		if r := d.ents[e]; r == nil {
			if err := tx.Del(ctx, k); err != nil {
				return err
			}
		} else if err := tx.Put(ctx, k, appendNetEntity(b[:0:0], r.count, r.ref, r.anywhere, r.person)); err != nil {
			return err
		}
	}
	if err := tx.Put(ctx, recordedKey, binary.AppendUvarint(nil, gen)); err != nil {
		return err
	}
	return tx.Put(ctx, netKey, netStampValue(gen, d.count))
}

// netEntities returns the records of the entities es that the precomputed
// network holds.
func (s *Store) netEntities(ctx context.Context, es []quad.IRI) (map[quad.IRI]*netEntityRecord, error) {
	out := map[quad.IRI]*netEntityRecord{}
	d := newNetDecoder()
	err := s.netRecords(ctx, netEntBucket, es, func(e quad.IRI, v []byte) error {
		rec, err := d.decodeEntity(v)
		out[e] = rec
		return err
	})
	return out, err
}

// netInters returns the contributions of the interactions is that the
// precomputed network holds.
func (s *Store) netInters(ctx context.Context, is []quad.IRI) (map[quad.IRI]*netInteraction, error) {
	out := map[quad.IRI]*netInteraction{}
	d := newNetDecoder()
	err := s.netRecords(ctx, netInterBucket, is, func(i quad.IRI, v []byte) error {
		in, err := d.decodeInter(v)
		in.iri = i
		out[i] = &in
		return err
	})
	return out, err
}

// netRecords calls fn with the record in bucket of each of keys that has
// one.
func (s *Store) netRecords(ctx context.Context, bucket []byte, keys []quad.IRI, fn func(quad.IRI, []byte) error) error {
	return hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		for _, k := range keys {
			v, err := tx.Get(ctx, hkv.Key{bucket, []byte(k)})
			if errors.Is(err, hkv.ErrNotFound) {
				continue
			} else if err != nil {
				return err
			}
			if err := fn(k, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachNetInter calls fn with the contribution of every interaction of the
// precomputed network (its IRI unset), reading them one by one.
func (s *Store) eachNetInter(ctx context.Context, fn func(*netInteraction)) error {
	d := newNetDecoder()
	return hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		return eachRecord(ctx, tx, netInterBucket, func(k, v []byte) error {
			in, err := d.decodeInter(v)
			if err != nil {
				return err
			}
			in.iri = quad.IRI(k)
			fn(&in)
			return nil
		})
	})
}

// names reports whether in names one of es, sorted: as a person, a state,
// or what a person acted for.
func (in *netInteraction) names(es []quad.IRI) bool {
	has := func(e quad.IRI) bool { _, ok := slices.BinarySearch(es, e); return ok }
	for i, p := range in.persons {
		if has(p) || slices.ContainsFunc(in.affs[i], has) {
			return true
		}
	}
	return slices.ContainsFunc(in.states, has)
}

// readoutQuads returns the view quads (other than the claims') of the
// graphs that name the readout ro or its nodes: its own graph and those
// [xrefBucket] lists.
func (l *lazyFacts) readoutQuads(ctx context.Context, ro quad.IRI) ([]quad.Quad, error) {
	if ro == "" {
		return nil, nil
	}
	var out []quad.Quad
	d := newViewDecoder()
	d.skipClaims = true
	err := hkv.View(ctx, l.s.views.kv, func(tx hkv.Tx) error {
		labels, err := foreignLabels(ctx, tx, ro)
		if err != nil {
			return err
		}
		for _, label := range append(labels, string(ro)) {
			data, err := tx.Get(ctx, hkv.Key{viewBucket, []byte(label)})
			if errors.Is(err, hkv.ErrNotFound) {
				continue
			} else if err != nil {
				return err
			}
			if err := d.each(data, func(q quad.Quad) { out = append(out, q) }); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}
