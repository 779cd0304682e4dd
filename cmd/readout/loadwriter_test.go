package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
)

// A writer whose store fails stops, and the batches handed to it after
// that get its error instead of waiting forever.
func TestLoadWriterFailure(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, filepath.Join(t.TempDir(), "readout.db"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	batch := func(src string) []*graph.Prepared {
		return []*graph.Prepared{graph.Prepare(&extract.Record{Source: src, Title: "A call"})}
	}
	w := startWriter(ctx, s, nil)
	var errs []error
	for _, src := range []string{"a.txt", "b.txt", "c.txt"} {
		if err := w.write(batch(src)); err != nil {
			errs = append(errs, err)
		}
	}
	cerr := w.close()
	if cerr == nil {
		t.Fatal("close after writing into a closed store = nil, want its error")
	}
	if len(errs) == 0 {
		t.Errorf("every write into a failed writer was accepted, want its error")
	}
	for _, err := range errs {
		if err != cerr {
			t.Errorf("write = %v, want the writer's error %v", err, cerr)
		}
	}
	if st := w.stats(); st.Readouts != 0 {
		t.Errorf("stats = %+v, want nothing written", st)
	}
}
