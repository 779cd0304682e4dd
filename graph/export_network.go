package graph

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// ActorNetwork is the actor network the graphml, dot and csv exports carry:
// the persons and states that took part in the interactions the readouts
// report, tied by the number of interactions they took part in together.
//
// An event is a node typed schema:Event that was derived from a readout
// (prov:wasDerivedFrom); an entity of kind event, such as COP29, is not one.
// Events that point to the same interaction (ro:interaction: two
// governments' readouts of one call) are one interaction; any other event
// is an interaction of its own. An interaction's actors are the
// participants and initiators of its events that are persons or states
// and, for each person, the states it held a role for in the readout
// reporting the event (ro:role, ro:of). Every pair of persons among an
// interaction's actors is one person tie and every pair of states one state
// tie; persons and states are not tied to each other (a person's states
// are its [Actor.States]). Institutions are left out.
//
// The network is computed from the quads alone, apart from the analyst
// commands' network.
type ActorNetwork struct {
	Actors []Actor // sorted by IRI
	Ties   []Tie   // sorted by Source, then Target
}

// Actor is a node of an [ActorNetwork]: a person or a state that took part
// in at least one interaction.
type Actor struct {
	IRI          string      // the entity's IRI
	Kind         schema.Kind // schema.Person or schema.State
	Name         string      // schema:name, else the last segment of IRI
	ISO3         string      // a state's ISO 3166-1 alpha-3 code
	QID          string      // the Wikidata item ("Q227"), if known
	States       []string    // a person's states (ISO3, else IRI), sorted
	Interactions int         // the number of interactions it took part in
}

// Tie is an undirected edge of an [ActorNetwork] between two actors of the
// same kind.
type Tie struct {
	Source, Target string      // actor IRIs, Source < Target
	Kind           schema.Kind // schema.Person or schema.State
	Weight         int         // the number of interactions both took part in, > 0
	Readouts       int         // the number of readouts reporting them
}

