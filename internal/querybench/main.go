// Command querybench times readout's analyst queries on a store in
// process, for make bench (scripts/bench.sh): network, timeline and
// claims --by of one entity, and a 1-hop Gizmo query from it, each the
// median wall time of -runs runs after one warm-up run (unless
// -warmup=false), the store opened read-only once.
//
//	go run ./internal/querybench -db /tmp/bench/load-100000.db -entity person/sergey-lavrov
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/readout/readout/graph"
)

func main() {
	db := flag.String("db", "", "bolt `file` to query")
	entity := flag.String("entity", "person/sergey-lavrov", "entity `ID` for timeline, claims --by and Gizmo")
	runs := flag.Int("runs", 5, "timed runs per query")
	warmup := flag.Bool("warmup", true, "run each query once, untimed, first")
	only := flag.String("only", "", "run only the queries whose name starts with `prefix`")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the runs to `file`")
	flag.Parse()
	if *db == "" || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: querybench -db FILE [-entity ID] [-runs N]")
		os.Exit(2)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "querybench: %v\n", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "querybench: %v\n", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(context.Background(), *db, *entity, *only, *runs, *warmup); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintf(os.Stderr, "querybench: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, db, entity, only string, runs int, warmup bool) error {
	s, err := graph.Open(ctx, db, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	gizmo := fmt.Sprintf(`g.V("<https://readout.dev/id/%s>").Out("<http://schema.org/name>").All()`, entity)
	queries := []struct {
		name string
		fn   func() (int, error)
	}{
		{"network", func() (int, error) {
			es, err := s.Network(ctx, graph.NetworkOptions{})
			return len(es), err
		}},
		{"timeline " + entity, func() (int, error) {
			ts, err := s.Timeline(ctx, entity)
			return len(ts), err
		}},
		{"claims --by " + entity, func() (int, error) {
			cs, err := s.Claims(ctx, graph.ClaimFilter{By: entity})
			return len(cs), err
		}},
		{"who " + entity, func() (int, error) {
			p, err := s.Who(ctx, entity)
			if err != nil {
				return 0, err
			}
			return len(p.Offices) + len(p.Holders) + len(p.Counterparts) + len(p.Institutions), nil
		}},
		{"gizmo 1-hop (Out name)", func() (int, error) {
			st, err := s.Query(ctx, "gizmo", gizmo, io.Discard, graph.QueryOptions{})
			return st.Results, err
		}},
	}
	for _, q := range queries {
		if !strings.HasPrefix(q.name, only) {
			continue
		}
		var ds []time.Duration
		n := 0
		skip := 0
		if warmup {
			skip = 1
		}
		for i := range runs + skip {
			start := time.Now()
			if n, err = q.fn(); err != nil {
				return fmt.Errorf("%s: %w", q.name, err)
			}
			if i >= skip {
				ds = append(ds, time.Since(start))
			}
		}
		slices.Sort(ds)
		fmt.Printf("%-40s %10.1f ms  (%d results)\n", q.name, float64(ds[len(ds)/2].Microseconds())/1000, n)
	}
	return nil
}
