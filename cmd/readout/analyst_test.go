package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/readout/readout/graph"
)

const corpusDir = "../../testdata/readouts"

// loadedDB returns a database holding testdata/readouts.
func loadedDB(t testing.TB) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "readout.db")
	if code, _, errs := cli(t, "", "load", "-q", "--db", db, corpusDir); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	return db
}

// jsonLines decodes the JSON Lines of out into values of T.
func jsonLines[T any](t testing.TB, out string) []T {
	t.Helper()
	var vs []T
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		vs = append(vs, v)
	}
	return vs
}

// sources returns the file names of the readouts named in a table, in the
// order of its lines.
func sources(table string) []string {
	var out []string
	for _, l := range strings.Split(table, "\n") {
		if i := strings.Index(l, "testdata/readouts/"); i >= 0 {
			out = append(out, strings.Fields(l[i+len("testdata/readouts/"):])[0])
		}
	}
	return out
}

func TestAnalystCommands(t *testing.T) {
	t.Parallel()
	db := loadedDB(t)

	t.Run("network", func(t *testing.T) {
		args := []string{"network", "--db", db, "--json"}
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, 0, `"level":"person"`, "")
		edges := jsonLines[graph.Edge](t, out)
		weight := func(level graph.Level, a, b string) int {
			for _, e := range edges {
				if e.Level == level && e.Source.ID == a && e.Target.ID == b {
					return e.Weight
				}
			}
			return 0
		}
		// Counted by hand: 000-seed is the one Blinken–Aliyev call; the USA
		// and Azerbaijan meet there and in 040 (Bayramov–Rubio); 008 and
		// 009 are one Putin–Erdoğan call.
		for _, tc := range []struct {
			level graph.Level
			a, b  string
			w     int
		}{
			{graph.PersonLevel, "person/antony-blinken", "person/ilham-aliyev", 1},
			{graph.StateLevel, "state/AZE", "state/USA", 2},
			{graph.PersonLevel, "person/recep-tayyip-erdogan", "person/vladimir-putin", 1},
		} {
			if got := weight(tc.level, tc.a, tc.b); got != tc.w {
				t.Errorf("readout network --json: %s edge %s–%s weight %d, want %d", tc.level, tc.a, tc.b, got, tc.w)
			}
		}
		args = []string{"network", "--db", db, "--level", "state", "--state", "aze"}
		code, out, errs = cli(t, "", args...)
		want(t, args, code, out, errs, 0, "LEVEL  SOURCE", "")
		for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
			if !strings.HasPrefix(l, "state ") || !strings.Contains(l, "Azerbaijan") {
				t.Errorf("readout %q printed %q", args, l)
			}
		}
		if !strings.Contains(out, "United States") {
			t.Errorf("readout %q = %q, want the USA–AZE edge", args, out)
		}
	})

	t.Run("timeline", func(t *testing.T) {
		args := []string{"timeline", "--db", db, "Ilham Aliyev"}
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, 0, "DATE        TYPE", "")
		wantSources := []string{"039-az-xi-letter.txt", "000-seed.txt", "032-un-sg-aliyev-call.txt",
			"007-az-aliyev-tokayev-call.txt", "038-az-aliyev-fidan-meeting.txt"}
		if got := sources(out); !slices.Equal(got, wantSources) {
			t.Errorf("readout %q lists %q, want %q", args, got, wantSources)
		}
		// One interaction, two readouts: the Kremlin's and Ankara's.
		args = []string{"timeline", "--db", db, "--json", "person/vladimir-putin"}
		code, out, errs = cli(t, "", args...)
		want(t, args, code, out, errs, 0, `"type":"phone_call"`, "")
		entries := jsonLines[graph.TimelineEntry](t, out)
		if len(entries) == 0 || entries[0].Date != "2024-10-04" || len(entries[0].Readouts) != 2 ||
			!strings.Contains(entries[0].Readouts[0].Source, "008-") || !strings.Contains(entries[0].Readouts[1].Source, "009-") {
			t.Errorf("readout %q: first entry %+v, want the 2024-10-04 call reported by 008 and 009", args, entries)
		}
	})

	t.Run("claims", func(t *testing.T) {
		args := []string{"claims", "--db", db, "--by", "Aliyev", "--verb", "stressed", "--json"}
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, 0, `"verb":"stressed"`, "")
		claims := jsonLines[graph.Claim](t, out)
		for _, c := range claims {
			if c.Verb != "stressed" || !slices.ContainsFunc(c.Speakers, func(e graph.EntityRef) bool { return e.ID == "person/ilham-aliyev" }) ||
				c.Readout.Source == "" || c.End <= c.Start {
				t.Errorf("readout %q gave %+v", args, c)
			}
		}
		if len(claims) != 2 {
			t.Errorf("readout %q gave %d claims, want 2 (000-seed and 007)", args, len(claims))
		}
		args = []string{"claims", "--db", db, "--about", "state/ARM", "--cameo", "0"}
		code, out, errs = cli(t, "", args...)
		want(t, args, code, out, errs, 0, "DATE        SPEAKER", "")
	})

	t.Run("who", func(t *testing.T) {
		args := []string{"who", "--db", db, "AZE", "--json"}
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, 0, `"iso3":"AZE"`, "")
		p := jsonLines[graph.Profile](t, out)
		if len(p) != 1 || !slices.ContainsFunc(p[0].Holders, func(o graph.Office) bool {
			return o.Holder.ID == "person/jeyhun-bayramov" && o.Office == "foreign_minister"
		}) {
			t.Errorf("readout %q = %s, want Bayramov as foreign minister", args, out)
		}
		args = []string{"who", "--db", db, "Ilham Aliyev"}
		code, out, errs = cli(t, "", args...)
		want(t, args, code, out, errs, 0, "head_of_state", "")
		for _, w := range []string{"COUNTERPART", "Antony Blinken", "INSTITUTION", "testdata/readouts/000-seed.txt"} {
			if !strings.Contains(out, w) {
				t.Errorf("readout %q = %q, want %q in it", args, out, w)
			}
		}
	})

	t.Run("stats", func(t *testing.T) {
		args := []string{"stats", "--db", db, "--json"}
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, 0, `"readouts":41,`, "")
		st := jsonLines[graph.Stats](t, out)
		if len(st) != 1 || st[0].Interactions != 40 || st[0].Merged != 1 || st[0].Persons != 52 || st[0].Quads == 0 {
			t.Errorf("readout %q = %s, want 40 interactions, 1 merged, 52 persons", args, out)
		}
		args = []string{"stats", "--db", db}
		code, out, errs = cli(t, "", args...)
		want(t, args, code, out, errs, 0, "\ninteractions ", "")
		if !slices.ContainsFunc(strings.Split(out, "\n"), func(l string) bool { return slices.Equal(strings.Fields(l), []string{"interactions", "40"}) }) {
			t.Errorf("readout %q = %q, want a line: interactions 40", args, out)
		}
	})

	t.Run("errors", func(t *testing.T) {
		for _, tc := range []struct {
			args           []string
			code           int
			stdout, stderr string
		}{
			{[]string{"network", "--from", "2024-13-01"}, 2, "", `--from "2024-13-01": want a date YYYY-MM-DD`},
			{[]string{"network", "--from", "2025-01-01", "--to", "2024-01-01"}, 2, "", "is before --from"},
			{[]string{"network", "--level", "city"}, 2, "", `unknown --level "city"`},
			{[]string{"network", "--state", "AZER"}, 2, "", "want an ISO3 code"},
			{[]string{"network", "--min-weight", "0"}, 2, "", "--min-weight must be at least 1"},
			{[]string{"network", "x"}, 2, "", "unexpected arguments"},
			{[]string{"timeline"}, 2, "", "want one ENTITY, got 0 arguments\nRun 'readout help timeline' for usage."},
			{[]string{"who", "a", "b"}, 2, "", "want one ENTITY, got 2 arguments"},
			{[]string{"claims", "x"}, 2, "", "unexpected arguments"},
			{[]string{"stats", "x"}, 2, "", "unexpected arguments"},
			{[]string{"timeline", "--db", db, "David"}, 1, "",
				"readout: \"David\" names 2 entities: person/david-cameron (David Cameron), person/david-lammy (David Lammy)\nreadout: hint: name one by its ID: readout timeline person/david-cameron\n"},
			{[]string{"who", "--db", db, "nobody"}, 1, "", "readout: no entity named \"nobody\"\n"},
			{[]string{"claims", "--db", db, "--about", "nobody"}, 1, "", "no entity named \"nobody\""},
			{[]string{"stats", "--db", filepath.Join(t.TempDir(), "none.db")}, 1, "", "does not exist"},
			{[]string{"help", "network"}, 0, "EXIT STATUS", ""},
			{[]string{"timeline", "--help"}, 0, "An ENTITY is an entity ID", ""},
		} {
			code, out, errs := cli(t, "", tc.args...)
			want(t, tc.args, code, out, errs, tc.code, tc.stdout, tc.stderr)
		}
	})
}

