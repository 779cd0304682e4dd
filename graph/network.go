package graph

// The actor network, in two steps: what each interaction contributes
// (netInteractions, from the whole view; kept precomputed by the writer,
// see netcache.go), then the edges a NetworkOptions selects from those
// contributions.

import (
	"cmp"
	"reflect"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// netInteraction is what an interaction with at least one readout
// contributes to the network: its persons with the states and institutions
// each acted for, and its states (participants, and those its persons
// acted for), in the order [Store.Network] links them.
type netInteraction struct {
	iri     quad.IRI
	day     string
	persons []quad.IRI
	affs    [][]quad.IRI // of persons[i]
	states  []quad.IRI
}

// network is the input of the edges: the interactions' contributions, by
// date (undated last) then IRI, and the refs of the entities they name.
type network struct {
	inters []netInteraction
	refs   map[quad.IRI]EntityRef
	// anywhere, when precomputed, holds for each person of inters what
	// its roles in any readout are offices of, sorted: what tells
	// [Store.updateNetwork] whether a change of its roles changed them.
	anywhere map[quad.IRI][]quad.IRI
}

// sameContributions reports whether n and m contribute the same to the
// network.
func (n *network) sameContributions(m *network) bool {
	return reflect.DeepEqual(n.inters, m.inters) && reflect.DeepEqual(n.refs, m.refs)
}

// networkOf returns the contributions of the interactions of v.
func networkOf(v *view) *network {
	n := &network{refs: map[quad.IRI]EntityRef{}}
	for _, in := range v.sortedInteractions() {
		aff := v.affiliations(in)
		ni := netInteraction{iri: in.iri, day: in.day}
		for _, p := range in.participants {
			switch v.kinds[p] {
			case schema.Person:
				ni.persons = append(ni.persons, p)
				ni.affs = append(ni.affs, aff[p])
				n.refs[p] = v.ref(p)
				for _, a := range aff[p] {
					if v.kinds[a] == schema.State && !slices.Contains(ni.states, a) {
						ni.states = append(ni.states, a)
					}
				}
			case schema.State:
				if !slices.Contains(ni.states, p) {
					ni.states = append(ni.states, p)
				}
			}
		}
		for _, a := range ni.states {
			n.refs[a] = v.ref(a)
		}
		n.inters = append(n.inters, ni)
	}
	return n
}

// edges returns the edges opts selects, as [Store.Network] describes them.
func (n *network) edges(opts NetworkOptions) []Edge {
	state := quad.IRI("")
	if opts.State != "" {
		state = quad.IRI(schema.EntityIRI(schema.StateID(opts.State)))
	}
	type key struct {
		level Level
		a, b  quad.IRI
	}
	type edge struct {
		inters []int // indexes into n.inters, ascending: by date, then IRI
	}
	edges := map[key]*edge{}
	link := func(level Level, a, b quad.IRI, i int) {
		if a == b {
			return
		}
		if b < a {
			a, b = b, a
		}
		k := key{level, a, b}
		e := edges[k]
		if e == nil {
			e = &edge{}
			edges[k] = e
		}
		if l := len(e.inters); l == 0 || e.inters[l-1] != i {
			e.inters = append(e.inters, i)
		}
	}
	for i, in := range n.inters {
		if (opts.From != "" || opts.To != "") && (in.day == "" || opts.From != "" && in.day < opts.From || opts.To != "" && in.day > opts.To) {
			continue
		}
		if opts.Level != StateLevel {
			for x, a := range in.persons {
				for y := x + 1; y < len(in.persons); y++ {
					b := in.persons[y]
					if state == "" || slices.Contains(in.affs[x], state) || slices.Contains(in.affs[y], state) {
						link(PersonLevel, a, b, i)
					}
				}
			}
		}
		if opts.Level != PersonLevel {
			for x, a := range in.states {
				for _, b := range in.states[x+1:] {
					if state == "" || a == state || b == state {
						link(StateLevel, a, b, i)
					}
				}
			}
		}
	}
	out := make([]Edge, 0, len(edges))
	for k, e := range edges {
		if len(e.inters) < opts.MinWeight {
			continue
		}
		ed := Edge{Level: k.level, Source: n.ref(k.a), Target: n.ref(k.b), Weight: len(e.inters),
			Interactions: make([]string, 0, len(e.inters))}
		for _, i := range e.inters {
			in := n.inters[i]
			ed.Interactions = append(ed.Interactions, string(in.iri))
			if in.day != "" {
				if ed.First == "" || in.day < ed.First {
					ed.First = in.day
				}
				ed.Last = max(ed.Last, in.day)
			}
		}
		out = append(out, ed)
	}
	slices.SortFunc(out, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(levelRank(a.Level), levelRank(b.Level)), b.Weight-a.Weight,
			strings.Compare(a.Source.ID, b.Source.ID), strings.Compare(a.Target.ID, b.Target.ID))
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// ref returns the ref of e, as [view.ref] gives it.
func (n *network) ref(e quad.IRI) EntityRef {
	if r, ok := n.refs[e]; ok {
		return r
	}
	return (&view{}).ref(e)
}
