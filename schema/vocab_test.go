package schema

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// vocabTerms returns the class and property IRIs that vocab.go names, by
// constant name: every string constant whose value is an IRI, except the
// namespaces (ending in '/' or '#'), rdf:type (RDF's own) and the XML Schema
// datatypes.
func vocabTerms(t testing.TB) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "vocab.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Only constants matter: import errors are ignored.
	conf := types.Config{Error: func(error) {}}
	pkg, _ := conf.Check("schema", fset, []*ast.File{f}, nil)
	terms := map[string]string{}
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || c.Val().Kind() != constant.String {
			continue
		}
		v := constant.StringVal(c.Val())
		switch {
		case !strings.HasPrefix(v, "http"), strings.HasSuffix(v, "/"), strings.HasSuffix(v, "#"),
			v == RDFType, strings.HasPrefix(v, "http://www.w3.org/2001/XMLSchema#"):
			continue
		}
		terms[name] = v
	}
	if len(terms) == 0 {
		t.Fatal("vocab.go names no terms")
	}
	return terms
}

// declaration is a term readout.ttl declares.
type declaration struct {
	iri   string
	kind  string // owl:Class, owl:ObjectProperty, owl:DatatypeProperty, ...
	block string // the declaration's text
}

var (
	prefixRE = regexp.MustCompile(`(?m)^@prefix\s+(\w*):\s*<([^>]*)>\s*\.`)
	declRE   = regexp.MustCompile(`^(\w*):(\w+)\s+a\s+(\w*:\w+)`)
)

// declarations parses the declarations of readout.ttl by its layout rule:
// blocks separated by blank lines, each declaration a block that starts
// with a prefixed name, "a" and its kind.
func declarations(t testing.TB) (map[string]declaration, map[string]string) {
	t.Helper()
	prefixes := map[string]string{}
	for _, m := range prefixRE.FindAllStringSubmatch(Turtle, -1) {
		prefixes[m[1]] = m[2]
	}
	decls := map[string]declaration{}
	for _, block := range strings.Split(Turtle, "\n\n") {
		block = strings.TrimSpace(block)
		for strings.HasPrefix(block, "#") { // comment lines before the block
			_, block, _ = strings.Cut(block, "\n")
		}
		m := declRE.FindStringSubmatch(block)
		if m == nil {
			if !strings.HasPrefix(block, "<"+NS+"> a owl:Ontology") &&
				(strings.Contains(block, " a owl:") || strings.Contains(block, " a rdfs:")) {
				t.Errorf("readout.ttl: a declaration breaks the layout rule:\n%s", block)
			}
			continue
		}
		ns, ok := prefixes[m[1]]
		if !ok {
			t.Fatalf("readout.ttl: undefined prefix %q", m[1])
		}
		d := declaration{iri: ns + m[2], kind: m[3], block: block}
		if _, dup := decls[d.iri]; dup {
			t.Errorf("readout.ttl declares %s twice", d.iri)
		}
		decls[d.iri] = d
	}
	return decls, prefixes
}

// TestTurtleDeclaresVocab checks that readout.ttl declares each term
// vocab.go names, and vocab.go names each term readout.ttl declares, with a
// label, a comment and its defining vocabulary.
func TestTurtleDeclaresVocab(t *testing.T) {
	terms := vocabTerms(t)
	decls, prefixes := declarations(t)
	if prefixes[Prefix] != NS {
		t.Errorf("readout.ttl: prefix %s: is <%s>, want NS <%s>", Prefix, prefixes[Prefix], NS)
	}
	named := map[string]bool{}
	for name, iri := range terms {
		named[iri] = true
		if _, ok := decls[iri]; !ok {
			t.Errorf("readout.ttl does not declare %s (<%s>)", name, iri)
		}
	}
	for iri, d := range decls {
		if !named[iri] {
			t.Errorf("readout.ttl declares <%s>, which vocab.go does not name", iri)
		}
		for _, p := range []string{"rdfs:label", "rdfs:comment", "rdfs:isDefinedBy"} {
			if !strings.Contains(d.block, p) {
				t.Errorf("readout.ttl: <%s> has no %s", iri, p)
			}
		}
		switch d.kind {
		case "owl:Class", "owl:ObjectProperty", "owl:DatatypeProperty":
		default:
			t.Errorf("readout.ttl: <%s> is a %s, want owl:Class, owl:ObjectProperty or owl:DatatypeProperty", iri, d.kind)
		}
	}
}

