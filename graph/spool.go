package graph

// An external sort of key-value writes, for building a bolt file in key
// order ([Bulk]).
//
// A B-tree written in random key order touches a page anywhere in the file
// for each key, so building a large store that way keeps the whole file in
// memory (bbolt maps it) and rewrites most pages at every commit. A spool
// takes the writes in any order, sorts them in runs of a bounded size that
// it writes to temporary files, and gives them back merged in (bucket, key)
// order, the order in which bbolt appends keys to the right edge of each
// bucket's tree and touches only that edge.

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
)

// spoolRunBytes is how many bytes of keys and values a spool holds in
// memory before it sorts them and writes them out as a run (a variable for
// tests).
var spoolRunBytes = 32 << 20

// spoolFirstBytes is the size of a spool's first arena, which doubles up
// to spoolRunBytes: a spool of few writes holds little.
const spoolFirstBytes = 1 << 20

// spool collects the writes; each is a bucket name, a key and a value, or a
// deletion. Writes of the same bucket and key come back in the order they
// were made.
type spool struct {
	dir      string   // where runs are written, made on the first
	made     bool     // dir is the spool's own
	runs     []string // files, in the order written
	runBytes int      // the most bytes of arena
	arena    []byte   // the keys (bucket, 0, key) and values of ents
	ents     []spoolEnt
	n        int64 // writes, in all
}

// spoolEnt is one write: its key is arena[off:off+klen], its value follows;
// vlen is tombstone for a deletion.
type spoolEnt struct {
	off        int
	klen, vlen uint32
}

const tombstone = math.MaxUint32

// newSpool returns a spool writing its runs into a new directory under
// parent, which it makes on the first run; the caller must close it. It
// holds at most spoolRunBytes of writes in memory.
func newSpool(parent string) *spool {
	return &spool{dir: parent, runBytes: spoolRunBytes}
}

// put records a write of v under key in bucket, which must hold no 0 byte.
func (s *spool) put(bucket, key, v []byte) error {
	return s.add(bucket, key, v, false)
}

// del records the deletion of key in bucket.
func (s *spool) del(bucket, key []byte) error {
	return s.add(bucket, key, nil, true)
}

func (s *spool) add(bucket, key, v []byte, del bool) error {
	if bytes.IndexByte(bucket, 0) >= 0 || len(bucket) == 0 {
		return fmt.Errorf("spool: bad bucket name %q", bucket)
	}
	if len(bucket)+1+len(key) >= tombstone || len(v) >= tombstone {
		return errors.New("spool: key or value too long")
	}
	// The arena doubles up to runBytes, then spills: grown by append, it
	// would take up to twice that.
	if need := len(bucket) + 1 + len(key) + len(v); cap(s.arena)-len(s.arena) < need {
		if size := min(max(2*cap(s.arena), spoolFirstBytes), s.runBytes); size-len(s.arena) >= need && size > cap(s.arena) {
			s.arena = append(make([]byte, 0, size), s.arena...)
		} else {
			if err := s.spill(); err != nil {
				return err
			}
			if cap(s.arena) < need {
				s.arena = make([]byte, 0, max(min(s.runBytes, spoolFirstBytes), need))
			}
		}
	}
	e := spoolEnt{off: len(s.arena), klen: uint32(len(bucket) + 1 + len(key)), vlen: uint32(len(v))}
	if del {
		e.vlen = tombstone
	}
	s.arena = append(append(append(s.arena, bucket...), 0), key...)
	s.arena = append(s.arena, v...)
	s.ents = append(s.ents, e)
	s.n++
	if len(s.arena) >= s.runBytes {
		return s.spill()
	}
	return nil
}

func (s *spool) key(e spoolEnt) []byte { return s.arena[e.off : e.off+int(e.klen)] }

func (s *spool) val(e spoolEnt) []byte {
	if e.vlen == tombstone {
		return nil
	}
	at := e.off + int(e.klen)
	return s.arena[at : at+int(e.vlen)]
}

