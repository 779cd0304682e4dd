package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
)

// Memory is the db name of the in-memory store: Open(ctx, Memory, opts).
const Memory = "memory"

// DefaultBatchQuads is the default number of quads Load hands Cayley at a
// time: one transaction on PostgreSQL and memory, a part of one on bolt
// ([DefaultTxQuads]). A commit rewrites every B-tree page its batch touched, and a larger batch
// touches fewer pages per quad but holds more of them in memory. On bolt,
// 10,000 generated readouts (1.78 million quads) loaded in 77 s with
// transactions of 10,000 quads, 68 s at 20,000, 65 s at 40,000 and 59 s at
// 80,000; 30,000 readouts in 283 s with a Go heap peaking at 299 MB at
// 10,000 quads, and 218 s with 678 MB at 40,000.
const DefaultBatchQuads = 20000

// DefaultTxQuads is the default number of quads a bolt transaction of Load
// collects before it commits: one batch. Grouping batches (Options.TxQuads)
// makes bbolt rewrite each page the transaction touched once, but Cayley's
// writes slow down among more dirty pages: 100,000 generated readouts (17.7
// million quads) loaded in 631 s with a transaction per 20,000-quad batch,
// 632 s at 60,000 and 608 s at 120,000, the Go heap peaking at 0.81, 1.24
// and 1.86 GB.
const DefaultTxQuads = DefaultBatchQuads

// DefaultLockTimeout is how long Open waits for another process to release
// a bolt database by default.
const DefaultLockTimeout = time.Second

// Errors returned (wrapped in a [DBError]) by [Open].
var (
	// ErrInUse means another process holds the database's lock.
	ErrInUse = errors.New("in use by another process")
	// ErrNotExist means a database opened read-only does not exist.
	ErrNotExist = errors.New("does not exist")
	// ErrReadOnly means the database file is not writable.
	ErrReadOnly = errors.New("is read-only")
	// ErrUnreachable means no database server answered at the URL.
	ErrUnreachable = errors.New("cannot be reached")
	// ErrNotDatabase means the path is not a readout (Cayley bolt) database.
	ErrNotDatabase = errors.New("is not a readout database")
)

// DBError is an error opening or using the database at Path.
type DBError struct {
	Op   string // "open", "load", "query", "export"
	Path string // the db argument of Open
	Err  error
	Hint string // what the user can do about it; may be empty
}

func (e *DBError) Error() string {
	return fmt.Sprintf("%s database %s: %v", e.Op, e.Path, e.Err)
}

func (e *DBError) Unwrap() error { return e.Err }

// Options configure a [Store]. The zero value is ready to use.
type Options struct {
	// ReadOnly opens a bolt database without write access and with a
	// shared lock, so that several readers can query at once. A read-only
	// database must exist. Load fails on a read-only store.
	ReadOnly bool
	// LockTimeout is how long Open waits for another process to release a
	// bolt database before failing with [ErrInUse]; 0 means
	// [DefaultLockTimeout].
	LockTimeout time.Duration
	// BatchQuads is the number of quads Load hands Cayley at a time (whole
	// readouts are never split); 0 means [DefaultBatchQuads]. On
	// PostgreSQL and memory each is a transaction.
	BatchQuads int
	// TxQuads is, on bolt, the number of quads at which a transaction of
	// Load commits: it takes whole batches until it holds this many; 0
	// means [DefaultTxQuads], and a value below BatchQuads one batch.
	TxQuads int
	// SkipStored makes Load skip, without reading its graph, a readout
	// whose graph already carries the record's content hash and extractor
	// version (how a load resumes after a crash or Ctrl-C). That is right
	// for records from extract.Extract, where the same bytes and extractor
	// give the same record, and wrong for records edited by hand.
	SkipStored bool
	// ExtractorBuild, when set, names the build of the extractor that
	// makes the records loaded, beyond their extractor version (readout's
	// command sets a hash of its executable). It is part of the stamps
	// that [Store.Stored] checks, so that a reload by another build
	// extracts again what the stamps would let it skip, and restamps what
	// it finds unchanged.
	ExtractorBuild string
	// BuildNew builds a bolt database that does not exist yet under a
	// temporary name next to it, without waiting for the disk at each
	// commit, and gives it its name when Close has synced it (see
	// partial.go). Until then other commands do not see the store. Open
	// resumes a build the same boot left unfinished ([Store.Resumed]).
	BuildNew bool
}

