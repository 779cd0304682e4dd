package graph

// The actor network as nodes and edges, for the graphml, dot and csv
// exports, `readout viz` and the network page of `readout serve`: one
// implementation, on top of [Store.Network]'s counting of interactions.

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// ActorNetwork is the actor network of a store as [Store.Network] counts
// it: Ties are its edges, each with the number of readouts that report its
// interactions, and Actors are the persons and states at their ends.
// Two readouts of the same call (each government's account) are one
// interaction and count once; mentioned events (an earlier call, a planned
// visit) are not interactions. Persons and states are not tied to each
// other: a person's states are its [Actor.States].
type ActorNetwork struct {
	Actors []Actor `json:"actors"` // sorted by IRI
	Ties   []Tie   `json:"ties"`   // in the order of [Store.Network]
	// Interactions are the interactions of the ties, by date (undated
	// last), then IRI.
	Interactions []NetworkInteraction `json:"interactions"`
}

// NetworkInteraction is an interaction of an [ActorNetwork] with, for each
// participant, the states and institutions it acted for (see
// [Store.Network]): enough to filter the network by date, type and state
// again without the store, as the page of `readout viz` does.
type NetworkInteraction struct {
	Interaction
	// For maps the ID of each participant to the IDs of the states and
	// institutions it acted for, sorted; a state's or institution's is
	// itself, a person's may be empty.
	For map[string][]string `json:"for"`
}

// Actor is a node of an [ActorNetwork]: a person or a state at an end of
// at least one of its ties.
type Actor struct {
	ID   string      `json:"id"`   // entity ID, "person/ilham-aliyev"
	IRI  string      `json:"iri"`  // the entity's IRI
	Kind schema.Kind `json:"kind"` // schema.Person or schema.State
	Name string      `json:"name"` // schema:name, else the ID
	ISO3 string      `json:"iso3,omitempty"`
	QID  string      `json:"qid,omitempty"` // the Wikidata item ("Q227"), if known
	// States are, for a person, the states it acted for in the
	// interactions of its ties (ISO3 codes, else IRIs), sorted.
	States []string `json:"states,omitempty"`
	// Interactions is the number of distinct interactions of its ties.
	Interactions int `json:"interactions"`
}

// Tie is an edge of an [ActorNetwork]: an [Edge] of [Store.Network] with
// the number of distinct readouts reporting its interactions.
type Tie struct {
	Edge
	Readouts int `json:"readouts"`
}

// Kind returns the kind of the actors t ties: schema.Person or
// schema.State.
func (t *Tie) Kind() schema.Kind {
	if t.Level == StateLevel {
		return schema.State
	}
	return schema.Person
}

// Actors returns the actor network of the store with the edges
// [Store.Network] gives for opts.
func (s *Store) Actors(ctx context.Context, opts NetworkOptions) (*ActorNetwork, error) {
	edges, err := s.Network(ctx, opts)
	if err != nil {
		return nil, err
	}
	ctx, done := s.readView(ctx)
	defer done()
	r := s.reader()
	v, err := s.wholeView(ctx)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	n, err := r.actorNetwork(ctx, v, edges)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	return n, nil
}

