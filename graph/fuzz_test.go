package graph_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
	"github.com/readout/readout/schema"
)

// FuzzNQuads round-trips the quads of a record holding arbitrary strings
// through export and parse: what WriteNQuads writes, DecodeNQuads reads
// back unchanged, and writing it again gives the same bytes.
func FuzzNQuads(f *testing.F) {
	files, err := corpus()
	if err != nil {
		f.Fatal(err)
	}
	for _, cf := range files {
		for _, r := range cf.recs {
			f.Add(r.Source, r.Title, "e1", firstName(r), "2024-06-20")
		}
	}
	f.Add("dir with space/ä.txt", "quote \" backslash \\ tab \t nl \n cr \r nul \x00 del \x7f", "e 1", "<x>{y}", "2024-02-30")
	f.Add("\xff\xfe", "\u2028\u2029\U0001F600", "#?%", "`^|", "2024-06-21T09:07")
	f.Fuzz(func(t *testing.T, source, title, id, name, date string) {
		rec := graphtest.Fixture(source)
		rec.Title = title
		rec.Published = &date
		rec.Events[0].ID = id
		rec.Events[0].Date = &date
		rec.Claims[0].Event = id
		rec.Claims[0].Text = name + title
		rec.Entities = append(rec.Entities, extract.Entity{ID: "person/" + name, Kind: schema.Person, Name: name, Aliases: []string{title}})
		qs := append(graph.Quads(rec), graph.EntityQuads(rec)...)
		var out bytes.Buffer
		if err := graph.WriteNQuads(&out, qs); err != nil {
			t.Fatal(err)
		}
		got, err := graph.DecodeNQuads(strings.NewReader(out.String()))
		if err != nil {
			t.Fatalf("DecodeNQuads(WriteNQuads(quads)) = %v\n%s", err, out.String())
		}
		if len(got) != len(qs) {
			t.Fatalf("decoded %d quads, wrote %d", len(got), len(qs))
		}
		for i := range qs {
			if got[i] != qs[i] {
				t.Errorf("quad %d: decoded %#v, wrote %#v", i, got[i], qs[i])
			}
		}
		var again bytes.Buffer
		if err := graph.WriteNQuads(&again, got); err != nil {
			t.Fatal(err)
		}
		if again.String() != out.String() {
			t.Errorf("re-encoding differs:\n%s", diffLines(out.String(), again.String()))
		}
	})
}

func firstName(r *extract.Record) string {
	if len(r.Entities) == 0 {
		return ""
	}
	return r.Entities[0].Name
}
