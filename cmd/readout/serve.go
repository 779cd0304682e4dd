package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/web"
)

func newServeCmd() *command {
	c := &command{
		Name:      "serve",
		UsageLine: "readout serve [--db DB] [--addr HOST:PORT] [--write-token T] [--timeout D] [--limit N]",
		Short:     "serve the actor network page, its JSON API and Cayley's query API and UI",
		Long: `Serve answers HTTP on --addr (loopback by default) with:

  /                    the actor network page: persons or states, filters for
                       dates, state, event type and minimum weight, nodes
                       sized by degree or centrality and coloured by
                       community; click a node for its readouts, counterparts
                       and claims, an edge for its interactions
  /api/network         its data (the edges of readout network --json, with
                       nodes and interactions); parameters from, to, state,
                       min_weight, level, type
  /api/entity/ID       who --json, timeline --json and claims --by --json
  /api/readout/ID      a readout (its IRI's last segment) and its claims
  /api/v2/...          Cayley's v2 API: query?lang=gizmo|graphql|mql, read,
                       formats, and (with a token) write, delete
  /ui/                 Cayley's query UI
  POST /api/load?source=NAME
                       load the readout file in the body (text, HTML or JSON
                       Lines, by NAME's extension) as readout load would

Without --write-token the database is opened read-only (other readers may
share it) and every write is refused with 403. With it, the database is
opened for writing (bolt allows one writer process: load through
/api/load while serve runs) and writes need the header
"Authorization: Bearer T".

Each query gets --timeout and --limit; a query out of time is answered 503
and the server goes on. Request bodies are limited to 8 MiB. On a loopback
address, only requests addressed to localhost, 127.0.0.1 or ::1 are
answered (421 otherwise), so that no web page reaches the server through a
DNS name pointed at 127.0.0.1.

Examples:
  readout serve
  readout serve --db /data/readout.db --addr 127.0.0.1:9000
  readout serve --write-token "$(head -c 16 /dev/urandom | base64)"

EXIT STATUS
  0  stopped by an interrupt after serving
  1  the database could not be opened, or the address could not be used
  2  usage error`,
		Flags: newFlags("serve"),
	}
	db := dbFlag(c.Flags)
	addr := c.Flags.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	token := c.Flags.String("write-token", "", "allow writes to requests with `TOKEN` as Bearer token")
	timeout := c.Flags.Duration("timeout", web.DefaultQueryTimeout, "time budget of each query")
	limit := c.Flags.Int("limit", web.DefaultQueryLimit, "result budget of each query")
	c.Run = func(ctx context.Context, e *env, args []string) error {
		args, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(args) != 0 {
			return usagef("unexpected arguments %q", args)
		}
		if *timeout <= 0 || *limit <= 0 {
			return usagef("--timeout and --limit must be positive")
		}
		opts := web.Options{WriteToken: *token, QueryTimeout: *timeout, QueryLimit: *limit}
		return runServe(ctx, e, resolveDB(*db, e), *addr, opts)
	}
	return c
}

func runServe(ctx context.Context, e *env, db, addr string, opts web.Options) error {
	s, err := graph.Open(ctx, db, graph.Options{ReadOnly: opts.WriteToken == ""})
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && tcp.IP.IsLoopback() {
		opts.Hosts = web.LoopbackHosts // no DNS rebinding
	}
	h, err := web.NewHandler(s, opts)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	mode := "read-only"
	if opts.WriteToken != "" {
		mode = "writes need the token"
	}
	fmt.Fprintf(e.Stderr, "readout: serving %s (%s) on http://%s/ (Cayley UI at /ui/); interrupt to stop\n", graph.Redact(db), mode, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}
