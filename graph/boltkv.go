package graph

// boltKV is the hidalgo key-value interface Cayley's kv quad store reads and
// writes through, over a bbolt database. hidalgo's own (kv/bbolt) does the
// same with one cost that dominates a large load: its Put calls
// CreateBucketIfNotExists for the key's bucket on every write, and bbolt
// answers that by seeking the parent bucket's B-tree before it looks in its
// cache of open buckets. A load of 10,000 readouts makes about 13 million
// Puts; that seek was 7% of its writer's time. boltKV looks the bucket up
// first (a map hit once the bucket is open) and creates it only when it is
// missing.
//
// Keys are hidalgo's: all parts but the last name nested buckets under the
// root, the last names the key in the innermost one; a key of one part is a
// key of the root bucket itself (as in hidalgo's; Cayley writes none).

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

type boltKV struct {
	db *bolt.DB

	// flat keeps Cayley's node keys in [nodesBucket] (see [nodeKeyOf])
	// instead of the 131,072 small buckets Cayley names for them. It is
	// set for stores created with that bucket; stores made before it keep
	// Cayley's buckets for good.
	flat bool
}

// nodesBucket holds, in a flat store (every store readout creates now), the
// two keys Cayley keeps for each node: the value hash's node ID (Cayley's key
// ["v" h0 h1, hash], here hash+'v') and its reference count (["n" h0 h1,
// hash], here hash+'n'). Cayley spreads them over 65,536 buckets of each
// kind by the hash's first two bytes, so that adding one new node rewrote
// two pages far apart, and each commit rewrote most of the root bucket's
// leaves, where the small buckets live inline. Here a new node's two keys
// are neighbours on one page. Only Get, Put and Del see them as Cayley's
// keys: Cayley never scans them, and a Scan of the root lists them under
// this bucket's name.
var nodesBucket = []byte("readout_nodes")

// Cayley's data version, under its key ["meta", "version"], as a flat store
// holds it. Cayley refuses a store of any other version than the one it
// writes (2), so a readout from before flat stores, which would read no
// node of one and write every node again, refuses it too; boltKV gives
// Cayley the version it expects ([boltTx.version]).
var (
	cayleyVersionKey = hkv.Key{[]byte("meta"), []byte("version")}
	cayleyVersion    = leUint64(2)
	flatVersion      = leUint64(0x72640000 | 2) // "rd", 2
)

func leUint64(n uint64) []byte { return binary.LittleEndian.AppendUint64(nil, n) }

// version returns, for a key and a value of a flat store, the value Cayley
// reads or writes in its place, and v itself for other keys and stores.
// from and to are the two forms of the version.
func (tx *boltTx) version(key hkv.Key, v, from, to []byte) []byte {
	if tx.nodes != nil && len(key) == 2 && bytes.Equal(key[0], cayleyVersionKey[0]) &&
		bytes.Equal(key[1], cayleyVersionKey[1]) && bytes.Equal(v, from) {
		return to
	}
	return v
}

// nodeKeyOf returns key's place in nodesBucket (appended to buf) if key is
// one of Cayley's node keys, a bucket "v" or "n" with the first two bytes
// of the hash that follows it.
func nodeKeyOf(buf []byte, key hkv.Key) ([]byte, bool) {
	if len(key) != 2 || len(key[0]) != 3 || (key[0][0] != 'v' && key[0][0] != 'n') ||
		len(key[1]) < 2 || key[1][0] != key[0][1] || key[1][1] != key[0][2] {
		return nil, false
	}
	return append(append(buf, key[1]...), key[0][0]), true
}

var _ hkv.KV = (*boltKV)(nil)

func (db *boltKV) Close() error { return db.db.Close() }

// dropBucket deletes the top-level bucket name and all it holds, in a
// transaction of its own: bbolt frees its pages without visiting its keys.
func (db *boltKV) dropBucket(name []byte) error {
	return db.db.Update(func(tx *bolt.Tx) error {
		err := tx.DeleteBucket(name)
		if errors.Is(err, bolt.ErrBucketNotFound) {
			return nil
		}
		return err
	})
}

func (db *boltKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := db.db.Begin(rw)
	if err != nil {
		return nil, err
	}
	// The root bucket, which bbolt gives only through a cursor: one per
	// transaction, not one per Put.
	btx := &boltTx{tx: tx, root: tx.Cursor().Bucket()}
	if db.flat {
		if btx.nodes = btx.root.Bucket(nodesBucket); btx.nodes == nil {
			tx.Rollback()
			return nil, fmt.Errorf("bolt: the store has no %s bucket", nodesBucket)
		}
	}
	return btx, nil
}

func (db *boltKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, db, fn)
}

func (db *boltKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, db, fn)
}

type boltTx struct {
	tx   *bolt.Tx
	root *bolt.Bucket
	// nodes is nodesBucket in a flat store, nil otherwise.
	nodes *bolt.Bucket
	buf   [32]byte
}

// bucket returns the bucket holding key's last part, or nil if a bucket on
// the way is missing, and that part.
func (tx *boltTx) bucket(key hkv.Key) (*bolt.Bucket, []byte) {
	if tx.nodes != nil {
		if k, ok := nodeKeyOf(tx.buf[:0], key); ok {
			return tx.nodes, k
		}
	}
	return tx.nested(key)
}

// nested is bucket without the mapping of node keys: the bucket key's
// leading parts name, from the root.
func (tx *boltTx) nested(key hkv.Key) (*bolt.Bucket, []byte) {
	if len(key) == 0 {
		return nil, nil
	}
	b := tx.root
	for _, part := range key[:len(key)-1] {
		if b = b.Bucket(part); b == nil {
			return nil, nil
		}
	}
	return b, key[len(key)-1]
}

