package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"os/exec"
	"strings"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/schema"
)

// assetFS holds the page's script and style and the vendored cytoscape.js
// (assets/vendor, written by `make vendor`).
//
//go:embed assets
var assetFS embed.FS

//go:embed page.html
var pageHTML string

var pageTmpl = template.Must(template.New("page").Parse(pageHTML))

// pageData fills page.html: served, the page loads its assets and data
// from the server; inline, everything is in the file.
type pageData struct {
	Inline    bool
	Style     template.CSS
	Cytoscape template.JS
	Script    template.JS
	Data      template.JS
}

// contentSecurity is the Content-Security-Policy of the served page: its
// own scripts only, no inline script, no other origin.
const contentSecurity = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// page serves the network page.
func (sv *server) page(w http.ResponseWriter, r *http.Request) {
	var b bytes.Buffer
	if err := pageTmpl.Execute(&b, pageData{}); err != nil {
		jsonError(w, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", contentSecurity)
	w.Write(b.Bytes())
}

// VizData is what a file written by [WriteHTML] holds: the network and the
// data of each of its nodes, as /api/network and /api/entity/{id} answer.
type VizData struct {
	Network  *NetworkData           `json:"network"`
	Entities map[string]*EntityData `json:"entities"`
}

// Viz returns the viz data of s for opts (see [Network]). It reads s once,
// into memory ([graph.Store.Snapshot]), and answers from that copy.
func Viz(ctx context.Context, db *graph.Store, opts graph.NetworkOptions, typ string) (*VizData, error) {
	s, err := db.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	n, err := Network(ctx, s, opts, typ)
	if err != nil {
		return nil, err
	}
	d := &VizData{Network: n, Entities: map[string]*EntityData{}}
	for _, nd := range n.Nodes {
		e, err := Entity(ctx, s, nd.ID)
		if err != nil {
			return nil, err
		}
		d.Entities[nd.ID] = e
	}
	return d, nil
}

// WriteHTML writes the network page with d, its script, style and
// cytoscape.js inline: one file that opens from disk without a network.
func WriteHTML(w io.Writer, d *VizData) error {
	data, err := json.Marshal(d) // escapes <, > and &: safe inside <script>
	if err != nil {
		return err
	}
	read := func(name string) string {
		b, rerr := assetFS.ReadFile("assets/" + name)
		if rerr != nil && err == nil {
			err = rerr
		}
		return string(b)
	}
	p := pageData{Inline: true, Style: template.CSS(read("style.css")),
		Cytoscape: template.JS(read("vendor/cytoscape.min.js")), Script: template.JS(read("app.js")),
		Data: template.JS(data)}
	if err != nil {
		return fmt.Errorf("page assets: %w (run make vendor)", err)
	}
	for _, js := range []template.JS{p.Cytoscape, p.Script} {
		if strings.Contains(strings.ToLower(string(js)), "</script") {
			return errors.New("page assets: a script contains </script and cannot be inlined")
		}
	}
	return pageTmpl.Execute(w, p)
}

// ErrNoGraphviz means the Graphviz layout program WriteSVG needs is not
// installed.
var ErrNoGraphviz = errors.New("graphviz is not installed")

// GraphvizError is Graphviz failing to render.
type GraphvizError struct {
	Program string
	Err     error
	Stderr  string
}

func (e *GraphvizError) Error() string {
	msg := strings.TrimSpace(e.Stderr)
	if msg == "" {
		return fmt.Sprintf("%s: %v", e.Program, e.Err)
	}
	return fmt.Sprintf("%s: %v: %s", e.Program, e.Err, msg)
}

func (e *GraphvizError) Unwrap() error { return e.Err }

// WriteSVG renders n as an SVG image with Graphviz's sfdp (force-directed,
// for large networks), else neato, found on $PATH: nodes labelled and
// coloured by community, sized by degree, edges as wide as their weight. It
// fails with [ErrNoGraphviz] when neither is installed.
func WriteSVG(ctx context.Context, w io.Writer, n *NetworkData) error {
	prog := ""
	for _, p := range []string{"sfdp", "neato"} {
		if path, err := exec.LookPath(p); err == nil {
			prog = path
			break
		}
	}
	if prog == "" {
		return fmt.Errorf("%w: neither sfdp nor neato is on $PATH (install the graphviz package: apt-get install graphviz)", ErrNoGraphviz)
	}
	var dot, stderr bytes.Buffer
	writeDOT(&dot, n)
	cmd := exec.CommandContext(ctx, prog, "-Tsvg")
	cmd.Stdin = &dot
	cmd.Stdout = w
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return &GraphvizError{Program: prog, Err: err, Stderr: stderr.String()}
	}
	return nil
}

// palette colours communities, as the page does.
var palette = []string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
	"#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1b9e77", "#d95f02"}

// writeDOT writes n as the Graphviz graph WriteSVG renders.
func writeDOT(w *bytes.Buffer, n *NetworkData) {
	top := 1
	for _, nd := range n.Nodes {
		top = max(top, nd.Degree)
	}
	w.WriteString("graph actors {\n  graph [overlap=false, splines=true, outputorder=edgesfirst, bgcolor=\"#fafafa\"];\n")
	w.WriteString("  node [style=filled, fontname=\"Helvetica\", fontsize=10, penwidth=0];\n  edge [color=\"#9aa5b1\", fontname=\"Helvetica\", fontsize=8];\n")
	for _, nd := range n.Nodes {
		shape := "ellipse"
		if nd.Kind == schema.State {
			shape = "box"
		}
		size := 0.3 + 0.6*float64(nd.Degree)/float64(top)
		fmt.Fprintf(w, "  %s [label=%s, shape=%s, fillcolor=%q, width=%.2f, height=%.2f];\n",
			quoteDOT(nd.ID), quoteDOT(nd.Name), shape, palette[nd.Community%len(palette)], size, size*0.6)
	}
	for _, e := range n.Edges {
		fmt.Fprintf(w, "  %s -- %s [label=%d, penwidth=%.1f];\n", quoteDOT(e.Source.ID), quoteDOT(e.Target.ID), e.Weight, 1+min(float64(e.Weight), 7))
	}
	w.WriteString("}\n")
}

// quoteDOT quotes s as a DOT string.
func quoteDOT(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(strings.ToValidUTF8(s, "\uFFFD")) + `"`
}
