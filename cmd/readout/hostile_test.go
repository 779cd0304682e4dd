package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/readout/readout/graph"
)

// TestHostileInput feeds readout broken and hostile input, one kind per
// case: each gets its exact error line and exit status, and leaves the
// store as it was (or, where the input is fine, loads it).
func TestHostileInput(t *testing.T) {
	seedText, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(seedText)
	zw.Close()
	utf16le := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(string(seedText))) {
		utf16le = append(utf16le, byte(u), byte(u>>8))
	}
	deep := "<html><body>" + strings.Repeat("<div>", 50000) + string(seedText) + strings.Repeat("</div>", 50000) + "</body></html>"
	jsonlGood := `{"title":"Call","text":"Secretary Blinken spoke with President Aliyev of Azerbaijan on June 20, 2024."}`

	type tc struct {
		name  string
		files map[string]string // name -> content, written in a fresh directory
		args  func(dir, db string) []string
		code  int
		line  string // a whole line of stderr; DIR and DB stand for the paths
		loads int    // readouts the load must add; -1: the store must not change
	}
	load := func(file string, extra ...string) func(dir, db string) []string {
		return func(dir, db string) []string {
			return append(append([]string{"load", "--db", db}, extra...), filepath.Join(dir, file))
		}
	}
	cases := []tc{
		{"empty", map[string]string{"a.txt": ""}, load("a.txt"), 1, "readout: DIR/a.txt: empty file", -1},
		{"whitespace", map[string]string{"a.txt": " \n\t\r\n  "}, load("a.txt"), 1, "readout: DIR/a.txt: no text", -1},
		{"png", map[string]string{"a.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, load("a.txt"), 1, "readout: DIR/a.txt: binary file (png), not a readout", -1},
		{"gzip", map[string]string{"a.txt": gz.String()}, load("a.txt"), 1, "readout: DIR/a.txt: binary file (gzip), not a readout", -1},
		{"invalid utf-8", map[string]string{"a.txt": "Caf\xe9 talks\n\nThe minister met his counterpart.\n"}, load("a.txt"), 1, "readout: DIR/a.txt: invalid UTF-8 at byte 3", -1},
		{"utf-16 bom", map[string]string{"a.txt": string(utf16le)}, load("a.txt"), 0, "", 1},
		{"crlf", map[string]string{"a.txt": strings.ReplaceAll(string(seedText), "\n", "\r\n")}, load("a.txt"), 0, "", 1},
		{"over max-bytes", map[string]string{"a.txt": string(seedText)}, load("a.txt", "--max-bytes", "100"), 1, "readout: DIR/a.txt: " + itoa(len(seedText)) + " bytes, more than --max-bytes 100", -1},
		{"100 MB", map[string]string{"big.txt": "@100MB"}, load("big.txt"), 1, "readout: DIR/big.txt: 104857600 bytes, more than --max-bytes 8388608", -1},
		{"html without body", map[string]string{"a.html": "<html><head><title>x</title></head></html>"}, load("a.html"), 1, "readout: DIR/a.html: no readout text in HTML", -1},
		{"deeply nested html", map[string]string{"a.html": deep}, load("a.html"), 0, "", 1},
		{"jsonl broken line", map[string]string{"a.jsonl": jsonlGood + "\n{broken\n"}, load("a.jsonl"), 1, "readout: DIR/a.jsonl:2: not JSON: invalid character 'b' looking for beginning of object key string", 1},
		{"jsonl missing text", map[string]string{"a.jsonl": `{"title":"a"}` + "\n"}, load("a.jsonl"), 1, `readout: DIR/a.jsonl:1: missing "text"`, -1},
		{"no event", map[string]string{"a.txt": "Some title\n\nThe weather was fine today and nothing happened.\n"}, load("a.txt"), 0, "readout: warning: DIR/a.txt: no event sentence found", 1},
		{"symlink loop", map[string]string{"d/a.txt": string(seedText), "d/loop": "@link:.."}, load("d"), 0, "", 1},
		{"unreadable file", nil, func(dir, db string) []string { return []string{"load", "--db", db, "/proc/self/mem"} }, 1, "readout: /proc/self/mem: input/output error", -1},
		{"missing file", nil, load("nosuch.txt"), 1, "readout: DIR/nosuch.txt: no such file or directory", -1},
		{"not a readout file", map[string]string{"d/a.pdf": "%PDF-1.4"}, load("d"), 1, "readout: DIR/d/a.pdf: not a readout file (want .txt, .html, .htm, .jsonl)", -1},
		{"db is a directory", map[string]string{"a.txt": string(seedText)}, func(dir, db string) []string { return []string{"load", "--db", dir, filepath.Join(dir, "a.txt")} }, 1, "readout: open database DIR: is not a readout database: it is a directory", -1},
		{"db is not a database", map[string]string{"a.txt": string(seedText), "x.db": "hello"}, func(dir, db string) []string {
			return []string{"load", "--db", filepath.Join(dir, "x.db"), filepath.Join(dir, "a.txt")}
		}, 1, "readout: open database DIR/x.db: is not a readout database: invalid database", -1},
		{"unknown format", nil, func(dir, db string) []string { return []string{"export", "--db", db, "--format", "turtle"} }, 2, `readout export: unknown --format "turtle": want nquads, jsonld, graphml, dot, csv`, -1},
		{"gizmo syntax error", nil, func(dir, db string) []string { return []string{"query", "--db", db, "g.V("} }, 1, "readout: gizmo query: SyntaxError: SyntaxError: <eval>: Line 1:5 Unexpected end of input (and 1 more errors) at <eval>:94:47(7)", -1},
		{"query over budget", nil, func(dir, db string) []string {
			return []string{"query", "--db", db, "--timeout", "100ms", "while (true) {}"}
		}, 1, "readout: gizmo query: query ran out of time after 100ms", -1},
		{"unknown flag", nil, func(dir, db string) []string { return []string{"load", "--db", db, "--bogus", "x"} }, 2, "readout load: unknown flag: --bogus", -1},
		{"stdin twice", nil, func(dir, db string) []string { return []string{"load", "--db", db, "-", "-"} }, 2, "readout load: - (stdin) given twice", -1},
		{"db locked by another process", nil, load("x.txt"), 1, "", -1},
		{"db read-only", map[string]string{"a.txt": string(seedText)}, load("a.txt"), 1, "readout: open database DB: is read-only", -1},
		{"db truncated", map[string]string{"a.txt": string(seedText)}, func(dir, db string) []string {
			return []string{"load", "--db", filepath.Join(dir, "t.db"), filepath.Join(dir, "a.txt")}
		}, 1, "readout: open database DIR/t.db: is not a readout database: the file is truncated or corrupted (...", -1},
		{"delete unknown readout", nil, func(dir, db string) []string { return []string{"delete", "--db", db, "nosuch.txt"} }, 1, "readout: nosuch.txt: no such readout in DB", -1},
	}
	// prep sets up the cases that need more than files, and may give the
	// error line (when it depends on the run) and a clean-up.
	prep := map[string]func(t *testing.T, dir, db string) (line string, done func()){
		"db locked by another process": func(t *testing.T, dir, db string) (string, func()) {
			s, err := graph.Open(context.Background(), db, graph.Options{})
			if err != nil {
				t.Fatal(err)
			}
			cmd, err := os.ReadFile("/proc/self/cmdline")
			if err != nil {
				t.Skip("no /proc/self/cmdline: not Linux, no PID in the message")
			}
			cmd = bytes.TrimRight(bytes.ReplaceAll(cmd, []byte{0}, []byte{' '}), " ")
			return fmt.Sprintf("readout: open database DB: in use by another process: PID %d (%s)", os.Getpid(), cmd), func() { s.Close() }
		},
		"db read-only": func(t *testing.T, dir, db string) (string, func()) {
			if err := os.Chmod(db, 0o444); err != nil {
				t.Fatal(err)
			}
			return "", func() {}
		},
		"db truncated": func(t *testing.T, dir, db string) (string, func()) {
			data, err := os.ReadFile(db)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "t.db"), data[:len(data)/10], 0o644); err != nil {
				t.Fatal(err)
			}
			return "", func() {}
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(t.TempDir(), "readout.db")
			if code, _, errs := cli(t, "", "load", "-q", "--db", db, seed); code != 0 {
				t.Fatalf("load seed: %s", errs)
			}
			for name, content := range c.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				switch {
				case content == "@100MB":
					f, err := os.Create(p)
					if err == nil {
						err = f.Truncate(100 << 20) // sparse: no 100 MB written
						f.Close()
					}
					if err != nil {
						t.Fatal(err)
					}
				case strings.HasPrefix(content, "@link:"):
					if err := os.Symlink(strings.TrimPrefix(content, "@link:"), p); err != nil {
						t.Fatal(err)
					}
				default:
					if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			before := exportCLI(t, db)
			wantLine, done := c.line, func() {}
			if prep[c.name] != nil {
				var line string
				line, done = prep[c.name](t, dir, db)
				if line != "" {
					wantLine = line
				}
			}
			args := c.args(dir, db)
			code, out, errs := cli(t, "", args...)
			if code != c.code {
				t.Errorf("readout %q: exit %d, want %d\nstderr: %s", args, code, c.code, errs)
			}
			if args[0] == "load" && out != "" {
				t.Errorf("readout %q wrote to stdout: %q", args, out)
			}
			line := strings.NewReplacer("DIR", dir, "DB", db).Replace(wantLine)
			if wantLine != "" && !hasLine(errs, line) {
				t.Errorf("readout %q: stderr =\n%s\nwant the line\n%s", args, errs, line)
			}
			if wantLine == "" && c.code == 1 && !strings.HasPrefix(errs, "readout: ") {
				t.Errorf("readout %q: stderr = %q, want a readout: error line", args, errs)
			}
			done()
			if err := os.Chmod(db, 0o644); err != nil {
				t.Fatal(err)
			}
			after := exportCLI(t, db)
			if c.loads < 0 && after != before {
				t.Errorf("readout %q changed the store", args)
			}
			if c.loads >= 0 {
				s, err := graph.Open(context.Background(), db, graph.Options{ReadOnly: true})
				if err != nil {
					t.Fatal(err)
				}
				st, err := s.Stats(context.Background())
				s.Close()
				if err != nil {
					t.Fatal(err)
				}
				if st.Readouts != 1+c.loads {
					t.Errorf("readout %q: store holds %d readouts, want %d", args, st.Readouts, 1+c.loads)
				}
			}
		})
	}
	if len(cases) < 25 {
		t.Errorf("%d kinds of hostile input, want at least 25", len(cases))
	}
}

// hasLine reports whether line is a whole line of s; a line ending in
// "..." is a prefix of one.
func hasLine(s, line string) bool {
	prefix, isPrefix := strings.CutSuffix(line, "...")
	for _, l := range strings.Split(s, "\n") {
		if l == line || isPrefix && strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	var b []byte
	for n >= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(append([]byte{byte('0' + n)}, b...))
}
