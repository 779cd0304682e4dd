package graph

// The network of the whole store from one scan of the view index, without
// the view: what Precompute computes after a large write. Reading the index
// into [viewFacts] and building the [view] held about 325 MB on 100,000
// readouts, for a network of 32 MB; the scan keeps only what the network is
// made of: the entities' kinds and names, the interactions, and what each
// holder's roles are offices of anywhere, with IRIs numbered.
//
// Roles and readouts are read graph by graph: when no graph is odd
// ([oddBucket]), all that the view says of a readout's nodes but the links
// of its events to interactions is in the readout's own graph, so that
// graph alone gives the readout's type and the offices held in it. The
// links, in the interactions' graphs, are joined to those offices through
// a [spool] keyed by readout, which bounds what the join holds in memory.

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"

	"github.com/readout/readout/schema"
)

// streamNetwork returns the records of the network of the whole view, as
// withAnywhere(networkOf(v), v) gives it for v the whole view, from one
// scan of the view index, in a spool beside the store. It reports false,
// and computes nothing, unless the store is bolt, its view index is
// complete and no graph of it is odd. The caller holds the read lock and
// closes the result.
func (s *Store) streamNetwork(ctx context.Context) (*netBuild, bool, error) {
	if s.views.kv == nil {
		return nil, false, nil
	}
	dir, err := s.netSpoolDir()
	if err != nil {
		return nil, false, err
	}
	sc := newNetScan(dir)
	defer sc.close()
	ok := false
	err = hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		var err error
		if ok, err = streamable(ctx, tx); err != nil || !ok {
			return err
		}
		return s.scanViews(ctx, tx, sc.graph)
	})
	if err != nil || !ok {
		s.removeNetSpoolDir(dir)
		return nil, false, err
	}
	if err := sc.joinAccounts(); err != nil {
		s.removeNetSpoolDir(dir)
		return nil, false, err
	}
	b := &netBuild{out: newSmallSpool(dir), dir: dir, s: s}
	if err := sc.build(ctx, b.out); err != nil {
		b.close()
		return nil, false, err
	}
	return b, true, nil
}

// netSpoolParent returns the directory beside the store db under which
// each Precompute makes its own for its spools: NAME.net.spool, which
// Open removes (only a Precompute killed leaves anything in it).
func netSpoolParent(db string) string { return db + ".net.spool" }

// netSpoolDir makes the directory of a Precompute's spools: its own under
// netSpoolParent, or under $TMPDIR where that cannot be made.
func (s *Store) netSpoolDir() (string, error) {
	parent := netSpoolParent(s.db)
	for range 2 { // another Precompute may remove parent between the two
		if err := os.MkdirAll(parent, 0o700); err != nil {
			break
		}
		if dir, err := os.MkdirTemp(parent, "build-"); err == nil {
			return dir, nil
		}
	}
	return os.MkdirTemp("", "readout-net-")
}

// removeNetSpoolDir removes dir, and its parent if it is now empty.
func (s *Store) removeNetSpoolDir(dir string) {
	os.RemoveAll(dir)
	os.Remove(netSpoolParent(s.db)) // fails while another Precompute uses it
}

// netBuild holds the records of a network, to be written in key order,
// in a spool under dir.
type netBuild struct {
	out *spool
	dir string
	s   *Store
}

// each calls put with each record.
func (b *netBuild) each(put func(bucket, key, val []byte) error) error {
	return b.out.each(func(bucket, key []byte, vals [][]byte) error {
		return put(bucket, key, vals[len(vals)-1])
	})
}

func (b *netBuild) close() {
	b.out.close()
	b.s.removeNetSpoolDir(b.dir)
}

// newSmallSpool returns a spool under parent holding a quarter of what
// others hold in memory, for the network's three.
func newSmallSpool(parent string) *spool {
	sp := newSpool(parent)
	sp.runBytes = spoolRunBytes / 4
	return sp
}

