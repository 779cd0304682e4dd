package graph

import (
	"context"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// LoadQuads writes the N-Quads read from r into the store as they are, in
// batches of Options.BatchQuads quads committed as [Store.Load] commits
// them, through the writer Load uses, and returns how many quads it
// committed. It keeps none of Load's bookkeeping (no replace, entity or interaction graphs): it measures the
// raw store rate for make bench, loading an export of a store into a new
// one. Quads already in the store are an error.
func (s *Store) LoadQuads(ctx context.Context, r io.Reader) (n int, rerr error) {
	if s.opts.ReadOnly {
		return 0, &DBError{Op: "load", Path: s.db, Err: ErrReadOnlyStore}
	}
	keepTypedLiterals()
	s.mu.Lock()
	defer s.mu.Unlock()
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	tx, err := s.beginTx(ctx)
	if err != nil {
		return 0, &DBError{Op: "load", Path: s.db, Err: err}
	}
	var buf []quad.Quad
	flush := func() error {
		err := s.apply(ctx, buf, nil)
		if err == nil {
			var st LoadStats
			st, err = tx.wrote(ctx, LoadStats{Quads: len(buf)}, len(buf) > 0)
			n += st.Quads
		}
		if err != nil {
			return &DBError{Op: "load", Path: s.db, Err: err}
		}
		buf = buf[:0]
		return ctx.Err()
	}
	defer func() {
		// Roll back on any error: a raw load is all or nothing since
		// the last commit.
		st, err := tx.end(ctx, rerr == nil)
		n += st.Quads
		if err != nil && rerr == nil {
			rerr = &DBError{Op: "load", Path: s.db, Err: err}
		}
	}()
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return n, err
		}
		buf = append(buf, q)
		if len(buf) >= s.opts.BatchQuads {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	err = flush()
	return n, err
}
