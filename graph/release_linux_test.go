package graph

import (
	"context"
	"os"
	"syscall"
	"testing"

	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// TestReleaseMapped checks that releaseMapped advises bbolt's mapping as
// /proc/self/maps lists it (never the file's length, which bbolt grows ahead
// of the mapping: advising past it zeroed the Go heap in a 10k load), and
// that the store reads the same afterwards.
func TestReleaseMapped(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, "bolt")
	if _, err := s.Load(ctx, corpusRecords(t)); err != nil {
		t.Fatal(err)
	}
	before, err := s.all(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := s.kv.KV.(*hbolt.DB).DB()
	fi, err := os.Stat(b.Path())
	if err != nil {
		t.Fatal(err)
	}
	ino := fi.Sys().(*syscall.Stat_t).Ino
	n := mappingLength(b.Info().Data, ino)
	if n == 0 || n%uintptr(os.Getpagesize()) != 0 {
		t.Fatalf("mappingLength = %d, want the length of bbolt's mapping", n)
	}
	if mappingLength(b.Info().Data, ino+1) != 0 || mappingLength(b.Info().Data+uintptr(os.Getpagesize()), ino) != 0 {
		t.Error("mappingLength found a mapping of another inode or at another address")
	}
	s.mu.Lock()
	releaseMapped(s.kv)
	s.mu.Unlock()
	after, err := s.all(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) || len(before) == 0 {
		t.Fatalf("after releasing the mapping the store holds %d quads, before %d", len(after), len(before))
	}
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("quad %d differs after releasing the mapping: %v, was %v", i, after[i], before[i])
		}
	}
}