// streamable reports whether the view index in tx is complete and has no
// odd graph.
func streamable(ctx context.Context, tx hkv.Tx) (bool, error) {
	state, err := tx.Get(ctx, viewStateKey)
	if errors.Is(err, hkv.ErrNotFound) {
		return false, nil
	} else if err != nil || string(state) != viewComplete {
		return false, err
	}
	odd := false
	err = hkv.Each(ctx, tx, func(hkv.Key, hkv.Value) error {
		odd = true
		return errOdd
	}, hopts.WithPrefixKV(inBucket(oddBucket)))
	if odd {
		return false, nil
	}
	return err == nil, err
}

// scanViews calls fn with the label and view quads (without the claims')
// of each entry of the view index in tx, in label order. The quads are
// valid only during the call; IRIs are shared only within an entry, so
// that what the scan decoded is let go of as it passes.
func (s *Store) scanViews(ctx context.Context, tx hkv.Tx, fn func(label string, qs []quad.Quad) error) error {
	d := newViewDecoder()
	d.skipClaims = true
	var qs []quad.Quad
	read := 0
	err := hkv.Each(ctx, tx, func(k hkv.Key, v hkv.Value) error {
		label := k[len(k)-1]
		if read += len(label) + len(v); read >= scanReleaseBytes {
			read = 0
			s.releasePages()
		}
		qs = qs[:0]
		clear(d.iris)
		if err := d.each(v, func(q quad.Quad) { qs = append(qs, q) }); err != nil {
			return fmt.Errorf("view index entry %q: %w", label, err)
		}
		return fn(string(label), qs)
	}, hopts.WithPrefixKV(inBucket(viewBucket)))
	s.releasePages()
	return err
}

// netScan is what a scan of the view index keeps for the network:
// in memory, what it knows of entities, with their IRIs numbered in the
// order first met; in spools, what it knows of interactions and readouts.
type netScan struct {
	ids      map[quad.IRI]int32
	iris     []quad.IRI
	entities map[int32]*netEntity
	// anywhere holds, for each holder, the distinct states and
	// institutions its roles in any readout are offices of, in no order.
	anywhere map[int32][]int32
	// join holds, by readout IRI, the readout's offices (if its graph
	// types it ro:Readout) and the interactions its events are accounts
	// of: see [netScan.joinAccounts].
	join *spool
	// inters holds, by interaction IRI, what the view says of it and the
	// offices held in its accounts ([netScan.interOf]).
	inters *spool
}

// netEntity is what the view says of an entity: the entity classes it is
// typed with (a bit for each of entityClasses) and its least name.
type netEntity struct {
	classes uint8
	name    quad.Value
}

// netInter is what the view says of an interaction.
type netInter struct {
	typed        bool       // typed ro:Interaction
	date         quad.Value // the least start date
	participants []int32    // the IRIs, distinct
	accounted    bool       // an account of it is in a readout typed so
	held         []heldOffice
}

// heldOffice is an office a holder held in a readout of an interaction.
type heldOffice struct{ holder, of int32 }

// The kinds of [netScan.join] values: what the readout's graph gives, and
// an interaction one of its events is an account of; and of
// [netScan.inters] values: a type, a participant, a start date, and the
// offices held in a readout with an account of it.
const (
	joinReadout = 'r'
	joinAccount = 'a'

	interTyped       = 't'
	interParticipant = 'p'
	interDate        = 'd'
	interHeld        = 'h'
)

var (
	joinBucket  = []byte("n")
	interBucket = []byte("i")
)

func newNetScan(dir string) *netScan {
	return &netScan{ids: map[quad.IRI]int32{}, entities: map[int32]*netEntity{}, anywhere: map[int32][]int32{},
		join: newSmallSpool(dir), inters: newSmallSpool(dir)}
}

func (sc *netScan) close() {
	sc.join.close()
	sc.inters.close()
}

// id returns the number of i.
func (sc *netScan) id(i quad.IRI) int32 {
	x, ok := sc.ids[i]
	if !ok {
		x = int32(len(sc.iris))
		sc.ids[i] = x
		sc.iris = append(sc.iris, i)
	}
	return x
}

func (sc *netScan) entity(i quad.IRI) *netEntity {
	x := sc.id(i)
	e := sc.entities[x]
	if e == nil {
		e = &netEntity{}
		sc.entities[x] = e
	}
	return e
}

// inter records v, a value of one of the kinds of [netScan.inters], of the
// interaction i.
func (sc *netScan) inter(i quad.IRI, v []byte) error {
	return sc.inters.put(interBucket, []byte(i), v)
}

