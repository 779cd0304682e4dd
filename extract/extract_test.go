package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkRecord applies the record oracles: offsets inside the text and equal
// to the mention text, every referenced ID defined.
func checkRecord(t *testing.T, text string, r *Record) {
	t.Helper()
	ids := map[string]bool{}
	for _, e := range r.Entities {
		if ids[e.ID] {
			t.Errorf("entity %s defined twice", e.ID)
		}
		ids[e.ID] = true
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Fatalf("mention %q of %s: offsets [%d,%d) outside the text (%d bytes)", m.Text, e.ID, m.Start, m.End, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Errorf("mention of %s: text[%d:%d] = %q, want %q", e.ID, m.Start, m.End, text[m.Start:m.End], m.Text)
			}
		}
	}
	evs := map[string]bool{}
	for _, ev := range r.Events {
		evs[ev.ID] = true
		for _, p := range ev.Participants {
			if !ids[p] {
				t.Errorf("event %s: participant %s is not an entity", ev.ID, p)
			}
		}
		if ev.Initiator != nil && !ids[*ev.Initiator] {
			t.Errorf("event %s: initiator %s is not an entity", ev.ID, *ev.Initiator)
		}
	}
	for _, c := range r.Claims {
		for _, s := range c.Speaker {
			if !ids[s] {
				t.Errorf("claim %s: speaker %s is not an entity", c.ID, s)
			}
		}
		for _, s := range c.About {
			if !ids[s] {
				t.Errorf("claim %s: about %s is not an entity", c.ID, s)
			}
		}
		if !evs[c.Event] {
			t.Errorf("claim %s: event %s not in the record", c.ID, c.Event)
		}
		if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Text && c.Text != "" {
			t.Errorf("claim %s: text span [%d,%d) does not hold %q", c.ID, c.Start, c.End, c.Text)
		}
	}
	for _, s := range r.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Errorf("sentence [%d,%d) outside the text", s.Start, s.End)
		}
	}
}

func TestExtractSeed(t *testing.T) {
	recs := extractFile(t, "../testdata/readouts/000-seed.txt")
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	r := recs[0]
	ev := r.Events[0]
	if ev.Type != "phone_call" {
		t.Errorf("event type = %s, want phone_call", ev.Type)
	}
	if ev.Date == nil || *ev.Date != "2024-06-20" {
		t.Errorf("event date = %v, want 2024-06-20", ev.Date)
	}
	names := map[string]string{}
	states := map[string]bool{}
	insts := map[string]bool{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
		switch e.Kind {
		case "state":
			states[e.ISO3] = true
		case "institution":
			insts[e.Name] = true
		}
	}
	var parts []string
	for _, p := range ev.Participants {
		parts = append(parts, names[p])
	}
	if want := []string{"Antony Blinken", "Ilham Aliyev"}; !reflect.DeepEqual(parts, want) {
		t.Errorf("participants = %v, want %v", parts, want)
	}
	for _, s := range []string{"USA", "AZE", "ARM"} {
		if !states[s] {
			t.Errorf("state %s missing; got %v", s, states)
		}
	}
	if !insts["OSCE Minsk Group"] {
		t.Errorf("institution OSCE Minsk Group missing; got %v", insts)
	}
	b, _ := os.ReadFile("../testdata/readouts/000-seed.txt")
	checkRecord(t, strings.ReplaceAll(string(b), "\r\n", "\n"), r)
}

// FuzzExtract checks that extraction never panics, keeps offsets inside the
// text, references only defined IDs and is deterministic.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../testdata/readouts/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("President X spoke with President Y.\n\nThey agreed.")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := Document{Source: "fuzz.txt", Text: text, Raw: []byte(text)}
		r1, err := Extract(doc, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkRecord(t, text, r1)
		r2, err := Extract(doc, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r1, r2) {
			t.Errorf("Extract is not deterministic on %q", text)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../testdata/readouts/*.txt")
	var docs []Document
	size := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ds, err := Read(p, data, ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, ds...)
		size += len(data)
	}
	if _, err := tables(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			if _, err := Extract(d, Options{}); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "readouts/s")
}

// TestArraysNeverNull checks the contract's arrays: a readout with no claim
// and no entity still has "claims": [] and "entities": [], not null.
func TestArraysNeverNull(t *testing.T) {
	doc := Document{Source: "x.txt", Text: "Statement\n\nThe weather was fine.\n"}
	rec, err := Extract(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{`"claims":[]`, `"entities":[]`, `"sentences":[`, `"participants":[]`} {
		if !bytes.Contains(b, []byte(field)) {
			t.Errorf("record lacks %s: %s", field, b)
		}
	}
}
