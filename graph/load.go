package graph

import (
	"context"
	"crypto/sha256"
	"errors"
	"maps"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// LoadStats counts what a [Store.Load] did.
type LoadStats struct {
	Readouts  int // records loaded: Added + Replaced + Unchanged
	Added     int // readouts whose source was not in the store
	Replaced  int // readouts whose graph changed
	Unchanged int // readouts whose graph was already in the store, quad for quad
	Quads     int // quads added
	Removed   int // quads removed from replaced graphs
}

// Add adds the counts of o to st.
func (st *LoadStats) Add(o LoadStats) {
	st.Readouts += o.Readouts
	st.Added += o.Added
	st.Replaced += o.Replaced
	st.Unchanged += o.Unchanged
	st.Quads += o.Quads
	st.Removed += o.Removed
}

// ErrNoSource means a record given to Load has no Source.
var ErrNoSource = errors.New("a readout record without a source")

// ErrReadOnlyStore means Load was called on a store opened with
// Options.ReadOnly.
var ErrReadOnlyStore = errors.New("store opened read-only")

// Load writes recs into the store, each readout into its own named graph
// ([Quads]) and each entity it names into the entity's graph
// ([EntityQuads]). A readout whose source is already in the store is
// replaced: only the quads that differ are removed and added, so loading the
// same record twice writes nothing. An entity's graph is the union of what
// the readouts naming it say about it, whatever the order they were loaded
// in; it is removed with the last of them. Likewise the main events of
// readouts that report the same interaction (same type and participants,
// dates within a day) point to one interaction node, kept in a graph of its
// own that changes with the readouts reporting it (see [InteractionQuads]).
//
// Whole readouts are batched into transactions of about Options.BatchQuads
// quads, and a readout is never split across two batches: each batch, its
// removals included, is written in one all-or-nothing transaction, so a
// crash or an error leaves every readout as it was before the batch or as
// the batch wrote it. On error, the returned stats count the readouts of the
// batches that were committed. A record appearing twice (the same source) is loaded twice, the
// later one winning.
func (s *Store) Load(ctx context.Context, recs []*extract.Record) (LoadStats, error) {
	ps := make([]*Prepared, 0, len(recs))
	for _, rec := range recs {
		if rec != nil {
			ps = append(ps, Prepare(rec))
		}
	}
	return s.LoadPrepared(ctx, ps)
}

// Prepared is a record with what [Store.Load] computes from it alone: its
// readout graph ([Quads]) and that graph's content hash. Prepare records on
// several goroutines, then load them with [Store.LoadPrepared].
type Prepared struct {
	Record *extract.Record
	quads  []quad.Quad
	sum    [sha256.Size]byte
}

// Prepare returns rec prepared for [Store.LoadPrepared]. It is safe for
// concurrent use; rec must not change afterwards.
func Prepare(rec *extract.Record) *Prepared {
	qs := Quads(rec)
	return &Prepared{Record: rec, quads: qs, sum: contentHash(qs)}
}

// Len is the number of quads p's readout graph holds.
func (p *Prepared) Len() int { return len(p.quads) }

// LoadPrepared is [Store.Load] of the prepared records ps.
func (s *Store) LoadPrepared(ctx context.Context, ps []*Prepared) (total LoadStats, rerr error) {
	if s.opts.ReadOnly {
		return total, &DBError{Op: "load", Path: s.db, Err: ErrReadOnlyStore}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bulk {
		return total, &DBError{Op: "load", Path: s.db, Err: errBulkOpen}
	}
	if err := s.lockWriter(ctx); err != nil {
		return total, &DBError{Op: "load", Path: s.db, Err: err}
	}
	defer s.unlockWriter()

	var labels []quad.Value
	for _, p := range ps {
		if p != nil && p.Record != nil {
			labels = append(labels, quad.IRI(schema.ReadoutIRI(p.Record.Source)))
		}
	}
	if err := s.prefetch(ctx, quad.Label, labels); err != nil {
		return total, &DBError{Op: "load", Path: s.db, Err: err}
	}
	if ok, err := s.viewIndexComplete(ctx); err != nil {
		return total, &DBError{Op: "load", Path: s.db, Err: err}
	} else if !ok {
		if err := s.rebuildViewIndex(ctx); err != nil {
			return total, &DBError{Op: "load", Path: s.db, Err: err}
		}
	}

	tx, err := s.beginTx(ctx)
	if err != nil {
		return total, &DBError{Op: "load", Path: s.db, Err: err}
	}
	// Batches already written are committed when LoadPrepared returns
	// early for a reason that is no database failure.
	failed := false
	defer func() {
		st, err := tx.end(ctx, !failed)
		total.Add(st)
		if err != nil && rerr == nil {
			rerr = &DBError{Op: "load", Path: s.db, Err: err}
		}
	}()
	b := newBatch()
	flush := func() error {
		st, err := s.flush(ctx, b)
		if err == nil {
			st, err = tx.wrote(ctx, st, b.written()) // what committed, if anything
			total.Add(st)
		}
		if err != nil {
			failed = true
			return &DBError{Op: "load", Path: s.db, Err: err}
		}
		b = newBatch()
		return nil
	}
	for _, p := range ps {
		if p == nil || p.Record == nil {
			continue
		}
		rec := p.Record
		if err := ctx.Err(); err != nil {
			return total, err
		}
		if rec.Source == "" {
			// The graph's label is made from the source: without one the
			// readout could be neither replaced nor deleted.
			return total, &DBError{Op: "load", Path: s.db, Err: ErrNoSource}
		}
		label := quad.IRI(schema.ReadoutIRI(rec.Source))
		if b.labels[label] {
			// The graph read below must see the earlier record's writes.
			if err := flush(); err != nil {
				return total, err
			}
		}
		if s.opts.SkipStored {
			ok, err := s.stored(ctx, label, rec)
			if err != nil {
				return total, &DBError{Op: "load", Path: s.db, Err: err}
			}
			if ok {
				b.stats.Readouts++
				b.stats.Unchanged++
				continue
			}
		}
		want, sum := p.quads, p.sum
		if same, err := s.unchanged(ctx, label, want, sum); err != nil {
			return total, &DBError{Op: "load", Path: s.db, Err: err}
		} else if same {
			// Stamped anew when the stamp is another extractor build's,
			// or missing (a store from before stamps).
			if ok, _, err := s.sourceStored(ctx, label, s.stampPrefix(rec.Hash, rec.Extractor)); err != nil {
				return total, &DBError{Op: "load", Path: s.db, Err: err}
			} else if !ok && s.hashes.kv != nil {
				b.sources[label] = s.sourceStamp(rec, sum)
			}
			b.stats.Readouts++
			b.stats.Unchanged++
			continue
		}
		have, err := s.graphQuads(ctx, label)
		if err != nil {
			return total, &DBError{Op: "load", Path: s.db, Err: err}
		}
		b.hash(label, len(have) > 0, sum)
		b.sources[label] = s.sourceStamp(rec, sum)
		add, del := diffQuads(have, want)
		if err := s.noteAccount(ctx, b, label, have, want); err != nil {
			return total, &DBError{Op: "load", Path: s.db, Err: err}
		}
		b.stats.Readouts++
		switch {
		case len(have) == 0:
			b.stats.Added++
		case len(add)+len(del) == 0:
			b.stats.Unchanged++
		default:
			b.stats.Replaced++
		}
		b.change(label, add, del)
		if len(b.adds)+len(b.dels) >= s.opts.BatchQuads {
			if err := flush(); err != nil {
				return total, err
			}
		}
	}
	if err := flush(); err != nil {
		return total, err
	}
	return total, nil
}

// Delete removes the graph of the readout read from source (or whose IRI
// source is, when it starts with [schema.ReadoutNS]), what it alone said
// about the entities it names and its account of the interaction it
// reports (see [InteractionQuads]), in one transaction, and reports
// whether there was such a readout.
func (s *Store) Delete(ctx context.Context, source string) (bool, error) {
	if s.opts.ReadOnly {
		return false, &DBError{Op: "delete", Path: s.db, Err: ErrReadOnlyStore}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.lockWriter(ctx); err != nil {
		return false, &DBError{Op: "delete", Path: s.db, Err: err}
	}
	defer s.unlockWriter()
	label := quad.IRI(schema.ReadoutIRI(source))
	if strings.HasPrefix(source, schema.ReadoutNS) {
		label = quad.IRI(source)
	}
	have, err := s.graphQuads(ctx, label)
	if err != nil || len(have) == 0 {
		return false, err
	}
	b := newBatch()
	b.stale[label] = nil
	b.change(label, nil, have)
	if err := s.noteAccount(ctx, b, label, have, nil); err != nil {
		return false, &DBError{Op: "delete", Path: s.db, Err: err}
	}
	if _, err := s.flush(ctx, b); err != nil {
		return false, &DBError{Op: "delete", Path: s.db, Err: err}
	}
	return true, nil
}

// stored reports whether the readout graph label already holds rec: its
// readout node carries rec's content hash and extractor version. A graph is
// written whole or not at all, so these quads mean the rest is there too; a
// resumed load skips such readouts without reading their graphs. The lookup
// reads the quads whose object is the hash literal (one per copy of those
// bytes in the store), then the readout node's own quads.
func (s *Store) stored(ctx context.Context, label quad.IRI, rec *extract.Record) (bool, error) {
	if rec.Hash == "" {
		return false, nil
	}
	if ok, known, err := s.sourceStored(ctx, label, s.stampPrefix(rec.Hash, rec.Extractor)); err != nil || known {
		return ok, err
	}
	qs, err := s.quadsWith(ctx, quad.Object, quad.String(rec.Hash))
	if err != nil {
		return false, err
	}
	found := false
	for _, q := range qs {
		if q.Subject == label && q.Label == label && q.Predicate == quad.IRI(schema.ContentHash) {
			found = true
		}
	}
	if !found {
		return false, nil
	}
	if qs, err = s.quadsWith(ctx, quad.Subject, label); err != nil {
		return false, err
	}
	for _, q := range qs {
		if q.Label == label && q.Predicate == quad.IRI(schema.ExtractorVersion) && q.Object == quad.String(rec.Extractor) {
			return true, nil
		}
	}
	return false, nil
}

// batch collects the changes of the readouts of one write.
type batch struct {
	adds, dels []quad.Quad
	stats      LoadStats
	labels     map[quad.IRI]bool // readout graphs changed

	// The entity records (schema.EntityRecord literals) the batch adds to or
	// removes from readout graphs, with the graphs, by entity ID.
	entities map[string]map[string]bool
	recAdds  map[string]map[quad.Value]bool
	recDels  map[string]map[quad.Value]bool

	// The interaction graphs to recompute, and the new accounts of the
	// readouts whose account changed (nil: it has none now), by readout.
	groups   map[quad.IRI]bool
	accounts map[quad.IRI]*account

	// The content hashes to forget before writing (nil values) and to
	// record after (see skip.go), and the source stamps to record after.
	stale, sums map[quad.IRI]*[sha256.Size]byte
	sources     map[quad.IRI]string
}

func newBatch() *batch {
	return &batch{
		labels:   map[quad.IRI]bool{},
		entities: map[string]map[string]bool{},
		recAdds:  map[string]map[quad.Value]bool{},
		recDels:  map[string]map[quad.Value]bool{},
		groups:   map[quad.IRI]bool{},
		accounts: map[quad.IRI]*account{},
		stale:    map[quad.IRI]*[sha256.Size]byte{},
		sums:     map[quad.IRI]*[sha256.Size]byte{},
		sources:  map[quad.IRI]string{},
	}
}

// hash notes that the readout graph label will hold the quads whose content
// hash is sum once b is written; existed says it held quads before.
func (b *batch) hash(label quad.IRI, existed bool, sum [sha256.Size]byte) {
	if existed {
		b.stale[label] = nil
	}
	b.sums[label] = &sum
}

// written reports whether flushing b wrote anything: quads or content
// hashes.
func (b *batch) written() bool {
	return len(b.adds)+len(b.dels)+len(b.sums)+len(b.stale)+len(b.sources) > 0
}

// change adds the changes to the readout graph label to b.
func (b *batch) change(label quad.IRI, add, del []quad.Quad) {
	b.labels[label] = true
	b.adds = append(b.adds, add...)
	b.dels = append(b.dels, del...)
	b.stats.Quads += len(add)
	b.stats.Removed += len(del)
	note := func(qs []quad.Quad, m map[string]map[quad.Value]bool) {
		for _, q := range qs {
			if q.Predicate != quad.IRI(schema.EntityRecord) {
				continue
			}
			r, ok := parseEntityRecord(q.Object)
			if !ok {
				continue
			}
			lit := string(q.Object.(quad.String))
			if b.entities[r.ID] == nil {
				b.entities[r.ID] = map[string]bool{}
			}
			b.entities[r.ID][lit] = true
			if m[lit] == nil {
				m[lit] = map[quad.Value]bool{}
			}
			m[lit][label] = true
		}
	}
	note(add, b.recAdds)
	note(del, b.recDels)
}

// flush works out the changes to the graphs of the entities and
// interactions b touches, writes everything and returns b's stats.
func (s *Store) flush(ctx context.Context, b *batch) (LoadStats, error) {
	ids := make([]string, 0, len(b.entities))
	for id := range b.entities {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	labels := make([]quad.Value, len(ids))
	for i, id := range ids {
		labels[i] = quad.IRI(schema.EntityGraphIRI(id))
	}
	if err := s.prefetch(ctx, quad.Label, labels); err != nil {
		return LoadStats{}, err
	}
	for _, id := range ids {
		label := quad.IRI(schema.EntityGraphIRI(id))
		have, err := s.graphQuads(ctx, label)
		if err != nil {
			return LoadStats{}, err
		}
		// The records that may describe the entity: those its graph lists,
		// and those the batch adds or removes.
		lits := map[string]bool{} // true: the graph lists it
		for _, q := range have {
			if s, ok := q.Object.(quad.String); ok && q.Predicate == quad.IRI(schema.EntityRecord) {
				lits[string(s)] = true
			}
		}
		for lit := range b.entities[id] {
			if _, ok := lits[lit]; !ok {
				lits[lit] = false
			}
		}
		var want []quad.Quad
		for _, lit := range slices.Sorted(maps.Keys(lits)) {
			// A record the graph lists is asserted by some readout; it
			// still is unless the batch takes it out of one (then ask
			// the store: the record of a popular entity is in
			// thousands of graphs, and asking for each entity in each
			// batch grew with the store).
			live := len(b.recAdds[lit]) > 0 || lits[lit] && len(b.recDels[lit]) == 0
			if !live {
				if live, err = s.asserted(ctx, lit, b.recDels[lit]); err != nil {
					return LoadStats{}, err
				}
			}
			if r, ok := parseEntityRecord(quad.String(lit)); ok && live {
				want = append(want, r.quads()...)
			}
		}
		add, del := diffQuads(have, sortQuads(want))
		b.adds = append(b.adds, add...)
		b.dels = append(b.dels, del...)
		b.stats.Quads += len(add)
		b.stats.Removed += len(del)
	}
	if err := s.regroup(ctx, b); err != nil {
		return LoadStats{}, err
	}
	if s.pg != nil {
		return b.stats, s.pg.apply(ctx, b.adds, b.dels)
	}
	if err := s.setHashes(ctx, b.stale); err != nil {
		return LoadStats{}, err
	}
	if err := s.apply(ctx, b.adds, b.dels); err != nil {
		return LoadStats{}, err
	}
	if err := s.setHashes(ctx, b.sums); err != nil {
		return LoadStats{}, err
	}
	if err := s.setSources(ctx, b.sources); err != nil {
		return LoadStats{}, err
	}
	return b.stats, nil
}

// asserted reports whether a readout graph other than those in except holds
// the entity record lit. It reads the quads whose object is lit (the record
// names its entity, so these are few) and stops at the first.
func (s *Store) asserted(ctx context.Context, lit string, except map[quad.Value]bool) (bool, error) {
	ref, err := s.qs.ValueOf(quad.String(lit))
	if err != nil || ref == nil {
		return false, err
	}
	it := s.qs.QuadIterator(quad.Object, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return false, err
		}
		l, ok := q.Label.(quad.IRI)
		if ok && q.Predicate == quad.IRI(schema.EntityRecord) &&
			strings.HasPrefix(string(l), schema.ReadoutNS) && !except[l] {
			return true, nil
		}
	}
	return false, it.Err()
}

// apply writes adds and dels in one transaction: all of them or, on error
// or crash, none.
//
// Cayley's kv backend cannot take them in one ApplyDeltas: it loses the
// added quads of a call that also lowers the reference count of one of
// their nodes (graph/log.SplitDeltas nets the counts, and applyAddDeltas
// then finds no ID for a node whose count went down, writing the quad
// without that direction). Replacing a readout's graph always does so for
// the readout's label. So apply makes two calls, the additions first, inside
// one bolt transaction that it holds open around both ([heldKV]). If that
// transaction fails, Cayley's caches (node IDs, buffered index entries) may
// name what was rolled back, so the quad store is opened afresh over the
// same database. Other backends take both in one ApplyDeltas.
func (s *Store) apply(ctx context.Context, adds, dels []quad.Quad) error {
	deltas := make([]cgraph.Delta, 0, len(adds)+len(dels))
	for _, q := range adds {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	for _, q := range dels {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	if len(deltas) == 0 {
		return nil
	}
	if s.kv == nil {
		if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
			return err
		}
		return s.updateViewIndex(ctx, adds, dels)
	}
	err := s.kv.atomically(ctx, func() error {
		if len(adds) > 0 {
			if err := s.qs.ApplyDeltas(deltas[:len(adds)], cgraph.IgnoreOpts{}); err != nil {
				return err
			}
		}
		if len(dels) > 0 {
			if err := s.qs.ApplyDeltas(deltas[len(adds):], cgraph.IgnoreOpts{}); err != nil {
				return err
			}
		}
		return s.updateViewIndex(ctx, adds, dels)
	})
	if err != nil && !s.kv.grouped() {
		err = errors.Join(err, s.reopenCayley())
	}
	return err
}

// reopenCayley opens Cayley's quad store afresh over the bolt database,
// after a transaction was rolled back: Cayley's caches (node IDs, buffered
// index entries) may name what it wrote.
func (s *Store) reopenCayley() error {
	qs, err := ckv.New(s.kv, boltOptions)
	if err != nil {
		return err
	}
	s.qs = qs
	return nil
}

// storeTx collects a load's batches into bolt transactions of about
// Options.TxQuads quads (see [heldKV.begin]): a commit rewrites every page
// its transaction touched, and batches share pages. On other backends
// each batch commits by itself, and storeTx only passes its stats on.
type storeTx struct {
	s       *Store
	open    bool
	dirty   bool      // a batch wrote something in the open transaction
	quads   int       // quads added and removed in the open transaction
	pending LoadStats // of the batches in the open transaction
}

// beginTx opens a storeTx; the caller must end it.
func (s *Store) beginTx(ctx context.Context) (*storeTx, error) {
	tx := &storeTx{s: s}
	return tx, tx.begin(ctx)
}

func (tx *storeTx) begin(ctx context.Context) error {
	if tx.s.kv == nil {
		return nil
	}
	if err := tx.s.kv.begin(ctx); err != nil {
		return err
	}
	tx.open = true
	return nil
}

// wrote notes a batch written with stats st (dirty: it wrote something),
// and returns the stats of what that made commit: st itself on other
// backends, on bolt the batches of the transaction if it now holds TxQuads
// quads.
func (tx *storeTx) wrote(ctx context.Context, st LoadStats, dirty bool) (LoadStats, error) {
	if !tx.open {
		return st, nil
	}
	tx.dirty = tx.dirty || dirty
	tx.pending.Add(st)
	tx.quads += st.Quads + st.Removed
	if tx.quads < tx.s.opts.TxQuads {
		return LoadStats{}, nil
	}
	done, err := tx.end(ctx, true)
	if err != nil {
		return done, err
	}
	return done, tx.begin(ctx)
}

// end commits the open transaction, or rolls it back when commit is false
// or the commit fails, and returns the stats of what it committed. A
// transaction that wrote nothing (a reload of unchanged readouts) is
// closed without a commit, which would write bbolt's free list and meta
// page, and sync them on a store not being built.
func (tx *storeTx) end(ctx context.Context, commit bool) (LoadStats, error) {
	if !tx.open {
		return LoadStats{}, nil
	}
	done, dirty := tx.pending, tx.dirty
	tx.open, tx.dirty, tx.quads, tx.pending = false, false, 0, LoadStats{}
	err := tx.s.kv.end(ctx, commit && dirty)
	if err != nil || !commit {
		done = LoadStats{}
		err = errors.Join(err, tx.s.reopenCayley())
	}
	return done, err
}

// graphQuads returns the quads labelled label, read through the label
// index. (RemoveNode would also delete quads of other readouts that mention
// the node.)
func (s *Store) graphQuads(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	return s.quadsWith(ctx, quad.Label, label)
}

// quadsWith returns the valid quads whose direction d is v, read through
// the store's index on d.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	if s.pg != nil {
		return s.pg.quadsWith(ctx, d, v)
	}
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	var (
		out   []quad.Quad
		prims []*cproto.Primitive
	)
	for it.Next(ctx) {
		// Cayley's kv Quad opens a transaction and reads the four values one
		// by one; for the kv backend, collect the quads' node IDs and read
		// them in one batch instead.
		if p, ok := it.Result().(*cproto.Primitive); ok {
			if _, kv := s.qs.(*ckv.QuadStore); kv {
				prims = append(prims, p)
				continue
			}
		}
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if len(prims) > 0 {
		qs, err := s.primitiveQuads(ctx, prims)
		if err != nil {
			return nil, err
		}
		out = append(out, qs...)
	}
	// Keep only valid quads with v in d, whatever the iterator gave.
	n := 0
	for _, q := range out {
		if q.IsValid() && q.Get(d) == v {
			out[n] = q
			n++
		}
	}
	return out[:n], ctx.Err()
}

// primitiveQuads returns the quads of the kv primitives ps, reading their
// values in one batch.
func (s *Store) primitiveQuads(ctx context.Context, ps []*cproto.Primitive) ([]quad.Quad, error) {
	index := map[uint64]int{}
	var refs []cgraph.Ref
	for _, p := range ps {
		for _, d := range quad.Directions {
			if id := p.GetDirection(d); id != 0 {
				if _, ok := index[id]; !ok {
					index[id] = len(refs)
					refs = append(refs, ckv.Int64Value(id))
				}
			}
		}
	}
	vals, err := s.qs.(*ckv.QuadStore).ValuesOf(ctx, refs)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(ps))
	for _, p := range ps {
		var q quad.Quad
		for _, d := range quad.Directions {
			if id := p.GetDirection(d); id != 0 {
				q.Set(d, vals[index[id]])
			}
		}
		out = append(out, q)
	}
	return out, nil
}

// diffQuads returns the quads of want not in have (to add) and of have not
// in want (to delete). Writing only the difference keeps unchanged quads
// (and their IDs) in place, and never deletes and adds the same quad, which
// Cayley's kv backend would get wrong: it applies additions first. want
// must hold each quad once, as [Quads] and [sortQuads] return them.
func diffQuads(have, want []quad.Quad) (add, del []quad.Quad) {
	if len(have) == 0 {
		return want, nil // a new graph: the usual case of a large load
	}
	haveKeys := make([]string, len(have))
	in := make(map[string]bool, len(have))
	for i, q := range have {
		haveKeys[i] = sortKey(q)
		in[haveKeys[i]] = true
	}
	keep := make(map[string]bool, len(want))
	for _, q := range want {
		k := sortKey(q)
		keep[k] = true
		if !in[k] {
			add = append(add, q)
		}
	}
	for i, q := range have {
		if !keep[haveKeys[i]] {
			del = append(del, q)
		}
	}
	return add, del
}
