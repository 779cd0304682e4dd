package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/graph"
)

const seed = "../../testdata/readouts/000-seed.txt"

// cli runs the command line args with stdin and returns the exit status and
// both streams.
func cli(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return cliCtx(t, context.Background(), stdin, args...)
}

func cliCtx(t testing.TB, ctx context.Context, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// want checks an exit status and that each stream contains the given text
// ("" for empty streams).
func want(t testing.TB, args []string, code int, stdout, stderr string, wantCode int, wantOut, wantErr string) {
	t.Helper()
	if code != wantCode {
		t.Errorf("readout %q: exit %d, want %d\nstdout: %s\nstderr: %s", args, code, wantCode, stdout, stderr)
	}
	check := func(name, got, want string) {
		if want == "" && got != "" {
			t.Errorf("readout %q: %s = %q, want nothing", args, name, got)
		}
		if !strings.Contains(got, want) {
			t.Errorf("readout %q: %s = %q, want it to contain %q", args, name, got, want)
		}
	}
	check("stdout", stdout, wantOut)
	check("stderr", stderr, wantErr)
}

func TestHelpAndUsage(t *testing.T) {
	for _, tc := range []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{nil, 2, "", "usage: readout <command>"},
		{[]string{"help"}, 0, "Commands:", ""},
		{[]string{"--help"}, 0, "Commands:", ""},
		{[]string{"-h"}, 0, "Commands:", ""},
		{[]string{"help", "load"}, 0, "usage: readout load", ""},
		{[]string{"load", "--help"}, 0, "EXIT STATUS", ""},
		{[]string{"query", "-h"}, 0, "--timeout", ""},
		{[]string{"help", "nosuch"}, 2, "", "unknown command \"nosuch\"\nRun 'readout help help' for usage."},
		{[]string{"nosuch"}, 2, "", "readout: unknown command \"nosuch\""},
		{[]string{"extract"}, 2, "", "readout extract: no PATH given\nRun 'readout help extract' for usage."},
		{[]string{"extract", "--bogus", "x"}, 2, "", "unknown flag: --bogus"},
		{[]string{"load"}, 2, "", "no PATH given"},
		{[]string{"load", "--batch-quads", "0", "x"}, 2, "", "--batch-quads must be at least 1"},
		{[]string{"load", "--tx-quads", "0", "x"}, 2, "", "--tx-quads must be at least 1"},
		{[]string{"query"}, 2, "", "want one QUERY"},
		{[]string{"query", "--lang", "sparql", "x"}, 2, "", "unknown --lang \"sparql\""},
		{[]string{"query", "--limit", "0", "x"}, 2, "", "--limit must be positive"},
		{[]string{"export", "--format", "turtle"}, 2, "", "unknown --format \"turtle\""},
		{[]string{"export", "extra"}, 2, "", "unexpected arguments"},
		{[]string{"version", "x"}, 2, "", "unexpected arguments"},
	} {
		code, out, errs := cli(t, "", tc.args...)
		want(t, tc.args, code, out, errs, tc.code, tc.stdout, tc.stderr)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, 0, "readout ", "")
		if !strings.Contains(out, "extractor readout-extract/") {
			t.Errorf("readout %q = %q, want the extractor version", args, out)
		}
	}
}

func TestExtract(t *testing.T) {
	args := []string{"extract", "--json", seed}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 0, `"source":"../../testdata/readouts/000-seed.txt"`, "")
	if n := strings.Count(out, "\n"); n != 1 {
		t.Errorf("readout %q printed %d lines, want 1", args, n)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Errorf("readout %q: %v", args, err)
	}
	for _, k := range []string{"id", "source", "title", "published", "events", "entities", "claims"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("readout %q: record lacks %q", args, k)
		}
	}

	args = []string{"extract", seed}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 0, "DATE", "")
	if !strings.Contains(out, "phone_call") || !strings.Contains(out, "Antony Blinken") {
		t.Errorf("readout %q = %q, want the event type and participants", args, out)
	}

	// Standard input.
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	args = []string{"extract", "--json", "-"}
	code, out, errs = cli(t, string(data), args...)
	want(t, args, code, out, errs, 0, `"source":"<stdin>"`, "")

	// A missing file is reported; the others are still extracted.
	args = []string{"extract", "--json", "nosuch.txt", seed}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 1, `"source":"../../testdata/readouts/000-seed.txt"`, "readout: nosuch.txt: ")
}

