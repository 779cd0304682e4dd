package graph

// The view index: for every graph label, the quads of that graph that the
// analyst views read ([reader.view]), kept beside Cayley's indexes and
// written in the same transaction as the quads. The whole-store view
// (network, actors, claims, who) is then built from one scan of the index
// instead of a million lookups through Cayley's, which on bolt cost a
// B-tree search per quad and per value: minutes on 100,000 readouts.
//
// The index is maintained in [Store.apply], the one path every write of
// Load, Delete and LoadQuads takes, as sets: a label's entry loses the view
// quads of the removals and gains those of the additions, so it holds
// exactly the view quads of the label's graph whatever wrote them. Writes
// that bypass apply (Cayley's HTTP write API under `readout serve`, through
// [Store.Locked]) mark it stale; a stale index is not read, and the next
// load rebuilds it from the quads. Stores created before it start stale.
// PostgreSQL stores have none (other processes write them too): their views
// read the quads.

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"maps"
	"math"
	"slices"
	"strings"
	"sync/atomic"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/readout/readout/schema"
)

var (
	// viewBucket maps a graph label to the encoded view quads of its graph.
	viewBucket = []byte("readout_view")
	// nodeBucket is the node index: a key for each IRI the view quads of a
	// graph name (as subject, or as object other than a class), the IRI, a
	// NUL byte and the graph's label. It finds the graphs to read for the
	// views of one entity ([lazyFacts]). The value is what the IRI held an
	// office of in the graph (see [graphAffiliations]), so that a holder's
	// affiliations across the store are read without reading the graphs.
	nodeBucket = []byte("readout_view_node")
	// xrefBucket has a key for each readout whose nodes (the readout, or
	// its events, roles, claims: the IRIs under it) the view quads of a
	// graph other than the readout's own name: the readout's IRI, a NUL
	// byte and that graph's label: the graphs of the readout's
	// interactions (which link its events to them), and any graph a raw
	// write makes so. The graphs naming a readout's nodes are found with a
	// lookup for its own graph and a short scan here, not a scan of the
	// node index over all its nodes ([lazyFacts.scanUnder]).
	xrefBucket = []byte("readout_view_xref")
	// viewStateKey is viewComplete while the index holds every graph's
	// view quads; missing (stale) otherwise.
	viewStateKey = hkv.Key{[]byte("readout_meta"), []byte("view")}
)

// viewComplete is the state of a complete index; it names the index's
// format, so that an index of another format counts as stale and the next
// load rebuilds it.
const viewComplete = "complete v8: view quads with shared texts, then claim quads, node index with affiliations, readout cross-references, claim rows, holders by office, odd graphs"

// viewPredicates are the predicates the index keeps, each with a byte code
// (its position), and viewClasses the classes whose rdf:type quads it
// keeps: what [reader.view] reads, then what [reader.claims] reads of the
// claims (claimPredicates and claimClass). The whole-store views skip the
// claims' quads ([isClaimQuad]); claims --by reads them graph by graph.
var (
	viewPredicates = []string{
		schema.RDFType, schema.DCTitle, schema.DCSource, schema.DCPublisher, schema.DCIssued,
		schema.MainEvent, schema.SchemaStartDate, schema.EventTypeTerm, schema.Participant,
		schema.Interaction, schema.Of, schema.RoleTitle, schema.Office, schema.Role, schema.SchemaName,
		// claimPredicates
		schema.Speaker, schema.Verb, schema.Text, schema.About, schema.InEvent, schema.Start,
		schema.End, schema.CAMEO, schema.PLOVER, schema.Modality, schema.InSentence,
	}
	claimPredicates = viewPredicates[slices.Index(viewPredicates, schema.Speaker):]
	viewClasses     = []string{
		schema.Readout, schema.InteractionClass, schema.RoleClass, schema.SchemaPerson,
		schema.SchemaCountry, schema.SchemaOrganization, schema.SchemaPlace, schema.SchemaEvent,
		claimClass,
	}
	claimClass = schema.ClaimClass
)

// isClaimQuad reports whether q, a quad of the index, is one only claims
// read.
func isClaimQuad(q quad.Quad) bool {
	p := string(q.Predicate.(quad.IRI))
	return slices.Contains(claimPredicates, p) || p == schema.RDFType && q.Object == quad.Value(quad.IRI(claimClass))
}

// isViewQuad reports whether the index keeps q: the views or claims read
// it.
func isViewQuad(q quad.Quad) bool {
	p, ok := q.Predicate.(quad.IRI)
	if !ok || !slices.Contains(viewPredicates, string(p)) {
		return false
	}
	if p == quad.IRI(schema.RDFType) {
		c, ok := q.Object.(quad.IRI)
		return ok && slices.Contains(viewClasses, string(c))
	}
	return true
}

// viewIndex is where a Store keeps its view index: the bolt file (kv) or,
// for the memory store, a map.
type viewIndex struct {
	kv       hkv.KV
	mem      map[string][]quad.Quad
	memStale bool
	nodes    map[quad.IRI]map[string]string // the memory store's node index: node, label, value
	gen      uint64                         // the memory store's generation (netcache.go)
	net      *network
	netGen   uint64
	// netUpdates counts the precomputed networks brought up to date from
	// the record of changes (netdelta.go), for tests.
	netUpdates atomic.Int64
}

// labelKey returns the index key of a quad's label: an IRI as it is, a
// blank node as _:name; false for other labels and the default graph,
// which only raw writes make (bolt takes no empty key, and [labelValue]
// would make the IRI <> of one).
func labelKey(l quad.Value) (string, bool) {
	switch l := l.(type) {
	case quad.IRI:
		return string(l), !strings.HasPrefix(string(l), "_:")
	case quad.BNode:
		return "_:" + string(l), true
	}
	return "", false
}

// errNotIndexable means a view quad holds a value the index cannot encode.
var errNotIndexable = errors.New("value the view index cannot encode")

// updateViewIndex applies adds and dels to the view index, inside the
// caller's transaction on bolt. A value the index cannot encode (only raw
// writes make them) marks it stale instead.
func (s *Store) updateViewIndex(ctx context.Context, adds, dels []quad.Quad) error {
	if s.pg != nil {
		return nil // no index: see the top of this file
	}
	touched := map[string][2][]quad.Quad{}
	for i, qs := range [][]quad.Quad{dels, adds} {
		for _, q := range qs {
			if isViewQuad(q) {
				k, ok := labelKey(q.Label)
				if !ok {
					return s.markViewIndex(ctx, false)
				}
				e := touched[k]
				e[i] = append(e[i], q)
				touched[k] = e
			}
		}
	}
	if len(touched) == 0 {
		return nil
	}
	if s.views.kv == nil {
		s.views.gen++
		if s.views.memStale {
			return nil
		}
		if s.views.mem == nil {
			s.views.mem = map[string][]quad.Quad{}
		}
		for k, e := range touched {
			old := s.views.mem[k]
			qs := mergeViewQuads(old, e[0], e[1])
			if len(qs) > 0 {
				s.views.mem[k] = qs
			} else {
				delete(s.views.mem, k)
			}
			s.views.setNodes(k, old, qs)
		}
		return nil
	}
	return hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		if err := s.bumpGeneration(ctx, tx); err != nil {
			return err
		}
		record, err := netDirtyRecorder(ctx, tx)
		if err != nil {
			return err
		}
		err = writeViewEntries(ctx, tx, touched, record)
		if errors.Is(err, errNotIndexable) {
			return tx.Del(ctx, viewStateKey)
		}
		return err
	})
}

