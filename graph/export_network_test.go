package graph_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/readout/readout/graph"
)

// TestActorNetworkGolden compares the CSV export of the dev corpus's actor
// network with testdata/golden/network-nodes.csv and network-edges.csv
// (-update rewrites them).
func TestActorNetworkGolden(t *testing.T) {
	nodes, edges := corpusCSV(t)
	golden(t, "../testdata/golden/network-nodes.csv", nodes)
	golden(t, "../testdata/golden/network-edges.csv", edges)
}

// corpusCSV returns the CSV export of the dev corpus.
func corpusCSV(t testing.TB) (nodes, edges string) {
	t.Helper()
	var nb, eb bytes.Buffer
	if err := loadedCorpus(t).ExportCSV(context.Background(), &nb, &eb, graph.ExportOptions{}); err != nil {
		t.Fatalf("ExportCSV = %v", err)
	}
	return nb.String(), eb.String()
}

// TestActorNetwork checks ties every reader of the dev corpus can verify: the
// seed's call ties Antony Blinken to Ilham Aliyev and the United States to
// Azerbaijan (also tied by the Bayramov–Rubio call of 040).
func TestActorNetwork(t *testing.T) {
	_, edges := corpusCSV(t)
	rows, err := csv.NewReader(strings.NewReader(edges)).ReadAll()
	if err != nil {
		t.Fatalf("edges.csv: %v", err)
	}
	const id = "https://readout.dev/id/"
	for _, want := range [][]string{
		{id + "person/antony-blinken", id + "person/ilham-aliyev", "Undirected", "person", "1", "1"},
		{id + "state/AZE", id + "state/USA", "Undirected", "state", "2", "2"},
	} {
		found := false
		for _, r := range rows {
			found = found || strings.Join(r, ",") == strings.Join(want, ",")
		}
		if !found {
			t.Errorf("edges.csv lacks %q", want)
		}
	}
}

type graphML struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string        `xml:"id,attr"`
			Data []graphMLData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string        `xml:"source,attr"`
			Target string        `xml:"target,attr"`
			Data   []graphMLData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// TestExportGraphML checks that the GraphML export of the dev corpus is
// well-formed XML with one node per line of nodes.csv and one edge per line
// of edges.csv, each edge between declared nodes, and every node with a
// label and a kind.
func TestExportGraphML(t *testing.T) {
	doc := exportCorpus(t, graph.ExportOptions{Format: "graphml"})
	var g graphML
	dec := xml.NewDecoder(strings.NewReader(doc))
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("the GraphML export is not well-formed XML: %v", err)
	}
	nodes, edges := corpusCSV(t)
	if got, want := len(g.Graph.Nodes), strings.Count(nodes, "\n")-1; got != want || want == 0 {
		t.Errorf("GraphML has %d nodes, want %d", got, want)
	}
	if got, want := len(g.Graph.Edges), strings.Count(edges, "\n")-1; got != want || want == 0 {
		t.Errorf("GraphML has %d edges, want %d", got, want)
	}
	if g.Graph.EdgeDefault != "undirected" {
		t.Errorf("edgedefault = %q, want undirected", g.Graph.EdgeDefault)
	}
	ids := map[string]bool{}
	for _, n := range g.Graph.Nodes {
		ids[n.ID] = true
		data := map[string]string{}
		for _, d := range n.Data {
			data[d.Key] = d.Value
		}
		if data["label"] == "" || (data["kind"] != "person" && data["kind"] != "state") {
			t.Errorf("node %s: label %q, kind %q; want a label and kind person or state", n.ID, data["label"], data["kind"])
		}
	}
	for _, e := range g.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s-%s: an end is not a node", e.Source, e.Target)
		}
		weight := ""
		for _, d := range e.Data {
			if d.Key == "weight" {
				weight = d.Value
			}
		}
		if weight == "" || weight == "0" {
			t.Errorf("edge %s-%s: weight %q", e.Source, e.Target, weight)
		}
	}
}

// TestExportDOT renders the DOT export of the dev corpus with Graphviz.
func TestExportDOT(t *testing.T) {
	doc := exportCorpus(t, graph.ExportOptions{Format: "dot"})
	if !strings.Contains(doc, `"https://readout.dev/id/person/antony-blinken" -- "https://readout.dev/id/person/ilham-aliyev"`) {
		t.Error("the DOT export lacks the edge Antony Blinken -- Ilham Aliyev")
	}
	dot := tool(t, "dot", "graphviz", "the DOT export with Graphviz")
	svg := runTool(t, doc, dot, "-Tsvg")
	if !strings.Contains(svg, "<svg") || !strings.Contains(svg, "Ilham Aliyev") {
		t.Errorf("dot -Tsvg gave no SVG with the actors' names (%d bytes)", len(svg))
	}
}
