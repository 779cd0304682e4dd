package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// Problem is one thing [Store.Verify] found wrong with a readout graph.
type Problem struct {
	Readout string // the readout's IRI (its graph label)
	Source  string // its dcterms:source; may be empty
	Msg     string
}

func (p Problem) String() string {
	if p.Source != "" {
		return fmt.Sprintf("%s (%s): %s", p.Readout, p.Source, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Readout, p.Msg)
}

// VerifyStats counts what [Store.Verify] checked.
type VerifyStats struct {
	Readouts int // readout graphs checked
	Quads    int // quads in them
}

// Verify checks every readout graph (every node typed ro:Readout) and
// returns the problems found, nil when there are none:
//
//   - the readout node has its source, content hash and extractor version,
//     and its graph holds only quads about the readout and its own events,
//     claims and roles, each typed;
//   - every reference resolves: the main event, the events claims belong
//     to and the roles entities hold are nodes of the graph; every entity
//     the graph names has an entity record in it and a graph of its own with
//     a type and a name; the main event points (ro:interaction) to an
//     interaction its interaction graph describes;
//   - the view index, when complete, holds exactly the view quads of every
//     graph (a problem names the graph's label, which may be an entity's or
//     an interaction's).
//
// Verify reads each readout graph once; its error is for a store it could
// not read.
func (s *Store) Verify(ctx context.Context) ([]Problem, VerifyStats, error) {
	ctx, done := s.readView(ctx)
	defer done()
	var st VerifyStats
	typed, err := s.quadsWith(ctx, quad.Object, quad.IRI(schema.Readout))
	if err != nil {
		return nil, st, &DBError{Op: "verify", Path: s.db, Err: err}
	}
	var labels []quad.IRI
	for _, q := range typed {
		if r, ok := q.Subject.(quad.IRI); ok && q.Predicate == quad.IRI(schema.RDFType) && q.Label == r {
			labels = append(labels, r)
		}
	}
	slices.Sort(labels)
	labels = slices.Compact(labels)
	entities := map[quad.IRI]string{} // entity graph problems, "" when fine
	interactions := map[quad.IRI]bool{}
	var problems []Problem
	for _, label := range labels {
		qs, err := s.graphQuads(ctx, label)
		if err != nil {
			return nil, st, &DBError{Op: "verify", Path: s.db, Err: err}
		}
		st.Readouts++
		st.Quads += len(qs)
		ps, err := s.verifyReadout(ctx, label, qs, entities, interactions)
		if err != nil {
			return nil, st, &DBError{Op: "verify", Path: s.db, Err: err}
		}
		problems = append(problems, ps...)
	}
	ps, err := s.checkViewIndex(ctx)
	if err != nil {
		return nil, st, &DBError{Op: "verify", Path: s.db, Err: err}
	}
	return append(problems, ps...), st, ctx.Err()
}

func (s *Store) verifyReadout(ctx context.Context, label quad.IRI, qs []quad.Quad, entities map[quad.IRI]string, interactions map[quad.IRI]bool) ([]Problem, error) {
	r := string(label)
	var (
		problems []Problem
		source   string
		props    = map[string]bool{}
		typed    = map[quad.IRI]bool{}   // nodes of the graph with rdf:type
		refs     = map[quad.IRI]string{} // own nodes referenced, by predicate
		named    = map[quad.IRI]bool{}   // entities the graph refers to
		records  = map[quad.IRI]bool{}   // entities with an entity record
		main     []quad.IRI
	)
	own := func(v quad.Value) (quad.IRI, bool) {
		i, ok := v.(quad.IRI)
		return i, ok && strings.HasPrefix(string(i), r+"/")
	}
	entity := func(v quad.Value) (quad.IRI, bool) {
		i, ok := v.(quad.IRI)
		return i, ok && strings.HasPrefix(string(i), schema.IDNS)
	}
	for _, q := range qs {
		p, _ := q.Predicate.(quad.IRI)
		switch sub, ok := own(q.Subject); {
		case q.Subject == label:
			props[string(p)] = true
			if p == quad.IRI(schema.DCSource) {
				if v, ok := q.Object.(quad.String); ok {
					source = string(v)
				}
			}
			if p == quad.IRI(schema.MainEvent) {
				if e, ok := q.Object.(quad.IRI); ok {
					main = append(main, e)
				}
			}
		case ok:
			if p == quad.IRI(schema.RDFType) {
				typed[sub] = true
			}
		default:
			e, ok := entity(q.Subject)
			if !ok {
				problems = append(problems, Problem{Readout: r, Msg: fmt.Sprintf("quad about %v, which is neither the readout, one of its nodes nor an entity", q.Subject)})
				continue
			}
			named[e] = true
			if p == quad.IRI(schema.EntityRecord) {
				records[e] = true
			}
		}
		if o, ok := own(q.Object); ok {
			refs[o] = string(p)
		} else if e, ok := entity(q.Object); ok {
			named[e] = true
		}
	}
	add := func(format string, args ...any) {
		problems = append(problems, Problem{Readout: r, Msg: fmt.Sprintf(format, args...)})
	}
	for _, p := range []string{schema.DCSource, schema.ContentHash, schema.ExtractorVersion} {
		if !props[p] {
			add("the readout node has no <%s>", p)
		}
	}
	for _, n := range slices.Sorted(maps.Keys(refs)) {
		if !typed[n] {
			add("%s (the object of <%s>) is not in the graph", n, refs[n])
		}
	}
	for _, e := range slices.Sorted(maps.Keys(named)) {
		if !records[e] {
			add("entity %s has no entity record in the graph", e)
		}
		msg, ok := entities[e]
		if !ok {
			eqs, err := s.graphQuads(ctx, e)
			if err != nil {
				return nil, err
			}
			var hasType, hasName bool
			for _, q := range eqs {
				hasType = hasType || q.Subject == e && q.Predicate == quad.IRI(schema.RDFType)
				hasName = hasName || q.Subject == e && q.Predicate == quad.IRI(schema.SchemaName)
			}
			switch {
			case len(eqs) == 0:
				msg = "has no entity graph"
			case !hasType || !hasName:
				msg = "has an entity graph without a type or a name"
			}
			entities[e] = msg
		}
		if msg != "" {
			add("entity %s %s", e, msg)
		}
	}
	for _, ev := range main {
		links, err := s.quadsWith(ctx, quad.Subject, ev)
		if err != nil {
			return nil, err
		}
		var to []quad.IRI
		for _, q := range links {
			if i, ok := q.Object.(quad.IRI); ok && q.Predicate == quad.IRI(schema.Interaction) {
				to = append(to, i)
			}
		}
		if len(to) != 1 {
			add("main event %s points to %d interactions, want 1", ev, len(to))
			continue
		}
		ok, seen := interactions[to[0]]
		if !seen {
			iqs, err := s.quadsWith(ctx, quad.Subject, to[0])
			if err != nil {
				return nil, err
			}
			for _, q := range iqs {
				ok = ok || q.Predicate == quad.IRI(schema.RDFType) && q.Object == quad.IRI(schema.InteractionClass)
			}
			interactions[to[0]] = ok
		}
		if !ok {
			add("main event %s points to interaction %s, which is not described", ev, to[0])
		}
	}
	for i := range problems {
		problems[i].Source = source
	}
	return problems, nil
}
