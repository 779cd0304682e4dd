package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/schema"
)

// The export tests share one memory store holding the dev corpus
// (testdata/readouts), loaded once.
var corpusStore struct {
	once sync.Once
	s    *graph.Store
	err  error
}

func loadedCorpus(t testing.TB) *graph.Store {
	t.Helper()
	recs := allRecords(t)
	corpusStore.once.Do(func() {
		ctx := context.Background()
		s, err := graph.Open(ctx, graph.Memory, graph.Options{})
		if err == nil {
			_, err = s.Load(ctx, recs)
		}
		corpusStore.s, corpusStore.err = s, err
	})
	if corpusStore.err != nil {
		t.Fatalf("loading testdata/readouts: %v", corpusStore.err)
	}
	return corpusStore.s
}

// exportCorpus returns the export of the dev corpus that opts selects,
// made once.
func exportCorpus(t testing.TB, opts graph.ExportOptions) string {
	t.Helper()
	s := loadedCorpus(t)
	corpusExports.Lock()
	defer corpusExports.Unlock()
	if out, ok := corpusExports.m[opts]; ok {
		return out
	}
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, opts); err != nil {
		t.Fatalf("Export(%+v) = %v", opts, err)
	}
	if corpusExports.m == nil {
		corpusExports.m = map[graph.ExportOptions]string{}
	}
	corpusExports.m[opts] = b.String()
	return b.String()
}

var corpusExports struct {
	sync.Mutex
	m map[graph.ExportOptions]string
}

// tool returns the path of the program name, or skips the test, saying
// what is not checked. .ci/run installs every tool these tests use.
func tool(t testing.TB, name, pkg, what string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (apt-get install %s): %s not checked", name, pkg, what)
	}
	return path
}

