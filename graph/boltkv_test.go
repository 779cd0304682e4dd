package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	hopts "github.com/hidal-go/hidalgo/kv/options"
	"github.com/readout/readout/extract"
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

// A new store keeps Cayley's node keys in one bucket, and a store made
// before that keeps working: the same loads, replacements and deletions
// leave both with the same quads, and verify finds nothing wrong in either.
// A readout from before flat stores refuses a flat one by its version.
func TestFlatNodes(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(path string) string {
		s, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		a := record("a.txt", person("person/x", "X"), person("person/y", "Y"))
		b := record("b.txt", person("person/y", "Y"), person("person/z", "Z"))
		loadCount(t, s, a, b)
		a2 := record("a.txt", person("person/x", "X"), person("person/w", "W"))
		a2.Hash = "h2"
		if st := loadCount(t, s, a2); st.Replaced != 1 {
			t.Errorf("%s: replacing a: %+v", filepath.Base(path), st)
		}
		if ok, err := s.Delete(ctx, "b.txt"); !ok || err != nil {
			t.Errorf("%s: Delete(b.txt) = %v, %v", filepath.Base(path), ok, err)
		}
		problems, _, err := s.Verify(ctx)
		if err != nil || len(problems) > 0 {
			t.Errorf("%s: Verify = %v, %v", filepath.Base(path), problems, err)
		}
		return exportString(t, s)
	}
	flat := filepath.Join(dir, "flat.db")
	gotFlat := write(flat)
	flatNewStores = false
	nested := filepath.Join(dir, "nested.db")
	gotNested := write(nested)
	flatNewStores = true
	if gotFlat != gotNested || !strings.Contains(gotFlat, "person/w") || strings.Contains(gotFlat, "person/z") {
		t.Errorf("flat store exports\n%s\nthe store without the flat bucket\n%s", gotFlat, gotNested)
	}

	// What each file holds: node keys in the flat bucket or in Cayley's.
	for _, c := range []struct {
		path    string
		flat    bool
		version []byte
	}{{flat, true, flatVersion}, {nested, false, cayleyVersion}} {
		db, err := bolt.Open(c.path, 0o644, &bolt.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		var small, inFlat int
		db.View(func(tx *bolt.Tx) error {
			tx.ForEach(func(name []byte, b *bolt.Bucket) error {
				if len(name) == 3 && (name[0] == 'v' || name[0] == 'n') {
					small++
				}
				return nil
			})
			if b := tx.Bucket(nodesBucket); b != nil {
				inFlat = b.Stats().KeyN
			}
			if v := tx.Bucket([]byte("meta")).Get([]byte("version")); !bytes.Equal(v, c.version) {
				t.Errorf("%s: Cayley's version is %x, want %x", filepath.Base(c.path), v, c.version)
			}
			return nil
		})
		db.Close()
		if c.flat != (inFlat > 0) || c.flat == (small > 0) {
			t.Errorf("%s: %d node keys in %s and %d of Cayley's node buckets", filepath.Base(c.path), inFlat, nodesBucket, small)
		}
	}

	// Cayley over the file as a readout from before flat stores opens it.
	bdb, err := bolt.Open(flat, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := &boltKV{db: bdb}
	defer old.Close()
	if _, err := ckv.New(old, boltOptions); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("Cayley over a flat store without its bucket: %v, want a version error", err)
	}
}

// loadCount loads recs into s and returns its stats.
func loadCount(t *testing.T, s *Store, recs ...*extract.Record) LoadStats {
	t.Helper()
	st, err := s.Load(context.Background(), recs)
	if err != nil {
		t.Fatal(err)
	}
	return st
}
