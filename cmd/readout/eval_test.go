package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	gold := "../../testdata/gold/dev.jsonl"
	args := []string{"eval", "--gold", gold, seed}
	code, out, errs := cli(t, "", args...)
	// one record against 41 gold lines: 40 are missing
	want(t, args, code, out, errs, 0, "records missing: 40", "")
	for _, f := range []string{"participants", "states", "institutions", "persons_other", "claims", "event_type acc"} {
		if !strings.Contains(out, f) {
			t.Errorf("readout %q = %q, want a %s row", args, out, f)
		}
	}

	// --json: the seed alone scores perfectly on its own gold line
	dir := t.TempDir()
	b, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(dir, "seed-gold.jsonl")
	if err := os.WriteFile(one, []byte(strings.SplitN(string(b), "\n", 2)[0]+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args = []string{"eval", "--gold", one, "--json", seed}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 0, `"fields"`, "")
	var res struct {
		Fields   map[string]map[string]float64
		Accuracy map[string]float64
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("readout %q: %v", args, err)
	}
	if f := res.Fields["participants"]["f1"]; f != 1 {
		t.Errorf("readout %q: participants F1 = %v, want 1", args, f)
	}
	if a := res.Accuracy["event_date"]; a != 1 {
		t.Errorf("readout %q: event_date accuracy = %v, want 1", args, a)
	}

	// errors: no --gold is a usage error; a broken gold line names file and line
	args = []string{"eval", seed}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 2, "", "--gold is required")
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"x\"}\n{oops\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args = []string{"eval", "--gold", bad, seed}
	code, out, errs = cli(t, "", args...)
	want(t, args, code, out, errs, 1, "", "bad.jsonl:2: not JSON")
}