// graph takes in the view quads qs of the graph labelled label.
func (sc *netScan) graph(label string, qs []quad.Quad) error {
	local := readoutInteractions(qs)
	for _, q := range qs {
		if err := sc.quad(q, local); err != nil {
			return err
		}
	}
	ro := quad.IRI(label)
	if ro == "" || readoutOf(ro) != ro {
		return nil
	}
	typed, held := readoutOffices(ro, qs)
	if !typed {
		return nil
	}
	v := []byte{joinReadout}
	for _, h := range held {
		x, of := sc.id(h[0]), sc.id(h[1])
		if !slices.Contains(sc.anywhere[x], of) {
			sc.anywhere[x] = append(sc.anywhere[x], of)
		}
		v = binary.AppendUvarint(binary.AppendUvarint(v, uint64(x)), uint64(of))
	}
	return sc.join.put(joinBucket, []byte(label), v)
}

// readoutInteractions returns the nodes under readouts that qs, the view
// quads of a graph, type ro:Interaction (only raw writes make them): with
// no odd graph, all the view says of them is in this graph.
func readoutInteractions(qs []quad.Quad) map[quad.IRI]bool {
	var out map[quad.IRI]bool
	for _, q := range qs {
		sub, ok := q.Subject.(quad.IRI)
		if ok && q.Predicate == rdfTypeIRI && q.Object == quad.Value(quad.IRI(schema.InteractionClass)) && readoutOf(sub) != "" {
			if out == nil {
				out = map[quad.IRI]bool{}
			}
			out[sub] = true
		}
	}
	return out
}

// quad takes in what q says of an entity or an interaction, or that an
// event of a readout is an account of an interaction. Of the nodes under
// readouts (events, which have participants and dates too), only those
// local types ro:Interaction count as interactions.
func (sc *netScan) quad(q quad.Quad, local map[quad.IRI]bool) error {
	sub, ok := q.Subject.(quad.IRI)
	if !ok {
		return nil
	}
	entity := strings.HasPrefix(string(sub), schema.IDNS)
	if (q.Predicate == participantIRI || q.Predicate == startDateIRI) && !local[sub] && readoutOf(sub) != "" {
		return nil
	}
	switch q.Predicate {
	case rdfTypeIRI:
		if q.Object == quad.Value(quad.IRI(schema.InteractionClass)) {
			return sc.inter(sub, []byte{interTyped})
		} else if c := entityClass(q.Object); c >= 0 && entity {
			sc.entity(sub).classes |= 1 << c
		}
	case schemaNameIRI:
		if !entity {
			return nil
		}
		if e := sc.entity(sub); e.name == nil || compareDistinct(q.Object, e.name) < 0 {
			e.name = q.Object
		}
	case participantIRI:
		if p, ok := q.Object.(quad.IRI); ok {
			return sc.inter(sub, binary.AppendUvarint([]byte{interParticipant}, uint64(sc.id(p))))
		}
	case startDateIRI:
		v, err := appendNetValue([]byte{interDate}, q.Object)
		if err != nil {
			return err
		}
		return sc.inter(sub, v)
	case interactionIRI:
		i, ok := q.Object.(quad.IRI)
		if ro := readoutOf(sub); ok && ro != "" {
			return sc.join.put(joinBucket, []byte(ro), append([]byte{joinAccount}, i...))
		}
	}
	return nil
}

var (
	schemaNameIRI  quad.Value = quad.IRI(schema.SchemaName)
	participantIRI quad.Value = quad.IRI(schema.Participant)
	startDateIRI   quad.Value = quad.IRI(schema.SchemaStartDate)
	interactionIRI quad.Value = quad.IRI(schema.Interaction)
)

// entityClass returns the position of the class c in entityClasses, or -1.
func entityClass(c quad.Value) int { return slices.Index(entityClassValues, c) }

// entityClassValues are the classes of entityClasses as values.
var entityClassValues = func() []quad.Value {
	out := make([]quad.Value, len(entityClasses))
	for i, c := range entityClasses {
		out[i] = quad.IRI(c.class)
	}
	return out
}()

