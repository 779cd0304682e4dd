package graph

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// FuzzStoreRoundTrip loads a record holding arbitrary strings into a store
// and checks that Verify finds its graph whole, and that the N-Quads
// export, imported into a new store and exported again, gives the same
// bytes: export → import loses nothing.
func FuzzStoreRoundTrip(f *testing.F) {
	f.Add("testdata/readouts/000-seed.txt", "A call", "Ilham Aliyev", "welcomed the progress", "2024-06-20")
	f.Add("dir with space/ä.txt", "quote \" backslash \\ tab \t nl \n", "<x>{y}", "\x00\x7f\u2028", "2024-02-30")
	f.Add("\xff\xfe", "\U0001F600", "#?%", "`^|", "2024-06-21T09:07")
	f.Fuzz(func(t *testing.T, source, title, name, text, date string) {
		if source == "" {
			// Load refuses it (ErrNoSource): the readers always name one
			// (seed 923695cb4c94a50e).
			return
		}
		if name == "" {
			// Extracted entities are named from their text, never "": a
			// nameless one has an entity graph Verify rightly calls broken
			// (seed 160c8f6363d896e4).
			return
		}
		if !utf8.ValidString(name) {
			// Entity IDs come from extracted text, always valid UTF-8:
			// extract.Read rejects other input. An invalid one loses its
			// entity graph (the entity record's JSON replaces the bad
			// bytes, so the record names another ID), as this target found.
			return
		}
		ctx := context.Background()
		open := func() *Store {
			s, err := Open(ctx, Memory, Options{})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		rec := record(source, person("person/x", "X"), extract.Entity{ID: "person/" + name, Kind: schema.Person, Name: name, Aliases: []string{title}})
		rec.Title = title
		rec.Published = &date
		rec.Events[0].Date = &date
		rec.Claims[0].Text = text
		s := open()
		defer s.Close()
		if _, err := s.Load(ctx, []*extract.Record{rec}); err != nil {
			t.Fatalf("Load = %v", err)
		}
		problems, st, err := s.Verify(ctx)
		if err != nil || len(problems) != 0 || st.Readouts != 1 {
			t.Fatalf("Verify = %v, %+v, %v; want no problems in 1 readout", problems, st, err)
		}
		first := exportString(t, s)
		qs, err := DecodeNQuads(strings.NewReader(first))
		if err != nil {
			t.Fatalf("DecodeNQuads(export) = %v\n%s", err, first)
		}
		s2 := open()
		defer s2.Close()
		if err := s2.apply(ctx, qs, nil); err != nil {
			t.Fatalf("importing the export: %v", err)
		}
		if second := exportString(t, s2); second != first {
			t.Errorf("export → import → export differs:\n%s\nwant\n%s", second, first)
		}
	})
}
