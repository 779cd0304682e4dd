package graph

// What `readout serve` needs to put Cayley's own HTTP API in front of a
// Store: its quad store as a Cayley handle, and the Store's lock.

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" quad writer
)

// Handle returns the Cayley handle of the store, for Cayley's HTTP API
// (cayley/server/http). Writes through it bypass [Store.Load]: they add and
// remove raw quads, keeping none of the readout model's invariants. Use it
// only inside [Store.Locked]. The handle is closed with the store.
func (s *Store) Handle() (*cgraph.Handle, error) {
	qw, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return nil, &DBError{Op: "open", Path: s.db, Err: err}
	}
	return &cgraph.Handle{QuadStore: s.qs, QuadWriter: qw}, nil
}

// Locked calls f holding the store's lock: exclusive if write, else shared
// with the other readers (exclusive on the memory store, as every read of
// it is). A write on a store opened read-only fails with
// [ErrReadOnlyStore] without calling f.
func (s *Store) Locked(write bool, f func()) error {
	if write {
		if s.opts.ReadOnly {
			return &DBError{Op: "write", Path: s.db, Err: ErrReadOnlyStore}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		// f may write anything: the view index no longer knows.
		if err := s.markViewIndex(context.Background(), false); err != nil {
			return &DBError{Op: "write", Path: s.db, Err: err}
		}
	} else {
		defer s.readLock()()
	}
	f()
	return nil
}
