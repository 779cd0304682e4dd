package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// Formats lists the export formats, for help texts and flag checks. "nquads"
// and "jsonld" carry every quad with its graph label; "graphml", "dot" and
// "csv" carry the actor network ([ActorNetwork]). "csv" is two files and is
// written by [Store.ExportCSV], the others by [Store.Export].
var Formats = []string{"nquads", "jsonld", "graphml", "dot", "csv"}

// Export errors.
var (
	// ErrUnknownFormat means Export was asked for a format not in [Formats].
	ErrUnknownFormat = errors.New("unknown format")
	// ErrNoReadout means [ExportOptions.Readout] names no readout of the
	// store.
	ErrNoReadout = errors.New("no such readout")
)

// ExportOptions select what [Store.Export] and [Store.ExportCSV] write. The
// zero value exports the whole store as N-Quads.
type ExportOptions struct {
	// Format is one of [Formats]; "" means "nquads".
	Format string
	// Readout limits the export to one readout, named by its IRI
	// (https://readout.dev/readout/..., with or without angle brackets) or
	// by the source path or URL it was loaded from, exactly as given to
	// Load (a path is also tried cleaned, "./a//b.txt" as "a/b.txt"). The
	// export then holds the readout's graph and the graphs of the entities
	// it names and of the interaction it reports as this readout alone
	// describes them: what a store holding only this readout would export.
	// "" exports the whole store.
	Readout string
}

// Export writes the quads opts selects to w in opts.Format:
//
//   - nquads: N-Quads 1.1, each quad with its graph label, sorted by label,
//     subject, predicate and object, so that the same store always gives the
//     same bytes; strict parsers (serdi, rapper, rdflib) accept it.
//   - jsonld: JSON-LD 1.1 compacted with [schema.Context] (inlined), one
//     {"@id": label, "@graph": [...]} object per named graph, made by
//     json-gold; it converts back to the same quads as the N-Quads export.
//   - graphml, dot: the actor network ([Store.Actors]; of one readout,
//     [NewActorNetwork] of its quads) for
//     Gephi and Graphviz.
//
// It returns [ErrUnknownFormat] for "csv" (use [Store.ExportCSV]) and for
// any format not in [Formats], and a [DBError] wrapping [ErrNoReadout] when
// opts.Readout names no readout of the store.
func (s *Store) Export(ctx context.Context, w io.Writer, opts ExportOptions) error {
	format := opts.Format
	if format == "" {
		format = "nquads"
	}
	switch format {
	case "nquads", "jsonld", "graphml", "dot":
	case "csv":
		return fmt.Errorf("%w %q for one stream: csv is two files, written by ExportCSV", ErrUnknownFormat, format)
	default:
		return fmt.Errorf("%w %q (want %s)", ErrUnknownFormat, format, strings.Join(Formats, ", "))
	}
	if format == "graphml" || format == "dot" {
		n, err := s.exportNetwork(ctx, opts.Readout)
		if err != nil {
			return err
		}
		if format == "dot" {
			return n.WriteDOT(w)
		}
		return n.WriteGraphML(w)
	}
	if format == "nquads" && opts.Readout == "" {
		if ok, err := s.exportSorted(ctx, w); ok || err != nil {
			return err
		}
	}
	qs, err := s.exportQuads(ctx, opts.Readout)
	if err != nil {
		return err
	}
	if format == "jsonld" {
		return WriteJSONLD(w, qs)
	}
	return WriteNQuads(w, qs)
}

// ExportCSV writes the actor network ([ActorNetwork]) of the quads opts
// selects as two CSV files, nodes.csv to nodes and edges.csv to edges (see
// [ActorNetwork.WriteCSV]). opts.Format is ignored.
func (s *Store) ExportCSV(ctx context.Context, nodes, edges io.Writer, opts ExportOptions) error {
	n, err := s.exportNetwork(ctx, opts.Readout)
	if err != nil {
		return err
	}
	return n.WriteCSV(nodes, edges)
}

// exportNetwork returns the actor network of the whole store ([Store.Actors])
// or of one readout as [ExportOptions.Readout] describes.
func (s *Store) exportNetwork(ctx context.Context, readout string) (*ActorNetwork, error) {
	if readout == "" {
		return s.Actors(ctx, NetworkOptions{})
	}
	qs, err := s.exportQuads(ctx, readout)
	if err != nil {
		return nil, err
	}
	n, err := NewActorNetwork(ctx, qs)
	if err != nil {
		return nil, &DBError{Op: "export", Path: s.db, Err: err}
	}
	return n, nil
}