// sort orders the writes in memory by key, keeping the order of equal
// keys.
func (s *spool) sort() {
	slices.SortStableFunc(s.ents, func(a, b spoolEnt) int { return bytes.Compare(s.key(a), s.key(b)) })
}

// spill writes the writes in memory, sorted, to a new run file.
func (s *spool) spill() error {
	if len(s.ents) == 0 {
		return nil
	}
	if len(s.runs) == 0 {
		if !s.made {
			dir, err := os.MkdirTemp(s.dir, "readout-spool-")
			if err != nil {
				return fmt.Errorf("spool: %w", err)
			}
			s.dir, s.made = dir, true
		}
	}
	s.sort()
	name := filepath.Join(s.dir, fmt.Sprintf("run%04d", len(s.runs)))
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.runs = append(s.runs, name)
	w := bufio.NewWriterSize(f, 1<<20)
	for _, e := range s.ents {
		writeRecord(w, s.key(e), s.val(e), e.vlen == tombstone)
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.arena, s.ents = s.arena[:0], s.ents[:0]
	return nil
}

// each calls fn for every bucket and key written, in order of bucket name,
// then key, with the key's values in the order they were written (nil for
// a deletion). The slices are valid only during the call. The spool is
// spent afterwards.
func (s *spool) each(fn func(bucket, key []byte, vals [][]byte) error) error {
	if len(s.runs) > 0 {
		// The writes in memory join the runs, and their memory is free
		// for the spools that the caller writes meanwhile.
		if err := s.spill(); err != nil {
			return err
		}
		s.arena, s.ents = nil, nil
	}
	s.sort()
	// At most spoolFanIn runs open at once. Consecutive runs are merged
	// into one first, which keeps their writes of a key in order: groups of
	// spoolFanIn while there are twice as many, then the fewest earliest
	// runs that bring the count down, so that few bytes are read twice.
	for merged := 0; len(s.runs) > spoolFanIn; {
		k := spoolFanIn
		if len(s.runs) < 2*spoolFanIn {
			k = len(s.runs) - spoolFanIn + 1
		}
		var next []string
		for i := 0; i < len(s.runs); i += k {
			group := s.runs[i:min(i+k, len(s.runs))]
			if len(group) == 1 || k < spoolFanIn && i > 0 {
				next = append(next, group...) // only the first k are merged
				continue
			}
			merged++
			name := filepath.Join(s.dir, fmt.Sprintf("merged%04d", merged))
			if err := mergeRuns(group, name); err != nil {
				return err
			}
			for _, r := range group {
				os.Remove(r)
			}
			next = append(next, name)
		}
		s.runs = next
	}
	var m spoolMerge
	for i, name := range s.runs {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		defer f.Close()
		c := &spoolCursor{run: i, r: bufio.NewReaderSize(f, spoolReadBytes)}
		if err := m.push(c); err != nil {
			return err
		}
	}
	if err := m.push(&spoolCursor{run: len(s.runs), mem: s}); err != nil {
		return err
	}
	var (
		key  []byte
		vals [][]byte
		bufs [][]byte // reused copies of the values
	)
	flush := func() error {
		if key == nil {
			return nil
		}
		i := bytes.IndexByte(key, 0)
		return fn(key[:i], key[i+1:], vals)
	}
	for m.Len() > 0 {
		c := m.cursors[0]
		if key == nil || !bytes.Equal(key, c.key) {
			if err := flush(); err != nil {
				return err
			}
			key = append(key[:0], c.key...)
			vals = vals[:0]
		}
		if c.del {
			vals = append(vals, nil)
		} else {
			n := len(vals)
			if n < len(bufs) {
				bufs[n] = append(bufs[n][:0], c.val...)
			} else {
				bufs = append(bufs, append([]byte{}, c.val...))
			}
			vals = append(vals, bufs[n])
		}
		if ok, err := c.next(); err != nil {
			return err
		} else if ok {
			heap.Fix(&m, 0)
		} else {
			heap.Pop(&m)
		}
	}
	return flush()
}

// spoolFanIn is the most runs a spool reads at once (a variable for
// tests): each is an open file and a buffer of spoolReadBytes. 100,000
// readouts make about 215 runs.
var spoolFanIn = 256

// spoolReadBytes is the buffer of each run read.
const spoolReadBytes = 64 << 10

// mergeRuns merges the sorted runs names, in their order, into one run out.
func mergeRuns(names []string, out string) error {
	var m spoolMerge
	for i, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		defer f.Close()
		if err := m.push(&spoolCursor{run: i, r: bufio.NewReaderSize(f, spoolReadBytes)}); err != nil {
			return err
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for m.Len() > 0 {
		c := m.cursors[0]
		writeRecord(w, c.key, c.val, c.del)
		if ok, err := c.next(); err != nil {
			f.Close()
			return err
		} else if ok {
			heap.Fix(&m, 0)
		} else {
			heap.Pop(&m)
		}
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// close removes the spool's files.
func (s *spool) close() error {
	s.arena, s.ents = nil, nil
	if !s.made {
		return nil
	}
	s.runs, s.made = nil, false
	return os.RemoveAll(s.dir)
}

// writeRecord writes one write to a run: the key's length, the value's
// length plus one (0 for a deletion), the key, the value. Errors stay in w
// until its Flush.
func writeRecord(w *bufio.Writer, key, val []byte, del bool) {
	var buf [2 * binary.MaxVarintLen64]byte
	n := binary.PutUvarint(buf[:], uint64(len(key)))
	v := uint64(0)
	if !del {
		v = uint64(len(val)) + 1
	}
	n += binary.PutUvarint(buf[n:], v)
	w.Write(buf[:n])
	w.Write(key)
	w.Write(val)
}

// spoolCursor reads one sorted run: a file, or the writes still in memory.
type spoolCursor struct {
	run int // runs written later sort equal keys later
	r   *bufio.Reader
	mem *spool
	at  int // next entry of mem

	key, val []byte
	del      bool
}

// next moves to the run's next write and reports whether there was one.
func (c *spoolCursor) next() (bool, error) {
	if c.mem != nil {
		if c.at >= len(c.mem.ents) {
			return false, nil
		}
		e := c.mem.ents[c.at]
		c.at++
		c.key, c.val, c.del = c.mem.key(e), c.mem.val(e), e.vlen == tombstone
		return true, nil
	}
	klen, err := binary.ReadUvarint(c.r)
	if errors.Is(err, io.EOF) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("spool: %w", err)
	}
	vlen, err := binary.ReadUvarint(c.r)
	if err != nil {
		return false, fmt.Errorf("spool: %w", io.ErrUnexpectedEOF)
	}
	c.del = vlen == 0
	if !c.del {
		vlen--
	}
	c.key = slices.Grow(c.key[:0], int(klen))[:klen]
	c.val = slices.Grow(c.val[:0], int(vlen))[:vlen]
	if _, err := io.ReadFull(c.r, c.key); err != nil {
		return false, fmt.Errorf("spool: %w", err)
	}
	if _, err := io.ReadFull(c.r, c.val); err != nil {
		return false, fmt.Errorf("spool: %w", err)
	}
	return true, nil
}

// spoolMerge is a heap of cursors by their current key, then run.
type spoolMerge struct{ cursors []*spoolCursor }

func (m *spoolMerge) push(c *spoolCursor) error {
	ok, err := c.next()
	if ok {
		heap.Push(m, c)
	}
	return err
}

func (m spoolMerge) Len() int { return len(m.cursors) }
func (m spoolMerge) Less(i, j int) bool {
	a, b := m.cursors[i], m.cursors[j]
	if c := bytes.Compare(a.key, b.key); c != 0 {
		return c < 0
	}
	return a.run < b.run
}
func (m spoolMerge) Swap(i, j int) { m.cursors[i], m.cursors[j] = m.cursors[j], m.cursors[i] }
func (m *spoolMerge) Push(x any)   { m.cursors = append(m.cursors, x.(*spoolCursor)) }
func (m *spoolMerge) Pop() any {
	c := m.cursors[len(m.cursors)-1]
	m.cursors = m.cursors[:len(m.cursors)-1]
	return c
}