func (r *reader) actorNetwork(ctx context.Context, v *view, edges []Edge) (*ActorNetwork, error) {
	n := &ActorNetwork{Actors: []Actor{}, Ties: []Tie{}, Interactions: []NetworkInteraction{}}
	used := map[quad.IRI]bool{}
	ins := map[quad.IRI]map[string]bool{}    // actor -> interactions of its ties
	states := map[quad.IRI]map[string]bool{} // person -> states
	for _, e := range edges {
		t := Tie{Edge: e}
		readouts := map[quad.IRI]bool{}
		ends := []quad.IRI{quad.IRI(schema.EntityIRI(e.Source.ID)), quad.IRI(schema.EntityIRI(e.Target.ID))}
		for _, i := range e.Interactions {
			in := v.interactions[quad.IRI(i)]
			if in == nil {
				continue // loaded since Network read the store
			}
			used[in.iri] = true
			for _, ro := range in.readouts {
				readouts[ro] = true
			}
			aff := v.affiliations(in)
			for _, a := range ends {
				if ins[a] == nil {
					ins[a] = map[string]bool{}
				}
				ins[a][i] = true
				if v.kinds[a] != schema.Person {
					continue
				}
				for _, st := range aff[a] {
					if v.kinds[st] == schema.State {
						if states[a] == nil {
							states[a] = map[string]bool{}
						}
						states[a][string(st)] = true
					}
				}
			}
		}
		t.Readouts = len(readouts)
		n.Ties = append(n.Ties, t)
	}
	actors := slices.Sorted(maps.Keys(ins))
	codes := map[string]map[quad.Value][]quad.Value{}
	for _, p := range []string{schema.ISO3, schema.OWLSameAs} {
		m, err := r.pairs(ctx, append(actors, stateIRIs(states)...), p, false)
		if err != nil {
			return nil, err
		}
		codes[p] = m
	}
	for _, a := range actors {
		ref := v.ref(a)
		act := Actor{ID: ref.ID, IRI: string(a), Kind: ref.Kind, Name: ref.Name, ISO3: first(codes[schema.ISO3][a]),
			Interactions: len(ins[a])}
		if qid, ok := strings.CutPrefix(first(codes[schema.OWLSameAs][a]), schema.WikidataNS); ok {
			act.QID = qid
		}
		for st := range states[a] {
			act.States = append(act.States, cmp.Or(first(codes[schema.ISO3][quad.IRI(st)]), st))
		}
		slices.Sort(act.States)
		n.Actors = append(n.Actors, act)
	}
	for _, in := range v.sortedInteractions() {
		if !used[in.iri] {
			continue
		}
		ni := NetworkInteraction{Interaction: v.interaction(in), For: map[string][]string{}}
		for p, affs := range v.affiliations(in) {
			ids := []string{}
			for _, a := range affs {
				ids = append(ids, v.ref(a).ID)
			}
			slices.Sort(ids)
			ni.For[v.ref(p).ID] = ids
		}
		n.Interactions = append(n.Interactions, ni)
	}
	return n, nil
}

// stateIRIs returns the states of m's persons.
func stateIRIs(m map[quad.IRI]map[string]bool) []quad.IRI {
	var out []quad.IRI
	for _, sts := range m {
		for st := range sts {
			out = append(out, quad.IRI(st))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Snapshot returns an in-memory copy of the store, to be closed by the
// caller. Many analyst calls in a row (one [Store.Who] per node of a
// network) are an order of magnitude faster on it than on a bolt file; it
// holds every quad in memory.
func (s *Store) Snapshot(ctx context.Context) (*Store, error) {
	qs, err := s.all(ctx)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	return memoryStore(qs)
}

// memoryStore returns a memory store holding qs.
func memoryStore(qs []quad.Quad) (*Store, error) {
	m := &Store{db: Memory, qs: memstore.New()}
	ds := make([]cgraph.Delta, 0, len(qs))
	valid := make([]quad.Quad, 0, len(qs))
	for _, q := range qs {
		if q.IsValid() {
			ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Add})
			valid = append(valid, q)
		}
	}
	if err := m.qs.ApplyDeltas(ds, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		m.Close()
		return nil, err
	}
	// Written past apply: index them here.
	if err := m.updateViewIndex(context.Background(), valid, nil); err != nil {
		m.Close()
		return nil, err
	}
	return m, nil
}

// NewActorNetwork returns the actor network of qs: what [Store.Actors]
// gives, with no options, for a store holding exactly those quads (the
// readout graphs and the entity and interaction graphs they refer to, as
// [Store.Export] selects them). The order of qs does not matter.
func NewActorNetwork(ctx context.Context, qs []quad.Quad) (*ActorNetwork, error) {
	m, err := memoryStore(qs)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	return m.Actors(ctx, NetworkOptions{})
}