// readoutOffices returns whether qs, the view quads of the readout ro's
// graph, type ro a readout, and the offices the roles under ro hold there,
// as [reader.view] reads roles: for each role typed ro:Role, each holder
// that is an IRI with the least IRI the role is an office of, distinct.
func readoutOffices(ro quad.IRI, qs []quad.Quad) (bool, [][2]quad.IRI) {
	typed := false
	roles := map[quad.IRI]bool{}
	of := map[quad.IRI]quad.IRI{}
	var held [][2]quad.IRI // holder, role
	for _, q := range qs {
		sub, _ := q.Subject.(quad.IRI)
		obj, _ := q.Object.(quad.IRI)
		switch q.Predicate {
		case rdfTypeIRI:
			switch {
			case sub == ro && obj == quad.IRI(schema.Readout):
				typed = true
			case obj == quad.IRI(schema.RoleClass) && sub != "" && readoutOf(sub) == ro:
				roles[sub] = true
			}
		case ofIRI:
			if sub != "" && obj != "" && (of[sub] == "" || compareDistinct(obj, of[sub]) < 0) {
				of[sub] = obj
			}
		case roleIRI:
			if sub != "" && obj != "" {
				held = append(held, [2]quad.IRI{sub, obj})
			}
		}
	}
	var out [][2]quad.IRI
	for _, h := range held {
		if o := of[h[1]]; roles[h[1]] && o != "" && !slices.Contains(out, [2]quad.IRI{h[0], o}) {
			out = append(out, [2]quad.IRI{h[0], o})
		}
	}
	return typed, out
}

var (
	ofIRI   quad.Value = quad.IRI(schema.Of)
	roleIRI quad.Value = quad.IRI(schema.Role)
)

