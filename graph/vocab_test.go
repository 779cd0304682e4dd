package graph_test

import (
	"regexp"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/schema"
)

// declaredTerms returns the IRIs schema.Turtle declares, by its layout rule:
// a declaration starts a line with a prefixed name, "a" and its kind. (The
// schema package's tests check the rule; TestExportRDFLib parses the file
// with rdflib.)
func declaredTerms(t testing.TB) map[string]bool {
	t.Helper()
	prefixes := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^@prefix\s+(\w*):\s*<([^>]*)>\s*\.`).FindAllStringSubmatch(schema.Turtle, -1) {
		prefixes[m[1]] = m[2]
	}
	terms := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^(\w*):(\w+)\s+a\s`).FindAllStringSubmatch(schema.Turtle, -1) {
		ns, ok := prefixes[m[1]]
		if !ok {
			t.Fatalf("readout.ttl: undefined prefix %q", m[1])
		}
		terms[ns+m[2]] = true
	}
	if len(terms) == 0 {
		t.Fatal("readout.ttl declares nothing")
	}
	return terms
}

// TestVocabularyDeclared checks that schema/readout.ttl declares every
// predicate and every class (object of rdf:type) the dev corpus's quads
// use; rdf:type itself is RDF's.
func TestVocabularyDeclared(t *testing.T) {
	declared := declaredTerms(t)
	missing := map[string]bool{}
	for _, rec := range allRecords(t) {
		for _, q := range append(graph.Quads(rec), graph.EntityQuads(rec)...) {
			iri, _ := q.Predicate.(quad.IRI)
			p := string(iri)
			if p != schema.RDFType && !declared[p] {
				missing[p] = true
			}
			if o, ok := q.Object.(quad.IRI); ok && p == schema.RDFType && !declared[string(o)] {
				missing[string(o)] = true
			}
		}
	}
	for iri := range missing {
		t.Errorf("schema/readout.ttl does not declare <%s>, which the graph of testdata/readouts uses", iri)
	}
}
