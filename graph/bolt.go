package graph

// The bolt backend. Cayley's graph/kv/bolt registration wants a directory
// holding "indexes.bolt" and opens it with no lock timeout, so that a second
// process hangs forever on the flock. readout opens the bolt file itself
// through hidalgo with a timeout and hands it to Cayley's kv quad store.
//
// The file is opened with go.etcd.io/bbolt, the maintained fork of
// github.com/boltdb/bolt with the same file format: boltdb/bolt 1.3.1 casts
// pointers across allocations, which the race detector's checkptr aborts on.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// labelIndex is the quad index readout adds to new bolt stores: Cayley's
// default indexes (subject-predicate, object-predicate-subject) have none on
// the label, so QuadIterator(quad.Label, ...) scanned every quad.
var labelIndex = ckv.QuadIndex{Dirs: []quad.Direction{quad.Label}}

// The kv store's metadata keys (graph/kv/indexing.go).
var (
	metaBucket     = hkv.Key{[]byte("meta")}
	keyMetaIndexes = metaBucket.AppendBytes([]byte("indexes"))
)

// openBolt opens the bolt database at path, setting *kv to it.
func openBolt(path string, opts Options, kv *hkv.KV) (cgraph.QuadStore, error) {
	fail := func(err error, hint string) error {
		return &DBError{Op: "open", Path: path, Err: err, Hint: hint}
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if opts.ReadOnly {
			return nil, fail(ErrNotExist, "load readouts into it first: readout load --db "+path+" PATH...")
		}
	case err != nil:
		return nil, fail(err, "")
	case fi.IsDir():
		return nil, fail(fmt.Errorf("%w: it is a directory", ErrNotDatabase),
			"give the path of a database file, e.g. --db readout.db")
	case !fi.Mode().IsRegular():
		return nil, fail(fmt.Errorf("%w: not a regular file", ErrNotDatabase), "")
	case !opts.ReadOnly && fi.Mode().Perm()&0o200 == 0:
		// Refuse even as root, who could write it anyway: the mode says
		// someone wants it left alone.
		return nil, fail(ErrReadOnly, "make it writable (chmod u+w) or load into another --db")
	}
	db, err := hbolt.Open(path, &bolt.Options{Timeout: opts.LockTimeout, ReadOnly: opts.ReadOnly})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return nil, fail(ErrInUse, "wait for the other readout command to finish, or use another --db")
	case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrVersionMismatch), errors.Is(err, bolt.ErrChecksum):
		return nil, fail(fmt.Errorf("%w: %v", ErrNotDatabase, err), "")
	case errors.Is(err, fs.ErrPermission):
		return nil, fail(ErrReadOnly, "")
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is in the DBError already
		}
		return nil, fail(err, "")
	}
	// Cayley's bloom filters only speed up duplicate checks on writes, but
	// cost a scan of the whole log on every open and, for a new store,
	// several 100-million-entry filters (hundreds of MB).
	copts := cgraph.Options{ckv.OptNoBloom: true}
	qs, err := ckv.New(db, copts)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if opts.ReadOnly {
			db.Close()
			return nil, fail(fmt.Errorf("%w: empty file", ErrNotDatabase), "")
		}
		if err = initBolt(db); err == nil {
			qs, err = ckv.New(db, copts)
		}
	}
	if err != nil {
		db.Close()
		return nil, fail(err, "")
	}
	*kv = db
	return qs, nil
}

// initBolt initialises a new kv quad store in db with Cayley's default
// indexes plus [labelIndex].
func initBolt(db hkv.KV) error {
	if err := ckv.Init(db, nil); err != nil {
		return err
	}
	ctx := context.Background()
	all := append(append([]ckv.QuadIndex(nil), ckv.DefaultQuadIndexes...), labelIndex)
	data, err := json.Marshal(all)
	if err != nil {
		return err
	}
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		// The bucket of an index is the prefix bytes of its directions.
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{[]byte{quad.Label.Prefix()}}); err != nil {
			return err
		}
		return tx.Put(ctx, keyMetaIndexes, data)
	})
}
