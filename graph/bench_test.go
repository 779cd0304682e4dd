package graph_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
)

// benchCorpus returns the testdata readouts with their size in bytes and
// number of quads.
func benchCorpus(b *testing.B) (recs []*extract.Record, size int64, quads int) {
	for _, f := range readCorpus(b) {
		size += int64(f.bytes)
		for _, r := range f.recs {
			recs = append(recs, r)
			quads += len(graph.Quads(r)) + len(graph.EntityQuads(r))
		}
	}
	return recs, size, quads
}

// renamed returns copies of recs with their sources prefixed by prefix, so
// that they load as new readouts.
func renamed(recs []*extract.Record, prefix string) []*extract.Record {
	out := make([]*extract.Record, len(recs))
	for i, r := range recs {
		c := *r
		c.Source = prefix + r.Source
		out[i] = &c
	}
	return out
}

// BenchmarkLoad loads the testdata corpus as new readouts into one growing
// store, each iteration under new source names. quads/s counts the quads
// written (the entity graphs are written by the first iteration only).
func BenchmarkLoad(b *testing.B) {
	for _, backend := range []string{"memory", "bolt", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			recs, size, _ := benchCorpus(b)
			db := graph.Memory
			switch backend {
			case "bolt":
				db = filepath.Join(b.TempDir(), "readout.db")
			case "postgres":
				db = graphtest.Postgres(b)
			}
			ctx := context.Background()
			s, err := graph.Open(ctx, db, graph.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			b.SetBytes(size)
			b.ReportAllocs()
			n, written := 0, 0
			for b.Loop() {
				b.StopTimer()
				batch := renamed(recs, fmt.Sprintf("run%d/", n))
				n++
				b.StartTimer()
				st, err := s.Load(ctx, batch)
				if err != nil {
					b.Fatal(err)
				}
				if st.Added != len(recs) {
					b.Fatalf("Load = %+v, want %d added", st, len(recs))
				}
				written += st.Quads
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(n*len(recs))/sec, "readouts/s")
			b.ReportMetric(float64(written)/sec, "quads/s")
		})
	}
}

// BenchmarkReload loads the same corpus again: every readout unchanged.
func BenchmarkReload(b *testing.B) {
	recs, size, _ := benchCorpus(b)
	ctx := context.Background()
	s, err := graph.Open(ctx, filepath.Join(b.TempDir(), "readout.db"), graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, recs); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		st, err := s.Load(ctx, recs)
		if err != nil || st.Unchanged != len(recs) {
			b.Fatalf("Load = %+v, %v, want all unchanged", st, err)
		}
		n++
	}
	b.ReportMetric(float64(n*len(recs))/b.Elapsed().Seconds(), "readouts/s")
}

// BenchmarkExport exports a bolt store holding the corpus.
func BenchmarkExport(b *testing.B) {
	recs, _, quads := benchCorpus(b)
	ctx := context.Background()
	s, err := graph.Open(ctx, filepath.Join(b.TempDir(), "readout.db"), graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, recs); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var buf bytes.Buffer
	n := 0
	for b.Loop() {
		buf.Reset()
		if err := s.Export(ctx, &buf, graph.ExportOptions{}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportMetric(float64(n*quads)/b.Elapsed().Seconds(), "quads/s")
}
