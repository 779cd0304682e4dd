package graph

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"
	"unsafe"
)

// TestReleaseFilePages checks that releaseFilePages tells bbolt's shared
// mapping of the store, which reads the same afterwards, and leaves a
// private mapping (whose writes madvise would throw away) alone.
func TestReleaseFilePages(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "readout.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs := corpusRecords(t)
	if _, err := s.Load(ctx, recs); err != nil {
		t.Fatal(err)
	}
	before, err := s.readViewFacts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := releaseFilePages(s.kv.KV.(*boltKV).db.Info().Data); n == 0 {
		t.Errorf("releaseFilePages(bbolt's mapping) told no mapping")
	}
	after, err := s.readViewFacts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.nodes) != len(before.nodes) || len(after.nodes) == 0 {
		t.Errorf("view facts read %d nodes after the release, %d before", len(after.nodes), len(before.nodes))
	}

	m, err := syscall.Mmap(-1, 0, 4096, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(m)
	m[0] = 42
	if n := releaseFilePages(uintptr(unsafe.Pointer(&m[0]))); n != 0 || m[0] != 42 {
		t.Errorf("releaseFilePages(a private mapping) = %d, and its byte is %d, want 0 and 42", n, m[0])
	}
}