// exportQuads returns the quads of the whole store, or of one readout as
// [ExportOptions.Readout] describes, sorted.
func (s *Store) exportQuads(ctx context.Context, readout string) ([]quad.Quad, error) {
	if readout == "" {
		qs, err := s.all(ctx)
		if err != nil {
			return nil, &DBError{Op: "export", Path: s.db, Err: err}
		}
		return qs, nil
	}
	qs, err := s.readoutQuads(ctx, readout)
	if err != nil {
		return nil, &DBError{Op: "export", Path: s.db, Err: err}
	}
	if len(qs) == 0 {
		return nil, &DBError{Op: "export", Path: s.db, Err: fmt.Errorf("readout %q: %w", readout, ErrNoReadout),
			Hint: "name a readout by its IRI (" + schema.ReadoutNS + "...) or by the source path it was loaded from, as given to readout load"}
	}
	return qs, nil
}

// readoutQuads returns the graph of the readout named r, the entity graphs
// its entity records describe and the interaction graph of its account
// alone, sorted; none if there is no such readout.
func (s *Store) readoutQuads(ctx context.Context, r string) ([]quad.Quad, error) {
	ctx, done := s.readView(ctx)
	defer done()
	for _, label := range readoutLabels(r) {
		qs, err := s.graphQuads(ctx, label)
		if err != nil {
			return nil, err
		}
		if len(qs) == 0 {
			continue
		}
		for _, q := range qs {
			if q.Predicate != quad.IRI(schema.EntityRecord) {
				continue
			}
			if rec, ok := parseEntityRecord(q.Object); ok {
				qs = append(qs, rec.quads()...)
			}
		}
		if a, ok := accountOf(label, qs); ok {
			qs = append(qs, groupAccounts(a.group(), []account{a})...)
		}
		return sortQuads(qs), nil
	}
	return nil, nil
}

// readoutLabels returns the graph labels r may name: r itself if it is a
// readout IRI, else the IRIs of r and of r cleaned as a source path.
func readoutLabels(r string) []quad.IRI {
	if iri, ok := strings.CutPrefix(r, "<"); ok {
		r = strings.TrimSuffix(iri, ">")
	}
	if strings.HasPrefix(r, schema.ReadoutNS) {
		return []quad.IRI{quad.IRI(r)}
	}
	labels := []quad.IRI{quad.IRI(schema.ReadoutIRI(r))}
	if c := filepath.Clean(r); c != r && !strings.Contains(r, "://") {
		labels = append(labels, quad.IRI(schema.ReadoutIRI(c)))
	}
	return slices.Compact(labels)
}

// all returns every quad of the store, sorted.
func (s *Store) all(ctx context.Context) ([]quad.Quad, error) {
	ctx, done := s.readView(ctx)
	defer done()
	return s.allQuads(ctx)
}

// allQuads returns every quad of the store, sorted. The caller holds s.mu.
func (s *Store) allQuads(ctx context.Context) ([]quad.Quad, error) {
	if s.pg != nil {
		// One query: Cayley's iterator reads the quads, then their values,
		// in queries of their own.
		qs, err := s.pg.read(ctx, "true")
		if err != nil {
			return nil, err
		}
		return sortQuads(qs), nil
	}
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		if q.IsValid() {
			out = append(out, q)
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return sortQuads(out), nil
}

// exportSorted writes every quad of a bolt store to w as sorted N-Quads, as
// WriteNQuads of [Store.allQuads] does, without holding them: it reads
// Cayley's log in chunks, looks up their values in batches and sorts the
// lines in a [spool] under the temporary directory (on 100,000 readouts,
// allQuads held 9.6 GB and had not finished in 8 minutes). It reports false
// for other stores, which it leaves to the caller.
func (s *Store) exportSorted(ctx context.Context, w io.Writer) (bool, error) {
	_, bdb := s.boltLog()
	if bdb == nil {
		return false, nil
	}
	ctx, done := s.readView(ctx)
	defer done()
	sp := newSpool(os.TempDir())
	defer sp.close()
	var line strings.Builder
	err := s.eachLogQuads(ctx, bdb, 100000, func(*cproto.Primitive) bool { return true }, func(qs []quad.Quad) error {
		for _, q := range qs {
			line.Reset()
			writeNQuad(&line, q)
			if err := sp.put([]byte("q"), []byte(sortKey(q)), []byte(line.String())); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return true, &DBError{Op: "export", Path: s.db, Err: err}
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	err = sp.each(func(_, _ []byte, vals [][]byte) error {
		_, err := bw.Write(vals[len(vals)-1]) // the same quad once
		return err
	})
	if err == nil {
		err = bw.Flush()
	}
	return true, err
}
