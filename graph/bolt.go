package graph

// The bolt backend. Cayley's graph/kv/bolt registration wants a directory
// holding "indexes.bolt" and opens it with no lock timeout, so that a second
// process hangs forever on the flock. readout opens the bolt file itself
// with a timeout and hands it to Cayley's kv quad store through [boltKV].
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

// boltOptions are the options readout gives Cayley's kv quad store: Cayley's
// bloom filters only speed up duplicate checks on writes, but cost a scan of
// the whole log on every open and, for a new store, several
// 100-million-entry filters (hundreds of MB).
var boltOptions = cgraph.Options{ckv.OptNoBloom: true}

// openBolt opens the bolt database at path and returns Cayley's quad store
// over it and the [heldKV] that store reads and writes through.
//
// With nosync, commits do not wait for the disk (see partial.go); the
// caller must Sync before it trusts the file to survive a crash. created
// says the file held no store (it was new or empty) and now holds an empty
// one.
func openBolt(path string, opts Options, nosync bool) (_ cgraph.QuadStore, _ *heldKV, created bool, _ error) {
	fail := func(err error, hint string) error {
		return &DBError{Op: "open", Path: path, Err: err, Hint: hint}
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if opts.ReadOnly {
			return nil, nil, false, fail(ErrNotExist, "load readouts into it first: readout load --db "+path+" PATH...")
		}
	case err != nil:
		return nil, nil, false, fail(err, "")
	case fi.IsDir():
		return nil, nil, false, fail(fmt.Errorf("%w: it is a directory", ErrNotDatabase),
			"give the path of a database file, e.g. --db readout.db")
	case !fi.Mode().IsRegular():
		return nil, nil, false, fail(fmt.Errorf("%w: not a regular file", ErrNotDatabase), "")
	case !opts.ReadOnly && fi.Mode().Perm()&0o200 == 0:
		// Refuse even as root, who could write it anyway: the mode says
		// someone wants it left alone.
		return nil, nil, false, fail(ErrReadOnly, "make it writable (chmod u+w) or load into another --db")
	}
	if opts.ReadOnly && fi.Size() == 0 {
		// bbolt would try to write its first pages into it, and fail on
		// the read-only file.
		return nil, nil, false, fail(fmt.Errorf("%w: empty file", ErrNotDatabase), "")
	}
	if err := checkBoltFile(path); err != nil {
		return nil, nil, false, fail(err, "")
	}
	var bdb *bolt.DB
	err = guardBolt(func() (err error) {
		bdb, err = bolt.Open(path, 0o644, &bolt.Options{
			Timeout:  opts.LockTimeout,
			ReadOnly: opts.ReadOnly,
			// The hash-map free list finds a run of free pages without
			// scanning a sorted array of them, which grows with the file.
			FreelistType: bolt.FreelistMapType,
			// A store being built (nosync) is synced once, at the end;
			// bbolt would otherwise sync the whole file each time it
			// grows it, every 16 MB.
			NoSync:     nosync,
			NoGrowSync: nosync,
		})
		return err
	})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		hint := "wait for the other readout command to finish, or use another --db; " +
			"to query while loading, run 'readout serve' and load through its /api/load"
		if pid, cmd := lockHolder(path); pid > 0 {
			if cmd == "" {
				cmd = "unknown command"
			}
			return nil, nil, false, fail(fmt.Errorf("%w: PID %d (%s)", ErrInUse, pid, cmd), hint)
		}
		return nil, nil, false, fail(ErrInUse, hint)
	case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrVersionMismatch), errors.Is(err, bolt.ErrChecksum):
		return nil, nil, false, fail(fmt.Errorf("%w: %v", ErrNotDatabase, err), "")
	case errors.Is(err, fs.ErrPermission):
		return nil, nil, false, fail(ErrReadOnly, "")
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is in the DBError already
		}
		return nil, nil, false, fail(err, "")
	}
	db := &boltKV{db: bdb}
	if err := bdb.View(func(tx *bolt.Tx) error {
		db.flat = tx.Bucket(nodesBucket) != nil
		return nil
	}); err != nil {
		bdb.Close()
		return nil, nil, false, fail(err, "")
	}
	kv := &heldKV{KV: db}
	var qs cgraph.QuadStore
	err = guardBolt(func() (err error) {
		qs, err = ckv.New(kv, boltOptions)
		return err
	})
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if opts.ReadOnly {
			db.Close()
			return nil, nil, false, fail(fmt.Errorf("%w: empty file", ErrNotDatabase), "")
		}
		// One transaction, so that a crash cannot leave a store
		// initialised without its indexes.
		if err = kv.atomically(context.Background(), func() error { return initBolt(kv) }); err == nil {
			created = true
			db.flat = flatNewStores // initBolt made nodesBucket
			qs, err = ckv.New(kv, boltOptions)
		}
	}
	if err != nil {
		db.Close()
		return nil, nil, false, fail(err, "")
	}
	return qs, kv, created, nil
}

// guardBolt runs f, turning a panic into [ErrNotDatabase]: bbolt panics
// (failed assertions, "invalid freelist page") on a truncated or corrupted
// file instead of returning an error, and Open must not take the process
// down with it. Corruption deeper in the file can still panic later, on the
// read that meets it.
func guardBolt(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: the file is truncated or corrupted (bbolt: %v)", ErrNotDatabase, p)
		}
	}()
	return f()
}

// flatNewStores makes new stores flat (see [nodesBucket]); tests turn it off
// to make stores as readout made them before.
var flatNewStores = true

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
		if err := tx.Put(ctx, keyMetaIndexes, data); err != nil {
			return err
		}
		// A new store's view index is complete: empty, as the store is.
		if err := tx.Put(ctx, viewStateKey, []byte(viewComplete)); err != nil {
			return err
		}
		if !flatNewStores {
			return nil
		}
		// A flat store (boltkv.go), which readouts from before flat
		// stores refuse by its version.
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{nodesBucket}); err != nil {
			return err
		}
		return tx.Put(ctx, cayleyVersionKey, flatVersion)
	})
}
