package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
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
		{"empty file, read-only", empty, graph.Options{ReadOnly: true}, graph.ErrNotDatabase},
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

// TestReadersSeeWholeReadouts replaces a readout over and over while other
// goroutines export the store, and checks that every export holds one
// version of the readout whole, never a mix or a part. On PostgreSQL the
// readers use a second handle on the database, as another process would.
func TestReadersSeeWholeReadouts(t *testing.T) {
	a := graphtest.Fixture("whole/readout.txt")
	b := graphtest.Clone(t, a)
	b.Title = "A longer phone call"
	b.Entities = append(b.Entities, extract.Entity{ID: "person/jeyhun-bayramov", Kind: "person", Name: "Jeyhun Bayramov",
		Roles: []extract.Role{{Title: "Minister of Foreign Affairs", Office: "foreign_minister", Of: "state/AZE"}}})
	b.Events[0].Participants = append(b.Events[0].Participants, "person/jeyhun-bayramov")
	b.Claims = append(b.Claims, extract.Claim{ID: "c2", Speaker: []string{"person/jeyhun-bayramov"}, Verb: "stressed",
		Text: "the importance of the peace process", Event: "e1", Start: 40, End: 75})
	want := map[string]string{}
	for name, r := range map[string]*extract.Record{"first": a, "second": b} {
		var buf bytes.Buffer
		if err := graph.WriteNQuads(&buf, graphtest.AllQuads(r)); err != nil {
			t.Fatal(err)
		}
		want[sortLines(buf.String())] = name
	}
	if len(want) != 2 {
		t.Fatal("the two versions have the same quads")
	}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			ctx := context.Background()
			var s *graph.Store
			readers := make([]*graph.Store, 2)
			if be.name == "postgres" {
				u := graphtest.Postgres(t)
				var err error
				if s, err = graph.Open(ctx, u, graph.Options{}); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				for i := range readers {
					r, err := graph.Open(ctx, u, graph.Options{ReadOnly: true})
					if err != nil {
						t.Fatal(err)
					}
					t.Cleanup(func() { r.Close() })
					readers[i] = r
				}
			} else {
				s = be.open(t, graph.Options{})
				readers = []*graph.Store{s, s}
			}
			graphtest.Load(t, s, a)
			done := make(chan struct{})
			var wg sync.WaitGroup
			seen := make([]map[string]int, len(readers))
			errs := make([]error, len(readers)+1)
			for i, r := range readers {
				seen[i] = map[string]int{}
				wg.Go(func() {
					for {
						select {
						case <-done:
							return
						default:
						}
						var buf bytes.Buffer
						if err := r.Export(ctx, &buf, graph.ExportOptions{}); err != nil {
							errs[i] = err
							return
						}
						got := sortLines(buf.String())
						name, ok := want[got]
						if !ok {
							errs[i] = fmt.Errorf("a reader saw neither version whole:%s", nearest(got, want))
							return
						}
						seen[i][name]++
					}
				})
			}
			wg.Go(func() {
				defer close(done)
				for range 15 {
					for _, r := range []*extract.Record{b, a} {
						if _, err := s.Load(ctx, []*extract.Record{r}); err != nil {
							errs[len(readers)] = err
							return
						}
					}
				}
			})
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				t.Fatal(err)
			}
			reads := 0
			for _, m := range seen {
				reads += m["first"] + m["second"]
			}
			if reads == 0 {
				t.Fatal("no reader finished an export while the loads ran")
			}
			t.Logf("%d exports while 30 loads replaced the readout: %v", reads, seen)
		})
	}
}

// nearest describes how got differs from the closest of the exports in want
// (keyed by their sorted lines).
func nearest(got string, want map[string]string) string {
	best := ""
	for w, name := range want {
		g, wl := strings.Split(got, "\n"), strings.Split(w, "\n")
		var d strings.Builder
		fmt.Fprintf(&d, "\nagainst the %s version:", name)
		for _, l := range wl {
			if !slices.Contains(g, l) {
				fmt.Fprintf(&d, "\n- %s", l)
			}
		}
		for _, l := range g {
			if !slices.Contains(wl, l) {
				fmt.Fprintf(&d, "\n+ %s", l)
			}
		}
		if best == "" || d.Len() < len(best) {
			best = d.String()
		}
	}
	return best
}

// sortLines returns the lines of s sorted.
func sortLines(s string) string {
	ls := strings.SplitAfter(s, "\n")
	slices.Sort(ls)
	return strings.Join(ls, "")
}
