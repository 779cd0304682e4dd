package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/schema"
)

// TestExportFormats runs `readout export` in each format on two testdata
// readouts, to standard output and (graphml, csv) with -o, and with --graph.
func TestExportFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "readout.db")
	if code, _, errs := cli(t, "", "load", "-q", "--db", db, seed, "../../testdata/readouts/001-state-blinken-fidan-call.txt"); code != 0 {
		t.Fatalf("load: %s", errs)
	}
	for _, tc := range []struct {
		format, has string
		check       func(string) bool
	}{
		{"nquads", "<https://readout.dev/readout/", func(s string) bool { return strings.HasSuffix(s, " .\n") }},
		{"jsonld", `"@graph": [`, func(s string) bool { return json.Valid([]byte(s)) && strings.HasPrefix(s, "{\n  \"@context\": {") }},
		{"graphml", "<graphml", func(s string) bool { return xml.Unmarshal([]byte(s), new(struct{})) == nil }},
		{"dot", "graph actors {\n", func(s string) bool { return strings.HasSuffix(s, "}\n") }},
	} {
		args := []string{"export", "--db", db, "--format", tc.format}
		code, out, errs := cli(t, "", args...)
		if code != 0 || errs != "" || !strings.Contains(out, tc.has) {
			t.Fatalf("readout %q: exit %d, stderr %q, stdout %d bytes without %q", args, code, errs, len(out), tc.has)
		}
		if !tc.check(out) {
			t.Errorf("readout %q printed no %s (%d bytes)", args, tc.format, len(out))
		}
		if tc.format != "graphml" {
			continue // -o is the same for every format; TestExport checks nquads
		}
		file := filepath.Join(t.TempDir(), "out."+tc.format)
		args = append(args, "-o", file)
		code, stdout, errs := cli(t, "", args...)
		want(t, args, code, stdout, errs, 0, "", "")
		if b, err := os.ReadFile(file); err != nil || string(b) != out {
			t.Errorf("readout %q wrote %d bytes (%v), want the %d of stdout", args, len(b), err, len(out))
		}
	}

	// csv writes two files into a directory it creates.
	dir := filepath.Join(t.TempDir(), "network")
	args := []string{"export", "--db", db, "--format", "csv", "-o", dir}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 0, "", "")
	for file, header := range map[string]string{
		"nodes.csv": "Id,Label,Kind,ISO3,QID,States,Interactions\n",
		"edges.csv": "Source,Target,Type,Kind,Weight,Readouts\n",
	} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil || !strings.HasPrefix(string(b), header) || strings.Count(string(b), "\n") < 2 {
			t.Errorf("readout %q: %s = %q (%v), want a header %q and rows", args, file, b, err, header)
		}
	}

	// --graph: one readout, by source path or IRI.
	iri := schema.ReadoutIRI(seed)
	var first string
	for _, r := range []string{seed, iri} {
		args := []string{"export", "--db", db, "--graph", r}
		code, out, errs := cli(t, "", args...)
		if code != 0 || errs != "" || !strings.Contains(out, "<"+iri+">") {
			t.Fatalf("readout %q: exit %d, stderr %q, stdout %d bytes without <%s>", args, code, errs, len(out), iri)
		}
		if strings.Contains(out, "001-state") {
			t.Errorf("readout %q exported other readouts too", args)
		}
		if first == "" {
			first = out
		} else if out != first {
			t.Errorf("readout %q differs from --graph %s", args, seed)
		}
	}
	args = []string{"export", "--db", db, "--graph", "nosuch.txt"}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 1, "", `readout "nosuch.txt": no such readout`+"\nreadout: hint: name a readout by its IRI")
}

func TestExportUsage(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"export", "--format", "csv"}, "--format csv writes two files, nodes.csv and edges.csv: give -o DIR"},
		{[]string{"export", "--format", "csv", "-o", "-"}, "give -o DIR"},
		{[]string{"export", "--format", "ttl"}, "unknown --format \"ttl\": want nquads, jsonld, graphml, dot, csv"},
	} {
		code, out, errs := cli(t, "", tc.args...)
		want(t, tc.args, code, out, errs, 2, "", tc.stderr)
	}
	code, out, errs := cli(t, "", "export", "--help")
	want(t, nil, code, out, errs, 0, "--graph path", "")
}
