package graph_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
)

func openMemoryStore(t testing.TB, opts graph.Options) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Memory, opts)
	if err != nil {
		t.Fatalf("Open(memory) = %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openBoltStore(t testing.TB, opts graph.Options) *graph.Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "readout.db")
	s, err := graph.Open(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("graph.Open(%s) = %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var backends = []struct {
	name string
	open graphtest.Opener
}{
	{"memory", openMemoryStore},
	{"bolt", openBoltStore},
	{"postgres", openPostgresStore},
}

func TestStore(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { graphtest.TestAll(t, b.open) })
	}
}

func TestConcurrentLoads(t *testing.T) {
	// memstore panics on concurrent writes; graph.Store serialises them.
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t, graph.Options{})
			var (
				wg   sync.WaitGroup
				recs []*extract.Record
			)
			for i := range 8 {
				recs = append(recs, graphtest.Fixture("concurrent/"+strings.Repeat("y", i+1)))
			}
			errs := make([]error, len(recs))
			for i, r := range recs {
				wg.Go(func() {
					_, errs[i] = s.Load(context.Background(), []*extract.Record{r})
					var buf bytes.Buffer
					if _, err := s.Query(context.Background(), "gizmo", `g.V().Count()`, &buf, graph.QueryOptions{}); err != nil && errs[i] == nil {
						errs[i] = err
					}
				})
			}
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				t.Fatal(err)
			}
			graphtest.CheckContents(t, s, recs...)
		})
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	readOnly := filepath.Join(dir, "ro.db")
	s, err := graph.Open(ctx, readOnly, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Chmod(readOnly, 0o444); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte(strings.Repeat("not a database\n", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, db string
		opts     graph.Options
		want     error
	}{
		{"directory", dir, graph.Options{}, graph.ErrNotDatabase},
		{"read-only file", readOnly, graph.Options{}, graph.ErrReadOnly},
		{"text file", text, graph.Options{}, graph.ErrNotDatabase},
		{"postgres, no server", "postgres://readout@127.0.0.1:1/readout?sslmode=disable", graph.Options{}, graph.ErrUnreachable},
		{"missing, read-only", filepath.Join(dir, "missing.db"), graph.Options{ReadOnly: true}, graph.ErrNotExist},
		{"missing directory", filepath.Join(dir, "no", "such", "x.db"), graph.Options{}, os.ErrNotExist},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := graph.Open(ctx, tc.db, tc.opts)
			if err == nil {
				s.Close()
			}
			var dbe *graph.DBError
			if !errors.Is(err, tc.want) || !errors.As(err, &dbe) {
				t.Fatalf("graph.Open(%s) = %v, want a graph.DBError %v", tc.db, err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.db) {
				t.Errorf("graph.Open(%s) = %q, want the path in the message", tc.db, err)
			}
		})
	}
	// A read-only store opens the read-only file, and refuses to load.
	s, err = graph.Open(ctx, readOnly, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("graph.Open(%s, ReadOnly) = %v", readOnly, err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, []*extract.Record{graphtest.Fixture("x")}); !errors.Is(err, graph.ErrReadOnlyStore) {
		t.Errorf("Load on a read-only store = %v, want %v", err, graph.ErrReadOnlyStore)
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "readout.db")
	a := graphtest.Fixture("a.txt")
	s, err := graph.Open(ctx, path, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Load(t, s, a)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = graph.Open(ctx, path, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st := graphtest.Load(t, s, a); st.Unchanged != 1 {
		t.Errorf("Load after reopening = %+v, want 1 unchanged", st)
	}
	graphtest.CheckContents(t, s, a)
}
