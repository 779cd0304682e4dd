package web

import (
	"cmp"
	"context"
	"math/rand/v2"
	"slices"
	"strings"

	ggraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/schema"
)

// NetworkData is what the network page draws, and /api/network answers:
// the actor network of [graph.Store.Actors] with, for each node, its
// degree and community.
type NetworkData struct {
	// Nodes are the actors at the ends of Edges, sorted by IRI.
	Nodes []Node `json:"nodes"`
	// Edges are the edges `readout network --json` prints for the same
	// filters, in its order, each with the number of readouts reporting
	// its interactions.
	Edges []graph.Tie `json:"edges"`
	// Interactions are the interactions of Edges with, for each
	// participant, what it acted for: the page filters by date, type and
	// state from them.
	Interactions []graph.NetworkInteraction `json:"interactions"`
	// Communities is the number of communities of Nodes.
	Communities int `json:"communities"`
}

// Node is an actor of the network with its degree (the number of its
// edges) and community: the Louvain community (gonum's
// community.Modularize, resolution 1, fixed seed) of the network of its
// level with edges weighted by their number of interactions, numbered from
// 0 by size, largest first.
type Node struct {
	graph.Actor
	Degree    int `json:"degree"`
	Community int `json:"community"`
}

// Network returns the network data of s for opts, keeping only the
// interactions of type typ when typ is not "" (edges then count only
// those, and lose their other interactions; opts.MinWeight applies after
// that).
func Network(ctx context.Context, s *graph.Store, opts graph.NetworkOptions, typ string) (*NetworkData, error) {
	min := opts.MinWeight
	if typ != "" {
		opts.MinWeight = 0
	}
	n, err := s.Actors(ctx, opts)
	if err != nil {
		return nil, err
	}
	if typ != "" {
		n = byType(n, typ, min)
	}
	return newNetworkData(n), nil
}

// byType keeps the interactions of n of type typ and the ties of weight
// min or more that are left.
func byType(n *graph.ActorNetwork, typ string, min int) *graph.ActorNetwork {
	out := &graph.ActorNetwork{Actors: []graph.Actor{}, Ties: []graph.Tie{}, Interactions: []graph.NetworkInteraction{}}
	kept := map[string]graph.NetworkInteraction{}
	for _, in := range n.Interactions {
		if in.Type == typ {
			kept[in.IRI] = in
		}
	}
	used := map[string]bool{}
	ends := map[string]bool{}
	for _, t := range n.Ties {
		var ins []string
		first, last := "", ""
		readouts := map[string]bool{}
		for _, i := range t.Interactions {
			in, ok := kept[i]
			if !ok {
				continue
			}
			ins = append(ins, i)
			for _, r := range in.Readouts {
				readouts[r.IRI] = true
			}
			if in.Date != "" {
				if first == "" || in.Date < first {
					first = in.Date
				}
				last = max(last, in.Date)
			}
		}
		if len(ins) == 0 || len(ins) < min {
			continue
		}
		t.Interactions, t.Weight, t.First, t.Last, t.Readouts = ins, len(ins), first, last, len(readouts)
		out.Ties = append(out.Ties, t)
		for _, i := range ins {
			used[i] = true
		}
		ends[t.Source.ID], ends[t.Target.ID] = true, true
	}
	// Network's order: persons first, heaviest first, then by IDs.
	slices.SortFunc(out.Ties, func(a, b graph.Tie) int {
		return cmp.Or(cmp.Compare(rank(a.Level), rank(b.Level)), b.Weight-a.Weight,
			strings.Compare(a.Source.ID, b.Source.ID), strings.Compare(a.Target.ID, b.Target.ID))
	})
	for _, a := range n.Actors {
		if ends[a.ID] {
			out.Actors = append(out.Actors, a)
		}
	}
	for _, in := range n.Interactions {
		if used[in.IRI] {
			out.Interactions = append(out.Interactions, in)
		}
	}
	return out
}

// newNetworkData adds degrees and communities to n.
func newNetworkData(n *graph.ActorNetwork) *NetworkData {
	d := &NetworkData{Nodes: []Node{}, Edges: n.Ties, Interactions: n.Interactions}
	index := map[string]int{}
	for i, a := range n.Actors {
		index[a.ID] = i
		d.Nodes = append(d.Nodes, Node{Actor: a})
	}
	for _, t := range n.Ties {
		d.Nodes[index[t.Source.ID]].Degree++
		d.Nodes[index[t.Target.ID]].Degree++
	}
	// One Louvain run per level: persons and states are not tied.
	next := 0
	for _, level := range []graph.Level{graph.PersonLevel, graph.StateLevel} {
		g := simple.NewWeightedUndirectedGraph(0, 0)
		for i, nd := range d.Nodes {
			if levelOf(nd.Actor) == level {
				g.AddNode(simple.Node(i))
			}
		}
		if g.Nodes().Len() == 0 {
			continue
		}
		for _, t := range n.Ties {
			if t.Level == level {
				g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(index[t.Source.ID]), simple.Node(index[t.Target.ID]), float64(t.Weight)))
			}
		}
		comms := community.Modularize(g, 1, rand.NewPCG(1, 2)).Communities()
		// Largest first, then by their first node, so numbers are stable.
		for _, c := range comms {
			slices.SortFunc(c, func(a, b ggraph.Node) int { return cmp.Compare(a.ID(), b.ID()) })
		}
		slices.SortFunc(comms, func(a, b []ggraph.Node) int {
			return cmp.Or(len(b)-len(a), cmp.Compare(a[0].ID(), b[0].ID()))
		})
		for _, c := range comms {
			for _, nd := range c {
				d.Nodes[nd.ID()].Community = next
			}
			next++
		}
	}
	d.Communities = next
	return d
}

// levelOf returns the level of an actor's ties.
func levelOf(a graph.Actor) graph.Level {
	if a.Kind == schema.State {
		return graph.StateLevel
	}
	return graph.PersonLevel
}

// EntityData is what the network page shows of an entity, and
// /api/entity/{id} answers: what `readout who --json`, `readout timeline
// --json` and `readout claims --by ID --json` print for it.
type EntityData struct {
	Profile  *graph.Profile        `json:"profile"`
	Timeline []graph.TimelineEntry `json:"timeline"`
	Claims   []graph.Claim         `json:"claims"`
}

// Entity returns the entity data of the entity with ID id.
func Entity(ctx context.Context, s *graph.Store, id string) (*EntityData, error) {
	p, err := s.Who(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &EntityData{Profile: p, Timeline: []graph.TimelineEntry{}, Claims: []graph.Claim{}}
	if tl, err := s.Timeline(ctx, id); err != nil {
		return nil, err
	} else if tl != nil {
		d.Timeline = tl
	}
	if cl, err := s.Claims(ctx, graph.ClaimFilter{By: id}); err != nil {
		return nil, err
	} else if cl != nil {
		d.Claims = cl
	}
	return d, nil
}

// rank orders levels as Network does: persons first.
func rank(l graph.Level) int {
	if l == graph.PersonLevel {
		return 0
	}
	return 1
}
