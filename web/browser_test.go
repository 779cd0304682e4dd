package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/web"
)

// execLookAny returns the path of the first of names on $PATH.
func execLookAny(names ...string) (string, error) {
	var err error
	for _, n := range names {
		var p string
		if p, err = exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", err
}

// browser starts headless Chromium and returns a context for its first
// tab; it skips the test when Chromium is not installed.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := execLookAny("chromium", "chromium-browser", "google-chrome")
	if err != nil {
		t.Skip("Chromium is not installed: apt-get install chromium (CI installs it)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 900),
		chromedp.UserDataDir(t.TempDir()),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return bctx
}

// pageState is what the test reads of the drawn page.
type pageState struct {
	Nodes int    `json:"nodes"`
	Edges int    `json:"edges"`
	Count string `json:"count"`
}

// drawn waits for the page to draw its graph and returns what it drew.
func drawn(ctx context.Context, t *testing.T) pageState {
	t.Helper()
	ready, err := chromedp.Run(ctx, chromedp.Poll[string](`document.body.dataset.ready === "1" || document.body.dataset.ready === "error" ? document.body.dataset.ready : false`,
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		t.Fatalf("waiting for the graph: %v", err)
	}
	if ready != "1" {
		msg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("error").textContent`))
		t.Fatalf("the page failed: %s (%v)", msg, err)
	}
	st, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](`({nodes: cy.nodes().length, edges: cy.edges().length, count: document.getElementById("count").textContent})`))
	if err != nil {
		t.Fatalf("reading the page: %v", err)
	}
	return st
}

// clickNode clicks the node id where the page drew it, and returns the
// text of the first claim the details panel then lists.
func clickNode(ctx context.Context, t *testing.T, id string) string {
	t.Helper()
	js := fmt.Sprintf(`(() => { const n = cy.getElementById(%q); const p = n.renderedPosition();
		const r = document.getElementById("cy").getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()`, id)
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](js))
	if err != nil || len(xy) != 2 {
		t.Fatalf("finding node %s: %v", id, err)
	}
	const first = `#details .claim blockquote`
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1]), chromedp.WaitVisible(chromedp.CSS(first))); err != nil {
		t.Fatalf("clicking node %s at %v: %v", id, xy, err)
	}
	claim, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(first)))
	if err != nil {
		t.Fatalf("reading the first claim: %v", err)
	}
	return claim
}

// TestBrowser loads the network page of the dev corpus in headless
// Chromium: the page draws as many nodes and edges as /api/network has for
// persons, clicking Ilham Aliyev lists his claims, clicking the
// Erdoğan–Putin edge lists one call reported by two readouts, its filters
// draw what /api/network gives for the same filters, and a screenshot is
// saved. Then the file readout viz writes, opened from disk, draws the same
// graph without any request off the file.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	s := corpusStore(t)
	ts := serve(t, s, web.Options{})
	const who = "person/ilham-aliyev"

	resp, err := http.Get(ts.URL + "/api/network?level=person")
	if err != nil {
		t.Fatal(err)
	}
	var api web.NetworkData
	err = json.NewDecoder(resp.Body).Decode(&api)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(context.Background(), graph.ClaimFilter{By: who})
	if err != nil || len(claims) == 0 {
		t.Fatalf("Claims(by %s) = %d claims, %v", who, len(claims), err)
	}

	var (
		mu       sync.Mutex
		requests []string
	)
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request.URL)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatalf("opening %s: %v", ts.URL, err)
	}
	st := drawn(ctx, t)
	if st.Nodes != len(api.Nodes) || st.Edges != len(api.Edges) || st.Nodes == 0 {
		t.Errorf("the page drew %d nodes and %d edges, /api/network?level=person has %d and %d", st.Nodes, st.Edges, len(api.Nodes), len(api.Edges))
	}
	if !strings.Contains(claims[0].Sentence, claims[0].Text) {
		t.Fatalf("the first claim's sentence %q does not contain its text %q", claims[0].Sentence, claims[0].Text)
	}
	if got := clickNode(ctx, t, who); got != claims[0].Sentence {
		t.Errorf("clicking %s lists the claim sentence %q first, want %q", who, got, claims[0].Sentence)
	}
	// The edge of the Putin–Erdoğan call: one interaction, reported by the
	// Kremlin's and the Turkish Presidency's readouts (008 and 009).
	// The edge is tapped through cytoscape rather than clicked at its
	// midpoint: with the layout's randomness another edge may cross there.
	js := `(() => { const e = cy.edges().filter(e => [e.source().id(), e.target().id()].sort().join() ===
		"person/recep-tayyip-erdogan,person/vladimir-putin")[0]; if (!e) return false;
		e.emit("tap"); return true; })()`
	found, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
	if err != nil || !found {
		t.Fatalf("finding the Erdoğan–Putin edge: %v %v", found, err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#details .interaction`))); err != nil {
		t.Fatalf("showing the Erdoğan–Putin edge: %v", err)
	}
	head, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#details h2`)))
	if err != nil || !strings.Contains(head, "Erdoğan") || !strings.Contains(head, "Putin") {
		t.Errorf("the edge panel is headed %q (%v), want the Erdoğan–Putin edge", head, err)
	}
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.querySelectorAll("#details .interaction").length,
		document.querySelectorAll("#details .interaction .meta").length]`))
	if err != nil || len(shown) != 2 || shown[0] != 1 || shown[1] != 2 {
		t.Errorf("the Erdoğan–Putin edge lists %v interactions and readouts (%v), want 1 interaction reported by 2 readouts", shown, err)
	}

	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), "network.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 20000 {
		t.Errorf("the screenshot is %d bytes, not a PNG of a drawn page", len(png))
	}
	t.Logf("screenshot: %s", shot)

	// The page filters in the browser as the server does.
	for _, f := range []struct{ level, state, from, to, typ, min, query string }{
		{"person", "AZE", "", "", "", "1", "level=person&state=AZE"},
		{"state", "TUR", "2024-06-01", "2025-03-31", "", "1", "level=state&state=TUR&from=2024-06-01&to=2025-03-31"},
		{"person", "", "", "", "phone_call", "1", "level=person&type=phone_call"},
		{"state", "", "", "", "", "2", "level=state&min_weight=2"},
	} {
		js = fmt.Sprintf(`(() => { const $ = (id) => document.getElementById(id);
			document.querySelector("input[name=level][value=%s]").checked = true;
			$("state").value = %q; $("from").value = %q; $("to").value = %q; $("type").value = %q; $("min-weight").value = %q;
			$("filters").dispatchEvent(new Event("change")); return true; })()`, f.level, f.state, f.from, f.to, f.typ, f.min)
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
			t.Fatalf("setting the filters %s: %v", f.query, err)
		}
		st := drawn(ctx, t)
		var want web.NetworkData
		resp, err := http.Get(ts.URL + "/api/network?" + f.query)
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(resp.Body).Decode(&want)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if st.Nodes != len(want.Nodes) || st.Edges != len(want.Edges) || st.Nodes == 0 {
			t.Errorf("filtered by %s, the page drew %d nodes and %d edges, /api/network has %d and %d", f.query, st.Nodes, st.Edges, len(want.Nodes), len(want.Edges))
		}
	}

	// The viz file, from disk.
	d, err := web.Viz(context.Background(), s, graph.NetworkOptions{}, "")
	if err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	if err := web.WriteHTML(&html, d); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "network.html")
	if err := os.WriteFile(file, html.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	requests = nil
	mu.Unlock()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file)); err != nil {
		t.Fatalf("opening %s: %v", file, err)
	}
	st = drawn(ctx, t)
	if st.Nodes != len(api.Nodes) || st.Edges != len(api.Edges) {
		t.Errorf("the viz file drew %d nodes and %d edges, /api/network?level=person has %d and %d", st.Nodes, st.Edges, len(api.Nodes), len(api.Edges))
	}
	if got := clickNode(ctx, t, who); got != claims[0].Sentence {
		t.Errorf("in the viz file, clicking %s lists the claim sentence %q first, want %q", who, got, claims[0].Sentence)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, u := range requests {
		if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the viz file requested %s", u)
		}
	}
}
