package main

// Reading the PATH arguments of extract and load: listing files, reading and
// extracting them on a pool of workers, and handing the results back in
// input order (the sequencer of cmd/gofmt).

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
)

// stdinName is the source name of a readout read from standard input.
const stdinName = "<stdin>"

// defaultMaxBytes is the default --max-bytes: the largest readout read.
const defaultMaxBytes = extract.DefaultMaxBytes

// readoutExts are the file extensions read when walking a directory.
var readoutExts = []string{".txt", ".html", ".htm", ".jsonl"}

// input is one file to read.
type input struct {
	name string // the path as given or found, or stdinName
	err  error  // set when the file cannot be read at all (unsupported type)
}

// listInputs expands args (files, directories, "-") into the files to
// read, in order: arguments in the order given, directory contents sorted
// by path. Directories are walked recursively, following symbolic links
// but never into a directory already visited, so link loops end. Hidden
// files and directories (".name") are skipped; other files whose extension
// is not a readout's are listed with an error, so that they are reported
// rather than silently left out.
func listInputs(args []string) ([]input, error) {
	var out []input
	stdin := false
	for _, a := range args {
		if a == "-" {
			if stdin {
				return nil, usagef("- (stdin) given twice")
			}
			stdin = true
			out = append(out, input{name: stdinName})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the path is in the error line already
			}
			out = append(out, input{name: a, err: err})
			continue
		}
		if !fi.IsDir() {
			out = append(out, input{name: a})
			continue
		}
		w := walker{seen: map[string]bool{}}
		w.walk(a)
		out = append(out, w.out...)
	}
	return out, nil
}

type walker struct {
	seen map[string]bool // real paths of directories visited
	out  []input
}

func (w *walker) walk(dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.out = append(w.out, input{name: dir, err: err})
		return
	}
	if real, err = filepath.Abs(real); err == nil {
		if w.seen[real] {
			return // a symbolic link back into the tree
		}
		w.seen[real] = true
	}
	entries, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		w.out = append(w.out, input{name: dir, err: err})
		return
	}
	for _, de := range entries {
		if strings.HasPrefix(de.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, de.Name())
		fi, err := os.Stat(p) // follows links
		switch {
		case err != nil:
			w.out = append(w.out, input{name: p, err: err})
		case fi.IsDir():
			w.walk(p)
		case !fi.Mode().IsRegular():
			// sockets, devices, fifos: not readouts, and reading may block
		case !slices.Contains(readoutExts, strings.ToLower(filepath.Ext(p))):
			w.out = append(w.out, input{name: p, err: fmt.Errorf("not a readout file (want %s)", strings.Join(readoutExts, ", "))})
		default:
			w.out = append(w.out, input{name: p})
		}
	}
}

// result is what reading one input gave: its records in order, and one
// error per bad document or file.
type result struct {
	name  string
	recs  []*extract.Record
	preps []*graph.Prepared // recs prepared, with readOptions.prepare
	errs  []error
	// stored counts the documents readOptions.stored skipped.
	stored int
}

// readOptions configure reading and extraction.
type readOptions struct {
	maxBytes int64
	extract  extract.Options
	prepare  bool // also prepare each record for loading (result.preps)
	// stored, unless nil, reports whether the store holds the document of
	// source whose input bytes have the SHA-256 hash, as this extractor
	// makes it: such a document is counted (result.stored), not extracted.
	stored func(source, hash string) bool
}

