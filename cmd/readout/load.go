package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
)

func newLoadCmd() *command {
	c := &command{
		Name:      "load",
		UsageLine: "readout load [--db DB] [--max-bytes N] [-q] PATH...",
		Short:     "extract readouts and load them into the graph database",
		Long: `Load reads each PATH like 'readout extract' does (files, directories, - for
standard input), extracts every readout and writes it into the database as
its own named graph, labelled with the readout's IRI. The IRI depends on the
readout's source path or URL, not on its content, so:

  - loading a file again after it changed replaces its graph;
  - loading the same bytes again changes nothing;
  - the same file loaded by another path (absolute vs relative) is another
    readout: load from the same directory each time.

The database is a bolt file, created on first use: --db, else $READOUT_DB,
else ./readout.db; or a PostgreSQL URL, postgres://USER@HOST:PORT/DBNAME
(?sslmode=disable for a server without TLS), whose tables are created on
first use. Several loads, queries and servers can share a PostgreSQL
database at once: each batch of readouts is written under a database lock.
--db memory loads into a throw-away in-memory store (to check that files
load). Progress goes to standard error, then the summary:

  loaded N readouts (A new, R replaced, U unchanged), Q quads in S s

A file that cannot be read is reported on standard error as one line naming
it; the other files are loaded, each readout whole or not at all: readouts
are written in transactions of several thousand, each with the removal of
the graphs they replace. A readout stored from the same input bytes by the
same build of readout is skipped before it is extracted, so after a crash
or Ctrl-C the same command resumes where it stopped, and loading an
unchanged archive again takes seconds. After an upgrade, the first load
extracts every file again and rewrites only the graphs that changed. 'readout verify' checks
the store.

A new bolt file is built under a temporary name beside it,
NAME.partial-BOOTID, and in bulk: the quads and index entries of every
readout are sorted in temporary files in the directory NAME.spool (at most
about as large as the store will be, removed at the end), and
written into the file in key order once all readouts are extracted
("loading: writing ..."). That is several times faster than writing
readout by readout, and memory stays flat however many readouts there
are. The file is synced and takes its name when the load ends, so
until then other commands do not see the store. If the same source comes
twice, the bulk is written there and the rest loaded as into an existing
store. A new store's load that the process did not finish is not resumed:
the next load into the same file starts again. A load into an existing
store is resumed, as above, by loading the same PATHs again.

Examples:
  readout load testdata/readouts
  readout load --db /tmp/readouts.db readouts/*.html
  READOUT_DB=/data/readout.db readout load -q new/
  readout load --db 'postgres://readout@db.internal:5432/readout?sslmode=disable' new/

EXIT STATUS
  0  every file was loaded
  1  some files could not be read (each reported), or the database failed
  2  usage error
  130 interrupted: the readouts extracted so far are written whole, the
      summary printed; load the same PATHs again to resume (readouts
      already stored with the same content hash are skipped)`,
		Flags: newFlags("load"),
	}
	db := dbFlag(c.Flags)
	maxBytes := c.Flags.Int64("max-bytes", defaultMaxBytes, "refuse readouts larger than `N` bytes")
	quiet := c.Flags.BoolP("quiet", "q", false, "print no progress or summary, only errors")
	batch := c.Flags.Int("batch-quads", graph.DefaultBatchQuads,
		"write about `N` quads at a time (on PostgreSQL, a transaction each): more is faster and takes more memory")
	txQuads := c.Flags.Int("tx-quads", graph.DefaultTxQuads,
		"on a bolt file, commit once about `N` quads are written: more is faster and takes more memory")
	prof := benchFlags(c.Flags)
	c.Run = func(ctx context.Context, e *env, args []string) error {
		paths, err := c.parse(args)
		if err != nil {
			return err
		}
		if len(paths) == 0 {
			return usagef("no PATH given")
		}
		if *batch < 1 {
			return usagef("--batch-quads must be at least 1")
		}
		if *txQuads < 1 {
			return usagef("--tx-quads must be at least 1")
		}
		wopts := graph.Options{BatchQuads: *batch, TxQuads: *txQuads, BuildNew: true}
		stop, err := prof.start()
		if err != nil {
			return err
		}
		defer stop()
		if prof.rawNQuads {
			return runRawLoad(ctx, e, resolveDB(*db, e), paths, wopts, *quiet)
		}
		return runLoad(ctx, e, resolveDB(*db, e), paths, readOptions{maxBytes: *maxBytes, extract: extract.Options{KeepText: true}}, wopts, *quiet)
	}
	return c
}

