package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/web"
)

// corpus is the dev corpus, testdata/readouts, extracted once.
var corpus struct {
	once sync.Once
	recs []*extract.Record
	err  error
}

// corpusRecords returns the records of ../testdata/readouts.
func corpusRecords(t testing.TB) []*extract.Record {
	t.Helper()
	corpus.once.Do(func() {
		paths, err := filepath.Glob("../testdata/readouts/*")
		if err != nil {
			corpus.err = err
			return
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				corpus.err = err
				return
			}
			docs, err := extract.Read(p, data, extract.ReadOptions{})
			if err != nil {
				corpus.err = err
				return
			}
			for _, d := range docs {
				rec, err := extract.Extract(d, extract.Options{KeepText: true})
				if err != nil {
					corpus.err = err
					return
				}
				corpus.recs = append(corpus.recs, rec)
			}
		}
	})
	if corpus.err != nil {
		t.Fatalf("reading testdata/readouts: %v", corpus.err)
	}
	if len(corpus.recs) == 0 {
		t.Fatal("testdata/readouts holds no readouts")
	}
	return corpus.recs
}

// corpusStore returns a new memory store holding the dev corpus.
func corpusStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Memory, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Load(ctx, corpusRecords(t)); err != nil {
		t.Fatalf("Load(testdata/readouts) = %v", err)
	}
	return s
}