// writeViewEntries applies changes (for each label, the view quads its
// graph lost and gained) to the index entries and node index in tx, and
// calls record, unless nil, with each graph's view quads before and after.
// It stops at errNotIndexable.
func writeViewEntries(ctx context.Context, tx hkv.Tx, changes map[string][2][]quad.Quad, record func(label string, old, qs []quad.Quad) error) error {
	for _, k := range slices.Sorted(maps.Keys(changes)) {
		key := hkv.Key{viewBucket, []byte(k)}
		old, err := viewEntry(ctx, tx, k)
		if err != nil {
			return err
		}
		qs := mergeViewQuads(old, changes[k][0], changes[k][1])
		if err := putNodes(ctx, tx, k, old, qs); err != nil {
			return err
		}
		if err := putClaimIndex(ctx, tx, k, old, qs); err != nil {
			return err
		}
		if record != nil {
			if err := record(k, old, qs); err != nil {
				return err
			}
		}
		if len(qs) == 0 {
			if err := tx.Del(ctx, key); err != nil && !errors.Is(err, hkv.ErrNotFound) {
				return err
			}
			continue
		}
		data, err := encodeViewQuads(qs)
		if err != nil {
			return err
		}
		if err := tx.Put(ctx, key, data); err != nil {
			return err
		}
	}
	return nil
}

// mergeViewQuads returns the set old without dels and with adds, sorted.
func mergeViewQuads(old, dels, adds []quad.Quad) []quad.Quad {
	set := make(map[quad.Quad]bool, len(old)+len(adds))
	for _, q := range old {
		set[q] = true
	}
	for _, q := range dels {
		delete(set, q)
	}
	for _, q := range adds {
		set[q] = true
	}
	return sortQuads(slices.Collect(maps.Keys(set)))
}

// viewIndexComplete reports whether the index holds every graph's view
// quads.
func (s *Store) viewIndexComplete(ctx context.Context) (bool, error) {
	if s.pg != nil {
		return false, nil
	}
	if s.views.kv == nil {
		return !s.views.memStale, nil
	}
	var ok bool
	err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, viewStateKey)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		ok = err == nil && string(v) == viewComplete
		return err
	})
	return ok, err
}

// markViewIndex records whether the index is complete.
func (s *Store) markViewIndex(ctx context.Context, complete bool) error {
	if s.pg != nil {
		return nil
	}
	if s.views.kv == nil {
		s.views.memStale = !complete
		s.views.gen++
		return nil
	}
	return hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		if err := s.bumpGeneration(ctx, tx); err != nil {
			return err
		}
		if !complete {
			err := tx.Del(ctx, viewStateKey)
			if errors.Is(err, hkv.ErrNotFound) {
				return nil
			}
			return err
		}
		return tx.Put(ctx, viewStateKey, []byte(viewComplete))
	})
}

// rebuildViewChunk is how many view quads rebuildViewIndex reads and
// writes per transaction (a variable for tests).
var rebuildViewChunk = 200000

// errStale stops a rebuild that meets a quad the index cannot hold; the
// index stays stale.
var errStale = errors.New("the view index cannot hold the store's quads")

// rebuildViewIndex replaces the index with the view quads of every quad in
// the store and marks it complete. On bolt it reads the quads and writes
// the index in transactions of about rebuildViewChunk view quads, so that
// neither it nor bolt holds the whole index in memory (on 100,000 readouts
// it is 2 GB, and one transaction for it peaked at 14 GB of RSS); the index
// is marked stale first and complete last, so a crash halfway leaves it
// stale, to be rebuilt again. The caller holds s.mu for writing.
func (s *Store) rebuildViewIndex(ctx context.Context) error {
	if s.pg != nil {
		return nil
	}
	if s.views.kv == nil {
		qs, err := s.allViewQuads(ctx)
		if err != nil {
			return err
		}
		byLabel := map[string][]quad.Quad{}
		for _, q := range qs {
			k, ok := labelKey(q.Label)
			if !ok {
				return s.markViewIndex(ctx, false)
			}
			byLabel[k] = append(byLabel[k], q)
		}
		s.views.mem = byLabel
		s.views.nodes = nil
		for k, qs := range byLabel {
			s.views.setNodes(k, nil, qs)
		}
		s.views.memStale = false
		s.views.gen++
		return nil
	}
	if err := s.markViewIndex(ctx, false); err != nil {
		return err
	}
	// The changes the rebuild makes are not recorded: the next Precompute
	// computes the network from the whole view.
	err := hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error { return dropNetwork(ctx, tx) })
	if err != nil {
		return err
	}
	if err := s.clearViewIndex(ctx); err != nil {
		return err
	}
	err = s.eachViewQuads(ctx, rebuildViewChunk, func(qs []quad.Quad) error {
		byLabel := map[string][2][]quad.Quad{}
		for _, q := range qs {
			k, ok := labelKey(q.Label)
			if !ok {
				return errStale
			}
			e := byLabel[k]
			e[1] = append(e[1], q)
			byLabel[k] = e
		}
		// A graph written in several batches (an entity's, an
		// interaction's) has view quads in several chunks: each adds to
		// its entry.
		return hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
			err := writeViewEntries(ctx, tx, byLabel, nil)
			if errors.Is(err, errNotIndexable) {
				return errStale
			}
			return err
		})
	})
	if errors.Is(err, errStale) {
		return nil // marked stale above
	} else if err != nil {
		return err
	}
	return s.markViewIndex(ctx, true)
}

// viewIndexBuckets are the buckets of the view index.
var viewIndexBuckets = [][]byte{viewBucket, nodeBucket, xrefBucket, netDirtyBucket, claimRowsBucket, heldBucket, oddBucket}

// clearViewIndex empties the view index's buckets, each in a transaction
// of its own.
func (s *Store) clearViewIndex(ctx context.Context) error {
	if b, ok := s.kv.KV.(*boltKV); ok {
		for _, bucket := range viewIndexBuckets {
			if err := b.dropBucket(bucket); err != nil {
				return err
			}
		}
		return nil
	}
	return hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		for _, bucket := range viewIndexBuckets {
			if err := clearBucket(ctx, tx, bucket); err != nil {
				return err
			}
		}
		return nil
	})
}

// clearBucket deletes every key of bucket in tx.
func clearBucket(ctx context.Context, tx hkv.Tx, bucket []byte) error {
	var old [][]byte
	err := hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
		old = append(old, slices.Clone(k[len(k)-1]))
		return nil
	}, hopts.WithPrefixKV(inBucket(bucket)))
	if err != nil {
		return err
	}
	for _, k := range old {
		if err := tx.Del(ctx, hkv.Key{bucket, k}); err != nil {
			return err
		}
	}
	return nil
}