// TestAnalystReplace loads a readout, replaces its file with another
// readout's text and loads it again: no analyst command shows a trace of
// the old version.
func TestAnalystReplace(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "call.txt")
	copyFile := func(from string) {
		b, err := os.ReadFile(filepath.Join(corpusDir, from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "readout.db")
	load := func() {
		if code, _, errs := cli(t, "", "load", "-q", "--db", db, file); code != 0 {
			t.Fatalf("load: %s", errs)
		}
	}
	copyFile("000-seed.txt") // Blinken calls Aliyev
	load()
	code, out, errs := cli(t, "", "timeline", "--db", db, "Aliyev")
	want(t, nil, code, out, errs, 0, file, "")

	copyFile("040-mfa-az-bayramov-rubio-call.txt") // Bayramov and Rubio
	load()
	for _, tc := range []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{"timeline", "Aliyev"}, 1, "", `no entity named "Aliyev"`},
		{[]string{"claims", "--by", "Antony Blinken"}, 1, "", `no entity named "Antony Blinken"`},
		{[]string{"timeline", "Rubio"}, 0, file, ""},
		{[]string{"network", "--level", "person"}, 0, "Jeyhun Bayramov  Marco Rubio", ""},
		{[]string{"stats", "--json"}, 0, `{"readouts":1,"events":1,"interactions":1,"merged":0,"persons":2,"states":3,"institutions":1,`, ""},
	} {
		args := append(tc.args[:1:1], append([]string{"--db", db}, tc.args[1:]...)...)
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, tc.code, tc.stdout, tc.stderr)
		if strings.Contains(out, "Aliyev") || strings.Contains(out, "Blinken") {
			t.Errorf("readout %q still shows the replaced readout:\n%s", args, out)
		}
	}
}