// runTool runs path with args and stdin and returns its standard output;
// it fails the test if the program fails or writes to standard error.
func runTool(t testing.TB, stdin string, path string, args ...string) string {
	t.Helper()
	cmd := exec.Command(path, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(path), strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// TestExportRapper checks the N-Quads export of the dev corpus with rapper
// (Raptor), a second strict parser after serdi (TestExportSerdi).
func TestExportRapper(t *testing.T) {
	nq := exportCorpus(t, graph.ExportOptions{Format: "nquads"})
	rapper := tool(t, "rapper", "raptor2-utils", "the N-Quads export with rapper")
	out := runTool(t, nq, rapper, "-q", "-i", "nquads", "-o", "nquads", "-", schema.ReadoutNS)
	if got, want := strings.Count(out, "\n"), strings.Count(nq, "\n"); got != want {
		t.Errorf("rapper read %d quads, want %d", got, want)
	}
}

// TestExportRDFLib loads the N-Quads and JSON-LD exports of the dev corpus
// with rdflib (testdata/queries/sparql.py) and checks that it reads every
// quad from both, that readout.ttl declares every predicate and class the
// export uses, and that each SPARQL query testdata/queries/NAME.rq returns
// the same set as the Gizmo recipe NAME.js through Store.Query.
func TestExportRDFLib(t *testing.T) {
	nq := exportCorpus(t, graph.ExportOptions{Format: "nquads"})
	jsonld := exportCorpus(t, graph.ExportOptions{Format: "jsonld"})
	python := "/usr/bin/python3"
	if _, err := os.Stat(python); err != nil {
		t.Skipf("%s not installed (apt-get install python3-rdflib): export not checked with rdflib", python)
	}
	if err := exec.Command(python, "-c", "import rdflib").Run(); err != nil {
		t.Skipf("rdflib not installed (apt-get install python3-rdflib): export not checked with rdflib (%v)", err)
	}
	queries, err := filepath.Glob("../testdata/queries/*.rq")
	if err != nil || len(queries) == 0 {
		t.Fatalf("no testdata/queries/*.rq (%v)", err)
	}
	dir := t.TempDir()
	nqPath, ldPath := filepath.Join(dir, "export.nq"), filepath.Join(dir, "export.jsonld")
	if err := os.WriteFile(nqPath, []byte(nq), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ldPath, []byte(jsonld), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"../testdata/queries/sparql.py", nqPath, "../schema/readout.ttl", ldPath}, queries...)
	out := runTool(t, "", python, args...)
	var got struct {
		Quads       int                 `json:"quads"`
		JSONLDQuads int                 `json:"jsonld_quads"`
		JSONLDSame  bool                `json:"jsonld_same"`
		Undeclared  []string            `json:"undeclared"`
		Results     map[string][]string `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("sparql.py printed %q: %v", out, err)
	}
	if want := strings.Count(nq, "\n"); got.Quads != want {
		t.Errorf("rdflib read %d quads from the N-Quads export, want %d", got.Quads, want)
	}
	if got.JSONLDQuads != got.Quads || !got.JSONLDSame {
		t.Errorf("rdflib read %d quads from the JSON-LD export (the same as from N-Quads: %v), want the %d of the N-Quads export",
			got.JSONLDQuads, got.JSONLDSame, got.Quads)
	}
	if len(got.Undeclared) > 0 {
		t.Errorf("schema/readout.ttl does not declare %q", got.Undeclared)
	}

	s := loadedCorpus(t)
	for _, q := range queries {
		name := filepath.Base(q)
		t.Run(name, func(t *testing.T) {
			sparql := got.Results[name]
			if len(sparql) == 0 {
				t.Fatalf("%s returned nothing: a recipe should find something in testdata", name)
			}
			js := strings.TrimSuffix(q, ".rq") + ".js"
			src, err := os.ReadFile(js)
			if err != nil {
				t.Fatalf("%s has no Gizmo twin: %v", name, err)
			}
			var b bytes.Buffer
			if _, err := s.Query(context.Background(), "gizmo", string(src), &b, graph.QueryOptions{}); err != nil {
				t.Fatalf("Query(%s) = %v", js, err)
			}
			gizmo := gizmoIDs(t, b.String())
			if !slices.Equal(gizmo, sparql) {
				t.Errorf("SPARQL %s = %q\nGizmo %s = %q", name, sparql, filepath.Base(js), gizmo)
			}
		})
	}
}

// gizmoIDs returns the sorted "id" values of Gizmo results, IRIs without
// their angle brackets.
func gizmoIDs(t testing.TB, out string) []string {
	t.Helper()
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("Gizmo printed %q: %v", out, err)
	}
	var ids []string
	for _, r := range rows {
		id, ok := r["id"].(string)
		if !ok {
			t.Fatalf("Gizmo result %v has no string id", r)
		}
		ids = append(ids, strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">"))
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// TestExportJSONLD converts the JSON-LD export of the dev corpus back to RDF
// with json-gold and checks that it gives exactly the N-Quads export, and
// that exporting twice gives the same bytes.
func TestExportJSONLD(t *testing.T) {
	nq := exportCorpus(t, graph.ExportOptions{Format: "nquads"})
	doc := exportCorpus(t, graph.ExportOptions{Format: "jsonld"})
	var again bytes.Buffer
	if err := loadedCorpus(t).Export(context.Background(), &again, graph.ExportOptions{Format: "jsonld"}); err != nil {
		t.Fatal(err)
	}
	if again.String() != doc {
		t.Error("two JSON-LD exports of the same store differ")
	}
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("the JSON-LD export is not JSON: %v", err)
	}
	res, err := ld.NewJsonLdProcessor().ToRDF(v, ld.NewJsonLdOptions(""))
	if err != nil {
		t.Fatalf("ToRDF(export) = %v", err)
	}
	var b bytes.Buffer
	if err := graph.WriteNQuads(&b, graph.SortQuads(fromLD(t, res.(*ld.RDFDataset)))); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != nq {
		t.Errorf("JSON-LD export -> json-gold ToRDF differs from the N-Quads export:\n%s", diffLines(nq, got))
	}
}

// fromLD converts a json-gold dataset to quads.
func fromLD(t testing.TB, ds *ld.RDFDataset) []quad.Quad {
	t.Helper()
	term := func(n ld.Node) quad.Value {
		switch n := n.(type) {
		case ld.IRI:
			return quad.IRI(n.Value)
		case ld.BlankNode:
			return quad.BNode(strings.TrimPrefix(n.Attribute, "_:"))
		case ld.Literal:
			switch {
			case n.Language != "":
				return quad.LangString{Value: quad.String(n.Value), Lang: n.Language}
			case n.Datatype == ld.XSDString || n.Datatype == "":
				return quad.String(n.Value)
			}
			return quad.TypedString{Value: quad.String(n.Value), Type: quad.IRI(n.Datatype)}
		}
		t.Fatalf("json-gold term %#v", n)
		return nil
	}
	var qs []quad.Quad
	for name, triples := range ds.Graphs {
		var label quad.Value
		if name != "@default" {
			label = quad.IRI(name)
		}
		for _, tr := range triples {
			qs = append(qs, quad.Quad{Subject: term(tr.Subject), Predicate: term(tr.Predicate), Object: term(tr.Object), Label: label})
		}
	}
	return qs
}

// TestExportReadout checks ExportOptions.Readout: one readout, by source
// path or IRI, exports as a store holding only that readout would.
func TestExportReadout(t *testing.T) {
	ctx := context.Background()
	rec := readCorpus(t)[0].recs[0]
	s, err := graph.Open(ctx, graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, []*extract.Record{rec}); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"nquads", "jsonld", "graphml", "dot"} {
		var want bytes.Buffer
		if err := s.Export(ctx, &want, graph.ExportOptions{Format: format}); err != nil {
			t.Fatal(err)
		}
		iri := schema.ReadoutIRI(rec.Source)
		for _, r := range []string{rec.Source, "./" + rec.Source, iri, "<" + iri + ">"} {
			got := exportCorpus(t, graph.ExportOptions{Format: format, Readout: r})
			if got != want.String() {
				t.Errorf("Export(%s, Readout %q) is not the export of a store holding only that readout:\n%s",
					format, r, diffLines(want.String(), got))
			}
		}
	}
	var b bytes.Buffer
	err = loadedCorpus(t).Export(ctx, &b, graph.ExportOptions{Readout: "testdata/readouts/nosuch.txt"})
	if !errors.Is(err, graph.ErrNoReadout) {
		t.Errorf("Export(Readout nosuch) = %v, want ErrNoReadout", err)
	}
	for _, f := range []string{"csv", "turtle"} {
		if err := s.Export(ctx, &b, graph.ExportOptions{Format: f}); !errors.Is(err, graph.ErrUnknownFormat) {
			t.Errorf("Export(%s) = %v, want ErrUnknownFormat", f, err)
		}
	}
}