// viewFacts is the view index read into memory: for each view predicate,
// the objects of each subject, and for the predicates the views follow
// backwards (rdf:type from a class, ro:interaction and ro:role) the
// subjects of each object. Nodes are numbered, and each node's values kept
// in one list with their predicate's position: a quad costs one lookup of
// each node it adds to, not a hash of the predicate and of each node per
// map (which had been most of the time of reading a busy person's claims).
type viewFacts struct {
	ids    map[string]int32 // node numbers, by [factKey]
	nodes  []nodeFacts      // by node number
	rev    []bool           // by predicate position: kept backwards
	sorted bool             // each node's values sorted by key, then as [compareValues], without repeats
}

// nodeFacts are a node's values, vals[i] with key keys[i]: the position of
// its predicate in viewPredicates, plus revKey for a subject of a quad into
// the node.
type nodeFacts struct {
	keys []uint8
	vals []quad.Value
}

const revKey = 0x80

// factKey returns the key of v in viewFacts.ids: an IRI as it is, other
// values (which no IRI of the index starts with) after a NUL byte.
func factKey(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return "\x00" + v.String()
}

// scanReleaseBytes is how many bytes a scan of a whole bucket reads
// between two calls of [Store.releasePages].
const scanReleaseBytes = 64 << 20

// releasePages takes the pages of the bolt file out of the process's
// resident set (see [releaseFilePages]); it does nothing on other stores.
func (s *Store) releasePages() {
	if s.kv != nil {
		if db, ok := s.kv.KV.(*boltKV); ok {
			releaseFilePages(db.db.Info().Data)
		}
	}
}

// readViewFacts reads the whole view index, or returns nil if it is not
// complete.
func (s *Store) readViewFacts(ctx context.Context) (*viewFacts, error) {
	if ok, err := s.viewIndexComplete(ctx); err != nil || !ok {
		return nil, err
	}
	f := newViewFacts(schema.RDFType, schema.Interaction, schema.Role)
	d := newViewDecoder()
	d.skipClaims = true
	if s.views.kv == nil {
		for _, qs := range s.views.mem {
			for _, q := range qs {
				if d.wants(q) {
					f.add(q)
				}
			}
		}
	} else {
		// The whole index is hundreds of MB on a large store: let go of
		// its pages as the scan passes them, or they count in the
		// process's memory until it ends.
		read := 0
		err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
			return hkv.Each(ctx, tx, func(k hkv.Key, v hkv.Value) error {
				if read += len(k[len(k)-1]) + len(v); read >= scanReleaseBytes {
					read = 0
					s.releasePages()
				}
				return d.each(v, f.add)
			}, hopts.WithPrefixKV(inBucket(viewBucket)))
		})
		s.releasePages()
		if err != nil {
			return nil, err
		}
	}
	for i := range f.nodes {
		f.nodes[i].sort()
	}
	f.sorted = true
	return f, ctx.Err()
}

// newViewFacts returns empty facts for every view predicate, kept
// backwards too for the predicates rev names.
func newViewFacts(rev ...string) *viewFacts {
	f := &viewFacts{ids: map[string]int32{}, rev: make([]bool, len(viewPredicates))}
	for _, p := range rev {
		f.rev[slices.Index(viewPredicates, p)] = true
	}
	return f
}

// node returns v's facts, numbering v if it has none.
func (f *viewFacts) node(v quad.Value) *nodeFacts {
	k := factKey(v)
	n, ok := f.ids[k]
	if !ok {
		n = int32(len(f.nodes))
		f.ids[k] = n
		f.nodes = append(f.nodes, nodeFacts{})
	}
	return &f.nodes[n]
}

// add adds q, a view quad, to the facts.
func (f *viewFacts) add(q quad.Quad) {
	p := predicateIndex(q.Predicate)
	s := f.node(q.Subject)
	s.keys, s.vals = append(s.keys, uint8(p)), append(s.vals, q.Object)
	if f.rev[p] {
		o := f.node(q.Object)
		o.keys, o.vals = append(o.keys, uint8(p)|revKey), append(o.vals, q.Subject)
	}
}

// sort sorts n's values by key, then as [compareValues] (as
// [sortedDistinct] does), and drops repeats.
func (n *nodeFacts) sort() {
	type kv struct {
		k uint8
		v quad.Value
	}
	all := make([]kv, len(n.keys))
	for i := range all {
		all[i] = kv{n.keys[i], n.vals[i]}
	}
	slices.SortFunc(all, func(a, b kv) int { return cmp.Or(cmp.Compare(a.k, b.k), compareDistinct(a.v, b.v)) })
	all = slices.CompactFunc(all, func(a, b kv) bool { return a.k == b.k && a.v == b.v })
	n.keys, n.vals = n.keys[:len(all)], n.vals[:len(all)]
	for i, e := range all {
		n.keys[i], n.vals[i] = e.k, e.v
	}
}

// predicateIndex returns the position of p, a view predicate, in
// viewPredicates.
func predicateIndex(p quad.Value) int {
	for i, vp := range viewPredicateValues {
		if vp == p {
			return i
		}
	}
	panic(fmt.Sprintf("graph: %v is not a view predicate", p))
}

// viewPredicateValues are viewPredicates as values.
var viewPredicateValues = func() []quad.Value {
	out := make([]quad.Value, len(viewPredicates))
	for i, p := range viewPredicates {
		out[i] = quad.IRI(p)
	}
	return out
}()

// pairs answers [reader.pairs] from the facts: the values of each of
// nodes for pred (with rev, backwards), sorted and without repeats.
func (f *viewFacts) pairs(nodes []quad.IRI, pred string, rev bool) (map[quad.Value][]quad.Value, error) {
	p := slices.Index(viewPredicates, pred)
	if p < 0 || rev && !f.rev[p] {
		return nil, fmt.Errorf("the view index does not hold %s quads (rev %v)", pred, rev)
	}
	k := uint8(p)
	if rev {
		k |= revKey
	}
	out := map[quad.Value][]quad.Value{}
	for _, n := range nodes {
		id, ok := f.ids[string(n)]
		if !ok {
			continue
		}
		nf := &f.nodes[id]
		if f.sorted {
			i, _ := slices.BinarySearch(nf.keys, k)
			j := i
			for j < len(nf.keys) && nf.keys[j] == k {
				j++
			}
			if j > i {
				out[n] = nf.vals[i:j:j]
			}
			continue
		}
		var vs []quad.Value
		for i, nk := range nf.keys {
			if nk == k {
				vs = append(vs, nf.vals[i])
			}
		}
		if len(vs) > 0 {
			out[n] = sortedDistinct(vs)
		}
	}
	return out, nil
}

