package main

// Hidden flags of load for make bench (internal/bench): a CPU profile, and
// the raw store rate, loading an N-Quads export through the store's writer
// with extraction skipped.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/spf13/pflag"

	"github.com/readout/readout/graph"
)

// loadBench holds the hidden benchmarking flags of load.
type loadBench struct {
	cpuProfile string
	rawNQuads  bool
}

// benchFlags adds the hidden flags --cpuprofile FILE and --raw-nquads to fs.
func benchFlags(fs *pflag.FlagSet) *loadBench {
	b := &loadBench{}
	fs.StringVar(&b.cpuProfile, "cpuprofile", "", "write a CPU profile to `file` (for go tool pprof)")
	fs.BoolVar(&b.rawNQuads, "raw-nquads", false, "load N-Quads files as they are, through the store's batched writer (the raw store rate)")
	_ = fs.MarkHidden("cpuprofile")
	_ = fs.MarkHidden("raw-nquads")
	return b
}

// start starts the CPU profile, if asked for, and returns its stop.
func (b *loadBench) start() (func(), error) {
	if b.cpuProfile == "" {
		return func() {}, nil
	}
	f, err := os.Create(b.cpuProfile)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// runRawLoad writes the quads of the N-Quads files paths into db with
// [graph.Store.LoadQuads]: the same batched writer as load, without
// extraction, entity or interaction bookkeeping.
func runRawLoad(ctx context.Context, e *env, db string, paths []string, wopts graph.Options, quiet bool) error {
	start := time.Now()
	s, err := graph.Open(ctx, db, wopts)
	if err != nil {
		return err
	}
	defer s.Close()
	noteBuild(e, db, s)
	// Into a new bolt store through the bulk writer, as load writes one.
	bulk, err := s.NewBulk(ctx)
	if err != nil && !errors.Is(err, graph.ErrNoBulk) {
		return err
	}
	if bulk != nil {
		defer bulk.Close()
	}
	total := 0
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return trimPathErr(p, err)
		}
		var n int
		if bulk != nil {
			n, err = bulk.AddQuads(ctx, f)
		} else {
			n, err = s.LoadQuads(ctx, f)
		}
		f.Close()
		total += n
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	if bulk != nil {
		if _, err := bulk.Finish(ctx); err != nil {
			return err
		}
		bulk.Close()
	}
	if !quiet {
		fmt.Fprintf(e.Stderr, "loaded %d quads in %.1f s\n", total, time.Since(start).Seconds())
	}
	if err := s.Precompute(ctx); err != nil {
		return err
	}
	return s.Close()
}