// loadGCPercent is the garbage collector's target (GOGC) during a load,
// unless the environment sets one.
const loadGCPercent = 50

// noteBuild tells the user about the unfinished builds of a new store that
// opening s took up or removed.
func noteBuild(e *env, db string, s *graph.Store) {
	for _, p := range s.Removed {
		fmt.Fprintf(e.Stderr, "readout: removed %s, an unfinished load into %s from before the machine restarted\n", p, db)
	}
	if s.Discarded != "" {
		fmt.Fprintf(e.Stderr, "readout: removed %s, an unfinished bulk load into %s; loading from the start\n", s.Discarded, db)
	}
	if s.Resumed {
		fmt.Fprintf(e.Stderr, "readout: resuming the unfinished load into %s\n", db)
	}
}

// runLoad extracts the readouts under paths and loads them into db.
func runLoad(ctx context.Context, e *env, db string, paths []string, opts readOptions, wopts graph.Options, quiet bool) error {
	opts.prepare = true // on the extraction workers, off the writer
	if os.Getenv("GOGC") == "" {
		// A load's heap is mostly buffers it keeps to the end (a bulk
		// load's spools): collecting at half again the live heap instead
		// of twice it took the peak RSS of 100,000 readouts from 880 to
		// 604 MB at b45a9c2, for 6% more time.
		debug.SetGCPercent(loadGCPercent)
	}
	inputs, err := listInputs(paths)
	if err != nil {
		return err
	}
	start := time.Now()
	wopts.SkipStored = true
	wopts.ExtractorBuild = extractorBuild()
	s, err := graph.Open(ctx, db, wopts)
	if err != nil {
		return err
	}
	defer s.Close()
	noteBuild(e, db, s)
	// A readout stored as extracted from the same bytes is skipped before
	// extraction (one key of the store; a reload of 100,000 readouts
	// extracted each and asked Cayley's indexes about it).
	opts.stored = func(source, hash string) bool {
		ok, known, err := s.Stored(ctx, source, hash, extract.Version)
		return err == nil && known && ok
	}

	var (
		batch    []*graph.Prepared
		quads    int // in batch
		failed   int
		lastNote = start
	)
	// Ctrl-C stops reading files, but the readouts already extracted are
	// still written: each Load is whole transactions, so a second Ctrl-C
	// (which kills the process) cannot leave part of a readout either.
	var writing func(graph.LoadStats)
	if !quiet {
		writing = func(st graph.LoadStats) {
			fmt.Fprintf(e.Stderr, "loading: writing %d readouts, %d quads into the store (%.1f s)\n",
				st.Readouts, st.Quads, time.Since(start).Seconds())
		}
	}
	w := startWriter(context.WithoutCancel(ctx), s, writing)
	flush := func() error {
		err := w.write(batch)
		batch, quads = nil, 0
		if err != nil {
			return err
		}
		if !quiet && time.Since(lastNote) > time.Second {
			lastNote = time.Now()
			total := w.stats()
			fmt.Fprintf(e.Stderr, "loading: %d readouts, %d quads so far (%.1f s)\n",
				total.Readouts, total.Quads, time.Since(start).Seconds())
		}
		return nil
	}
	err = forEachResult(ctx, inputs, e.Stdin, opts, func(r result) error {
		for _, err := range r.errs {
			fmt.Fprintf(e.Stderr, "readout: %v\n", err)
		}
		if len(r.errs) > 0 {
			failed++
		}
		for _, rec := range r.recs {
			for _, w := range rec.Warnings {
				if !quiet {
					// Loaded as extracted (a readout without an event
					// sentence gets an event of type other, not a guess).
					fmt.Fprintf(e.Stderr, "readout: warning: %s: %s\n", rec.Source, w)
				}
			}
		}
		w.skip(r.stored)
		batch = append(batch, r.preps...)
		for _, p := range r.preps {
			quads += p.Len()
		}
		// A transaction's worth at a time, so that each LoadPrepared
		// commits once on bolt.
		if quads >= max(wopts.BatchQuads, wopts.TxQuads) {
			return flush()
		}
		return nil
	})
	if err == nil || ctx.Err() != nil {
		if ferr := flush(); ferr != nil {
			err = ferr
		}
	}
	if werr := w.close(); werr != nil {
		err = werr
	}
	total := w.stats()
	if !quiet {
		fmt.Fprintf(e.Stderr, "loaded %d readouts (%d new, %d replaced, %d unchanged), %d quads in %.1f s\n",
			total.Readouts, total.Added, total.Replaced, total.Unchanged, total.Quads, time.Since(start).Seconds())
	}
	if err != nil {
		return err
	}
	// The precomputed network (seconds on 100,000 readouts; nothing to do
	// when the load changed nothing).
	if err := s.Precompute(ctx); err != nil {
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	if failed > 0 {
		fmt.Fprintf(e.Stderr, "readout: %d of %d files had errors\n", failed, len(inputs))
		return errFailed
	}
	return nil
}

// loadWriter writes batches of prepared readouts into a store on a
// goroutine of its own, so that the extraction workers prepare the next
// batch while one is written: the writer is the bottleneck, and it would
// otherwise wait for each batch to be extracted.
//
// Into a new bolt store it writes with a [graph.Bulk], which sorts the
// whole load before writing any of it; if a readout comes twice, the bulk
// is written then, and the rest goes through LoadPrepared, which replaces.
type loadWriter struct {
	jobs chan []*graph.Prepared
	done chan struct{} // closed when the writer goroutine ends
	err  error         // why it ended early; read after done

	mu      sync.Mutex
	total   graph.LoadStats
	skipped int // readouts found stored before extraction
}

// startWriter starts writing the batches given to write into s, with ctx.
// Before it writes a bulk, it calls writing, unless nil. The caller must
// call close.
func startWriter(ctx context.Context, s *graph.Store, writing func(graph.LoadStats)) *loadWriter {
	w := &loadWriter{jobs: make(chan []*graph.Prepared), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		bulk, err := s.NewBulk(ctx)
		if err != nil && !errors.Is(err, graph.ErrNoBulk) {
			w.err = err
			return
		}
		var before graph.LoadStats // what was written before the bulk
		finish := func() error {
			if bulk == nil {
				return nil
			}
			defer func() { bulk.Close(); bulk = nil }()
			if writing != nil {
				writing(w.stats())
			}
			st, err := bulk.Finish(ctx)
			w.mu.Lock()
			w.total = before
			w.total.Add(st)
			w.mu.Unlock()
			return err
		}
		defer func() {
			if err := finish(); err != nil && w.err == nil {
				w.err = err
			}
		}()
		for b := range w.jobs {
			if bulk != nil {
				n, st, err := bulk.Add(ctx, b)
				w.mu.Lock()
				w.total.Add(st)
				w.mu.Unlock()
				if err != nil {
					w.err = err
					bulk.Close() // nothing of it is written
					bulk = nil
					w.mu.Lock()
					w.total = before
					w.mu.Unlock()
					return
				}
				if n == len(b) {
					continue
				}
				if err := finish(); err != nil {
					w.err = err
					return
				}
				b = b[n:]
			}
			st, err := s.LoadPrepared(ctx, b)
			w.mu.Lock()
			w.total.Add(st)
			w.mu.Unlock()
			if err != nil {
				w.err = err
				return
			}
		}
	}()
	return w
}

// write hands b to the writer, waiting while it writes the batch before;
// after a failure it returns the writer's error.
func (w *loadWriter) write(b []*graph.Prepared) error {
	if len(b) == 0 {
		return nil
	}
	select {
	case w.jobs <- b:
		return nil
	case <-w.done:
		return w.err
	}
}

// close waits until every batch given to write is written, and returns
// the writer's error.
func (w *loadWriter) close() error {
	close(w.jobs)
	<-w.done
	return w.err
}

// skip counts n readouts found stored before extraction: unchanged.
func (w *loadWriter) skip(n int) {
	w.mu.Lock()
	w.skipped += n
	w.mu.Unlock()
}

// stats returns the stats of the batches written so far, and the readouts
// skipped.
func (w *loadWriter) stats() graph.LoadStats {
	w.mu.Lock()
	defer w.mu.Unlock()
	st := w.total
	st.Readouts += w.skipped
	st.Unchanged += w.skipped
	return st
}
