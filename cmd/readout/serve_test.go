package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestViz writes the network of testdata/readouts as HTML and SVG.
func TestViz(t *testing.T) {
	db := loadedDB(t)
	dir := t.TempDir()

	html := filepath.Join(dir, "network.html")
	args := []string{"viz", "--db", db, "-o", html}
	code, out, errs := cli(t, "", args...)
	want(t, args, code, out, errs, 0, "", "wrote "+html)
	page, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"window.READOUT_DATA = {", `"person/ilham-aliyev"`, "cytoscape"} {
		if !bytes.Contains(page, []byte(s)) {
			t.Errorf("network.html lacks %q", s)
		}
	}
	if bytes.Contains(page, []byte("<script src")) || bytes.Contains(page, []byte("<link rel")) {
		t.Error("network.html loads a script or style from elsewhere; want everything inline")
	}

	svg := filepath.Join(dir, "states.svg")
	args = []string{"viz", "--db", db, "--level", "state", "-o", svg}
	if _, err := exec.LookPath("sfdp"); err != nil {
		t.Log("Graphviz is not installed: skipping the SVG (apt-get install graphviz; CI installs it)")
	} else {
		code, out, errs = cli(t, "", args...)
		want(t, args, code, out, errs, 0, "", "wrote "+svg)
		data, err := os.ReadFile(svg)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			XMLName xml.Name
		}
		if err := xml.Unmarshal(data, &doc); err != nil || doc.XMLName.Local != "svg" || !bytes.Contains(data, []byte("Azerbaijan")) {
			t.Errorf("states.svg is not an SVG of the states (%v, root %q)", err, doc.XMLName.Local)
		}
	}

	t.Run("no graphviz", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		code, out, errs := cli(t, "", args...)
		want(t, args, code, out, errs, 1, "", "graphviz is not installed")
	})
	for _, bad := range [][]string{
		{"viz", "--db", db},
		{"viz", "--db", db, "-o", filepath.Join(dir, "x.png")},
		{"viz", "--db", db, "--level", "city", "-o", html},
		{"viz", "--db", db, "--from", "2025-13-01", "-o", html},
	} {
		code, out, errs := cli(t, "", bad...)
		want(t, bad, code, out, errs, 2, "", "Run 'readout help viz'")
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe runs readout serve on a free loopback port: it serves the page
// and the API, refuses writes without a token, and stops on interrupt.
func TestServe(t *testing.T) {
	db := loadedDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errs syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--timeout", "2s"}, strings.NewReader(""), &out, &errs)
	}()
	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); {
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, errs.String())
		case <-time.After(20 * time.Millisecond):
		}
		base = addr.FindString(errs.String())
	}
	if base == "" {
		t.Fatalf("serve printed no address: %q", errs.String())
	}
	get := func(method, path, body string) (int, string) {
		req, err := http.NewRequest(method, base+strings.TrimPrefix(path, "/"), strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, string(b)
	}
	if code, body := get("GET", "/", ""); code != http.StatusOK || !strings.Contains(body, "assets/app.js") {
		t.Errorf("GET / = %d, want the network page", code)
	}
	if code, body := get("GET", "/api/network?level=state&state=AZE", ""); code != http.StatusOK || !strings.Contains(body, `"state/AZE"`) {
		t.Errorf("GET /api/network = %d %.200s", code, body)
	}
	if code, body := get("POST", "/api/v2/write", "<a> <b> <c> ."); code != http.StatusForbidden {
		t.Errorf("POST /api/v2/write without a token = %d %s, want 403", code, body)
	}
	if code, body := get("POST", "/api/v2/query?lang=gizmo", "while(true){}"); code != http.StatusServiceUnavailable {
		t.Errorf("a runaway query = %d %s, want 503", code, body)
	}
	if code, _ := get("GET", "/api/v2/query?lang=gizmo&qu=g.V().Count()", ""); code != http.StatusOK {
		t.Errorf("a query after the runaway one = %d, want 200", code)
	}
	// Read-only: another process may read the database meanwhile.
	if code, out, errs := cli(t, "", "stats", "--db", db); code != 0 {
		t.Errorf("readout stats while serving read-only: exit %d: %s%s", code, out, errs)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d after the interrupt: %s", code, errs.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after the interrupt")
	}
	if out.String() != "" {
		t.Errorf("serve wrote %q to standard output, want nothing", out.String())
	}
}