// Store is a readout graph in a Cayley quad store. Its methods may be
// called from several goroutines: writes are serialised and exclude queries
// and exports.
type Store struct {
	db   string
	opts Options
	qs   cgraph.QuadStore
	kv   *heldKV  // the bolt database under qs; nil for other backends
	pg   *pgStore // readout's own writes and reads of a PostgreSQL store; nil for others

	// partial is the file a BuildNew store is built in; "" otherwise.
	partial string
	// Resumed says that Open took up a BuildNew build left unfinished,
	// and Removed lists the unfinished builds of earlier boots it deleted.
	Resumed bool
	Removed []string
	// Discarded is the partial file Open removed because a bulk load was
	// killed while writing it ([Bulk]), "" if none.
	Discarded string

	// bulk says a [Bulk] is open on the store; discard, that one failed
	// while writing the partial file, which Close then removes instead of
	// giving it its name.
	bulk, discard bool

	hashes hashes    // content hashes of the readout graphs (skip.go)
	views  viewIndex // the view quads of every graph (viewindex.go)

	// predIndex holds, once read, whether the store has Cayley's quad
	// indexes by subject-predicate and object-predicate-subject, by bucket
	// name (see predlinks.go); they do not change after Open.
	predIndexMu sync.Mutex
	predIndex   map[string]bool

	// mu serialises writes (memstore panics on concurrent writes) and keeps
	// queries and exports from seeing a half-applied load.
	mu sync.RWMutex
}

// Open opens the store named db: "memory" for a new in-memory store, a
// PostgreSQL URL (postgres://USER@HOST:PORT/DBNAME?sslmode=disable, see
// postgres.go), or the path of a bolt database file. A bolt file or
// PostgreSQL schema is created on first use unless opts.ReadOnly. The caller
// must Close the store.
func Open(ctx context.Context, db string, opts Options) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	keepTypedLiterals()
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	if opts.BatchQuads <= 0 {
		opts.BatchQuads = DefaultBatchQuads
	}
	if opts.TxQuads <= 0 {
		opts.TxQuads = DefaultTxQuads
	}
	var (
		qs  cgraph.QuadStore
		kv  *heldKV
		pg  *pgStore
		err error

		partial   string
		resumed   bool
		removed   []string
		discarded string
	)
	switch {
	case db == Memory:
		qs = openMemory()
	case isPostgres(db):
		qs, pg, err = openPostgres(ctx, db, opts)
		if err != nil {
			return nil, err
		}
		db = Redact(db)
	case db == "":
		return nil, &DBError{Op: "open", Path: `""`, Err: errors.New("empty database path")}
	default:
		path := db
		if opts.BuildNew && !opts.ReadOnly {
			path, resumed, removed, err = preparePartial(db)
			if err != nil {
				return nil, &DBError{Op: "open", Path: db, Err: err}
			}
		}
		if path != db {
			partial = path
		}
		var created bool
		qs, kv, created, err = openBolt(path, opts, partial != "")
		if err != nil {
			return nil, err
		}
		// A build killed before its first commit left a file with no
		// store in it (empty, or bbolt's pages alone): nothing to resume.
		resumed = resumed && !created
		if bulkUnfinished(kv) {
			// A bulk load was killed while writing the file: it holds part
			// of a store. A load into it starts again; nothing else may
			// read it.
			qs.Close()
			if !resumed {
				return nil, &DBError{Op: "open", Path: path, Err: fmt.Errorf("%w: %s", ErrNotDatabase, errBulkCut),
					Hint: "load into " + db + " again: the load removes it and starts over"}
			}
			if err := os.Remove(path); err != nil {
				return nil, &DBError{Op: "open", Path: db, Err: err}
			}
			discarded = path
			resumed = false
			if qs, kv, _, err = openBolt(path, opts, true); err != nil {
				return nil, err
			}
		}
		if resumed && bulkEmpty(kv) {
			// Killed before it wrote anything (a bulk load writes at its
			// end): nothing to resume either.
			resumed = false
		}
	}
	st := &Store{db: db, opts: opts, qs: qs, kv: kv, pg: pg, partial: partial, Resumed: resumed, Removed: removed, Discarded: discarded}
	if kv != nil && !opts.ReadOnly {
		// The lock is ours: what is there a Precompute killed left.
		if err := os.RemoveAll(netSpoolParent(db)); err != nil {
			qs.Close()
			return nil, &DBError{Op: "open", Path: db, Err: err}
		}
	}
	if kv != nil {
		st.hashes = hashes{kv: kv} // the content hashes live in the bolt file too
		st.views = viewIndex{kv: kv}
	}
	return st, nil
}