// NewActorNetwork returns the actor network of qs, which should hold the
// readout graphs and the entity and interaction graphs they refer to (as
// [Store.Export] selects them). It is deterministic: the order of qs does
// not matter.
func NewActorNetwork(qs []quad.Quad) *ActorNetwork {
	type roleRef struct{ readout, role quad.Value }
	var (
		types       = map[quad.Value]map[quad.Value]bool{}
		names       = map[quad.Value]string{}
		iso3s       = map[quad.Value]string{}
		qids        = map[quad.Value]string{}
		derived     = map[quad.Value][]quad.Value{} // event -> readouts
		interaction = map[quad.Value]string{}       // event -> interaction
		actors      = map[quad.Value][]quad.Value{}
		roles       = map[quad.Value][]roleRef{} // entity -> its roles
		roleOf      = map[quad.Value][]quad.Value{}
	)
	// least keeps the least of the strings a node has for a property.
	least := func(m map[quad.Value]string, k quad.Value, v string) {
		if old, ok := m[k]; !ok || v < old {
			m[k] = v
		}
	}
	for _, q := range qs {
		switch p, _ := q.Predicate.(quad.IRI); string(p) {
		case schema.RDFType:
			if types[q.Subject] == nil {
				types[q.Subject] = map[quad.Value]bool{}
			}
			types[q.Subject][q.Object] = true
		case schema.SchemaName:
			if s, ok := q.Object.(quad.String); ok {
				least(names, q.Subject, string(s))
			}
		case schema.ISO3:
			if s, ok := q.Object.(quad.String); ok {
				least(iso3s, q.Subject, string(s))
			}
		case schema.OWLSameAs:
			if iri, ok := q.Object.(quad.IRI); ok {
				if qid, ok := strings.CutPrefix(string(iri), schema.WikidataNS); ok {
					least(qids, q.Subject, qid)
				}
			}
		case schema.ProvWasDerivedFrom:
			derived[q.Subject] = append(derived[q.Subject], q.Object)
		case schema.Interaction:
			if iri, ok := q.Object.(quad.IRI); ok {
				least(interaction, q.Subject, string(iri))
			}
		case schema.Participant, schema.Initiator:
			actors[q.Subject] = append(actors[q.Subject], q.Object)
		case schema.Role:
			roles[q.Subject] = append(roles[q.Subject], roleRef{q.Label, q.Object})
		case schema.Of:
			roleOf[q.Subject] = append(roleOf[q.Subject], q.Object)
		}
	}
	is := func(v quad.Value, class string) bool { return types[v][quad.IRI(class)] }
	key := func(v quad.Value) string {
		if iri, ok := v.(quad.IRI); ok {
			return string(iri)
		}
		return v.String()
	}

	// The interactions, by the interaction's IRI or the lone event's.
	type unit struct {
		persons, countries, readouts map[quad.Value]bool
	}
	units := map[string]*unit{}
	states := map[string]map[string]bool{} // person -> states
	for ev, from := range derived {
		if !is(ev, schema.SchemaEvent) {
			continue
		}
		k := cmp.Or(interaction[ev], key(ev))
		u := units[k]
		if u == nil {
			u = &unit{map[quad.Value]bool{}, map[quad.Value]bool{}, map[quad.Value]bool{}}
			units[k] = u
		}
		for _, r := range from {
			u.readouts[r] = true
		}
		for _, a := range actors[ev] {
			switch {
			case !isIRI(a):
			case is(a, schema.SchemaPerson):
				u.persons[a] = true
				for _, r := range roles[a] {
					if !slices.Contains(from, r.readout) {
						continue
					}
					for _, st := range roleOf[r.role] {
						if isIRI(st) && is(st, schema.SchemaCountry) {
							u.countries[st] = true
							if states[key(a)] == nil {
								states[key(a)] = map[string]bool{}
							}
							states[key(a)][cmp.Or(iso3s[st], key(st))] = true
						}
					}
				}
			case is(a, schema.SchemaCountry):
				u.countries[a] = true
			}
		}
	}

	type tieKey struct{ a, b string }
	var (
		nodes    = map[string]*Actor{}
		weights  = map[tieKey]int{}
		readouts = map[tieKey]map[quad.Value]bool{}
	)
	tie := func(members map[quad.Value]bool, kind schema.Kind, u *unit) {
		var ks []string
		for v := range members {
			k := key(v)
			if nodes[k] == nil {
				name := names[v]
				if name == "" {
					name = k[strings.LastIndexByte(k, '/')+1:]
				}
				nodes[k] = &Actor{IRI: k, Kind: kind, Name: name, ISO3: iso3s[v], QID: qids[v]}
			}
			nodes[k].Interactions++
			ks = append(ks, k)
		}
		slices.Sort(ks)
		for i, a := range ks {
			for _, b := range ks[i+1:] {
				t := tieKey{a, b}
				weights[t]++
				if readouts[t] == nil {
					readouts[t] = map[quad.Value]bool{}
				}
				maps.Copy(readouts[t], u.readouts)
			}
		}
	}
	for _, u := range units {
		tie(u.persons, schema.Person, u)
		tie(u.countries, schema.State, u)
	}

	n := &ActorNetwork{}
	for _, k := range slices.Sorted(maps.Keys(nodes)) {
		a := nodes[k]
		a.States = slices.Sorted(maps.Keys(states[k]))
		n.Actors = append(n.Actors, *a)
	}
	for t, w := range weights {
		n.Ties = append(n.Ties, Tie{Source: t.a, Target: t.b, Kind: nodes[t.a].Kind, Weight: w, Readouts: len(readouts[t])})
	}
	slices.SortFunc(n.Ties, func(x, y Tie) int {
		return cmp.Or(strings.Compare(x.Source, y.Source), strings.Compare(x.Target, y.Target))
	})
	return n
}

func isIRI(v quad.Value) bool {
	_, ok := v.(quad.IRI)
	return ok
}

// index returns the position of each actor in n.Actors by IRI.
func (n *ActorNetwork) index() map[string]int {
	m := make(map[string]int, len(n.Actors))
	for i, a := range n.Actors {
		m[a.IRI] = i
	}
	return m
}

// WriteGraphML writes n as GraphML (http://graphml.graphdrawing.org/), an
// undirected graph for Gephi, yEd or NetworkX. Nodes are n0, n1, ... in the
// order of n.Actors, with the attributes label, kind ("person", "state"),
// iri, iso3, qid, states (ISO3 codes separated by "|") and interactions; edges
// carry weight (a double, which Gephi uses as the edge weight), kind and
// readouts.
func (n *ActorNetwork) WriteGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="iri" for="node" attr.name="iri" attr.type="string"/>
  <key id="iso3" for="node" attr.name="iso3" attr.type="string"/>
  <key id="qid" for="node" attr.name="qid" attr.type="string"/>
  <key id="states" for="node" attr.name="states" attr.type="string"/>
  <key id="interactions" for="node" attr.name="interactions" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="tie" for="edge" attr.name="kind" attr.type="string"/>
  <key id="readouts" for="edge" attr.name="readouts" attr.type="int"/>
  <graph id="actors" edgedefault="undirected">
