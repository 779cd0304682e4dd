package graph

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"

	"github.com/readout/readout/schema"
)

// WriteJSONLD writes qs to w as one JSON-LD 1.1 document compacted with
// [schema.Context], which it inlines as "@context" so that the file stands
// alone. Each named graph is an object {"@id": label, "@graph": [nodes]}
// in the top-level "@graph", in the order of the labels' first quads (an
// export's label order); quads without a label are nodes of the top-level
// "@graph" itself. json-gold converts each graph from RDF and compacts it,
// one graph at a time, so its working memory grows with the largest graph,
// not with qs.
//
// Converting the document back to RDF (json-gold's ToRDF, rdflib) gives qs
// again, as [WriteNQuads] writes them: IRIs percent-encoded the same way,
// plain literals as xsd:string, typed literals with their datatype.
// Blank nodes (readout writes none) may come back renamed. (json-gold's
// ToRDF silently drops http and https IRIs of 2083 characters or more;
// readout's are far shorter.)
func WriteJSONLD(w io.Writer, qs []quad.Quad) error {
	c, err := jsonldContext()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("{\n  \"@context\": ")
	bw.Write(c.indented)
	bw.WriteString(",\n  \"@graph\": [")

	first := true
	item := func(v any) error {
		b, err := marshalIndent(v, "    ")
		if err != nil {
			return err
		}
		if !first {
			bw.WriteByte(',')
		}
		first = false
		bw.WriteString("\n    ")
		bw.Write(b)
		return nil
	}
	for _, g := range groupByLabel(qs) {
		nodes, err := c.compact(g.quads)
		if err != nil {
			return fmt.Errorf("json-ld graph %v: %w", g.label, err)
		}
		if g.label == nil {
			for _, n := range nodes {
				if err := item(n); err != nil {
					return err
				}
			}
			continue
		}
		if err := item(namedGraph{ID: ldTerm(g.label).GetValue(), Graph: nodes}); err != nil {
			return err
		}
	}
	bw.WriteString("\n  ]\n}\n")
	return bw.Flush()
}

// namedGraph is a named graph object of the export, with "@id" first.
type namedGraph struct {
	ID    string `json:"@id"`
	Graph []any  `json:"@graph"`
}

type labelGroup struct {
	label quad.Value
	quads []quad.Quad
}

// groupByLabel splits qs into graphs, in the order of each label's first
// quad; the quads of a graph keep their order.
func groupByLabel(qs []quad.Quad) []labelGroup {
	var out []labelGroup
	index := map[string]int{}
	for _, q := range qs {
		k := ""
		if q.Label != nil {
			var b strings.Builder
			writeTerm(&b, q.Label)
			k = b.String()
		}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, labelGroup{label: q.Label})
		}
		out[i].quads = append(out[i].quads, q)
	}
	return out
}

// ldContext is schema.Context, parsed by json-gold and indented for
// output. Its active context caches what compaction derives from it, so one
// ldContext serves one export at a time.
type ldContext struct {
	active   *ld.Context
	opts     *ld.JsonLdOptions
	indented []byte // the "@context" value as written, indented
}

// jsonldContext returns a new ldContext.
func jsonldContext() (*ldContext, error) {
	var raw struct {
		Context json.RawMessage `json:"@context"`
	}
	if err := json.Unmarshal([]byte(schema.Context), &raw); err != nil || raw.Context == nil {
		return nil, fmt.Errorf("schema.Context: no @context (%v)", err)
	}
	var doc any
	if err := json.Unmarshal(raw.Context, &doc); err != nil {
		return nil, fmt.Errorf("schema.Context: %w", err)
	}
	c := &ldContext{opts: ldOptions()}
	active, err := ld.NewContext(nil, c.opts).Parse(doc)
	if err != nil {
		return nil, fmt.Errorf("schema.Context: %w", err)
	}
	c.active = active
	var b bytes.Buffer
	if err := json.Indent(&b, raw.Context, "  ", "  "); err != nil {
		return nil, fmt.Errorf("schema.Context: %w", err)
	}
	c.indented = b.Bytes()
	return c, nil
}

