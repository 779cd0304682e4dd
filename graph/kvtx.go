package graph

// One bolt transaction for several Cayley writes.
//
// Cayley's kv quad store opens a transaction of its own for every
// ApplyDeltas, and cannot take additions and removals in one call when a
// removal lowers the reference count of a node an addition uses (see
// [Store.apply]). heldKV is the hidalgo KV readout hands to Cayley instead of
// the bolt database itself: inside [heldKV.atomically] every transaction
// Cayley opens, read or write, is the one bolt write transaction that
// atomically commits at its end or rolls back, so a batch's additions and
// removals land together or not at all.

import (
	"context"
	"errors"
	"sync/atomic"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// errTxAborted means a write inside atomically was closed without being
// committed: Cayley gave up on it after an error.
var errTxAborted = errors.New("transaction aborted")

// heldKV passes transactions through to KV, except while atomically runs
// or a transaction begun by begin is open.
type heldKV struct {
	hkv.KV
	held atomic.Pointer[heldState]

	// group is the transaction begin opened, until end; nil otherwise.
	group *heldState

	// beforeCommit, when set (by tests), runs before the real commit of
	// atomically and end; an error rolls the transaction back, as a crash
	// would.
	beforeCommit func() error
}

// heldState is the transaction atomically holds open.
type heldState struct {
	tx      hkv.Tx
	aborted bool // a write inside it failed: it must be rolled back
}

// Tx returns the held transaction while atomically runs or a group is open
// (for reads too: bbolt must not open a read transaction in the goroutine
// that holds its write transaction), a new transaction of KV otherwise.
func (db *heldKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if h := db.held.Load(); h != nil {
		return &heldTx{Tx: h.tx, state: h, rw: rw}, nil
	}
	return db.KV.Tx(ctx, rw)
}

// View and Update go through Tx, so that they too see the held transaction.
func (db *heldKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, db, fn)
}

func (db *heldKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, db, fn)
}

// atomically runs fn with every transaction opened through db being one
// write transaction, and commits it if fn and every write inside it
// succeeded; otherwise it rolls everything back and returns the error. The
// caller must serialise calls (Store.mu) and must not use db from other
// goroutines meanwhile.
//
// Inside a group (begin), fn runs in the group's transaction, which
// atomically leaves open; if fn fails, the group can only be rolled back.
func (db *heldKV) atomically(ctx context.Context, fn func() error) error {
	if h := db.group; h != nil {
		err := fn()
		if err == nil && h.aborted {
			err = errTxAborted
		}
		if err != nil {
			h.aborted = true
		}
		return err
	}
	tx, err := db.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	h := &heldState{tx: tx}
	db.held.Store(h)
	err = fn()
	db.held.Store(nil)
	return db.finish(ctx, h, err)
}

// begin opens a write transaction that every transaction opened through db
// is, until end: several atomically calls then commit together, as one
// transaction, or not at all. The caller must serialise calls (Store.mu)
// and must not use db from other goroutines until end.
func (db *heldKV) begin(ctx context.Context) error {
	if db.group != nil {
		return errors.New("heldKV: begin inside a group")
	}
	tx, err := db.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	db.group = &heldState{tx: tx}
	db.held.Store(db.group)
	return nil
}

// end commits the group begin opened if commit is true and nothing inside
// it failed; otherwise it rolls the group back, and returns the error that
// made it do so (nil when commit was false).
func (db *heldKV) end(ctx context.Context, commit bool) error {
	h := db.group
	if h == nil {
		return nil
	}
	db.group = nil
	db.held.Store(nil)
	if !commit {
		h.tx.Close()
		return nil
	}
	return db.finish(ctx, h, nil)
}

// grouped reports whether a group is open.
func (db *heldKV) grouped() bool { return db.group != nil }

// finish commits h's transaction if err is nil and no write inside it
// failed, and otherwise rolls it back and returns why.
func (db *heldKV) finish(ctx context.Context, h *heldState, err error) error {
	if err == nil && h.aborted {
		err = errTxAborted
	}
	if err == nil && db.beforeCommit != nil {
		err = db.beforeCommit()
	}
	if err != nil {
		h.tx.Close()
		return err
	}
	return h.tx.Commit(ctx)
}

// heldTx is one use of the held transaction: Commit and Close do not end
// it; a write closed without a commit marks it aborted.
type heldTx struct {
	hkv.Tx
	state     *heldState
	rw        bool
	committed bool
	closed    bool
}

func (tx *heldTx) Commit(ctx context.Context) error {
	if tx.closed {
		return errTxAborted
	}
	tx.committed, tx.closed = true, true
	return nil
}

func (tx *heldTx) Close() error {
	if !tx.closed && tx.rw && !tx.committed {
		tx.state.aborted = true
	}
	tx.closed = true
	return nil
}
