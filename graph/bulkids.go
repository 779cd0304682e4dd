package graph

// The IDs of a Bulk's nodes and quads, assigned outside memory.
//
// Cayley's kv store gives a value an ID the first time a quad names it, and
// finds that ID again by the value's hash. Through Cayley, a Bulk had to
// keep every hash in memory to answer it: about 42 bytes a node, 146 MB on
// 100,000 readouts, growing with the corpus. bulkIDs makes the same store
// with memory bounded by a batch:
//
//   - Each batch numbers its distinct values 1..d in the order its quads
//     name them, and its distinct quads after them: it takes the IDs
//     base+1 .. base+d+q, where base counts the IDs earlier batches took. A
//     value's candidate ID is base plus its number. The batch's values go to
//     a spool by hash, then candidate, with their reference counts; its
//     quads, as value numbers, to a file.
//   - At the end, the spool gives each value's candidates together, the
//     smallest first: that is the value's ID (from the first batch naming
//     it, as Cayley's would be). The value's log entry and node keys are
//     written then, and every later candidate's ID goes to a second spool,
//     by candidate.
//   - Reading the quad file and that spool side by side, both in ID order,
//     each batch finds the IDs of the values earlier batches had, makes its
//     quads' log entries and index lists, and is done.
//
// The IDs of values a batch finds already named are left unused, so IDs
// have gaps; Cayley needs them only to be distinct and below its horizon.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/proto"
)

const hashLen = len(refs.ValueHash{})

// bulkCheckEvery is how many values bulkIDs writes between looks at its
// context.
const bulkCheckEvery = 1 << 16

var (
	logBucket  = []byte("log")
	valsBucket = []byte("v") // bulkIDs.vals
	idsBucket  = []byte("i") // bulkIDs.ids
)

// bulkIDs assigns the IDs of a Bulk's quads and values; see the top of
// this file.
type bulkIDs struct {
	vals *spool // value hash + candidate ID -> count in its batch + value
	ids  *spool // candidate ID -> the value's ID, for all but the first
	f    *os.File
	w    *bufio.Writer // batches: d, q, then q quads of 4 value numbers

	horizon uint64 // IDs taken
	quads   uint64

	// One batch's, reused.
	local map[refs.ValueHash]uint32 // value -> number
	seen  map[[4]uint32]bool
	batch []bulkVal
	keys  [][4]uint32
	buf   []byte
}

type bulkVal struct {
	hash refs.ValueHash
	v    quad.Value
	refs uint64
}

func newBulkIDs(dir string) (*bulkIDs, error) {
	f, err := os.CreateTemp(dir, "quads-")
	if err != nil {
		return nil, err
	}
	return &bulkIDs{
		vals:  newSpool(dir),
		ids:   newSpool(dir),
		f:     f,
		w:     bufio.NewWriterSize(f, 1<<20),
		local: map[refs.ValueHash]uint32{},
		seen:  map[[4]uint32]bool{},
	}, nil
}

// add numbers the values and quads of one batch. A quad repeated in the
// batch is taken once, as Cayley does.
func (b *bulkIDs) add(qs []quad.Quad) error {
	clear(b.local)
	clear(b.seen)
	b.batch, b.keys = b.batch[:0], b.keys[:0]
	for _, q := range qs {
		var k [4]uint32
		for i, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			h := refs.HashOf(v)
			n, ok := b.local[h]
			if !ok {
				b.batch = append(b.batch, bulkVal{hash: h, v: v})
				n = uint32(len(b.batch))
				b.local[h] = n
			}
			k[i] = n
		}
		if b.seen[k] {
			continue
		}
		b.seen[k] = true
		b.keys = append(b.keys, k)
		for _, n := range k {
			if n != 0 {
				b.batch[n-1].refs++
			}
		}
	}
	var key [hashLen + 8]byte
	for i, v := range b.batch {
		data, err := pquads.MarshalValue(v.v)
		if err != nil {
			return err
		}
		copy(key[:], v.hash[:])
		binary.BigEndian.PutUint64(key[hashLen:], b.horizon+uint64(i)+1)
		b.buf = append(binary.AppendUvarint(b.buf[:0], v.refs), data...)
		if err := b.vals.put(valsBucket, key[:], b.buf); err != nil {
			return err
		}
	}
	b.buf = binary.AppendUvarint(binary.AppendUvarint(b.buf[:0], uint64(len(b.batch))), uint64(len(b.keys)))
	for _, k := range b.keys {
		for _, n := range k {
			b.buf = binary.AppendUvarint(b.buf, uint64(n))
		}
	}
	if _, err := b.w.Write(b.buf); err != nil {
		return err
	}
	b.horizon += uint64(len(b.batch) + len(b.keys))
	b.quads += uint64(len(b.keys))
	return nil
}

