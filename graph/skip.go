package graph

// The content-hash skip of Load: a reload of an unchanged readout reads one
// key instead of the readout's graph.

import (
	"context"
	"crypto/sha256"
	"errors"
	"strings"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// hashBucket is the bolt bucket, beside Cayley's, mapping a readout graph's
// label to the [contentHash] of the quads Load last wrote into it.
var hashBucket = []byte("readout_hash")

// sourceBucket is the bolt bucket mapping a readout graph's label to the
// stamp ([sourceStamp]) of the record Load last wrote into it: a reload asks
// it whether a readout is stored as extracted from the same bytes by the
// same extractor, before extracting it ([Store.Stored]).
var sourceBucket = []byte("readout_source")

// sourceStamp is the SHA-256 of a record's input bytes, its extractor's
// version and the [contentHash] of the graph written from it, as
// sourceBucket holds them. The content hash ties the stamp to the graph:
// readouts from before stamps replace and delete graphs, and their content
// hashes ([hashBucket]), without touching stamps, and a stamp whose graph
// hash is no longer the store's says nothing.
func (s *Store) sourceStamp(rec *extract.Record, sum [sha256.Size]byte) string {
	return s.stampPrefix(rec.Hash, rec.Extractor) + string(sum[:])
}

// stampPrefix is the start of the stamp of a record made from input bytes
// of SHA-256 hash (hex) by the extractor version, of the build
// [Options.ExtractorBuild] names.
func (s *Store) stampPrefix(hash, version string) string {
	if b := s.opts.ExtractorBuild; b != "" {
		version += "+" + b
	}
	return hash + "\x00" + version + "\x00"
}

// Stored reports whether the store holds the readout read from source, as
// extracted from input bytes of SHA-256 hash (hex) by the extractor version
// (of the build [Options.ExtractorBuild] names): then loading it again
// would change nothing. known is false when the store
// cannot tell without the record (a store of another backend, or a readout
// loaded by a readout from before stamps): load the record then, and Load
// decides.
func (s *Store) Stored(ctx context.Context, source, hash, version string) (ok, known bool, err error) {
	defer s.readLock()()
	if s.qs == nil {
		return false, false, nil
	}
	return s.sourceStored(ctx, quad.IRI(schema.ReadoutIRI(source)), s.stampPrefix(hash, version))
}

// sourceStored is Stored of the readout graph label, for a stamp that
// starts with prefix (the input hash and extractor version): its graph
// must also still have the content hash the stamp ends with.
func (s *Store) sourceStored(ctx context.Context, label quad.IRI, prefix string) (ok, known bool, err error) {
	if s.hashes.kv == nil || s.pg != nil {
		return false, false, nil
	}
	err = hkv.View(ctx, s.hashes.kv, func(tx hkv.Tx) error {
		v, err := tx.Get(ctx, hkv.Key{sourceBucket, []byte(label)})
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		known = true
		sum, match := strings.CutPrefix(string(v), prefix)
		if !match || len(sum) != sha256.Size {
			return nil
		}
		h, err := tx.Get(ctx, hkv.Key{hashBucket, []byte(label)})
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		ok = err == nil && string(h) == sum
		return err
	})
	return ok, known, err
}

// setSources records the source stamps of readout graphs.
func (s *Store) setSources(ctx context.Context, st map[quad.IRI]string) error {
	if len(st) == 0 || s.hashes.kv == nil {
		return nil
	}
	return hkv.Update(ctx, s.hashes.kv, func(tx hkv.Tx) error {
		for l, v := range st {
			if err := tx.Put(ctx, hkv.Key{sourceBucket, []byte(l)}, []byte(v)); err != nil {
				return err
			}
		}
		return nil
	})
}

// contentHash returns the SHA-256 of the readout graph qs, in order
// ([Quads] returns them sorted).
func contentHash(qs []quad.Quad) [sha256.Size]byte {
	h := sha256.New()
	var buf []byte
	for _, q := range qs {
		buf = buf[:0]
		for _, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			buf = append(buf, quad.StringOf(v)...)
			buf = append(buf, 0)
		}
		h.Write(buf)
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// hashes is where a Store keeps the content hashes of its readout graphs:
// the bolt file (kv) or, for the memory store, a map.
type hashes struct {
	kv  hkv.KV
	mem map[quad.IRI][sha256.Size]byte
}

// unchanged reports whether the readout graph label holds exactly the quads
// want, whose content hash is h, as last written by Load, and its main
// event still links its interaction. A graph whose hash is not known (never
// loaded by this version, or being replaced when a load stopped) is not
// unchanged: Load then compares it quad by quad.
func (s *Store) unchanged(ctx context.Context, label quad.IRI, want []quad.Quad, h [sha256.Size]byte) (bool, error) {
	if s.pg != nil {
		// Other processes may load into the same database meanwhile.
		return false, nil
	}
	var ok bool
	if s.hashes.kv == nil {
		got, known := s.hashes.mem[label]
		ok = known && got == h
	} else {
		err := hkv.View(ctx, s.hashes.kv, func(tx hkv.Tx) error {
			v, err := tx.Get(ctx, hkv.Key{hashBucket, []byte(label)})
			if errors.Is(err, hkv.ErrNotFound) {
				return nil
			}
			ok = err == nil && string(v) == string(h[:])
			return err
		})
		if err != nil {
			return false, err
		}
	}
	if !ok {
		return false, nil
	}
	// The interaction graphs are derived from several readouts: check, as
	// [Store.noteAccount] does, that this one's account is still linked.
	a, has := accountOf(label, want)
	if !has {
		return true, nil
	}
	return s.hasOut(ctx, a.event, quad.IRI(schema.Interaction))
}

// hasOut reports whether the store holds a quad from subject with predicate
// pred. On the kv backend it compares node IDs of the subject index's
// primitives, reading no values.
func (s *Store) hasOut(ctx context.Context, subject, pred quad.Value) (bool, error) {
	kvs, ok := s.qs.(*ckv.QuadStore)
	if !ok {
		qs, err := s.quadsWith(ctx, quad.Subject, subject)
		for _, q := range qs {
			if q.Predicate == pred {
				return true, err
			}
		}
		return false, err
	}
	sref, err := kvs.ValueOf(subject)
	if err != nil || sref == nil {
		return false, err
	}
	pref, err := kvs.ValueOf(pred)
	if err != nil || pref == nil {
		return false, err
	}
	sid, pid := uint64(sref.(ckv.Int64Value)), uint64(pref.(ckv.Int64Value))
	it := kvs.QuadIterator(quad.Subject, sref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if p, ok := it.Result().(*cproto.Primitive); ok && !p.Deleted &&
			p.GetDirection(quad.Subject) == sid && p.GetDirection(quad.Predicate) == pid {
			return true, nil
		}
	}
	return false, it.Err()
}

// setHashes records the content hashes of readout graphs: a nil hash
// forgets the graph's. Load forgets the hashes of the graphs a batch
// replaces before writing it and records the new ones after, so a load that
// stops half-way never leaves a hash that would skip a readout whose graph
// differs.
func (s *Store) setHashes(ctx context.Context, hs map[quad.IRI]*[sha256.Size]byte) error {
	if len(hs) == 0 {
		return nil
	}
	if s.hashes.kv == nil {
		if s.hashes.mem == nil {
			s.hashes.mem = map[quad.IRI][sha256.Size]byte{}
		}
		for l, h := range hs {
			if h == nil {
				delete(s.hashes.mem, l)
			} else {
				s.hashes.mem[l] = *h
			}
		}
		return nil
	}
	return hkv.Update(ctx, s.hashes.kv, func(tx hkv.Tx) error {
		for l, h := range hs {
			k := hkv.Key{hashBucket, []byte(l)}
			var err error
			if h == nil {
				// Forgotten with the graph's source stamp.
				err = tx.Del(ctx, k)
				if err == nil || errors.Is(err, hkv.ErrNotFound) {
					err = tx.Del(ctx, hkv.Key{sourceBucket, []byte(l)})
				}
				if errors.Is(err, hkv.ErrNotFound) {
					err = nil
				}
			} else {
				err = tx.Put(ctx, k, h[:])
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}