// TestContext checks that context.jsonld has one term for each term
// readout.ttl declares, coerced to IRIs exactly for the object properties,
// and no term for anything else.
func TestContext(t *testing.T) {
	var doc struct {
		Context map[string]any `json:"@context"`
	}
	if err := json.Unmarshal([]byte(Context), &doc); err != nil {
		t.Fatalf("context.jsonld: %v", err)
	}
	decls, prefixes := declarations(t)
	expand := func(s string) string {
		if p, local, ok := strings.Cut(s, ":"); ok && prefixes[p] != "" {
			return prefixes[p] + local
		}
		return s
	}
	terms := map[string][]string{} // IRI -> context terms
	for name, def := range doc.Context {
		var iri string
		coerced := ""
		switch def := def.(type) {
		case string:
			iri = def
		case map[string]any:
			iri, _ = def["@id"].(string)
			coerced, _ = def["@type"].(string)
		}
		if strings.HasPrefix(iri, "@") || prefixes[name] == iri {
			continue // a keyword alias or a prefix
		}
		iri = expand(iri)
		terms[iri] = append(terms[iri], name)
		d, ok := decls[iri]
		switch {
		case !ok:
			t.Errorf("context term %q is <%s>, which readout.ttl does not declare", name, iri)
		case (d.kind == "owl:ObjectProperty") != (coerced == "@id"):
			t.Errorf("context term %q: a %s with @type %q", name, d.kind, coerced)
		}
	}
	for iri := range decls {
		if n := len(terms[iri]); n != 1 {
			t.Errorf("context.jsonld has %d terms for <%s> (%q), want 1", n, iri, terms[iri])
		}
	}
	for p, ns := range prefixes {
		if doc.Context[p] != ns {
			t.Errorf("context.jsonld: prefix %q is %v, want %q as in readout.ttl", p, doc.Context[p], ns)
		}
	}
}

// TestTurtleParses runs readout.ttl through serdi and rapper, strict Turtle
// parsers, when they are installed (.ci/run installs both).
func TestTurtleParses(t *testing.T) {
	for _, tc := range []struct {
		name, pkg string
		args      []string
	}{
		{"serdi", "serdi", []string{"-i", "turtle", "-o", "ntriples", "-", NS}},
		{"rapper", "raptor2-utils", []string{"-q", "-i", "turtle", "-o", "ntriples", "-", NS}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, err := exec.LookPath(tc.name)
			if err != nil {
				t.Skipf("%s not installed (apt-get install %s): readout.ttl not checked with it", tc.name, tc.pkg)
			}
			cmd := exec.Command(path, tc.args...)
			cmd.Stdin = strings.NewReader(Turtle)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil || stderr.Len() > 0 {
				t.Fatalf("%s %s < readout.ttl: %v\n%s", tc.name, strings.Join(tc.args, " "), err, stderr.String())
			}
			// Each declared term is typed in the output.
			decls, _ := declarations(t)
			for iri := range decls {
				if !strings.Contains(stdout.String(), "<"+iri+"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>") {
					t.Errorf("%s does not read <%s> as a declaration", tc.name, iri)
				}
			}
			if n := strings.Count(stdout.String(), "\n"); n < 5*len(decls) {
				t.Errorf("%s read %d triples, want at least %d (five per term)", tc.name, n, 5*len(decls))
			}
		})
	}
}
