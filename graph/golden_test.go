package graph_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
)

var update = flag.Bool("update", false, "write testdata/golden/*.nq, network-*.csv and testdata/queries/*.golden instead of comparing")

// corpus reads and extracts testdata/readouts/*.txt once. Sources are
// "testdata/readouts/NAME", as `readout load testdata/readouts` from the
// repository root names them, so that golden labels match a real load.
var corpus = sync.OnceValues(func() ([]corpusFile, error) {
	paths, err := filepath.Glob("../testdata/readouts/*.txt")
	if err != nil {
		return nil, err
	}
	var out []corpusFile
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		name := "testdata/readouts/" + filepath.Base(p)
		docs, err := extract.Read(name, data, extract.ReadOptions{})
		if err != nil {
			return nil, err
		}
		f := corpusFile{name: strings.TrimSuffix(filepath.Base(p), ".txt"), bytes: len(data)}
		for _, d := range docs {
			rec, err := extract.Extract(d, extract.Options{KeepText: true})
			if err != nil {
				return nil, err
			}
			f.recs = append(f.recs, rec)
		}
		out = append(out, f)
	}
	return out, nil
})

type corpusFile struct {
	name  string // file name without .txt
	bytes int
	recs  []*extract.Record
}

func readCorpus(t testing.TB) []corpusFile {
	t.Helper()
	files, err := corpus()
	if err != nil {
		t.Fatalf("reading testdata/readouts: %v", err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/readouts/*.txt")
	}
	return files
}

func allRecords(t testing.TB) []*extract.Record {
	var recs []*extract.Record
	for _, f := range readCorpus(t) {
		recs = append(recs, f.recs...)
	}
	return recs
}

// TestGolden compares the quads of each testdata readout (its readout graph,
// then its entity graphs) with testdata/golden/NAME.nq; -update rewrites the
// files instead.
func TestGolden(t *testing.T) {
	for _, f := range readCorpus(t) {
		t.Run(f.name, func(t *testing.T) {
			var qs bytes.Buffer
			for _, r := range f.recs {
				if err := graph.WriteNQuads(&qs, graph.Quads(r)); err != nil {
					t.Fatal(err)
				}
				if err := graph.WriteNQuads(&qs, graph.EntityQuads(r)); err != nil {
					t.Fatal(err)
				}
			}
			golden(t, filepath.Join("..", "testdata", "golden", f.name+".nq"), qs.String())
		})
	}
}

// TestQueries runs each testdata/queries/NAME.js (Gizmo) against a store
// holding every testdata readout and compares its output with NAME.golden.
func TestQueries(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, allRecords(t)); err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("../testdata/queries/*.js")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata/queries/*.js (%v)", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			q, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if _, err := s.Query(ctx, "gizmo", string(q), &out, graph.QueryOptions{}); err != nil {
				t.Fatalf("Query(%s) = %v", p, err)
			}
			golden(t, strings.TrimSuffix(p, ".js")+".golden", out.String())
		})
	}
}

// TestExportSerdi loads every testdata readout into a bolt store and checks
// its export with serdi, a strict N-Quads parser.
func TestExportSerdi(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, filepath.Join(t.TempDir(), "readout.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(ctx, allRecords(t)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := s.Export(ctx, &out, graph.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	// The export is the readouts' quads, sorted by label.
	var want bytes.Buffer
	if err := graph.WriteNQuads(&want, graph.SortQuads(graphtest.AllQuads(allRecords(t)...))); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != want.String() {
		t.Errorf("export is not the readouts' quads in label order:\n%s", diffLines(want.String(), got))
	}
	graph.CheckSerdi(t, out.String())
}

// golden compares got with the file path, or writes it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./graph -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./graph -update rewrites it):\n%s", path, diffLines(string(want), got))
	}
}

// diffLines lists the lines of want missing from got, then the extra ones.
func diffLines(want, got string) string {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := set(want), set(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("missing: " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("extra:   " + l + "\n")
		}
	}
	if b.Len() == 0 {
		return "(the same lines in another order)\n"
	}
	return b.String()
}