// write writes to sp, in Cayley's format, the log entries and node keys of
// every value, then the log entries and index lists of every quad, under
// the quad indexes that the kv store's metadata (indexesMeta, JSON) names.
func (b *bulkIDs) write(ctx context.Context, sp *spool, indexesMeta []byte) error {
	var inds []ckv.QuadIndex
	if err := json.Unmarshal(indexesMeta, &inds); err != nil {
		return fmt.Errorf("bulk: the store's quad indexes: %w", err)
	}
	if err := b.w.Flush(); err != nil {
		return err
	}
	b.local, b.seen, b.batch, b.keys = nil, nil, nil, nil
	if err := b.values(ctx, sp); err != nil {
		return err
	}
	b.vals.close()
	if err := b.writeQuads(ctx, sp, inds); err != nil {
		return err
	}
	b.ids.close()
	return nil
}

// values writes the values' log entries and node keys, and the IDs of
// their later candidates to b.ids.
func (b *bulkIDs) values(ctx context.Context, sp *spool) error {
	var (
		hash  []byte // the value's
		id    uint64
		count uint64
		val   []byte
		ib    [binary.MaxVarintLen64]byte
		seen  int
		now   = time.Now().UnixNano()
		mo    = proto.MarshalOptions{}
	)
	emit := func() error {
		var err error
		p := cproto.Primitive{ID: id, Value: val, Timestamp: now}
		if b.buf, err = mo.MarshalAppend(b.buf[:0], &p); err != nil {
			return err
		}
		if err := sp.put(logBucket, binary.BigEndian.AppendUint64(ib[:0], id), b.buf); err != nil {
			return err
		}
		key := append(hash, 'v')
		if err := sp.put(nodesBucket, key, binary.AppendUvarint(ib[:0], id)); err != nil {
			return err
		}
		key[len(key)-1] = 'n'
		return sp.put(nodesBucket, key, binary.AppendUvarint(ib[:0], count))
	}
	err := b.vals.each(func(_, key []byte, vs [][]byte) error {
		if len(key) != hashLen+8 || len(vs) != 1 || vs[0] == nil {
			return errors.New("bulk: a value record is damaged")
		}
		if seen++; seen%bulkCheckEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		h, c := key[:hashLen], key[hashLen:]
		r, n := binary.Uvarint(vs[0])
		if n <= 0 {
			return errors.New("bulk: a value record is damaged")
		}
		if hash != nil && bytes.Equal(h, hash) {
			count += r
			return b.ids.put(idsBucket, c, binary.AppendUvarint(ib[:0], id))
		}
		if hash != nil {
			if err := emit(); err != nil {
				return err
			}
		}
		hash = append(hash[:0], h...)
		id, count = binary.BigEndian.Uint64(c), r
		val = append(val[:0], vs[0][n:]...)
		return nil
	})
	if err != nil || hash == nil {
		return err
	}
	return emit()
}