func (tx *boltTx) Get(ctx context.Context, key hkv.Key) (hkv.Value, error) {
	b, k := tx.bucket(key)
	if b == nil {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k)
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return tx.version(key, v, flatVersion, cayleyVersion), nil
}

func (tx *boltTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, key := range keys {
		if b, k := tx.bucket(key); b != nil {
			vals[i] = tx.version(key, b.Get(k), flatVersion, cayleyVersion)
		}
	}
	return vals, nil
}

func (tx *boltTx) Put(ctx context.Context, key hkv.Key, v hkv.Value) error {
	if !tx.tx.Writable() {
		return hkv.ErrReadOnly
	}
	if len(key) == 0 {
		return errors.New("bolt: put with an empty key")
	}
	v = tx.version(key, v, cayleyVersion, flatVersion)
	if tx.nodes != nil {
		// A new slice: bbolt keeps the key until the commit.
		if k, ok := nodeKeyOf(make([]byte, 0, len(key[len(key)-1])+1), key); ok {
			return tx.nodes.Put(k, v)
		}
	}
	b := tx.root
	for _, part := range key[:len(key)-1] {
		c := b.Bucket(part)
		if c == nil {
			var err error
			if c, err = b.CreateBucket(part); err != nil {
				return err
			}
		}
		b = c
	}
	k := key[len(key)-1]
	if len(k) == 0 && len(v) == 0 {
		return nil // the buckets only
	}
	if len(key) == 2 && (string(key[0]) == "log" || string(key[0]) == "sp") {
		// Cayley's quad log, keyed by increasing IDs, and its
		// subject-predicate index, mostly new subjects' IDs: bbolt splits
		// a full page in half, and pages appended to would stay half
		// empty. (On 10k readouts: the file 23% smaller, the load 6%
		// faster; the object index, written at random, was slower so.)
		b.FillPercent = appendFill
	}
	return b.Put(k, v)
}

// appendFill is how full bbolt fills the pages of buckets written in key
// order.
const appendFill = 0.95

func (tx *boltTx) Del(ctx context.Context, key hkv.Key) error {
	if !tx.tx.Writable() {
		return hkv.ErrReadOnly
	}
	b, k := tx.bucket(key)
	if b == nil {
		return nil
	}
	return b.Delete(k)
}

func (tx *boltTx) Commit(ctx context.Context) error { return tx.tx.Commit() }

// Close rolls the transaction back; after Commit it does nothing.
func (tx *boltTx) Close() error {
	if tx.tx.DB() == nil {
		return nil // committed or rolled back already
	}
	return tx.tx.Rollback()
}

func (tx *boltTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	return hkv.ApplyIteratorOptions(&boltIter{tx: tx}, opts)
}

// boltIter walks the keys under a prefix in order, descending into nested
// buckets; the keys it returns are full paths from the root.
type boltIter struct {
	tx   *boltTx
	pref hkv.Key

	started, done bool
	stack         []iterFrame
	k, v          []byte
}

// iterFrame is one bucket on the iterator's path: its cursor and, below
// the first, the bucket's name.
type iterFrame struct {
	b    *bolt.Bucket
	c    *bolt.Cursor
	name []byte
}

var _ hkv.PrefixIterator = (*boltIter)(nil)

func (it *boltIter) WithPrefix(pref hkv.Key) hkv.Iterator {
	it.pref = pref
	it.Reset()
	return it
}

func (it *boltIter) Reset() {
	it.started, it.done = false, false
	it.stack = it.stack[:0]
	it.k, it.v = nil, nil
}

// open starts the walk at the bucket the prefix's leading parts name and
// returns the first key there at or after the prefix's last part.
func (it *boltIter) open() ([]byte, []byte) {
	b, last := it.tx.root, []byte(nil)
	if len(it.pref) > 0 {
		if b, last = it.tx.nested(it.pref); b == nil {
			return nil, nil
		}
	}
	f := iterFrame{b: b, c: b.Cursor()}
	it.stack = append(it.stack, f)
	if len(last) > 0 {
		return f.c.Seek(last)
	}
	return f.c.First()
}

func (it *boltIter) Next(ctx context.Context) bool {
	if it.done {
		return false
	}
	var k, v []byte
	if !it.started {
		it.started = true
		k, v = it.open()
	} else if len(it.stack) > 0 {
		k, v = it.stack[len(it.stack)-1].c.Next()
	}
	for len(it.stack) > 0 {
		top := it.stack[len(it.stack)-1]
		if k == nil || (len(it.stack) == 1 && len(it.pref) > 0 && !bytes.HasPrefix(k, it.pref[len(it.pref)-1])) {
			it.stack = it.stack[:len(it.stack)-1]
			if len(it.stack) == 0 {
				break
			}
			k, v = it.stack[len(it.stack)-1].c.Next()
			continue
		}
		if v == nil {
			if nested := top.b.Bucket(k); nested != nil {
				c := nested.Cursor()
				it.stack = append(it.stack, iterFrame{b: nested, c: c, name: k})
				k, v = c.First()
				continue
			}
		}
		it.k, it.v = k, v
		return true
	}
	it.done = true
	it.k, it.v = nil, nil
	return false
}

// Key returns the current key as a new slice of copies.
func (it *boltIter) Key() hkv.Key {
	if it.k == nil {
		return nil
	}
	var key hkv.Key
	if n := len(it.pref); n > 1 {
		key = append(key, it.pref[:n-1].Clone()...)
	}
	for _, f := range it.stack[1:] {
		key = append(key, bytes.Clone(f.name))
	}
	return append(key, bytes.Clone(it.k))
}

func (it *boltIter) Val() hkv.Value { return it.v }
func (it *boltIter) Err() error     { return nil }

func (it *boltIter) Close() error {
	it.Reset()
	it.done = true
	return nil
}
