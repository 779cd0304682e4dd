package web

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	"github.com/julienschmidt/httprouter"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
)

// Defaults of [Options].
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultQueryLimit   = 1000
	DefaultMaxBody      = extract.DefaultMaxBytes
	DefaultMaxRead      = 64 << 20
)

// Options configure [NewHandler]. The zero value is a read-only server
// with the default budgets.
type Options struct {
	// WriteToken, when not empty, allows writes (Cayley's /api/v2/write,
	// /api/v2/delete and /api/v2/node/delete, and readout's /api/load) to
	// requests carrying "Authorization: Bearer WriteToken". Without it the
	// server is read-only and refuses every write with 403.
	WriteToken string
	// QueryTimeout is the time budget of one query, of /api/v2/query and of
	// /api/v2/read; 0 means [DefaultQueryTimeout].
	QueryTimeout time.Duration
	// QueryLimit is the result budget of one /api/v2/query; 0 means
	// [DefaultQueryLimit].
	QueryLimit int
	// MaxBody is the largest request body read, in bytes; 0 means
	// [DefaultMaxBody]. A larger one is refused with 413.
	MaxBody int64
	// MaxRead is the largest /api/v2/read response, in bytes; 0 means
	// [DefaultMaxRead]. The response is cut there.
	MaxRead int64
	// Hosts, when not empty, are the only host names (without port) that
	// requests may be addressed to (the Host header): a server on loopback
	// lists the loopback names, so that a web page cannot reach it through
	// a DNS name that it points at 127.0.0.1 (DNS rebinding). Other
	// requests get 421.
	Hosts []string
}

// LoopbackHosts are the host names of the loopback interface, for
// [Options.Hosts].
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// server is the state of a [NewHandler] handler.
type server struct {
	s      *graph.Store
	opts   Options
	cayley http.Handler // Cayley's v2 API
	assets fs.FS        // web/assets
	ui     fs.FS        // Cayley's query UI
}

// NewHandler returns the HTTP handler of `readout serve` over s:
//
//   - GET / is the network page, GET /assets/ its script and style;
//   - /api/network, /api/entity/{id} and /api/readout/{id} are its JSON API
//     ([NetworkData], [EntityData], [graph.ReadoutView]);
//   - POST /api/load loads readout files (needs the write token);
//   - /api/v2/ is Cayley's v2 API, its queries run through [graph.Store.Query]
//     with its Gizmo guard and the time and result budgets of opts;
//   - /ui/ is Cayley's query UI (its assets at /static/ and at the root).
//
// Directories are never listed, and only the embedded files are served.
func NewHandler(s *graph.Store, opts Options) (http.Handler, error) {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = DefaultQueryTimeout
	}
	if opts.QueryLimit <= 0 {
		opts.QueryLimit = DefaultQueryLimit
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.MaxRead <= 0 {
		opts.MaxRead = DefaultMaxRead
	}
	h, err := s.Handle()
	if err != nil {
		return nil, err
	}
	r := httprouter.New()
	api := cayleyhttp.NewBoundAPIv2(h, r)
	api.SetReadOnly(opts.WriteToken == "")
	api.SetQueryTimeout(opts.QueryTimeout)
	api.SetQueryLimit(opts.QueryLimit)
	uiFS, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, err
	}
	assets, err := fs.Sub(assetFS, "assets")
	if err != nil {
		return nil, err
	}
	sv := &server{s: s, opts: opts, cayley: api, assets: noDirs{assets}, ui: noDirs{uiFS}}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", sv.page)
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(sv.assets)))
	mux.HandleFunc("GET /api/network", sv.network)
	mux.HandleFunc("GET /api/entity/{id...}", sv.entity)
	mux.HandleFunc("GET /api/readout/{id...}", sv.readout)
	mux.HandleFunc("POST /api/load", sv.write(sv.load))
	mux.HandleFunc("/api/v2/query", sv.query)
	mux.HandleFunc("/api/v2/write", sv.write(sv.cayleyWrite))
	mux.HandleFunc("/api/v2/delete", sv.write(sv.cayleyWrite))
	mux.HandleFunc("/api/v2/node/delete", sv.write(sv.cayleyWrite))
	mux.HandleFunc("/api/v2/", sv.cayleyRead)
	mux.HandleFunc("GET /ui/{$}", sv.uiIndex)
	mux.Handle("GET /static/", http.FileServerFS(sv.ui))
	// Cayley's UI refers to a few files at the root (favicon.ico,
	// manifest.json, gizmo.d.ts, ...).
	entries, err := fs.ReadDir(uiFS, ".")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !e.IsDir() && e.Name() != "index.html" {
			mux.Handle("GET /"+e.Name(), http.FileServerFS(sv.ui))
		}
	}
	return sv.guard(mux), nil
}

