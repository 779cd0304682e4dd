package graph

// Quads of a node with one predicate, read through Cayley's composite
// indexes.
//
// Cayley's kv store keeps two indexes of quads: by subject and predicate
// (bucket "sp", keys subject ID + predicate ID) and by object, predicate and
// subject ("ops"). Each key's value lists the IDs of its quads. Cayley's own
// iterator for the quads of a node reads the node's whole range of one
// index, every predicate, and each quad from the log: a state or a minister
// is the object of tens of thousands of quads (every claim about it, every
// readout naming it), of which a query wants one predicate's. quadsWithPred
// reads the range of the node and the predicate alone.
//
// Cayley never removes index entries: a removed quad keeps its ID in the
// index, and its log entry says it was deleted. So the quads are still read
// from the log, and the deleted ones left out.

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"
	"google.golang.org/protobuf/proto"
)

// predIndexes names, for a direction, the Cayley index whose keys start
// with that direction's node and then the predicate.
var predIndexes = map[quad.Direction][]byte{
	quad.Subject: []byte("sp"),
	quad.Object:  []byte("ops"),
}

// quadsWithPred returns the quads with v in direction d (subject or object)
// and predicate pred, as [Store.quadsWith] filtered on pred returns them.
// On a store without the index it needs (not bolt, or a store of another
// layout), it is that filter.
func (s *Store) quadsWithPred(ctx context.Context, d quad.Direction, v quad.Value, pred quad.IRI) ([]quad.Quad, error) {
	slow := func() ([]quad.Quad, error) {
		qs, err := s.quadsWith(ctx, d, v)
		n := 0
		for _, q := range qs {
			if q.Predicate == pred {
				qs[n] = q
				n++
			}
		}
		return qs[:n], err
	}
	bucket := predIndexes[d]
	if !s.predIndexed() || bucket == nil {
		return slow()
	}
	ids, err := s.qs.(*ckv.QuadStore).RefsOf(ctx, []quad.Value{v, pred})
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if x, ok := id.(ckv.Int64Value); !ok || x == 0 {
			return nil, nil // a node not in the store is in no quad
		}
	}
	prefix := binary.BigEndian.AppendUint64(nil, uint64(ids[0].(ckv.Int64Value)))
	prefix = binary.BigEndian.AppendUint64(prefix, uint64(ids[1].(ckv.Int64Value)))
	var prims []*cproto.Primitive
	indexed, err := s.hasPredIndex(ctx, bucket)
	if err != nil {
		return nil, err
	} else if !indexed {
		return slow()
	}
	err = hkv.View(ctx, s.kv, func(tx hkv.Tx) error {
		var keys []hkv.Key
		err = hkv.Each(ctx, tx, func(k hkv.Key, val hkv.Value) error {
			for b := val; len(b) > 0; {
				id, n := binary.Uvarint(b)
				if n <= 0 {
					return fmt.Errorf("corrupt quad index entry %x", k[len(k)-1])
				}
				keys = append(keys, hkv.Key{cayleyLogBucket, binary.BigEndian.AppendUint64(nil, id)})
				b = b[n:]
			}
			return nil
		}, hopts.WithPrefixKV(hkv.Key{bucket, prefix}))
		if err != nil || len(keys) == 0 {
			return err
		}
		vals, err := tx.GetBatch(ctx, keys)
		if err != nil {
			return err
		}
		for i, val := range vals {
			if val == nil {
				continue // an index entry whose quad the log lost; Cayley skips it too
			}
			var p cproto.Primitive
			if err := proto.Unmarshal(val, &p); err != nil {
				return fmt.Errorf("quad log entry %x: %w", keys[i][1], err)
			}
			if !p.Deleted && !p.IsNode() {
				prims = append(prims, &p)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	} else if len(prims) == 0 {
		return nil, ctx.Err()
	}
	qs, err := s.primitiveQuads(ctx, prims)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, q := range qs {
		if q.IsValid() && q.Get(d) == v && q.Predicate == pred {
			qs[n] = q
			n++
		}
	}
	return qs[:n], ctx.Err()
}

// predIndexed reports whether s may have Cayley's composite quad indexes:
// a kv quad store over bolt (hasIndex tells whether it has them).
func (s *Store) predIndexed() bool {
	_, ok := s.qs.(*ckv.QuadStore)
	return ok && s.kv != nil
}

// hasPredIndex reports whether s has the quad index named bucket, read
// once per store.
func (s *Store) hasPredIndex(ctx context.Context, bucket []byte) (bool, error) {
	s.predIndexMu.Lock()
	defer s.predIndexMu.Unlock()
	if s.predIndex == nil {
		idx := map[string]bool{}
		err := hkv.View(ctx, s.kv, func(tx hkv.Tx) error {
			for _, b := range predIndexes {
				ok, err := hasIndex(ctx, tx, b)
				if err != nil {
					return err
				}
				idx[string(b)] = ok
			}
			return nil
		})
		if err != nil {
			return false, err
		}
		s.predIndex = idx
	}
	return s.predIndex[string(bucket)], nil
}

// hasIndex reports whether tx's store has Cayley's quad index named bucket
// ("sp", "ops"), as the store's list of indexes names it. Every bolt store
// readout makes has both; the check keeps a store of another layout on the
// slow path.
func hasIndex(ctx context.Context, tx hkv.Tx, bucket []byte) (bool, error) {
	v, err := tx.Get(ctx, hkv.Key{[]byte("meta"), []byte("indexes")})
	if errors.Is(err, hkv.ErrNotFound) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	var all []ckv.QuadIndex
	if err := json.Unmarshal(v, &all); err != nil {
		return false, fmt.Errorf("the list of quad indexes: %w", err)
	}
	for _, ind := range all {
		name := make([]byte, len(ind.Dirs))
		for i, d := range ind.Dirs {
			name[i] = d.Prefix()
		}
		if string(name) == string(bucket) {
			return true, nil
		}
	}
	return false, nil
}
