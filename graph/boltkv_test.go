package graph

import (
	"context"
	"encoding/binary"
	"path/filepath"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	hopts "github.com/hidal-go/hidalgo/kv/options"
	bolt "go.etcd.io/bbolt"
)

func openTestBoltKV(dir string) (hkv.KV, error) {
	db, err := bolt.Open(filepath.Join(dir, "kv.db"), 0o644, nil)
	if err != nil {
		return nil, err
	}
	return &boltKV{db: db}, nil
}

// TestBoltKV runs hidalgo's conformance tests for key-value stores on
// boltKV: get, put, delete, read-only transactions, prefixes, seeks and
// concurrent increments.
func TestBoltKV(t *testing.T) {
	kvtest.RunTestLocal(t, openTestBoltKV, nil)
}

// TestBoltKVNested checks what the conformance tests leave out and readout
// relies on: keys of three parts (nested buckets), scans under a prefix of
// one part and of two, and that Put creates missing buckets but finds open
// ones.
func TestBoltKVNested(t *testing.T) {
	ctx := context.Background()
	db, err := openTestBoltKV(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	keys := []hkv.Key{
		hkv.SKey("a", "x1"), hkv.SKey("a", "x2"), hkv.SKey("a", "y1"),
		hkv.SKey("a", "n", "z1"), hkv.SKey("ab", "x1"), hkv.SKey("b", "x1"),
	}
	err = db.Update(ctx, func(tx hkv.Tx) error {
		for _, k := range keys {
			if err := tx.Put(ctx, k, []byte(k[len(k)-1])); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	scan := func(pref hkv.Key) []string {
		var got []string
		err := db.View(ctx, func(tx hkv.Tx) error {
			return hkv.Each(ctx, tx, func(k hkv.Key, v hkv.Value) error {
				s := ""
				for i, p := range k {
					if i > 0 {
						s += "/"
					}
					s += string(p)
				}
				if string(v) != string(k[len(k)-1]) {
					t.Errorf("%s = %q, want %q", s, v, k[len(k)-1])
				}
				got = append(got, s)
				return nil
			}, hopts.WithPrefixKV(pref))
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	for _, c := range []struct {
		pref hkv.Key
		want string
	}{
		{nil, "[a/n/z1 a/x1 a/x2 a/y1 ab/x1 b/x1]"},
		{hkv.SKey("a"), "[a/n/z1 a/x1 a/x2 a/y1 ab/x1]"},
		{hkv.SKey("a", ""), "[a/n/z1 a/x1 a/x2 a/y1]"},
		{hkv.SKey("a", "x"), "[a/x1 a/x2]"},
		{hkv.SKey("a", "n"), "[a/n/z1]"},
		{hkv.SKey("a", "q"), "[]"},
		{hkv.SKey("c", "x"), "[]"},
		{hkv.SKey("a", "n", "z"), "[a/n/z1]"},
	} {
		if got := scan(c.pref); fmtList(got) != c.want {
			t.Errorf("scan %q = %s, want %s", c.pref, fmtList(got), c.want)
		}
	}
	err = db.View(ctx, func(tx hkv.Tx) error {
		if v, err := tx.Get(ctx, hkv.SKey("a", "n", "z1")); err != nil || string(v) != "z1" {
			t.Errorf("get a/n/z1 = %q, %v", v, err)
		}
		if _, err := tx.Get(ctx, hkv.SKey("c", "x1")); err != hkv.ErrNotFound {
			t.Errorf("get in a missing bucket: %v, want ErrNotFound", err)
		}
		if err := tx.Put(ctx, hkv.SKey("a", "x3"), []byte("x3")); err != hkv.ErrReadOnly {
			t.Errorf("put in a read transaction: %v, want ErrReadOnly", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func fmtList(s []string) string {
	out := "["
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out + "]"
}

// TestBoltKVAppendFill checks that the buckets Cayley writes in key order
// (its quad log) fill their pages, where bbolt's default split leaves
// them half empty, and that a bucket written at random keeps the default.
func TestBoltKVAppendFill(t *testing.T) {
	ctx := context.Background()
	db, err := openTestBoltKV(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	val := make([]byte, 40)
	for batch := range 20 {
		err := db.Update(ctx, func(tx hkv.Tx) error {
			for i := range 1000 {
				id := uint64(batch*1000 + i + 1)
				for _, b := range []string{"log", "other"} {
					k := uint64KeyBytes(id)
					if b == "other" {
						k = uint64KeyBytes(id * 0x9E3779B97F4A7C15) // scattered
					}
					if err := tx.Put(ctx, hkv.Key{[]byte(b), k}, val); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	fill := map[string]float64{}
	err = db.(*boltKV).db.View(func(tx *bolt.Tx) error {
		for _, b := range []string{"log", "other"} {
			st := tx.Bucket([]byte(b)).Stats()
			fill[b] = float64(st.LeafInuse) / float64(st.LeafPageN*tx.DB().Info().PageSize)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fill["log"] < 0.85 {
		t.Errorf("the log's leaf pages are %.0f%% full, want at least 85%%", 100*fill["log"])
	}
	if fill["other"] > 0.85 {
		t.Errorf("a bucket written at random has leaf pages %.0f%% full; want bbolt's default (below 85%%)", 100*fill["other"])
	}
}

// uint64KeyBytes is the key of ID x in Cayley's log: 8 bytes, big-endian.
func uint64KeyBytes(x uint64) []byte { return binary.BigEndian.AppendUint64(nil, x) }