// guard limits request bodies and sets the headers every response gets.
func (sv *server) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(sv.opts.Hosts) > 0 {
			host := r.Host
			if h, _, err := net.SplitHostPort(host); err == nil {
				host = h
			}
			host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
			if !slices.Contains(sv.opts.Hosts, strings.ToLower(host)) {
				jsonError(w, http.StatusMisdirectedRequest, fmt.Errorf("host %q is not served here (want one of %s)", r.Host, strings.Join(sv.opts.Hosts, ", ")))
				return
			}
		}
		r.Body = http.MaxBytesReader(w, r.Body, sv.opts.MaxBody)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// noDirs is a file system whose directories cannot be opened, so that
// http.FileServer lists none.
type noDirs struct{ fs.FS }

func (d noDirs) Open(name string) (fs.File, error) {
	f, err := d.FS.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return f, nil
}

// jsonError writes {"error": msg} with status code.
func jsonError(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

// writeJSON writes v as JSON with status code, without escaping <, > and &
// (IRIs print in angle brackets).
func writeJSON(w http.ResponseWriter, code int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		code = http.StatusInternalServerError
		b.Reset()
		fmt.Fprintf(&b, "{\"error\": %q}\n", err.Error())
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// status maps an error of the store to an HTTP status.
func status(err error) int {
	var (
		qe  *graph.QueryError
		mbe *http.MaxBytesError
		ae  *graph.AmbiguousError
	)
	switch {
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, graph.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	case errors.Is(err, graph.ErrNoEntity), errors.Is(err, graph.ErrNoReadout):
		return http.StatusNotFound
	case errors.As(err, &qe), errors.As(err, &ae):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// network answers /api/network: [NetworkData] for the filters from, to,
// state, min_weight, level and type given as URL parameters.
func (sv *server) network(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	opts, typ, err := networkOptions(q)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	d, err := Network(r.Context(), sv.s, opts, typ)
	if err != nil {
		jsonError(w, status(err), err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// networkOptions parses the filters of /api/network.
func networkOptions(q url.Values) (graph.NetworkOptions, string, error) {
	opts := graph.NetworkOptions{From: q.Get("from"), To: q.Get("to"), State: strings.ToUpper(q.Get("state")),
		Level: graph.Level(q.Get("level"))}
	for _, d := range []struct{ name, v string }{{"from", opts.From}, {"to", opts.To}} {
		if _, err := time.Parse(time.DateOnly, d.v); d.v != "" && err != nil {
			return opts, "", fmt.Errorf("%s=%q: want a date YYYY-MM-DD", d.name, d.v)
		}
	}
	if opts.Level != "" && opts.Level != graph.PersonLevel && opts.Level != graph.StateLevel {
		return opts, "", fmt.Errorf("level=%q: want person or state", opts.Level)
	}
	if v := q.Get("min_weight"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return opts, "", fmt.Errorf("min_weight=%q: want a whole number of at least 1", v)
		}
		opts.MinWeight = n
	}
	return opts, q.Get("type"), nil
}

// entity answers /api/entity/{id}: [EntityData].
func (sv *server) entity(w http.ResponseWriter, r *http.Request) {
	d, err := Entity(r.Context(), sv.s, r.PathValue("id"))
	if err != nil {
		jsonError(w, status(err), err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// readout answers /api/readout/{id}: a [graph.ReadoutView].
func (sv *server) readout(w http.ResponseWriter, r *http.Request) {
	v, err := sv.s.Readout(r.Context(), r.PathValue("id"))
	if err != nil {
		jsonError(w, status(err), err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// write wraps the handler of a write: it runs only with the write token.
func (sv *server) write(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if sv.opts.WriteToken == "" {
			jsonError(w, http.StatusForbidden, errors.New("read-only server: start readout serve with --write-token to allow writes"))
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(sv.opts.WriteToken)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="readout"`)
			jsonError(w, http.StatusUnauthorized, errors.New("writes need the header Authorization: Bearer <write token>"))
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", "POST")
			jsonError(w, http.StatusMethodNotAllowed, errors.New("use POST"))
			return
		}
		h(w, r)
	}
}

// LoadResult is the answer of POST /api/load.
type LoadResult struct {
	Source string          `json:"source"`
	Stats  graph.LoadStats `json:"stats"`
}

// load answers POST /api/load?source=NAME: the body is a readout file
// (text, HTML or JSON Lines, by NAME's extension as for `readout load`),
// extracted and loaded like one; NAME is its source path or URL, which
// names the readout.
func (sv *server) load(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("source")
	if name == "" {
		jsonError(w, http.StatusBadRequest, errors.New("want ?source=NAME, the path or URL the readout came from (its extension tells text, HTML or JSON Lines)"))
		return
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		jsonError(w, status(err), fmt.Errorf("%s: %w", name, err))
		return
	}
	docs, err := extract.Read(name, data, extract.ReadOptions{MaxBytes: sv.opts.MaxBody})
	if err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	var recs []*extract.Record
	for _, d := range docs {
		rec, err := extract.Extract(d, extract.Options{KeepText: true})
		if err != nil {
			jsonError(w, http.StatusBadRequest, fmt.Errorf("%s: %w", d.Source, err))
			return
		}
		recs = append(recs, rec)
	}
	st, err := sv.s.Load(r.Context(), recs)
	if err != nil {
		jsonError(w, status(err), err)
		return
	}
	// Queries do not wait for it: until it is done, /api/network computes
	// the network from the view.
	go sv.s.Precompute(context.WithoutCancel(r.Context()))
	writeJSON(w, http.StatusOK, LoadResult{Source: name, Stats: st})
}

// cayleyWrite passes a write to Cayley's API under the store's write lock.
func (sv *server) cayleyWrite(w http.ResponseWriter, r *http.Request) {
	if err := sv.s.Locked(true, func() { sv.cayley.ServeHTTP(w, r) }); err != nil {
		jsonError(w, http.StatusForbidden, err)
	}
}

// cayleyRead passes a read (/api/v2/read, /api/v2/formats) to Cayley's API
// under the store's read lock, within the time budget and at most
// Options.MaxRead bytes.
func (sv *server) cayleyRead(w http.ResponseWriter, r *http.Request) {
	bw := &budgetWriter{ResponseWriter: w, left: sv.opts.MaxRead, deadline: time.Now().Add(sv.opts.QueryTimeout)}
	sv.s.Locked(false, func() { sv.cayley.ServeHTTP(bw, r) })
}

// budgetWriter fails writes past a byte budget or a deadline, which stops
// Cayley's copy of quads to the response.
type budgetWriter struct {
	http.ResponseWriter
	left     int64
	deadline time.Time
}

// errBudget ends a response cut by its budget.
var errBudget = errors.New("response budget exhausted")

func (b *budgetWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > b.left || time.Now().After(b.deadline) {
		return 0, errBudget
	}
	b.left -= int64(len(p))
	return b.ResponseWriter.Write(p)
}

// QueryResult is the answer of /api/v2/query, in the form of Cayley's:
// {"result": [...]} or {"error": "..."}.
type QueryResult struct {
	Result    json.RawMessage `json:"result"`
	Truncated bool            `json:"truncated,omitempty"` // there were more results than the limit
}

// query answers /api/v2/query?lang=L (the query in the body, or in qu for
// GET) through Store.Query: Gizmo behind its guard, every language within
// the time and result budgets. A query out of time is answered 503 and
// leaves the server answering other requests.
func (sv *server) query(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		jsonError(w, http.StatusBadRequest, errors.New("query language not specified: want lang=gizmo, graphql or mql"))
		return
	}
	var q string
	switch r.Method {
	case http.MethodGet:
		q = r.URL.Query().Get("qu")
	case http.MethodPost:
		data, err := io.ReadAll(r.Body)
		if err != nil {
			jsonError(w, status(err), err)
			return
		}
		q = string(data)
	default:
		w.Header().Set("Allow", "GET, POST")
		jsonError(w, http.StatusMethodNotAllowed, errors.New("use GET or POST"))
		return
	}
	if strings.TrimSpace(q) == "" {
		jsonError(w, http.StatusBadRequest, errors.New("query is empty"))
		return
	}
	var buf bytes.Buffer
	st, err := sv.s.Query(r.Context(), lang, q, &buf, graph.QueryOptions{Limit: sv.opts.QueryLimit, Timeout: sv.opts.QueryTimeout})
	if err != nil {
		jsonError(w, status(err), err)
		return
	}
	writeJSON(w, http.StatusOK, QueryResult{Result: bytes.TrimSpace(buf.Bytes()), Truncated: st.Truncated})
}

// uiIndex serves Cayley's query UI.
func (sv *server) uiIndex(w http.ResponseWriter, r *http.Request) {
	data, err := fs.ReadFile(sv.ui, "index.html")
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(data)
}