// The encoding of a label's view quads: the length in bytes (a uvarint) of
// the quads other than the claims', those quads, then the claims' quads
// ([isClaimQuad]), so that the views that skip the claims read only the
// first part (a readout's claims, with their sentences, are most of its
// bytes). Each quad is its predicate's index in viewPredicates (one byte),
// then its subject and object, each a kind byte and its text (a typed
// string adds its type, a language string its language).
//
// A text is a uvarint tag. An odd tag 2i+1 is the entry's i-th text again,
// counting the distinct texts in the order written; an even tag 2p is a new
// text, which begins with the first p bytes of the new text before it and
// goes on with a uvarint length and that many bytes. The quads of a graph
// repeat a few IRIs many times and share long prefixes (a readout's events,
// roles and claims are IRIs under its own): on generated readouts, entries
// are 3.4 times smaller than with each text in full, and the view bucket is
// the largest that readout adds to Cayley's. The label is the key.
const (
	kindIRI   = 'i'
	kindBNode = 'b'
	kindStr   = 's'
	kindTyped = 't'
	kindLang  = 'l'
)

// viewEncoder encodes the quads of one entry.
type viewEncoder struct {
	b     []byte
	texts map[string]int // the index of each text written
	prev  string         // the last new text
}

func encodeViewQuads(qs []quad.Quad) ([]byte, error) {
	// the quads are written after room for the first part's length, which
	// is put right before them at the end
	e := viewEncoder{b: make([]byte, binary.MaxVarintLen64, binary.MaxVarintLen64+64*len(qs)), texts: make(map[string]int, 2*len(qs))}
	claims := make([]bool, len(qs))
	for i, q := range qs {
		claims[i] = isClaimQuad(q)
	}
	var n int // the length of the first part
	for part := range 2 {
		for i, q := range qs {
			if claims[i] != (part == 1) {
				continue
			}
			if err := e.quad(q); err != nil {
				return nil, err
			}
		}
		if part == 0 {
			n = len(e.b) - binary.MaxVarintLen64
		}
	}
	var head [binary.MaxVarintLen64]byte
	w := binary.PutUvarint(head[:], uint64(n))
	start := binary.MaxVarintLen64 - w
	copy(e.b[start:], head[:w])
	return e.b[start:], nil
}

// quad appends the encoding of q, a view quad.
func (e *viewEncoder) quad(q quad.Quad) error {
	e.b = append(e.b, byte(slices.Index(viewPredicates, string(q.Predicate.(quad.IRI)))))
	if err := e.value(q.Subject); err != nil {
		return err
	}
	return e.value(q.Object)
}

func (e *viewEncoder) value(v quad.Value) error {
	switch v := v.(type) {
	case quad.IRI:
		e.b = append(e.b, kindIRI)
		e.text(string(v))
	case quad.BNode:
		e.b = append(e.b, kindBNode)
		e.text(string(v))
	case quad.String:
		e.b = append(e.b, kindStr)
		e.text(string(v))
	case quad.TypedString:
		e.b = append(e.b, kindTyped)
		e.text(string(v.Value))
		e.text(string(v.Type))
	case quad.LangString:
		e.b = append(e.b, kindLang)
		e.text(string(v.Value))
		e.text(v.Lang)
	default:
		return fmt.Errorf("%w: %T", errNotIndexable, v)
	}
	return nil
}

func (e *viewEncoder) text(s string) {
	if i, ok := e.texts[s]; ok {
		e.b = binary.AppendUvarint(e.b, uint64(2*i+1))
		return
	}
	e.texts[s] = len(e.texts)
	p := 0
	for p < len(s) && p < len(e.prev) && s[p] == e.prev[p] {
		p++
	}
	e.b = binary.AppendUvarint(e.b, uint64(2*p))
	e.b = binary.AppendUvarint(e.b, uint64(len(s)-p))
	e.b = append(e.b, s[p:]...)
	e.prev = s
}

// viewDecoder decodes encoded view quads, sharing one value for each
// distinct IRI (entities, classes and readouts recur across labels).
type viewDecoder struct {
	iris map[string]quad.Value
	// skipClaims leaves out the claims' quads ([isClaimQuad]) without
	// reading them.
	skipClaims bool

	texts [][]byte // the texts of the entry being decoded, in order
	buf   []byte   // where texts that share a prefix are built
}

// wants reports whether d passes q on (for quads held decoded, as the
// memory store's index holds them).
func (d *viewDecoder) wants(q quad.Quad) bool { return !d.skipClaims || !isClaimQuad(q) }

func newViewDecoder() *viewDecoder {
	return &viewDecoder{iris: map[string]quad.Value{}}
}

var errViewIndex = errors.New("corrupt view index entry")

// each calls fn with each quad of data, labelless (the views ignore labels).
func (d *viewDecoder) each(data []byte, fn func(quad.Quad)) error {
	// The texts of the entry before are no longer needed: the values
	// passed on hold copies (strings), and d.iris its IRIs.
	d.texts, d.buf = d.texts[:0], d.buf[:0]
	// a bound on the texts built, which a corrupt entry repeating a long
	// prefix could make far larger than itself
	limit := 64*len(data) + 1<<16
	var prev []byte
	text := func() ([]byte, bool) {
		tag, w := binary.Uvarint(data)
		if w <= 0 {
			return nil, false
		}
		data = data[w:]
		if tag&1 == 1 {
			if tag/2 >= uint64(len(d.texts)) {
				return nil, false
			}
			return d.texts[tag/2], true
		}
		p := tag / 2
		n, w := binary.Uvarint(data)
		if w <= 0 || p > uint64(len(prev)) || uint64(len(data)-w) < n {
			return nil, false
		}
		suffix := data[w : w+int(n)]
		data = data[w+int(n):]
		t := suffix
		if p > 0 {
			if len(d.buf)+int(p)+len(suffix) > limit {
				return nil, false
			}
			start := len(d.buf)
			d.buf = append(append(d.buf, prev[:p]...), suffix...)
			t = d.buf[start:len(d.buf):len(d.buf)]
		}
		d.texts = append(d.texts, t)
		prev = t
		return t, true
	}
	str := func() (string, bool) {
		b, ok := text()
		return string(b), ok
	}
	val := func() (quad.Value, bool) {
		if len(data) == 0 {
			return nil, false
		}
		k := data[0]
		data = data[1:]
		if k == kindIRI {
			b, ok := text()
			if v, found := d.iris[string(b)]; found || !ok {
				return v, ok // no copy of an IRI seen before
			}
			return d.iri(string(b)), true
		}
		s, ok := str()
		if !ok {
			return nil, false
		}
		switch k {
		case kindBNode:
			return quad.BNode(s), true
		case kindStr:
			return quad.String(s), true
		case kindTyped:
			t, ok := str()
			return quad.TypedString{Value: quad.String(s), Type: quad.IRI(t)}, ok
		case kindLang:
			l, ok := str()
			return quad.LangString{Value: quad.String(s), Lang: l}, ok
		}
		return nil, false
	}
	n, w := binary.Uvarint(data)
	if w <= 0 || uint64(len(data)-w) < n {
		return errViewIndex
	}
	data = data[w:]
	if d.skipClaims {
		data = data[:n] // the claims' quads follow
	}
	for len(data) > 0 {
		p := int(data[0])
		data = data[1:]
		if p >= len(viewPredicates) {
			return errViewIndex
		}
		sub, ok1 := val()
		obj, ok2 := val()
		if !ok1 || !ok2 {
			return errViewIndex
		}
		fn(quad.Quad{Subject: sub, Predicate: d.iri(viewPredicates[p]), Object: obj})
	}
	return nil
}

