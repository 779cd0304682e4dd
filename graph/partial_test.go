package graph

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// crash closes s's database without finishing a BuildNew build, as the end
// of the process would.
func crash(t *testing.T, s *Store) {
	t.Helper()
	if err := s.qs.Close(); err != nil {
		t.Fatal(err)
	}
	s.qs = nil
}

func mustNotExist(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s: %v, want it not to exist", filepath.Base(path), err)
	}
}

func mustExist(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Lstat(path); err != nil {
		t.Errorf("%s: %v, want it to exist", filepath.Base(path), err)
	}
}

// A new store is built under its partial name, which nothing else opens,
// and gets its own name, with every readout, when it is closed.
func TestBuildNew(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "readout.db")
	s, err := Open(ctx, db, Options{BuildNew: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.partial == "" || s.Resumed || len(s.Removed) > 0 {
		t.Fatalf("Open(BuildNew) of a new file: partial %q, resumed %v, removed %v; want a partial file only",
			s.partial, s.Resumed, s.Removed)
	}
	if !s.kv.KV.(*boltKV).db.NoSync {
		t.Error("a store being built waits for the disk at each commit")
	}
	a := record("a.txt", person("person/x", "X"), person("person/y", "Y"))
	loadCount(t, s, a)
	mustNotExist(t, db)
	mustExist(t, s.partial)
	if _, err := Open(ctx, db, Options{ReadOnly: true}); !errors.Is(err, ErrNotExist) {
		t.Errorf("reading the store while it is built: %v, want %v", err, ErrNotExist)
	}
	want := exportString(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	mustExist(t, db)
	mustNotExist(t, s.partial)

	r, err := Open(ctx, db, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := exportString(t, r); got != want || !strings.Contains(got, "a.txt") {
		t.Errorf("the store after Close exports\n%s\nwant\n%s", got, want)
	}
}

// A build the process did not finish is resumed by the next Open of the
// same boot; a build of an earlier boot is removed, since its file may
// have reached the disk out of order.
func TestBuildNewResume(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "read[1]*.db") // glob metacharacters
	stale := db + partialSuffix + "0123456789abcdef"
	if err := os.WriteFile(stale, []byte("not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "read1x.db"+partialSuffix+"0123456789abcdef") // another store's
	if err := os.WriteFile(other, nil, 0o644); err != nil {
		t.Fatal(err)
	}

	s, err := Open(ctx, db, Options{BuildNew: true, SkipStored: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Resumed || len(s.Removed) != 1 || s.Removed[0] != stale {
		t.Errorf("first Open: resumed %v, removed %q; want %q removed", s.Resumed, s.Removed, stale)
	}
	mustNotExist(t, stale)
	mustExist(t, other)
	a := record("a.txt", person("person/x", "X"))
	loadCount(t, s, a)
	crash(t, s)
	mustNotExist(t, db)

	s, err = Open(ctx, db, Options{BuildNew: true, SkipStored: true})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Resumed || len(s.Removed) != 0 {
		t.Errorf("Open after a crash: resumed %v, removed %q; want it resumed", s.Resumed, s.Removed)
	}
	b := record("b.txt", person("person/y", "Y"))
	if st := loadCount(t, s, a, b); st.Unchanged != 1 || st.Added != 1 {
		t.Errorf("loading again after the crash: %+v, want a unchanged and b added", st)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := Open(ctx, db, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n, err := r.Count(ctx); err != nil || n == 0 {
		t.Errorf("Count = %d, %v", n, err)
	}
	got := exportString(t, r)
	for _, src := range []string{"a.txt", "b.txt"} {
		if !strings.Contains(got, src) {
			t.Errorf("the finished store lacks %s", src)
		}
	}
}

// A build killed before it wrote anything leaves an empty partial file (or
// one with bbolt's first pages and no store): the next Open builds the
// store in it afresh, and does not call that a resumed load.
func TestBuildNewEmptyPartial(t *testing.T) {
	ctx := context.Background()
	for _, kind := range []string{"empty", "bbolt only"} {
		t.Run(kind, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "readout.db")
			path := partialName(db)
			if path == "" {
				t.Skip("no boot ID on this system: stores are built in place")
			}
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			if kind == "bbolt only" {
				bdb, err := bolt.Open(path, 0o644, nil)
				if err != nil {
					t.Fatal(err)
				}
				if err := bdb.Close(); err != nil {
					t.Fatal(err)
				}
			}
			s, err := Open(ctx, db, Options{BuildNew: true, SkipStored: true})
			if err != nil {
				t.Fatal(err)
			}
			if s.Resumed || s.partial != path {
				t.Errorf("Open: resumed %v, partial %q; want %q built afresh", s.Resumed, s.partial, path)
			}
			loadCount(t, s, record("a.txt", person("person/x", "X")))
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			mustExist(t, db)
			mustNotExist(t, path)
		})
	}
}

// An existing store is written in place, and so is a new one when the
// boot cannot be told.
func TestBuildNewInPlace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "readout.db")
	s, err := Open(ctx, db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, db, Options{BuildNew: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.partial != "" || s.kv.KV.(*boltKV).db.NoSync {
		t.Errorf("Open(BuildNew) of an existing store: partial %q, NoSync %v", s.partial, s.kv.KV.(*boltKV).db.NoSync)
	}
	s.Close()

	defer func(f string) { bootIDFile = f }(bootIDFile)
	bootIDFile = filepath.Join(dir, "no-boot-id")
	db2 := filepath.Join(dir, "other.db")
	s, err = Open(ctx, db2, Options{BuildNew: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.partial != "" {
		t.Errorf("Open(BuildNew) without a boot ID: partial %q, want none", s.partial)
	}
	mustExist(t, db2)
}

// If a file takes the store's name while the store is built, Close leaves
// it alone and says where the new store is.
func TestBuildNewNameTaken(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "readout.db")
	s, err := Open(ctx, db, Options{BuildNew: true})
	if err != nil {
		t.Fatal(err)
	}
	loadCount(t, s, record("a.txt", person("person/x", "X")))
	if err := os.WriteFile(db, []byte("someone else's"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = s.Close()
	if err == nil || !strings.Contains(err.Error(), s.partial) {
		t.Errorf("Close = %v, want an error naming %s", err, s.partial)
	}
	if b, _ := os.ReadFile(db); string(b) != "someone else's" {
		t.Errorf("Close replaced the file that took the store's name")
	}
	mustExist(t, s.partial)
}
