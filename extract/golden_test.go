package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.jsonl instead of comparing")

// TestGolden extracts every testdata/readouts file and compares its JSON
// record with testdata/golden/NAME.jsonl. With -update it writes the golden
// files and returns without comparing.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/readouts/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no readouts: %v", err)
	}
	for _, p := range files {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for _, r := range extractFile(t, p) {
				// the source is the path as given; keep goldens independent of it
				r.Source = "testdata/readouts/" + filepath.Base(p)
				if err := enc.Encode(r); err != nil {
					t.Fatal(err)
				}
			}
			golden := filepath.Join("../testdata/golden", name+".jsonl")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("Extract(%s) differs from %s (run go test ./extract -update after a deliberate change):\n%s", p, golden, firstDiff(buf.String(), string(want)))
			}
		})
	}
}

// firstDiff shows where two JSON records first differ.
func firstDiff(got, want string) string {
	n := 0
	for n < len(got) && n < len(want) && got[n] == want[n] {
		n++
	}
	lo := max(0, n-80)
	return "got:  ..." + got[lo:min(len(got), n+80)] + "\nwant: ..." + want[lo:min(len(want), n+80)]
}