// serve starts a test server over s.
func serve(t testing.TB, s *graph.Store, opts web.Options) *httptest.Server {
	t.Helper()
	h, err := web.NewHandler(s, opts)
	if err != nil {
		t.Fatalf("NewHandler = %v", err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

// do sends a request and returns the status and body.
func do(t testing.TB, method, url, token, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return send(t, req)
}

func send(t testing.TB, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// count returns the number of quads of s.
func count(t testing.TB, s *graph.Store) int64 {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestRunawayQuery sends Gizmo queries that never end, through Cayley's
// query endpoint: each gets an error once its budget is spent, and the
// server goes on answering.
func TestRunawayQuery(t *testing.T) {
	s := corpusStore(t)
	ts := serve(t, s, web.Options{QueryTimeout: 300 * time.Millisecond})
	for _, q := range []string{`while(true){}`, `for (;;) { g.V().Count(); }`} {
		code, body := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", q)
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "ran out of time") {
			t.Errorf("POST /api/v2/query %q = %d %.300s, want 503 and \"ran out of time\"", q, code, body)
		}
	}
	code, body := do(t, "GET", ts.URL+"/api/v2/query?lang=gizmo&qu="+
		"g.V(%22%3Chttps://readout.dev/id/state/AZE%3E%22).Out(%22%3Chttp://schema.org/name%3E%22).All()", "", "")
	if code != http.StatusOK || !strings.Contains(body, `"Azerbaijan"`) {
		t.Errorf("after the runaway queries, GET /api/v2/query = %d %s, want Azerbaijan", code, body)
	}
	// The Gizmo guard is on: this query would crash Cayley.
	code, body = do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", `g.V().Out({}).All()`)
	if code != http.StatusBadRequest || !strings.Contains(body, "TypeError") {
		t.Errorf("POST g.V().Out({}) = %d %s, want 400 and a TypeError", code, body)
	}
}

// TestResultBudget checks that a query over every node stops at the limit.
func TestResultBudget(t *testing.T) {
	s := corpusStore(t)
	ts := serve(t, s, web.Options{QueryLimit: 5})
	code, body := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", `g.V().All()`)
	var res struct {
		Result    []json.RawMessage `json:"result"`
		Truncated bool              `json:"truncated"`
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil || code != http.StatusOK {
		t.Fatalf("g.V().All() = %d %s (%v)", code, body, err)
	}
	if len(res.Result) != 5 || !res.Truncated {
		t.Errorf("g.V().All() with limit 5 gave %d results, truncated %v; want 5, true", len(res.Result), res.Truncated)
	}
}

// TestReadOnly checks that a server without a write token refuses every
// write and leaves the store as it was.
func TestReadOnly(t *testing.T) {
	s := corpusStore(t)
	ts := serve(t, s, web.Options{})
	before := count(t, s)
	for _, w := range []struct{ path, body string }{
		{"/api/v2/write", `<a> <b> <c> .`},
		{"/api/v2/delete", `<https://readout.dev/id/state/AZE> <http://schema.org/name> "Azerbaijan" <https://readout.dev/id/state/AZE> .`},
		{"/api/v2/node/delete", `<https://readout.dev/id/state/AZE>`},
		{"/api/load?source=x.txt", "Foreign Minister A met Foreign Minister B."},
	} {
		code, body := do(t, "POST", ts.URL+w.path, "any", w.body)
		if code != http.StatusForbidden {
			t.Errorf("POST %s = %d %s, want 403", w.path, code, body)
		}
	}
	if after := count(t, s); after != before {
		t.Errorf("the store has %d quads after refused writes, want %d", after, before)
	}
}

// TestTokenWrite checks writes with --write-token: refused without the
// token or with another, done with it, through Cayley's API and /api/load.
func TestTokenWrite(t *testing.T) {
	s := corpusStore(t)
	const token = "s3cret"
	ts := serve(t, s, web.Options{WriteToken: token})
	before := count(t, s)
	const nq = `<https://example.org/a> <https://example.org/b> "c" .` + "\n"
	for _, tok := range []string{"", "wrong"} {
		if code, body := do(t, "POST", ts.URL+"/api/v2/write", tok, nq); code != http.StatusUnauthorized {
			t.Errorf("write with token %q = %d %s, want 401", tok, code, body)
		}
	}
	if n := count(t, s); n != before {
		t.Fatalf("unauthorised writes changed the store: %d quads, want %d", n, before)
	}
	if code, body := do(t, "POST", ts.URL+"/api/v2/write", token, nq); code != http.StatusOK || !strings.Contains(body, `"count":1`) {
		t.Errorf("write with the token = %d %s, want 200 and count 1", code, body)
	}
	if n := count(t, s); n != before+1 {
		t.Errorf("after the write the store has %d quads, want %d", n, before+1)
	}
	code, body := do(t, "GET", ts.URL+"/api/v2/read?sub=%3Chttps://example.org/a%3E", "", "")
	if code != http.StatusOK || !strings.Contains(body, `<https://example.org/a> <https://example.org/b> "c"`) {
		t.Errorf("read back = %d %s", code, body)
	}

	// A readout through /api/load.
	text, err := os.ReadFile("../testdata/readouts/007-az-aliyev-tokayev-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	stats, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	code, body = do(t, "POST", ts.URL+"/api/load?source=uploads/aliyev-tokayev.txt", token, string(text))
	var res web.LoadResult
	if err := json.Unmarshal([]byte(body), &res); err != nil || code != http.StatusOK {
		t.Fatalf("POST /api/load = %d %s (%v)", code, body, err)
	}
	if res.Stats.Added != 1 {
		t.Errorf("POST /api/load added %d readouts, want 1", res.Stats.Added)
	}
	after, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if after.Readouts != stats.Readouts+1 {
		t.Errorf("the store has %d readouts after /api/load, want %d", after.Readouts, stats.Readouts+1)
	}
	// Bad input: one error naming the source, store untouched.
	n := count(t, s)
	code, body = do(t, "POST", ts.URL+"/api/load?source=bad.txt", token, "")
	if code != http.StatusBadRequest || !strings.Contains(body, "bad.txt") {
		t.Errorf("POST /api/load of an empty file = %d %s, want 400 naming bad.txt", code, body)
	}
	if count(t, s) != n {
		t.Error("a refused load changed the store")
	}
}

// TestBodyLimit checks that bodies over Options.MaxBody are refused.
func TestBodyLimit(t *testing.T) {
	s := corpusStore(t)
	ts := serve(t, s, web.Options{MaxBody: 1024, WriteToken: "t"})
	big := "g.V().All() // " + strings.Repeat("x", 2048)
	if code, body := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a 2 KiB query with a 1 KiB limit = %d %s, want 413", code, body)
	}
	before := count(t, s)
	if code, body := do(t, "POST", ts.URL+"/api/load?source=big.txt", "t", strings.Repeat("The minister met. ", 200)); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a 3.6 KiB load with a 1 KiB limit = %d %s, want 413", code, body)
	}
	if count(t, s) != before {
		t.Error("a refused load changed the store")
	}
	if code, body := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "", "g.V().Count()"); code != http.StatusOK {
		t.Errorf("a small query = %d %s, want 200", code, body)
	}
}

// TestNoTraversal checks that only the embedded files are served: no
// directory listings, no way out of the asset directories.
func TestNoTraversal(t *testing.T) {
	ts := serve(t, corpusStore(t), web.Options{})
	for _, p := range []string{
		"/assets/", "/assets/vendor/", "/static/", "/static/js/",
		"/assets/../../go.mod", "/assets/%2e%2e/%2e%2e/go.mod", "/assets/..%2f..%2fgo.mod",
		"/static/../../../../etc/passwd", "/assets/vendor/..%2f..%2fpage.go", "/ui/../web/page.go",
		"/assets/../page.html", "/page.html", "/web/page.go", "/%2e%2e/go.mod",
	} {
		req, err := http.NewRequest("GET", ts.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque = p // sent as written, not cleaned by the client
		code, body := send(t, req)
		if code == http.StatusOK || strings.Contains(body, "module github.com") || strings.Contains(body, "root:") ||
			strings.Contains(body, "package web") || strings.Contains(body, "<pre>") {
			t.Errorf("GET %s = %d, %d bytes; want no file and no listing", p, code, len(body))
		}
	}
	for _, p := range []string{"/", "/assets/app.js", "/assets/vendor/cytoscape.min.js", "/ui/", "/favicon.ico"} {
		if code, _ := do(t, "GET", ts.URL+p, "", ""); code != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", p, code)
		}
	}
}

// TestAPIIsCLI checks that the JSON API gives what the CLI's --json gives:
// the edges of Store.Network, and Who, Timeline and Claims of an entity.
func TestAPIIsCLI(t *testing.T) {
	ctx := context.Background()
	s := corpusStore(t)
	ts := serve(t, s, web.Options{})
	for _, q := range []struct {
		query string
		opts  graph.NetworkOptions
	}{
		{"", graph.NetworkOptions{}},
		{"?level=state&state=aze&min_weight=2", graph.NetworkOptions{Level: graph.StateLevel, State: "AZE", MinWeight: 2}},
		{"?from=2025-01-01&to=2025-06-30", graph.NetworkOptions{From: "2025-01-01", To: "2025-06-30"}},
	} {
		code, body := do(t, "GET", ts.URL+"/api/network"+q.query, "", "")
		var got struct {
			Nodes []web.Node        `json:"nodes"`
			Edges []json.RawMessage `json:"edges"`
		}
		if err := json.Unmarshal([]byte(body), &got); err != nil || code != http.StatusOK {
			t.Fatalf("GET /api/network%s = %d %s (%v)", q.query, code, body, err)
		}
		want, err := s.Network(ctx, q.opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Edges) != len(want) || len(want) == 0 {
			t.Fatalf("GET /api/network%s: %d edges, Network: %d", q.query, len(got.Edges), len(want))
		}
		for i, raw := range got.Edges {
			var e graph.Edge
			if err := json.Unmarshal(raw, &e); err != nil {
				t.Fatal(err)
			}
			g, _ := json.Marshal(e)
			w, _ := json.Marshal(want[i])
			if !bytes.Equal(g, w) {
				t.Errorf("GET /api/network%s edge %d = %s, want %s", q.query, i, g, w)
			}
		}
	}
	const id = "person/ilham-aliyev"
	code, body := do(t, "GET", ts.URL+"/api/entity/"+id, "", "")
	if code != http.StatusOK {
		t.Fatalf("GET /api/entity/%s = %d %s", id, code, body)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	who, err := s.Who(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := s.Timeline(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(ctx, graph.ClaimFilter{By: id})
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) == 0 || len(tl) == 0 {
		t.Fatalf("%s has %d claims and %d interactions in the corpus; want some", id, len(claims), len(tl))
	}
	for k, v := range map[string]any{"profile": who, "timeline": tl, "claims": claims} {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(bytes.TrimSpace(got[k]), bytes.TrimSpace(b.Bytes())) {
			t.Errorf("GET /api/entity/%s %s differs from the store's:\n got %s\nwant %s", id, k, got[k], b.Bytes())
		}
	}
	if code, _ := do(t, "GET", ts.URL+"/api/entity/person/nobody-at-all", "", ""); code != http.StatusNotFound {
		t.Errorf("GET /api/entity of no entity = %d, want 404", code)
	}

	// A readout, by the last segment of its IRI.
	iri := claims[0].Readout.IRI
	code, body = do(t, "GET", ts.URL+"/api/readout/"+iri[strings.LastIndexByte(iri, '/')+1:], "", "")
	var rv graph.ReadoutView
	if err := json.Unmarshal([]byte(body), &rv); err != nil || code != http.StatusOK {
		t.Fatalf("GET /api/readout = %d %s (%v)", code, body, err)
	}
	if rv.Readout.IRI != iri || len(rv.Claims) == 0 || len(rv.Interactions) == 0 {
		t.Errorf("GET /api/readout: %s with %d claims, %d interactions; want %s with some", rv.Readout.IRI, len(rv.Claims), len(rv.Interactions), iri)
	}
	for _, c := range rv.Claims {
		if c.Readout.IRI != iri {
			t.Errorf("GET /api/readout lists claim %s of readout %s", c.IRI, c.Readout.IRI)
		}
	}
}

// TestNetworkData checks the page's network: every edge between nodes,
// degrees that count the edges, and communities numbered 0 to
// Communities-1 that never mix persons and states.
func TestNetworkData(t *testing.T) {
	d, err := web.Network(context.Background(), corpusStore(t), graph.NetworkOptions{}, "")
	if err != nil {
		t.Fatal(err)
	}
	deg := map[string]int{}
	for _, e := range d.Edges {
		deg[e.Source.ID]++
		deg[e.Target.ID]++
	}
	kinds := map[int]string{}
	seen := map[int]bool{}
	for _, n := range d.Nodes {
		if n.Degree != deg[n.ID] || n.Degree == 0 {
			t.Errorf("node %s: degree %d, it has %d edges", n.ID, n.Degree, deg[n.ID])
		}
		if n.Community < 0 || n.Community >= d.Communities {
			t.Errorf("node %s: community %d of %d", n.ID, n.Community, d.Communities)
		}
		if k, ok := kinds[n.Community]; ok && k != string(n.Kind) {
			t.Errorf("community %d holds a %s and a %s", n.Community, k, n.Kind)
		}
		kinds[n.Community] = string(n.Kind)
		seen[n.Community] = true
	}
	if len(deg) != len(d.Nodes) || len(seen) != d.Communities || d.Communities < 2 {
		t.Errorf("%d nodes for %d edge ends, %d communities used of %d", len(d.Nodes), len(deg), len(seen), d.Communities)
	}
	// By type: only phone calls.
	calls, err := web.Network(context.Background(), corpusStore(t), graph.NetworkOptions{}, "phone_call")
	if err != nil {
		t.Fatal(err)
	}
	if len(calls.Edges) == 0 || len(calls.Edges) >= len(d.Edges) {
		t.Errorf("phone calls give %d edges of %d", len(calls.Edges), len(d.Edges))
	}
	for _, in := range calls.Interactions {
		if in.Type != "phone_call" {
			t.Errorf("type=phone_call keeps interaction %s of type %s", in.IRI, in.Type)
		}
	}
}

// TestWriteSVG renders the network with Graphviz, and checks the error
// without it.
func TestWriteSVG(t *testing.T) {
	ctx := context.Background()
	d, err := web.Network(ctx, corpusStore(t), graph.NetworkOptions{Level: graph.StateLevel}, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		var b bytes.Buffer
		if err := web.WriteSVG(ctx, &b, d); !errors.Is(err, web.ErrNoGraphviz) {
			t.Errorf("WriteSVG without Graphviz = %v, want ErrNoGraphviz", err)
		}
	})
	t.Run("graphviz", func(t *testing.T) {
		if _, err := execLookAny("sfdp", "neato"); err != nil {
			t.Skip("Graphviz (sfdp, neato) is not installed: apt-get install graphviz (CI installs it)")
		}
		var b bytes.Buffer
		if err := web.WriteSVG(ctx, &b, d); err != nil {
			t.Fatalf("WriteSVG = %v", err)
		}
		svg := b.String()
		if !strings.Contains(svg, "<svg") || !strings.Contains(svg, "Azerbaijan") || strings.Count(svg, `class="node"`) != len(d.Nodes) {
			t.Errorf("WriteSVG gave %d bytes with %d nodes, want an SVG with %d nodes and Azerbaijan", len(svg), strings.Count(svg, `class="node"`), len(d.Nodes))
		}
	})
}

// TestHosts checks that a server limited to the loopback names refuses a
// request addressed to another name (DNS rebinding).
func TestHosts(t *testing.T) {
	ts := serve(t, corpusStore(t), web.Options{Hosts: web.LoopbackHosts})
	for host, want := range map[string]int{"": http.StatusOK, "localhost:8080": http.StatusOK, "evil.example:8080": http.StatusMisdirectedRequest} {
		req, err := http.NewRequest("GET", ts.URL+"/api/network?level=state", nil)
		if err != nil {
			t.Fatal(err)
		}
		if host != "" {
			req.Host = host
		}
		if code, body := send(t, req); code != want {
			t.Errorf("GET with Host %q = %d %.200s, want %d", host, code, body, want)
		}
	}
}