// iri returns the IRI s, one value for each distinct s.
func (d *viewDecoder) iri(s string) quad.Value {
	v, ok := d.iris[s]
	if !ok {
		v = quad.IRI(s)
		d.iris[s] = v
	}
	return v
}

// decodeViewQuads decodes the view quads of the graph labelled key.
func decodeViewQuads(key string, data []byte) ([]quad.Quad, error) {
	var label quad.Value
	if key != "" {
		label = labelValue(key)
	}
	var out []quad.Quad
	err := newViewDecoder().each(data, func(q quad.Quad) {
		q.Label = label
		out = append(out, q)
	})
	return out, err
}

// labelValue returns the label whose [labelKey] is k: an IRI, or a blank
// node written _:x.
func labelValue(k string) quad.Value {
	if b, ok := strings.CutPrefix(k, "_:"); ok {
		return quad.BNode(b)
	}
	return quad.IRI(k)
}

// checkViewIndex compares a complete view index with the view quads of the
// store's graphs and returns a problem for each graph where they differ. It
// streams both sides, keeping an order-independent digest of each graph's
// view quads and node index keys (memory grows with the number of graphs,
// not of quads), and reads a graph's quads whole only to describe a
// difference.
func (s *Store) checkViewIndex(ctx context.Context) ([]Problem, error) {
	if ok, err := s.viewIndexComplete(ctx); err != nil || !ok {
		return nil, err
	}
	seed := maphash.MakeSeed()
	digest := func(q quad.Quad) setDigest {
		q.Label = nil
		k := sortKey(q)
		return setDigest{maphash.String(seed, k), maphash.String(seed, k+"\x00"), 1}
	}
	nodeDigest := func(n quad.IRI, aff string) setDigest {
		k := string(n) + "\x00" + aff
		return setDigest{maphash.String(seed, k), maphash.String(seed, k+"\x00"), 1}
	}
	want, have := map[string]setDigest{}, map[string]setDigest{}
	var problems []Problem
	err := s.eachViewQuads(ctx, rebuildViewChunk, func(qs []quad.Quad) error {
		for _, q := range qs {
			k, _ := labelKey(q.Label)
			want[k] = want[k].add(digest(q))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The node index entries the index's graphs call for, and those it has.
	wantNodes, haveNodes := map[string]setDigest{}, map[string]setDigest{}
	wantX, haveX := map[string]bool{}, map[string]bool{} // xrefBucket's keys
	// The claim rows and holders index (bolt only), by graph.
	wantRows, haveRows := map[string]uint64{}, map[string]uint64{}
	wantHeld, haveHeld := map[string]setDigest{}, map[string]setDigest{}
	wantOdd, haveOdd := map[string]bool{}, map[string]bool{}
	var rowsErr error
	entry := func(k string, qs []quad.Quad) {
		if s.views.kv != nil {
			data, err := claimRowsData(ctx, k, qs)
			if err != nil {
				rowsErr = err
			} else if data != nil {
				wantRows[k] = maphash.Bytes(seed, data)
			}
			if oddGraph(k, qs) {
				wantOdd[k] = true
			}
		}
		for _, q := range qs {
			have[k] = have[k].add(digest(q))
		}
		nodes := viewNodes(qs)
		for n, aff := range nodes {
			wantNodes[k] = wantNodes[k].add(nodeDigest(n, aff))
		}
		maps.Copy(wantX, xrefKeys(k, nodes))
		if s.views.kv != nil {
			for hk := range heldKeys(k, nodes) {
				wantHeld[k] = wantHeld[k].add(nodeDigest(quad.IRI(hk), ""))
			}
		}
	}
	if s.views.kv == nil {
		for k, qs := range s.views.mem {
			entry(k, qs)
		}
		for n, labels := range s.views.nodes {
			for k, aff := range labels {
				haveNodes[k] = haveNodes[k].add(nodeDigest(n, aff))
			}
		}
	} else {
		err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
			scans := []struct {
				bucket []byte
				fn     func(key string, v hkv.Value) error
			}{
				{viewBucket, func(key string, v hkv.Value) error {
					qs, err := decodeViewQuads(key, v)
					if err != nil {
						return fmt.Errorf("view index entry %q: %w", key, err)
					}
					entry(key, qs)
					return nil
				}},
				{nodeBucket, func(key string, v hkv.Value) error {
					n, label, ok := strings.Cut(key, "\x00")
					if !ok {
						label = "\x00" // a key no graph has: a difference
					}
					haveNodes[label] = haveNodes[label].add(nodeDigest(quad.IRI(n), string(v)))
					return nil
				}},
				{xrefBucket, func(key string, _ hkv.Value) error { haveX[key] = true; return nil }},
				{claimRowsBucket, func(key string, v hkv.Value) error { haveRows[key] = maphash.Bytes(seed, v); return nil }},
				{oddBucket, func(key string, _ hkv.Value) error { haveOdd[key] = true; return nil }},
				{heldBucket, func(key string, _ hkv.Value) error {
					label := "\x00" // a key no graph has: a difference
					if i := strings.LastIndexByte(key, 0); i >= 0 {
						label = key[i+1:]
					}
					haveHeld[label] = haveHeld[label].add(nodeDigest(quad.IRI(key), ""))
					return nil
				}},
			}
			for _, sc := range scans {
				err := hkv.Each(ctx, tx, func(k hkv.Key, v hkv.Value) error {
					return sc.fn(string(k[len(k)-1]), v)
				}, hopts.WithPrefixKV(inBucket(sc.bucket)))
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil {
			err = rowsErr
		}
		if err != nil {
			return nil, err
		}
		if !maps.Equal(wantX, haveX) {
			problems = append(problems, Problem{Readout: string(xrefBucket), Msg: "the readout cross-references of the view index differ from the graphs"})
		}
	}
	var differ []string // graphs whose index entries differ
	for _, k := range slices.Sorted(maps.Keys(joinKeys(want, have))) {
		if want[k] != have[k] {
			differ = append(differ, k)
		}
	}
	// The node index, where the entries are right (where they are not,
	// that is the problem to report).
	for k := range joinKeys(wantNodes, haveNodes) {
		if wantNodes[k] != haveNodes[k] && !slices.Contains(differ, k) {
			problems = append(problems, Problem{Readout: string(nodeBucket), Msg: "the node index of the view index differs from the graphs"})
			break
		}
	}
	// The claim rows, holders index and odd graphs, where the entries are
	// right.
	if !maps.Equal(wantOdd, haveOdd) {
		problems = append(problems, Problem{Readout: string(oddBucket), Msg: "the odd graphs of the view index differ from the graphs"})
	}
	for k := range joinKeys(wantRows, haveRows) {
		if wantRows[k] != haveRows[k] && !slices.Contains(differ, k) {
			problems = append(problems, Problem{Readout: string(claimRowsBucket), Msg: "the claim rows of the view index differ from the graphs"})
			break
		}
	}
	for k := range joinKeys(wantHeld, haveHeld) {
		if wantHeld[k] != haveHeld[k] && !slices.Contains(differ, k) {
			problems = append(problems, Problem{Readout: string(heldBucket), Msg: "the holders index of the view index differs from the graphs"})
			break
		}
	}
	// The precomputed network, when current, is the one the view gives.
	if n, err := s.cachedNetwork(ctx); err != nil {
		problems = append(problems, Problem{Readout: string(netKey[1]), Msg: err.Error()})
	} else if n != nil {
		v, err := s.wholeView(ctx)
		if err != nil {
			return nil, err
		}
		if !n.sameContributions(networkOf(v)) {
			problems = append(problems, Problem{Readout: string(netKey[1]), Msg: "the precomputed network differs from the one the view gives"})
		}
	}
	if len(differ) == 0 {
		return problems, nil
	}
	// The graphs that differ, read again whole to say how.
	wantQs := map[string][]quad.Quad{}
	err = s.eachViewQuads(ctx, rebuildViewChunk, func(qs []quad.Quad) error {
		for _, q := range qs {
			if k, _ := labelKey(q.Label); slices.Contains(differ, k) {
				wantQs[k] = append(wantQs[k], q)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, k := range differ {
		haveQs, err := s.viewIndexEntry(ctx, k)
		if err != nil {
			return nil, err
		}
		add, del := diffQuads(sortQuads(haveQs), sortQuads(wantQs[k]))
		problems = append(problems, Problem{Readout: k,
			Msg: fmt.Sprintf("the view index lacks %d of the graph's view quads and holds %d it does not have", len(add), len(del))})
	}
	return problems, nil
}

// setDigest is an order-independent digest of a set: the sums of two
// hashes of its members, and their number.
type setDigest struct{ a, b, n uint64 }

func (d setDigest) add(e setDigest) setDigest { return setDigest{d.a + e.a, d.b + e.b, d.n + e.n} }

// viewIndexEntry returns the view quads the index holds for the graph
// labelled k.
func (s *Store) viewIndexEntry(ctx context.Context, k string) ([]quad.Quad, error) {
	if s.views.kv == nil {
		return s.views.mem[k], nil
	}
	var out []quad.Quad
	err := hkv.View(ctx, s.views.kv, func(tx hkv.Tx) (err error) {
		out, err = viewEntry(ctx, tx, k)
		return err
	})
	return out, err
}

// viewEntry returns the view quads the index entry of the graph labelled k
// holds in tx (none if it has no entry).
func viewEntry(ctx context.Context, tx hkv.Tx, k string) ([]quad.Quad, error) {
	data, err := tx.Get(ctx, hkv.Key{viewBucket, []byte(k)})
	if errors.Is(err, hkv.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	return decodeViewQuads(k, data)
}

// joinKeys returns the union of the keys of a and b.
func joinKeys[V any](a, b map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// allViewQuads returns the view quads of the store.
func (s *Store) allViewQuads(ctx context.Context) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachViewQuads(ctx, 0, func(qs []quad.Quad) error {
		out = append(out, qs...)
		return nil
	})
	return out, err
}

// eachViewQuads calls fn with the view quads of the store, about n at a
// time (0: all at once). On bolt it reads Cayley's quad log in order, in a
// read transaction per call that is closed before fn runs (fn may write),
// and looks up the values of the view quads alone (a fifth of the quads),
// rather than holding every quad of the store in memory.
func (s *Store) eachViewQuads(ctx context.Context, n int, fn func([]quad.Quad) error) error {
	views := func(qs []quad.Quad) error {
		return fn(slices.DeleteFunc(qs, func(q quad.Quad) bool { return !isViewQuad(q) }))
	}
	kvs, bdb := s.boltLog()
	if bdb == nil {
		qs, err := s.allQuads(ctx)
		if err != nil {
			return err
		}
		return views(qs)
	}
	id := func(v string) (uint64, error) {
		ref, err := kvs.ValueOf(quad.IRI(v))
		if err != nil || ref == nil {
			return 0, err
		}
		return uint64(ref.(ckv.Int64Value)), nil
	}
	preds, classes := map[uint64]bool{}, map[uint64]bool{}
	var typeID uint64
	for _, p := range viewPredicates {
		x, err := id(p)
		if err != nil {
			return err
		}
		if x != 0 {
			preds[x] = true
		}
		if p == schema.RDFType {
			typeID = x
		}
	}
	for _, c := range viewClasses {
		x, err := id(c)
		if err != nil {
			return err
		}
		if x != 0 {
			classes[x] = true
		}
	}
	return s.eachLogQuads(ctx, bdb, n, func(p *cproto.Primitive) bool {
		pid := p.GetDirection(quad.Predicate)
		return preds[pid] && (pid != typeID || classes[p.GetDirection(quad.Object)])
	}, views)
}

// boltLog returns Cayley's kv quad store and the bolt database under it,
// whose log [Store.eachLogQuads] reads; nil, nil for other backends.
func (s *Store) boltLog() (*ckv.QuadStore, *boltKV) {
	kvs, ok := s.qs.(*ckv.QuadStore)
	if !ok || s.kv == nil {
		return nil, nil
	}
	bdb, ok := s.kv.KV.(*boltKV)
	if !ok {
		return nil, nil
	}
	return kvs, bdb
}

// eachLogQuads calls fn with the live quads of Cayley's log in bdb whose
// primitives keep accepts, about n at a time (0: all at once), in the
// log's order: it reads the log in a read transaction per call, closed
// before fn runs (fn may write), and looks up the values of the quads kept
// alone, in batches.
func (s *Store) eachLogQuads(ctx context.Context, bdb *boltKV, n int, keep func(*cproto.Primitive) bool, fn func([]quad.Quad) error) error {
	if n <= 0 {
		n = math.MaxInt
	}
	var next []byte // the log key to read from
	for {
		var prims []*cproto.Primitive
		done := true
		err := bdb.db.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(cayleyLogBucket)
			if b == nil {
				return nil
			}
			c := b.Cursor()
			k, v := c.First()
			if next != nil {
				k, v = c.Seek(next)
			}
			for ; k != nil; k, v = c.Next() {
				if len(prims) >= n {
					next, done = slices.Clone(k), false
					return nil
				}
				var p cproto.Primitive
				if err := proto.Unmarshal(v, &p); err != nil {
					return fmt.Errorf("quad log entry %x: %w", k, err)
				}
				if p.IsNode() || p.Deleted || !keep(&p) {
					continue
				}
				prims = append(prims, &p)
			}
			return nil
		})
		if err != nil {
			return err
		}
		var out []quad.Quad
		for len(prims) > 0 {
			m := min(len(prims), 10000)
			qs, err := s.primitiveQuads(ctx, prims[:m])
			if err != nil {
				return err
			}
			for _, q := range qs {
				if q.IsValid() {
					out = append(out, q)
				}
			}
			prims = prims[m:]
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(out); err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

// cayleyLogBucket is the bucket of Cayley's kv quad store that holds every
// node and quad by ID (graph/kv/indexing.go).
var cayleyLogBucket = []byte("log")

// viewNodes returns the IRIs the node index keeps for qs, the view quads
// of one graph, with their values: each IRI's affiliations in the graph
// ([graphAffiliations]), NUL-separated, or "".
func viewNodes(qs []quad.Quad) map[quad.IRI]string {
	out := map[quad.IRI]string{}
	for _, q := range qs {
		if i, ok := q.Subject.(quad.IRI); ok {
			out[i] = ""
		}
		if i, ok := q.Object.(quad.IRI); ok && q.Predicate != quad.IRI(schema.RDFType) {
			out[i] = ""
		}
	}
	for h, of := range graphAffiliations(qs) {
		out[h] = strings.Join(of, "\x00")
	}
	return out
}

// graphAffiliations returns, for each holder of a role in qs (the view
// quads of one graph), the states and institutions its roles there are
// offices of, sorted: the roles [reader.loadRoles] reads (typed ro:Role, in
// a readout typed ro:Readout) as far as this graph gives them.
func graphAffiliations(qs []quad.Quad) map[quad.IRI][]string {
	typed := map[quad.Value][]quad.Value{}
	of := map[quad.Value][]quad.Value{}
	var held []quad.Quad
	for _, q := range qs {
		switch q.Predicate {
		case quad.IRI(schema.RDFType):
			typed[q.Subject] = append(typed[q.Subject], q.Object)
		case quad.IRI(schema.Of):
			of[q.Subject] = append(of[q.Subject], q.Object)
		case quad.IRI(schema.Role):
			held = append(held, q)
		}
	}
	out := map[quad.IRI][]string{}
	for _, q := range held {
		h, ok1 := q.Subject.(quad.IRI)
		ri, ok2 := q.Object.(quad.IRI)
		if !ok1 || !ok2 || !slices.Contains(typed[ri], quad.Value(quad.IRI(schema.RoleClass))) ||
			!slices.Contains(typed[readoutOf(ri)], quad.Value(quad.IRI(schema.Readout))) {
			continue
		}
		for _, x := range iris(of[ri]) {
			if !slices.Contains(out[h], string(x)) {
				out[h] = append(out[h], string(x))
			}
		}
	}
	for _, of := range out {
		slices.Sort(of)
	}
	return out
}

// inBucket is the scan prefix of every key in bucket b. A prefix of one part
// would be a prefix of bucket names, and readout_view is one of
// readout_view_node.
func inBucket(b []byte) hkv.Key { return hkv.Key{b, nil} }

// nodeKey returns the node index key of node in the graph labelled label.
func nodeKey(node quad.IRI, label string) hkv.Key {
	k := make([]byte, 0, len(node)+1+len(label))
	k = append(append(append(k, node...), 0), label...)
	return hkv.Key{nodeBucket, k}
}

// putNodes updates the node index of the graph labelled label, whose view
// quads were old and are now qs.
func putNodes(ctx context.Context, tx hkv.Tx, label string, old, qs []quad.Quad) error {
	was, is := viewNodes(old), viewNodes(qs)
	for n := range was {
		if _, ok := is[n]; !ok {
			if err := tx.Del(ctx, nodeKey(n, label)); err != nil && !errors.Is(err, hkv.ErrNotFound) {
				return err
			}
		}
	}
	for n, aff := range is {
		if old, ok := was[n]; !ok || old != aff {
			if err := tx.Put(ctx, nodeKey(n, label), []byte(aff)); err != nil {
				return err
			}
		}
	}
	if err := putKeys(ctx, tx, xrefBucket, xrefKeys(label, was), xrefKeys(label, is)); err != nil {
		return err
	}
	return putKeys(ctx, tx, heldBucket, heldKeys(label, was), heldKeys(label, is))
}

// putKeys makes bucket hold the keys of is instead of those of was, keys
// without values.
func putKeys(ctx context.Context, tx hkv.Tx, bucket []byte, was, is map[string]bool) error {
	for k := range was {
		if !is[k] {
			if err := tx.Del(ctx, hkv.Key{bucket, []byte(k)}); err != nil && !errors.Is(err, hkv.ErrNotFound) {
				return err
			}
		}
	}
	for k := range is {
		if !was[k] {
			if err := tx.Put(ctx, hkv.Key{bucket, []byte(k)}, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// xrefKeys returns the keys of [xrefBucket], without the bucket, for the
// graph labelled label that names nodes.
func xrefKeys(label string, nodes map[quad.IRI]string) map[string]bool {
	out := map[string]bool{}
	for ro := range foreignReadouts(label, nodes) {
		out[string(xrefKey(ro, label)[1])] = true
	}
	return out
}

// foreignReadouts returns the readouts other than the one labelled label
// whose nodes are among nodes (the nodes the graph labelled label names).
func foreignReadouts(label string, nodes map[quad.IRI]string) map[quad.IRI]bool {
	out := map[quad.IRI]bool{}
	for n := range nodes {
		if ro := readoutOf(n); ro != "" && string(ro) != label {
			out[ro] = true
		}
	}
	return out
}

var rdfTypeIRI quad.Value = quad.IRI(schema.RDFType)

// xrefKey returns the key of [xrefBucket] saying the graph labelled label
// names nodes of the readout ro.
func xrefKey(ro quad.IRI, label string) hkv.Key {
	k := make([]byte, 0, len(ro)+1+len(label))
	k = append(append(append(k, ro...), 0), label...)
	return hkv.Key{xrefBucket, k}
}

// setNodes is putNodes for the memory store.
func (x *viewIndex) setNodes(label string, old, qs []quad.Quad) {
	if x.nodes == nil {
		x.nodes = map[quad.IRI]map[string]string{}
	}
	for n := range viewNodes(old) {
		delete(x.nodes[n], label)
		if len(x.nodes[n]) == 0 {
			delete(x.nodes, n)
		}
	}
	for n, aff := range viewNodes(qs) {
		if x.nodes[n] == nil {
			x.nodes[n] = map[string]string{}
		}
		x.nodes[n][label] = aff
	}
}

// lazyFacts answers [reader.pairs] from the view index, reading the view
// quads of a graph only when a node it names is asked about: the views of
// one entity (timeline) read the graphs around it, not the whole index.
type lazyFacts struct {
	s      *Store
	f      *viewFacts
	nodes  map[quad.IRI]bool // nodes whose graphs are read
	found  map[quad.IRI]bool // those some graph names
	labels map[string]bool   // graphs read
	under  map[quad.IRI]bool // readouts whose nodes' graphs are read ([lazyFacts.scanUnder])
	dec    *viewDecoder
}

// lazyReverse are the predicates the views of one entity follow backwards.
var lazyReverse = []string{schema.Participant, schema.Of, schema.Role, schema.Interaction, schema.Speaker, schema.About}

// lazyView returns a lazyFacts over s's view index, or nil if the index is
// not complete. Unless claims is set, it leaves out the claims' quads.
func (s *Store) lazyView(ctx context.Context, claims bool) (*lazyFacts, error) {
	if ok, err := s.viewIndexComplete(ctx); err != nil || !ok {
		return nil, err
	}
	f := newViewFacts(lazyReverse...)
	l := &lazyFacts{s: s, f: f, nodes: map[quad.IRI]bool{}, found: map[quad.IRI]bool{}, labels: map[string]bool{}, under: map[quad.IRI]bool{}, dec: newViewDecoder()}
	l.dec.skipClaims = !claims
	return l, nil
}

// load reads the graphs that name the nodes not read yet.
func (l *lazyFacts) load(ctx context.Context, nodes []quad.IRI) error {
	var todo []quad.IRI
	for _, n := range nodes {
		if !l.nodes[n] {
			l.nodes[n] = true
			todo = append(todo, n)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	if l.s.views.kv == nil {
		for _, n := range todo {
			l.found[n] = len(l.s.views.nodes[n]) > 0
			for label := range l.s.views.nodes[n] {
				if !l.labels[label] {
					l.labels[label] = true
					for _, q := range l.s.views.mem[label] {
						if l.dec.wants(q) {
							l.f.add(q)
						}
					}
				}
			}
		}
		return nil
	}
	return hkv.View(ctx, l.s.views.kv, func(tx hkv.Tx) error {
		for _, n := range todo {
			if ro := readoutOf(n); ro != "" {
				if err := l.scanUnder(ctx, tx, ro); err != nil {
					return err
				}
				continue // found, if the scan found it
			}
			prefix := nodeKey(n, "")
			var labels []string
			err := hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
				labels = append(labels, string(k[len(k)-1][len(n)+1:]))
				return nil
			}, hopts.WithPrefixKV(prefix))
			if err != nil {
				return err
			}
			l.found[n] = len(labels) > 0
			if err := l.readGraphs(ctx, tx, labels); err != nil {
				return err
			}
		}
		return nil
	})
}

// readGraphs decodes the view quads of the graphs labels names that l has
// not read.
func (l *lazyFacts) readGraphs(ctx context.Context, tx hkv.Tx, labels []string) error {
	for _, label := range labels {
		if ok, err := l.readGraph(ctx, tx, label); err != nil {
			return err
		} else if !ok {
			return fmt.Errorf("%w: the node index names graph %q, which it does not hold", errViewIndex, label)
		}
	}
	return nil
}

// readGraph decodes the view quads of the graph labelled label, unless l
// has read them, and reports whether the index holds the graph.
func (l *lazyFacts) readGraph(ctx context.Context, tx hkv.Tx, label string) (bool, error) {
	if l.labels[label] {
		return true, nil
	}
	data, err := tx.Get(ctx, hkv.Key{viewBucket, []byte(label)})
	if errors.Is(err, hkv.ErrNotFound) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	l.labels[label] = true
	return true, l.dec.each(data, l.add)
}

// add adds q, a quad read, to l's facts, noting the nodes under readouts
// it names as found: [lazyFacts.scanUnder] reads every graph naming them.
func (l *lazyFacts) add(q quad.Quad) {
	l.f.add(q)
	if i, ok := q.Subject.(quad.IRI); ok && strings.HasPrefix(string(i), schema.ReadoutNS) {
		l.found[i] = true
	}
	if i, ok := q.Object.(quad.IRI); ok && q.Predicate != rdfTypeIRI && strings.HasPrefix(string(i), schema.ReadoutNS) {
		l.found[i] = true
	}
}

// scanUnder reads the graphs that name the readout ro and the nodes under
// it (ro/...: its events, roles, claims, sentences): its own graph, if it
// has one, and those [xrefBucket] lists, and notes them read.
func (l *lazyFacts) scanUnder(ctx context.Context, tx hkv.Tx, ro quad.IRI) error {
	if l.under[ro] {
		return nil
	}
	l.under[ro] = true
	l.nodes[ro] = true
	if _, err := l.readGraph(ctx, tx, string(ro)); err != nil {
		return err
	}
	labels, err := foreignLabels(ctx, tx, ro)
	if err != nil {
		return err
	}
	return l.readGraphs(ctx, tx, labels)
}

// foreignLabels returns the labels of the graphs other than its own that
// name the readout ro's nodes, as [xrefBucket] lists them in tx.
func foreignLabels(ctx context.Context, tx hkv.Tx, ro quad.IRI) ([]string, error) {
	var labels []string
	err := hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
		labels = append(labels, string(k[len(k)-1][len(ro)+1:]))
		return nil
	}, hopts.WithPrefixKV(xrefKey(ro, "")))
	return labels, err
}

// pairs answers [reader.pairs] from the graphs that name nodes.
func (l *lazyFacts) pairs(ctx context.Context, nodes []quad.IRI, pred string, rev bool) (map[quad.Value][]quad.Value, error) {
	if err := l.load(ctx, nodes); err != nil {
		return nil, err
	}
	return l.f.pairs(nodes, pred, rev)
}

// graph returns the view quads of the graph labelled label.
func (l *lazyFacts) graph(ctx context.Context, label string) ([]quad.Quad, error) {
	if l.s.views.kv == nil {
		return l.s.views.mem[label], nil
	}
	var out []quad.Quad
	err := hkv.View(ctx, l.s.views.kv, func(tx hkv.Tx) error {
		data, err := tx.Get(ctx, hkv.Key{viewBucket, []byte(label)})
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		return l.dec.each(data, func(q quad.Quad) { out = append(out, q) })
	})
	return out, err
}

// affiliations returns the states and institutions h's roles in any graph
// are offices of, sorted, from the node index alone: what [view.affiliated]
// falls back on, read without the graphs (a busy counterpart is named in
// thousands).
func (l *lazyFacts) affiliations(ctx context.Context, h quad.IRI) ([]quad.IRI, error) {
	var out []quad.IRI
	add := func(v string) {
		for x := range strings.SplitSeq(v, "\x00") {
			if x != "" {
				out = append(out, quad.IRI(x))
			}
		}
	}
	if l.s.views.kv == nil {
		for _, v := range l.s.views.nodes[h] {
			add(v)
		}
	} else {
		err := hkv.View(ctx, l.s.views.kv, func(tx hkv.Tx) error {
			return hkv.Each(ctx, tx, func(_ hkv.Key, v hkv.Value) error {
				add(string(v))
				return nil
			}, hopts.WithPrefixKV(nodeKey(h, "")))
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// named reports whether the view quads of some graph name n (after a pairs
// call about n). For a node under a readout, only the quads l reads count:
// claims' quads, unless l reads them, do not.
func (l *lazyFacts) named(n quad.IRI) bool { return l.found[n] }

// sortedDistinct returns vs without repeats, sorted as [reader.pairs] sorts.
func sortedDistinct(vs []quad.Value) []quad.Value {
	if len(vs) > 1 {
		slices.SortFunc(vs, compareDistinct)
		vs = slices.Compact(vs)
	}
	return vs
}

// compareDistinct orders values as [compareValues], and values it finds
// equal (an IRI and a string of the same text) by their N-Quads form, so
// that repeats are next to each other.
func compareDistinct(a, b quad.Value) int {
	return cmp.Or(compareValues(a, b), strings.Compare(a.String(), b.String()))
}