// TestExtractOrder checks that records come out in input order although
// files are read in parallel.
func TestExtractOrder(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range []string{"b/2.txt", "a.txt", "c.txt", "b/1.txt", "d/e/f.htm", "z.txt"} {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	// A symbolic link loop must not hang the walk.
	if err := os.Symlink(dir, filepath.Join(dir, "b", "loop")); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, "", "extract", "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []string
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r struct{ Source string }
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Source)
	}
	wantOrder := []string{"a.txt", "b/1.txt", "b/2.txt", "c.txt", "d/e/f.htm", "z.txt"}
	if len(got) != len(wantOrder) {
		t.Fatalf("got sources %q, want %q", got, wantOrder)
	}
	for i, w := range wantOrder {
		if got[i] != filepath.Join(dir, w) {
			t.Errorf("record %d from %s, want %s", i, got[i], filepath.Join(dir, w))
		}
	}
}

// TestLoadBadFiles loads a directory holding a PNG and an invalid UTF-8
// file beside good readouts: one error line per bad file, exit 1, the good
// readouts loaded whole.
func TestLoadBadFiles(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":  data,
		"image.png": append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...),
		"latin.txt": []byte("Caf\xe9 talks\n\nThe minister met his counterpart.\n"),
		"more.txt":  data,
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "readout.db")
	args := []string{"load", "--db", db, dir}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 1, "", "loaded 2 readouts (2 new, 0 replaced, 0 unchanged)")
	for _, bad := range []string{"image.png", "latin.txt"} {
		n := 0
		for _, l := range strings.Split(errs, "\n") {
			if strings.Contains(l, bad) {
				n++
				if !strings.HasPrefix(l, "readout: ") {
					t.Errorf("error line %q does not start with \"readout: \"", l)
				}
			}
		}
		if n != 1 {
			t.Errorf("stderr names %s on %d lines, want 1:\n%s", bad, n, errs)
		}
	}
	for _, good := range []string{"good.txt", "more.txt"} {
		if strings.Contains(errs, good) {
			t.Errorf("stderr names good file %s:\n%s", good, errs)
		}
	}
	// The good readouts are in the store.
	code, out, errs = cli(t, "", "query", "--db", db, `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Readout>").Count()`)
	want(t, nil, code, out, errs, 0, "[\n2\n]\n", "")
}

// TestLoadSeedTwice: loading the same file twice into a fresh database
// leaves the quad count unchanged.
func TestLoadSeedTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "readout.db")
	args := []string{"load", "--db", db, seed}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 0, "", "loaded 1 readouts (1 new, 0 replaced, 0 unchanged)")
	first := exportCLI(t, db)
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 0, "", "loaded 1 readouts (0 new, 0 replaced, 1 unchanged), 0 quads in ")
	if second := exportCLI(t, db); second != first {
		t.Errorf("the second load changed the store: %d quads, then %d", strings.Count(first, "\n"), strings.Count(second, "\n"))
	}
	if strings.Count(first, "\n") == 0 {
		t.Error("the export is empty")
	}
	// -q prints nothing.
	code, out, errs = cli(t, "", "load", "-q", "--db", db, seed)
	want(t, nil, code, out, errs, 0, "", "")
}

// TestQueryIlhamAliyev needs the extractor to name the seed's second
// participant "Ilham Aliyev".
func TestQueryIlhamAliyev(t *testing.T) {
	db := filepath.Join(t.TempDir(), "readout.db")
	if code, _, errs := cli(t, "", "load", "-q", "--db", db, seed); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	q := `g.V().Has("<http://schema.org/name>", "Ilham Aliyev").Count()`
	args := []string{"query", "--db", db, q}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 0, "[\n1\n]\n", "")
	// The query can come from standard input.
	args = []string{"query", "--db", db, "-"}
	code, out, errs = cli(t, q, args...)
	want(t, args, code, out, errs, 0, "[\n1\n]\n", "")
	// GraphQL and MQL.
	args = []string{"query", "--db", db, "--lang", "mql", `[{"id": null, "<http://schema.org/name>": "Ilham Aliyev"}]`}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 0, `"id":"<https://readout.dev/id/person/ilham-aliyev>"`, "")
	args = []string{"query", "--db", db, "--lang", "graphql", `{ nodes(<http://schema.org/name>: "Ilham Aliyev") { id } }`}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 0, `"id":"https://readout.dev/id/person/ilham-aliyev"`, "")
}

func TestQueryErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "readout.db")
	args := []string{"query", "--db", db, "g.V().Count()"}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 1, "", "does not exist\nreadout: hint: load readouts into it first")
	if code, _, errs := cli(t, "", "load", "-q", "--db", db, seed); code != 0 {
		t.Fatalf("load: %s", errs)
	}
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"query", "--db", db, "g.V("}, "readout: gizmo query: "},
		{[]string{"query", "--db", db, "--timeout", "100ms", "while (true) {}"}, "query ran out of time after 100ms\nreadout: hint: "},
		{[]string{"query", "--db", db, "g.V().Out({}).All()"}, "unsupported object argument"},
	} {
		code, out, errs := cli(t, "", tc.args...)
		want(t, tc.args, code, out, errs, 1, "", tc.stderr)
	}
	args = []string{"query", "--db", db, "--limit", "2", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Country>").All()`}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 0, "[\n{", "showing the first 2 results; raise --limit for more")
}

func TestReadoutDBEnv(t *testing.T) {
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("READOUT_DB", db)
	if code, _, errs := cli(t, "", "load", "-q", seed); code != 0 {
		t.Fatalf("load: %s", errs)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("READOUT_DB=%s: %v", db, err)
	}
	// --db wins over the environment.
	other := filepath.Join(t.TempDir(), "flag.db")
	if code, _, errs := cli(t, "", "load", "-q", "--db", other, seed); code != 0 {
		t.Fatalf("load: %s", errs)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--db %s: %v", other, err)
	}
	// --db memory loads and forgets.
	code, out, errs := cli(t, "", "load", "--db", "memory", seed)
	want(t, nil, code, out, errs, 0, "", "loaded 1 readouts (1 new")
}

func TestDatabaseInUse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "readout.db")
	s, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	args := []string{"load", "-q", "--db", db, seed}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 1, "", "in use by another process")
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	db := filepath.Join(t.TempDir(), "readout.db")
	args := []string{"load", "--db", db, seed}
	code, out, errs := cliCtx(t, ctx, "", args...)
	want(t, args, code, out, errs, 130, "", "readout: interrupted")
}

// exportCLI returns `readout export --db db`.
func exportCLI(t testing.TB, db string) string {
	t.Helper()
	code, out, errs := cli(t, "", "export", "--db", db)
	if code != 0 || errs != "" {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	return out
}

// TestExport pipes `readout export` through serdi, a strict N-Quads parser.
func TestExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "readout.db")
	if code, _, errs := cli(t, "", "load", "-q", "--db", db, "../../testdata/readouts"); code != 0 {
		t.Fatalf("load: %s", errs)
	}
	out := exportCLI(t, db)
	if !strings.Contains(out, `^^<http://www.w3.org/2001/XMLSchema#date>`) {
		t.Error("export has no xsd:date literal")
	}
	// -o writes the same bytes to a file.
	file := filepath.Join(t.TempDir(), "out.nq")
	code, stdout, errs := cli(t, "", "export", "--db", db, "-o", file)
	want(t, nil, code, stdout, errs, 0, "", "")
	if b, err := os.ReadFile(file); err != nil || string(b) != out {
		t.Errorf("export -o %s wrote %d bytes (%v), want the %d of stdout", file, len(b), err, len(out))
	}

	serdi, err := exec.LookPath("serdi")
	if err != nil {
		t.Skip("serdi not installed (apt-get install serdi): export not checked by a strict parser")
	}
	cmd := exec.Command(serdi, "-i", "nquads", "-o", "nquads", "-")
	cmd.Stdin = strings.NewReader(out)
	var sout, serr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &sout, &serr
	if err := cmd.Run(); err != nil || serr.Len() > 0 {
		t.Fatalf("readout export | serdi -i nquads: %v\n%s", err, serr.String())
	}
	if got, want := strings.Count(sout.String(), "\n"), strings.Count(out, "\n"); got != want {
		t.Errorf("serdi read %d quads, want %d", got, want)
	}
}