// ldOptions are the json-gold options of the export: JSON-LD 1.1, no
// native types (an xsd:integer stays a typed string, so the round trip is
// exact), rdf:type as @type, and no document loading: the context is
// inline and remote contexts are refused.
func ldOptions() *ld.JsonLdOptions {
	opts := ld.NewJsonLdOptions("")
	opts.ProcessingMode = ld.JsonLd_1_1
	opts.UseNativeTypes = false
	opts.UseRdfType = false
	opts.DocumentLoader = noLoader{}
	return opts
}

// noLoader refuses to load documents.
type noLoader struct{}

func (noLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, "remote documents are not loaded: "+u)
}

// compact returns the node objects of the quads qs, ignoring their labels,
// compacted with the context.
func (c *ldContext) compact(qs []quad.Quad) ([]any, error) {
	ds := ld.NewRDFDataset()
	triples := make([]*ld.Quad, 0, len(qs))
	for _, q := range qs {
		triples = append(triples, ld.NewQuad(ldTerm(q.Subject), ldTerm(q.Predicate), ldTerm(q.Object), ""))
	}
	ds.Graphs["@default"] = triples
	// FromRDF gives expanded JSON-LD, which the compaction algorithm takes
	// as it is (json-gold's Compact would expand it again and parse the
	// context anew for every graph).
	expanded, err := ld.NewJsonLdApi().FromRDF(ds, c.opts)
	if err != nil {
		return nil, err
	}
	compacted, err := ld.NewJsonLdApi().Compact(c.active, "", expanded, c.opts.CompactArrays)
	if err != nil {
		return nil, err
	}
	var nodes []any
	switch v := compacted.(type) {
	case []any:
		nodes = v
	case map[string]any:
		if g, ok := v["@graph"].([]any); ok {
			nodes = g
		} else if len(v) > 0 {
			nodes = []any{v}
		}
	}
	for i, n := range nodes {
		if m, ok := n.(map[string]any); ok {
			nodes[i] = ldNode(m)
		}
	}
	return nodes, nil
}

// ldNode is a node object that marshals with its ID and type first, then
// its other keys in order.
type ldNode map[string]any

func (n ldNode) MarshalJSON() ([]byte, error) {
	rank := func(k string) int {
		switch k {
		case "@id", "id":
			return 0
		case "@type", "type":
			return 1
		}
		return 2
	}
	keys := slices.SortedFunc(maps.Keys(n), func(a, b string) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(a, b))
	})
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := enc.Encode(k); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if err := enc.Encode(n[k]); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// ldTerm converts v to a json-gold RDF term, with IRIs and blank node
// labels spelled as WriteNQuads writes them.
func ldTerm(v quad.Value) ld.Node {
	switch v := v.(type) {
	case quad.IRI:
		return ld.NewIRI(escapedIRI(string(v)))
	case quad.BNode:
		var b strings.Builder
		b.WriteString("_:")
		writeBNode(&b, string(v))
		return ld.NewBlankNode(b.String())
	case quad.String:
		return ld.NewLiteral(strings.ToValidUTF8(string(v), "\uFFFD"), ld.XSDString, "")
	case quad.TypedString:
		return ld.NewLiteral(strings.ToValidUTF8(string(v.Value), "\uFFFD"), escapedIRI(string(v.Type)), "")
	case quad.LangString:
		return ld.NewLiteral(strings.ToValidUTF8(string(v.Value), "\uFFFD"), ld.RDFLangString, v.Lang)
	case quad.TypedStringer:
		return ldTerm(v.TypedString())
	case nil:
		return nil
	}
	return ld.NewLiteral(strings.ToValidUTF8(v.String(), "\uFFFD"), ld.XSDString, "")
}

// marshalIndent is json.MarshalIndent without HTML escaping.
func marshalIndent(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
