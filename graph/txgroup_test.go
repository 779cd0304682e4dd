package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/readout/readout/extract"
)

// groupRecords returns readouts that share entities, so that each batch
// rewrites entity graphs earlier batches wrote, with one source loaded
// twice: the second time its graph (written earlier in the same
// transaction) is read back and replaced.
func groupRecords() []*extract.Record {
	var recs []*extract.Record
	for i := range 12 {
		recs = append(recs, record(fmt.Sprintf("r%02d.txt", i),
			person("person/a", "A"), person(fmt.Sprintf("person/p%d", i%4), fmt.Sprintf("P%d", i%4))))
	}
	again := record("r03.txt", person("person/a", "A Changed"), person("person/q", "Q"))
	again.Title = "Changed"
	return append(recs, again)
}

// openCounting opens a new bolt store with opts whose commits are counted in
// *commits.
func openCounting(t *testing.T, opts Options, commits *int) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "readout.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.kv.beforeCommit = func() error { *commits++; return nil }
	return s
}

// Load on bolt writes batches of BatchQuads quads and commits once a
// transaction holds TxQuads: the store ends up the same however the
// batches are grouped, the reads between batches see the transaction's
// own writes, and a failed commit rolls back every batch since the last.
func TestTxGroup(t *testing.T) {
	ctx := context.Background()
	recs := groupRecords()

	var want string
	commits := map[string]int{}
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"one batch per transaction", Options{BatchQuads: 1, TxQuads: 1}},
		{"several batches per transaction", Options{BatchQuads: 1, TxQuads: 150}},
		{"one transaction", Options{BatchQuads: 1}},
	} {
		n := 0
		s := openCounting(t, c.opts, &n)
		st, err := s.Load(ctx, recs)
		if err != nil {
			t.Fatalf("%s: Load = %v", c.name, err)
		}
		if st.Readouts != len(recs) || st.Added != len(recs)-1 || st.Replaced != 1 {
			t.Errorf("%s: Load = %+v, want %d readouts, 1 replaced", c.name, st, len(recs))
		}
		got := exportString(t, s)
		if want == "" {
			want = got
		} else if got != want {
			t.Errorf("%s: the store differs from one batch per transaction's:\n%s\nwant\n%s", c.name, got, want)
		}
		commits[c.name] = n

		// Loading unchanged readouts again writes nothing, and commits
		// nothing.
		var same []*extract.Record
		for _, r := range recs {
			if r.Source != "r03.txt" {
				same = append(same, r)
			}
		}
		n = 0
		if st, err := s.Load(ctx, same); err != nil || st.Unchanged != len(same) || n != 0 {
			t.Errorf("%s: Load(unchanged) = %+v, %v with %d commits, want %d unchanged and no commit", c.name, st, err, n, len(same))
		}
	}
	one, several, all := commits["one batch per transaction"], commits["several batches per transaction"], commits["one transaction"]
	if !(one > several && several > all) {
		t.Errorf("commits: %d with one batch per transaction, %d with several, %d with one transaction; want fewer each time", one, several, all)
	}

	// The second commit fails, as a crash before it would: what the
	// first committed stays, the rest is rolled back and counted nowhere.
	n := 0
	s := openCounting(t, Options{BatchQuads: 1, TxQuads: 150}, &n)
	s.kv.beforeCommit = func() error {
		if n++; n == 2 {
			return errors.New("crash")
		}
		return nil
	}
	st, err := s.Load(ctx, recs)
	if err == nil || err.Error() != "load database "+s.db+": crash" {
		t.Fatalf("Load with a failing second commit = %v, want the crash", err)
	}
	k := st.Readouts
	if k == 0 || k >= len(recs) {
		t.Fatalf("Load with a failing second commit = %+v: want the readouts of the first commit only", st)
	}
	m := 0
	first := openCounting(t, Options{}, &m)
	if _, err := first.Load(ctx, recs[:k]); err != nil {
		t.Fatal(err)
	}
	if got, prefix := exportString(t, s), exportString(t, first); got != prefix {
		t.Errorf("after the failed commit, the store is not that of the first %d readouts:\n%s\nwant\n%s", k, got, prefix)
	}
	// The store is still usable: Cayley's caches forgot the rolled-back
	// node IDs.
	s.kv.beforeCommit = nil
	if _, err := s.Load(ctx, recs[k:]); err != nil {
		t.Fatal(err)
	}
	if got := exportString(t, s); got != want {
		t.Errorf("after the failed commit and a load of the rest, the store differs:\n%s\nwant\n%s", got, want)
	}
	if probs, _, err := s.Verify(ctx); err != nil || len(probs) > 0 {
		t.Errorf("Verify = %v, %v", probs, err)
	}
}