// readInput reads in, splits it into documents and extracts each.
func readInput(in input, stdin io.Reader, opts readOptions) (res result) {
	res.name = in.name
	defer func() {
		// A bug in the extractor must not lose the other files' work.
		if p := recover(); p != nil {
			res.recs = nil
			res.errs = append(res.errs, fmt.Errorf("%s: internal error: extractor panicked: %v (please report this file)", in.name, p))
		}
	}()
	fail := func(err error) result {
		res.errs = append(res.errs, err)
		return res
	}
	if in.err != nil {
		return fail(fmt.Errorf("%s: %w", in.name, in.err))
	}
	data, err := readData(in.name, stdin, opts.maxBytes)
	if err != nil {
		return fail(err)
	}
	docs, err := extract.Read(in.name, data, extract.ReadOptions{MaxBytes: opts.maxBytes})
	if err != nil {
		var (
			list extract.ErrorList
			one  *extract.Error
		)
		switch {
		case errors.As(err, &list):
			for _, e := range list {
				res.errs = append(res.errs, e)
			}
		case errors.As(err, &one):
			res.errs = append(res.errs, err) // "src:line:col: msg" names the file
		default:
			res.errs = append(res.errs, fmt.Errorf("%s: %w", in.name, err))
		}
	}
	for _, d := range docs {
		if opts.stored != nil && opts.stored(d.Source, extract.DocumentHash(d)) {
			res.stored++
			continue
		}
		rec, err := extract.Extract(d, opts.extract)
		if err != nil {
			res.errs = append(res.errs, fmt.Errorf("%s: %w", d.Source, err))
			continue
		}
		res.recs = append(res.recs, rec)
		if opts.prepare {
			res.preps = append(res.preps, graph.Prepare(rec))
		}
	}
	return res
}

// readData reads the file name (stdin for stdinName). A readout larger than
// maxBytes is refused before it is read; JSON Lines files, which hold many
// readouts, are limited per line by extract.Read instead.
func readData(name string, stdin io.Reader, maxBytes int64) ([]byte, error) {
	if name == stdinName {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return data, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, trimPathErr(name, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, trimPathErr(name, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", name)
	}
	jsonl := strings.EqualFold(filepath.Ext(name), ".jsonl")
	if maxBytes > 0 && fi.Size() > maxBytes && !jsonl {
		return nil, fmt.Errorf("%s: %d bytes, more than --max-bytes %d", name, fi.Size(), maxBytes)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, trimPathErr(name, err)
	}
	return data, nil
}

// trimPathErr formats err as "name: reason", without the operation and
// path an *fs.PathError repeats.
func trimPathErr(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", name, pe.Err)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// forEachResult reads inputs on a pool of runtime.GOMAXPROCS workers and
// calls emit with each result in input order. At most a few results per
// worker wait for emit, so memory stays bounded when one file is slow.
// It stops at the first error of emit or when ctx is done.
func forEachResult(ctx context.Context, inputs []input, stdin io.Reader, opts readOptions, emit func(result) error) error {
	workers := runtime.GOMAXPROCS(0)
	// Input i's result goes to slots[i%len(slots)]. At most len(slots)
	// inputs are read and not yet emitted, and they are consecutive, so a
	// slot is written again only after its last result was emitted: memory
	// is bounded by the workers, not by the number of inputs (a channel
	// per input took 25 MB on 100,000 files).
	slots := make([]chan result, 4*workers)
	for i := range slots {
		slots[i] = make(chan result, 1) // never closed
	}
	busy := make(chan struct{}, workers)       // workers reading
	pending := make(chan struct{}, len(slots)) // results not yet emitted
	done := make(chan struct{})                // closed when emitting stops
	defer close(done)
	go func() {
		for i := range inputs {
			select {
			case pending <- struct{}{}:
			case <-done:
				return
			}
			select {
			case busy <- struct{}{}:
			case <-done:
				return
			}
			go func(i int) {
				defer func() { <-busy }()
				if ctx.Err() != nil {
					slots[i%len(slots)] <- result{name: inputs[i].name, errs: []error{ctx.Err()}}
					return
				}
				slots[i%len(slots)] <- readInput(inputs[i], stdin, opts)
			}(i)
		}
	}()
	for i := range inputs {
		select {
		case r := <-slots[i%len(slots)]:
			<-pending
			if err := emit(r); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}
