package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	graphtest.StopPostgres()
	os.Exit(code)
}

// openPostgresStore opens a store in a new database of the test server
// (see [graphtest.Postgres]); it skips the test when there is none.
func openPostgresStore(t testing.TB, opts graph.Options) *graph.Store {
	t.Helper()
	u := graphtest.Postgres(t)
	s, err := graph.Open(context.Background(), u, opts)
	if err != nil {
		t.Fatalf("graph.Open(%s) = %v", u, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// sortedExport returns the store's N-Quads export, its lines sorted.
func sortedExport(t testing.TB, s *graph.Store) string {
	t.Helper()
	ls := strings.SplitAfter(graphtest.Export(t, s), "\n")
	slices.Sort(ls)
	return strings.Join(ls, "")
}

// refErrors returns the nodes of the database at u whose reference count
// is not the number of quad directions naming them (Cayley's invariant),
// including nodes no quad names.
func refErrors(t testing.TB, u string) []string {
	t.Helper()
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`
		SELECT encode(coalesce(n.hash, c.h), 'hex'), coalesce(n.refs, -1), coalesce(c.n, 0)
		FROM nodes n FULL JOIN (
			SELECT h, count(*) AS n FROM (
				SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads UNION ALL
				SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
			) x GROUP BY h
		) c ON c.h = n.hash
		WHERE n.refs IS DISTINCT FROM c.n`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var bad []string
	for rows.Next() {
		var (
			h         string
			refs, got int
		)
		if err := rows.Scan(&h, &refs, &got); err != nil {
			t.Fatal(err)
		}
		bad = append(bad, fmt.Sprintf("node %s: refs %d, named by %d quad directions", h, refs, got))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return bad
}

// cayleyGizmo runs the Gizmo query q on Cayley's own postgres quad store
// over the database at u, not through graph.Store, and returns its results
// sorted.
func cayleyGizmo(t testing.TB, u, q string) []string {
	t.Helper()
	ctx := context.Background()
	qs, err := cgraph.NewQuadStore("postgres", u, nil)
	if err != nil {
		t.Fatalf("cayley: NewQuadStore(postgres) = %v", err)
	}
	defer qs.Close()
	it, err := query.Execute(ctx, qs, "gizmo", q, query.Options{Collation: query.JSON, Limit: 10000})
	if err != nil {
		t.Fatalf("cayley: gizmo %s = %v", q, err)
	}
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		b, err := json.Marshal(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	if err := it.Err(); err != nil {
		t.Fatalf("cayley: gizmo %s = %v", q, err)
	}
	slices.Sort(out)
	return out
}

// TestPostgresCayleyReads checks that Cayley's own postgres quad store, and
// Gizmo on it, read what readout's writer wrote, and that the writer keeps
// Cayley's node reference counts through loads, replacements and deletes.
func TestPostgresCayleyReads(t *testing.T) {
	ctx := context.Background()
	u := graphtest.Postgres(t)
	s, err := graph.Open(ctx, u, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, b := graphtest.Fixture("readouts/a.txt"), graphtest.Fixture("readouts/b.txt")
	b.Title = "Another call"
	names := `g.V("<https://readout.dev/id/person/ilham-aliyev>").Out("<http://schema.org/name>").All()`
	titles := `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Readout>").Out("<http://purl.org/dc/terms/title>").All()`
	count := func() int {
		t.Helper()
		got := cayleyGizmo(t, u, `g.Emit(g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Readout>").Count())`)
		n, err := strconv.Atoi(strings.Join(got, ""))
		if err != nil {
			t.Fatalf("count = %q", got)
		}
		return n
	}
	check := func(step string, wantNames, wantTitles []string, wantReadouts int) {
		t.Helper()
		if got := cayleyGizmo(t, u, names); !slices.Equal(got, wantNames) {
			t.Errorf("after %s, Cayley's Gizmo gives names %q, want %q", step, got, wantNames)
		}
		if got := cayleyGizmo(t, u, titles); !slices.Equal(got, wantTitles) {
			t.Errorf("after %s, Cayley's Gizmo gives titles %q, want %q", step, got, wantTitles)
		}
		if got := count(); got != wantReadouts {
			t.Errorf("after %s, Cayley's Gizmo counts %d readouts, want %d", step, got, wantReadouts)
		}
		if bad := refErrors(t, u); len(bad) > 0 {
			t.Errorf("after %s, reference counts are wrong:\n%s", step, strings.Join(bad, "\n"))
		}
		// Cayley's quad store holds exactly the quads the store exports.
		qs, err := cgraph.NewQuadStore("postgres", u, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer qs.Close()
		var all []quad.Quad
		it := qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, q)
		}
		var buf bytes.Buffer
		if err := graph.WriteNQuads(&buf, all); err != nil {
			t.Fatal(err)
		}
		ls := strings.SplitAfter(buf.String(), "\n")
		slices.Sort(ls)
		if got, want := strings.Join(ls, ""), sortedExport(t, s); got != want {
			t.Errorf("after %s, Cayley's quads differ from the export:\n got %d bytes\nwant %d bytes", step, len(got), len(want))
		}
	}
	check("nothing", nil, nil, 0)
	graphtest.Load(t, s, a, b)
	check("loading", []string{`{"id":"Ilham Aliyev"}`}, []string{`{"id":"A phone call"}`, `{"id":"Another call"}`}, 2)
	a2 := graphtest.Clone(t, a)
	a2.Title = "A changed call"
	a2.Entities[1].Name = "Ilham Aliev"
	a2.Entities[1].QID = ""
	graphtest.Load(t, s, a2)
	check("replacing", []string{`{"id":"Ilham Aliev"}`, `{"id":"Ilham Aliyev"}`}, []string{`{"id":"A changed call"}`, `{"id":"Another call"}`}, 2)
	if _, err := s.Delete(ctx, a.Source); err != nil {
		t.Fatal(err)
	}
	check("deleting one", []string{`{"id":"Ilham Aliyev"}`}, []string{`{"id":"Another call"}`}, 1)
	if _, err := s.Delete(ctx, b.Source); err != nil {
		t.Fatal(err)
	}
	check("deleting all", nil, nil, 0)
	if n, err := s.Count(ctx); err != nil || n != 0 {
		t.Errorf("Count() of an emptied store = %d, %v, want 0", n, err)
	}
}

// TestPostgresConcurrentStores loads overlapping parts of the dev corpus
// through several stores at once, as several processes would (each store
// has its own connections, so only the database lock orders them): the
// database ends up with exactly the quads of one sequential load.
func TestPostgresConcurrentStores(t *testing.T) {
	ctx := context.Background()
	recs := allRecords(t)
	seq := openPostgresStore(t, graph.Options{})
	graphtest.Load(t, seq, recs...)
	want := sortedExport(t, seq)

	u := graphtest.Postgres(t)
	const loaders = 4
	var (
		wg   sync.WaitGroup
		errs = make([]error, loaders)
	)
	for i := range loaders {
		// Loader i loads quarters i and i+1 (the last one quarters 3 and
		// 0), in batches of 2 readouts, the even loaders backwards, so that
		// loaders meet on the same readouts, entities and interactions.
		r := i * len(recs) / loaders
		part := slices.Concat(recs[r:], recs[:r])[:len(recs)/2]
		if i%2 == 0 {
			part = slices.Clone(part)
			slices.Reverse(part)
		}
		wg.Go(func() {
			s, err := graph.Open(ctx, u, graph.Options{})
			if err != nil {
				errs[i] = err
				return
			}
			defer s.Close()
			for chunk := range slices.Chunk(part, 2) {
				if _, err := s.Load(ctx, chunk); err != nil {
					errs[i] = err
					return
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, u, graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := sortedExport(t, s); got != want {
		t.Errorf("concurrent loads differ from a sequential one:\n%s", diffLines(want, got))
	}
	if bad := refErrors(t, u); len(bad) > 0 {
		t.Errorf("reference counts are wrong:\n%s", strings.Join(bad, "\n"))
	}
}

// TestPostgresAnalystAgrees checks that the analyst views of the dev corpus
// are the same on bolt and postgres.
func TestPostgresAnalystAgrees(t *testing.T) {
	recs := allRecords(t)
	pg := openPostgresStore(t, graph.Options{})
	bolt := openBoltStore(t, graph.Options{})
	graphtest.Load(t, pg, recs...)
	graphtest.Load(t, bolt, recs...)
	if b, p := sortedExport(t, bolt), sortedExport(t, pg); b != p {
		t.Errorf("the postgres store differs from the bolt one:\n%s", diffLines(b, p))
	}
	ids := map[string]bool{}
	for _, r := range recs {
		for _, e := range r.Entities {
			ids[e.ID] = true
		}
	}
	// Every 32nd entity: an analyst view takes a quarter second on
	// postgres, against 30 ms on bolt (see BenchmarkAnalyst).
	var some []string
	for i, id := range slices.Sorted(maps.Keys(ids)) {
		if i%32 == 0 {
			some = append(some, id)
		}
	}
	if b, p := analystSnapshot(t, bolt, some), analystSnapshot(t, pg, some); b != p {
		t.Errorf("the analyst views differ on postgres:\n%s", diffLines(b, p))
	}
}

// TestPostgresOpen checks the errors of opening a postgres database.
func TestPostgresOpen(t *testing.T) {
	ctx := context.Background()
	u := graphtest.Postgres(t)
	// A new database has no tables: read-only, it is not a readout database yet.
	if s, err := graph.Open(ctx, u, graph.Options{ReadOnly: true}); !errors.Is(err, graph.ErrNotExist) {
		if err == nil {
			s.Close()
		}
		t.Errorf("graph.Open(%s, ReadOnly) = %v, want %v", u, err, graph.ErrNotExist)
	}
	// The password never shows in messages.
	secret := strings.Replace(u, "readout@", "readout:hunter2@", 1)
	secret = strings.Replace(secret, "127.0.0.1:", "127.0.0.1:1", 1) // no server there
	s, err := graph.Open(ctx, secret, graph.Options{})
	if err == nil {
		s.Close()
		t.Fatalf("graph.Open(%s) = nil error, want %v", secret, graph.ErrUnreachable)
	}
	if !errors.Is(err, graph.ErrUnreachable) || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("graph.Open(%s) = %q, want %v without the password", secret, err, graph.ErrUnreachable)
	}
}

// TestPostgresConcurrentPair loads the two governments' readouts of one call
// through two stores at the same moment, several times: the interaction
// they share is computed from both accounts, as by one sequential load.
// (Without the database lock, each loader saw only its own account.)
func TestPostgresConcurrentPair(t *testing.T) {
	ctx := context.Background()
	kremlin, tccb := devRecord(t, "008-kremlin-putin-erdogan-call"), devRecord(t, "009-tccb-erdogan-putin-call")
	seq := openPostgresStore(t, graph.Options{})
	graphtest.Load(t, seq, kremlin, tccb)
	want := sortedExport(t, seq)
	for round := range 5 {
		u := graphtest.Postgres(t)
		var stores [2]*graph.Store
		for i := range stores {
			s, err := graph.Open(ctx, u, graph.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			stores[i] = s
		}
		var (
			wg    sync.WaitGroup
			start = make(chan struct{})
			errs  [2]error
		)
		for i, r := range []*extract.Record{kremlin, tccb} {
			wg.Go(func() {
				<-start
				_, errs[i] = stores[i].Load(ctx, []*extract.Record{r})
			})
		}
		close(start)
		wg.Wait()
		if err := errors.Join(errs[:]...); err != nil {
			t.Fatal(err)
		}
		if got := sortedExport(t, stores[0]); got != want {
			t.Fatalf("round %d: concurrent loads of 008 and 009 differ from a sequential one:\n%s", round, diffLines(want, got))
		}
	}
}

// BenchmarkPostgresCayleyWriter writes the quads of the testdata corpus
// with Cayley's own postgres writer (one INSERT per node and quad), each
// iteration under new source names: the baseline of BenchmarkLoad/postgres.
func BenchmarkPostgresCayleyWriter(b *testing.B) {
	recs, _, _ := benchCorpus(b)
	u := graphtest.Postgres(b)
	// Open creates the schema.
	s, err := graph.Open(context.Background(), u, graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s.Close()
	qs, err := cgraph.NewQuadStore("postgres", u, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer qs.Close()
	n, written := 0, 0
	for b.Loop() {
		b.StopTimer()
		var ds []cgraph.Delta
		for _, q := range graphtest.AllQuads(renamed(recs, fmt.Sprintf("run%d/", n))...) {
			ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		n++
		b.StartTimer()
		if err := qs.ApplyDeltas(ds, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
			b.Fatal(err)
		}
		written += len(ds)
	}
	b.ReportMetric(float64(written)/b.Elapsed().Seconds(), "quads/s")
}