// writeQuads writes the quads' log entries and index lists, batch by
// batch, from the quad file and the IDs in b.ids.
func (b *bulkIDs) writeQuads(ctx context.Context, sp *spool, inds []ckv.QuadIndex) error {
	if _, err := b.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	bt := &bulkBatch{r: bufio.NewReaderSize(b.f, 1<<20), sp: sp, inds: inds}
	for _, ind := range inds {
		name := make([]byte, len(ind.Dirs))
		for i, d := range ind.Dirs {
			name[i] = d.Prefix()
		}
		bt.names = append(bt.names, name)
		bt.lists = append(bt.lists, map[string][]uint64{})
	}
	ok, err := bt.next()
	if err != nil {
		return err
	}
	err = b.ids.each(func(_, key []byte, vs [][]byte) error {
		if len(key) != 8 || len(vs) != 1 {
			return errors.New("bulk: an ID record is damaged")
		}
		c := binary.BigEndian.Uint64(key)
		for ok && c > bt.base+uint64(len(bt.ids)) {
			if err := bt.write(); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if ok, err = bt.next(); err != nil {
				return err
			}
		}
		if !ok || c <= bt.base {
			return fmt.Errorf("bulk: value ID %d is in no batch", c)
		}
		bt.ids[c-bt.base-1], _ = binary.Uvarint(vs[0])
		return nil
	})
	for err == nil && ok {
		if err = bt.write(); err == nil {
			if err = ctx.Err(); err == nil {
				ok, err = bt.next()
			}
		}
	}
	if err == nil && bt.base != b.horizon {
		err = fmt.Errorf("bulk: the quad file ends at ID %d, not %d", bt.base, b.horizon)
	}
	return err
}

// bulkBatch reads the quad file one batch at a time.
type bulkBatch struct {
	r     *bufio.Reader
	sp    *spool
	inds  []ckv.QuadIndex
	names [][]byte              // of the index buckets
	lists []map[string][]uint64 // per index, key -> quad IDs of the batch

	base uint64   // IDs before the batch
	ids  []uint64 // the IDs of its values, 0 for their own candidate
	q    int      // its quads
	buf  []byte
}

// next reads the next batch's header and reports whether there was one.
func (bt *bulkBatch) next() (bool, error) {
	bt.base += uint64(len(bt.ids) + bt.q)
	d, err := binary.ReadUvarint(bt.r)
	if errors.Is(err, io.EOF) {
		bt.ids, bt.q = bt.ids[:0], 0
		return false, nil
	}
	q, err2 := binary.ReadUvarint(bt.r)
	if err := errors.Join(err, err2); err != nil {
		return false, fmt.Errorf("bulk: the quad file: %w", err)
	}
	bt.ids = append(bt.ids[:0], make([]uint64, d)...)
	bt.q = int(q)
	return true, nil
}

// write writes the batch's quads.
func (bt *bulkBatch) write() error {
	now := time.Now().UnixNano()
	mo := proto.MarshalOptions{}
	var key [8 * 4]byte
	for j := range bt.q {
		p := cproto.Primitive{ID: bt.base + uint64(len(bt.ids)+j) + 1, Timestamp: now}
		for _, d := range quad.Directions {
			n, err := binary.ReadUvarint(bt.r)
			if err != nil {
				return fmt.Errorf("bulk: the quad file: %w", err)
			}
			switch {
			case n == 0:
				continue
			case n > uint64(len(bt.ids)):
				return fmt.Errorf("bulk: the quad file names value %d of %d", n, len(bt.ids))
			case bt.ids[n-1] != 0:
				p.SetDirection(d, bt.ids[n-1])
			default:
				p.SetDirection(d, bt.base+n)
			}
		}
		var err error
		if bt.buf, err = mo.MarshalAppend(bt.buf[:0], &p); err != nil {
			return err
		}
		if err := bt.sp.put(logBucket, binary.BigEndian.AppendUint64(key[:0], p.ID), bt.buf); err != nil {
			return err
		}
		for i, ind := range bt.inds {
			k := key[:0]
			for _, d := range ind.Dirs {
				k = binary.BigEndian.AppendUint64(k, p.GetDirection(d))
			}
			bt.lists[i][string(k)] = append(bt.lists[i][string(k)], p.ID)
		}
	}
	for i, m := range bt.lists {
		for k, ids := range m {
			bt.buf = bt.buf[:0]
			for _, id := range ids {
				bt.buf = binary.AppendUvarint(bt.buf, id)
			}
			if err := bt.sp.put(bt.names[i], []byte(k), bt.buf); err != nil {
				return err
			}
		}
		clear(m)
	}
	return nil
}

// close removes the files of b.
func (b *bulkIDs) close() {
	b.vals.close()
	b.ids.close()
	if b.f != nil {
		b.f.Close()
		os.Remove(b.f.Name())
		b.f = nil
	}
}
