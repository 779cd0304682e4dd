package graph

// The graphml, dot and csv exports of an [ActorNetwork].

import (
	"bufio"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/readout/readout/schema"
)

// index returns the position of each actor in n.Actors by ID.
func (n *ActorNetwork) index() map[string]int {
	m := make(map[string]int, len(n.Actors))
	for i, a := range n.Actors {
		m[a.ID] = i
	}
	return m
}

// iri returns the IRI of the entity e.
func (n *ActorNetwork) iri(e EntityRef) string { return schema.EntityIRI(e.ID) }

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
		fmt.Fprintf(bw, `    <edge id="e%d" source="n%d" target="n%d">`, i, ix[t.Source.ID], ix[t.Target.ID])
		data("weight", strconv.Itoa(t.Weight))
		data("tie", string(t.Kind()))
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
			dotID(n.iri(t.Source)), dotID(n.iri(t.Target)), t.Weight, min(t.Weight, 8), dotID(string(t.Kind())), t.Readouts)
		if t.Kind() == schema.State {
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
		ew.Write([]string{n.iri(t.Source), n.iri(t.Target), "Undirected", string(t.Kind()), strconv.Itoa(t.Weight), strconv.Itoa(t.Readouts)})
	}
	ew.Flush()
	return ew.Error()
}