`)
	data := func(key, v string) {
		if v == "" {
			return
		}
		fmt.Fprintf(bw, `<data key="%s">`, key)
		xml.EscapeText(bw, []byte(strings.ToValidUTF8(v, "\uFFFD")))
		bw.WriteString(`</data>`)
	}
	for i, a := range n.Actors {
		fmt.Fprintf(bw, `    <node id="n%d">`, i)
		data("label", a.Name)
		data("kind", string(a.Kind))
		data("iri", a.IRI)
		data("iso3", a.ISO3)
		data("qid", a.QID)
		data("states", strings.Join(a.States, "|"))
		data("interactions", strconv.Itoa(a.Interactions))
		bw.WriteString("</node>\n")
	}
	ix := n.index()
	for i, t := range n.Ties {
		fmt.Fprintf(bw, `    <edge id="e%d" source="n%d" target="n%d">`, i, ix[t.Source], ix[t.Target])
		data("weight", strconv.Itoa(t.Weight))
		data("tie", string(t.Kind))
		data("readouts", strconv.Itoa(t.Readouts))
		bw.WriteString("</edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// WriteDOT writes n as an undirected Graphviz graph named "actors". Node IDs
// are the actors' IRIs; persons are ellipses and states boxes, labelled with
// their names; each node also has the attributes kind, iso3 and
// interactions. Edges have weight (the tie's weight, which dot and neato
// use to pull the pair together), penwidth growing with it up to 8, kind
// and readouts; state ties are dashed. Render it with `dot -Tsvg`, or `neato`/`sfdp` for
// large networks.
func (n *ActorNetwork) WriteDOT(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("// The actor network of readout: persons and states that took part in the\n")
	bw.WriteString("// same interactions; an edge's weight is the number of those interactions.\n")
	bw.WriteString("graph actors {\n  graph [overlap=false];\n  node [fontname=\"Helvetica\"];\n")
	for _, a := range n.Actors {
		shape := "ellipse"
		if a.Kind == schema.State {
			shape = "box"
		}
		fmt.Fprintf(bw, "  %s [label=%s, kind=%s, shape=%s", dotID(a.IRI), dotID(a.Name), dotID(string(a.Kind)), shape)
		if a.ISO3 != "" {
			fmt.Fprintf(bw, ", iso3=%s", dotID(a.ISO3))
		}
		fmt.Fprintf(bw, ", interactions=%d];\n", a.Interactions)
	}
	for _, t := range n.Ties {
		fmt.Fprintf(bw, "  %s -- %s [weight=%d, penwidth=%d, kind=%s, readouts=%d",
			dotID(t.Source), dotID(t.Target), t.Weight, min(t.Weight, 8), dotID(string(t.Kind)), t.Readouts)
		if t.Kind == schema.State {
			bw.WriteString(", style=dashed")
		}
		bw.WriteString("];\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotID quotes s as a DOT string: backslashes and double quotes escaped,
// line breaks as \n.
func dotID(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// WriteCSV writes n as two CSV files (RFC 4180, with a header line) in the
// layout Gephi's spreadsheet import expects: to nodes the actors, with the
// columns Id (IRI), Label, Kind, ISO3, QID, States (ISO3 codes separated by
// "|") and Interactions; to edges the ties, with Source and Target (IRIs), Type
// ("Undirected"), Kind, Weight and Readouts.
func (n *ActorNetwork) WriteCSV(nodes, edges io.Writer) error {
	nw := csv.NewWriter(nodes)
	nw.Write([]string{"Id", "Label", "Kind", "ISO3", "QID", "States", "Interactions"})
	for _, a := range n.Actors {
		nw.Write([]string{a.IRI, a.Name, string(a.Kind), a.ISO3, a.QID, strings.Join(a.States, "|"), strconv.Itoa(a.Interactions)})
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	ew := csv.NewWriter(edges)
	ew.Write([]string{"Source", "Target", "Type", "Kind", "Weight", "Readouts"})
	for _, t := range n.Ties {
		ew.Write([]string{t.Source, t.Target, "Undirected", string(t.Kind), strconv.Itoa(t.Weight), strconv.Itoa(t.Readouts)})
	}
	ew.Flush()
	return ew.Error()
}