// Close closes the store, releasing the database lock.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.qs == nil {
		return nil
	}
	var err error
	if s.partial != "" && s.discard {
		err = errors.Join(s.qs.Close(), os.Remove(s.partial))
		s.qs = nil
		if err != nil {
			return &DBError{Op: "close", Path: s.db, Err: err}
		}
		return nil
	}
	if s.partial != "" {
		// Every commit is in the file; make it reach the disk before the
		// file gets the store's name.
		err = s.kv.KV.(*boltKV).db.Sync()
	}
	err = errors.Join(err, s.qs.Close())
	s.qs = nil
	if s.pg != nil {
		err = errors.Join(err, s.pg.Close())
	}
	if s.partial != "" && err == nil {
		err = finishPartial(s.partial, s.db)
	}
	if err != nil {
		return &DBError{Op: "close", Path: s.db, Err: err}
	}
	return nil
}

// Count returns the number of quads in the store.
func (s *Store) Count(ctx context.Context) (int64, error) {
	defer s.readLock()()
	if s.pg != nil {
		n, err := s.pg.count(ctx)
		if err != nil {
			return 0, &DBError{Op: "count", Path: s.db, Err: err}
		}
		return n, nil
	}
	// The quad count is exact either way; exact stats would also count the
	// nodes, walking every one.
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, ckv.ErrNoBucket) {
		// Cayley's kv Stats fails on a store no quad was ever written to,
		// which has no size key yet (its own Size reads that as 0).
		return 0, nil
	}
	if err != nil {
		return 0, &DBError{Op: "count", Path: s.db, Err: err}
	}
	return st.Quads.Value, nil
}

// readView takes the lock for a read, as readLock does, and on PostgreSQL
// opens a read-only REPEATABLE READ transaction that readout's own reads
// with the returned context go through: a read made of several queries then
// sees one state of the database, never a load committed half-way through it
// (TestReadersSeeWholeReadouts). If the transaction cannot be opened, reads
// go query by query, and the next one reports the database's error. done
// ends the transaction and releases the lock.
func (s *Store) readView(ctx context.Context) (_ context.Context, done func()) {
	unlock := s.readLock()
	if s.pg == nil {
		return ctx, unlock
	}
	tx, err := s.pg.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return ctx, unlock
	}
	return context.WithValue(ctx, pgTxKey{}, tx), func() {
		tx.Rollback()
		unlock()
	}
}

// readLock takes the lock for a read and returns its release. Reads of the
// memory store are exclusive: Cayley's memstore fills caches while it
// iterates (QuadStore.cloneAll), so two concurrent readers race.
func (s *Store) readLock() func() {
	if s.db == Memory {
		s.mu.Lock()
		return s.mu.Unlock
	}
	s.mu.RLock()
	return s.mu.RUnlock
}