// joinAccounts records for each interaction the offices held in the
// readouts typed so whose events are accounts of it, from the join spool.
func (sc *netScan) joinAccounts() error {
	err := sc.join.each(func(_, _ []byte, vals [][]byte) error {
		var offices []byte
		for _, v := range vals {
			if len(v) == 0 {
				return errNetJoin
			}
			if v[0] == joinReadout {
				offices = v[1:]
			}
		}
		if offices == nil {
			return nil // not a readout the view has
		}
		for _, v := range vals {
			if v[0] != joinAccount {
				continue
			}
			if err := sc.inter(quad.IRI(v[1:]), append([]byte{interHeld}, offices...)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// The join's memory goes before the interactions are read.
	return sc.join.close()
}

var errNetJoin = errors.New("corrupt network join record")

// decodeHeld decodes the offices of a [joinReadout] value.
func decodeHeld(b []byte) ([]heldOffice, error) {
	var out []heldOffice
	for len(b) > 0 {
		h, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errNetJoin
		}
		of, m := binary.Uvarint(b[n:])
		if m <= 0 {
			return nil, errNetJoin
		}
		out = append(out, heldOffice{int32(h), int32(of)})
		b = b[n+m:]
	}
	return out, nil
}

// interOf returns what vals, the values of an interaction in
// [netScan.inters], say of it.
func (sc *netScan) interOf(vals [][]byte) (*netInter, error) {
	in := &netInter{}
	for _, v := range vals {
		if len(v) == 0 {
			return nil, errNetJoin
		}
		switch v[0] {
		case interTyped:
			in.typed = true
		case interParticipant:
			x, n := binary.Uvarint(v[1:])
			if n <= 0 || x >= uint64(len(sc.iris)) {
				return nil, errNetJoin
			}
			if !slices.Contains(in.participants, int32(x)) {
				in.participants = append(in.participants, int32(x))
			}
		case interDate:
			r := &byteReader{b: v[1:]}
			d := readNetValue(r)
			if !r.done() {
				return nil, errNetJoin
			}
			if in.date == nil || compareDistinct(d, in.date) < 0 {
				in.date = d
			}
		case interHeld:
			held, err := decodeHeld(v[1:])
			if err != nil {
				return nil, err
			}
			in.accounted = true
			for _, h := range held {
				if int(h.holder) >= len(sc.iris) || int(h.of) >= len(sc.iris) {
					return nil, errNetJoin
				}
				if !slices.Contains(in.held, h) {
					in.held = append(in.held, h)
				}
			}
		default:
			return nil, errNetJoin
		}
	}
	return in, nil
}

// build puts in out the records of the network of what the scan took in,
// as networkOf and withAnywhere give it from the view: each interaction's,
// then each entity's that they name.
func (sc *netScan) build(ctx context.Context, out *spool) error {
	named := map[int32]int{}
	var rec []byte
	err := sc.inters.each(func(_, key []byte, vals [][]byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		in, err := sc.interOf(vals)
		if err != nil || !in.typed || !in.accounted {
			return err
		}
		ni := sc.contribution(quad.IRI(key), in)
		for _, e := range ni.persons {
			named[sc.ids[e]]++
		}
		for _, e := range ni.states {
			named[sc.ids[e]]++
		}
		rec = appendNetInter(rec[:0], &ni)
		return out.put(netInterBucket, key, rec)
	})
	if err != nil {
		return err
	}
	if err := sc.inters.close(); err != nil {
		return err
	}
	for x, c := range named {
		ref := sc.ref(x)
		rec = appendNetEntity(rec[:0], c, ref, sc.irisOf(sc.sorted(sc.anywhere[x])), ref.Kind == schema.Person)
		if err := out.put(netEntBucket, []byte(sc.iris[x]), rec); err != nil {
			return err
		}
	}
	return nil
}

// contribution returns what the interaction i contributes, as networkOf
// gives it.
func (sc *netScan) contribution(i quad.IRI, in *netInter) netInteraction {
	ni := netInteraction{iri: i, day: dayOf(in.date)}
	ps := slices.Clone(in.participants)
	slices.SortFunc(ps, func(a, b int32) int { return compareDistinct(sc.iris[a], sc.iris[b]) })
	addState := func(a int32) {
		if !slices.Contains(ni.states, sc.iris[a]) {
			ni.states = append(ni.states, sc.iris[a])
		}
	}
	for _, p := range ps {
		switch sc.kind(p) {
		case schema.Person:
			aff := sc.affiliated(p, in.held)
			ni.persons = append(ni.persons, sc.iris[p])
			ni.affs = append(ni.affs, sc.irisOf(aff))
			for _, a := range aff {
				if sc.kind(a) == schema.State {
					addState(a)
				}
			}
		case schema.State:
			addState(p)
		}
	}
	return ni
}

// affiliated returns what p held an office of in the readouts whose
// offices are held, sorted; if none, the one its roles in any readout
// name (as [view.affiliated]).
func (sc *netScan) affiliated(p int32, held []heldOffice) []int32 {
	var here []int32
	for _, h := range held {
		if h.holder == p && !slices.Contains(here, h.of) {
			here = append(here, h.of)
		}
	}
	if len(here) == 0 && len(sc.anywhere[p]) == 1 {
		return sc.anywhere[p]
	}
	return sc.sorted(here)
}

// sorted sorts xs by their IRIs and returns them.
func (sc *netScan) sorted(xs []int32) []int32 {
	slices.SortFunc(xs, func(a, b int32) int { return strings.Compare(string(sc.iris[a]), string(sc.iris[b])) })
	return xs
}

// irisOf returns the IRIs numbered xs, nil for none.
func (sc *netScan) irisOf(xs []int32) []quad.IRI {
	if len(xs) == 0 {
		return nil
	}
	out := make([]quad.IRI, len(xs))
	for i, x := range xs {
		out[i] = sc.iris[x]
	}
	return out
}

// kind returns the kind of the entity x, as [reader.entities] decides it:
// the kind of the first of entityClasses it is typed with, else "".
func (sc *netScan) kind(x int32) schema.Kind {
	e := sc.entities[x]
	if e == nil {
		return ""
	}
	for i, c := range entityClasses {
		if e.classes&(1<<i) != 0 {
			return c.kind
		}
	}
	return ""
}

// ref returns the ref of x, as [view.ref] gives it.
func (sc *netScan) ref(x int32) EntityRef {
	name := ""
	if e := sc.entities[x]; e != nil && e.name != nil && sc.kind(x) != "" {
		name = first([]quad.Value{e.name})
	}
	return entityRef(sc.iris[x], name, sc.kind(x))
}
