package graph

// nodeTable is the memory a Bulk keeps for Cayley's nodes: by value hash,
// the node's ID and reference count. A Go map of the same spent 72 bytes a
// node on 30,000 readouts (1.3 million nodes); this open-addressing table
// spends 40 to 48: entries in fixed chunks (no copy as it grows) and 4-byte
// slots, at most half full, naming them.

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/cayleygraph/cayley/graph/refs"
)

// errNodeRefs means a node has more references than a nodeTable counts.
var errNodeRefs = errors.New("bulk: a node with more than 4,294,967,295 references")

const nodeChunk = 1 << 16 // entries per chunk

type nodeEnt struct {
	hash refs.ValueHash
	refs uint32
	id   uint64
}

type nodeTable struct {
	slots  []uint32 // 1 + the entry's index; 0: empty
	chunks [][]nodeEnt
	n      int // entries, live or not
}

// find returns the slot of h, or the empty slot where it would go.
func (t *nodeTable) find(h *refs.ValueHash) int {
	mask := len(t.slots) - 1
	i := int(binary.LittleEndian.Uint64(h[:8])) & mask
	for {
		s := t.slots[i]
		if s == 0 || t.ent(s-1).hash == *h {
			return i
		}
		i = (i + 1) & mask
	}
}

func (t *nodeTable) ent(i uint32) *nodeEnt { return &t.chunks[i/nodeChunk][i%nodeChunk] }

// get returns h's entry, nil if none.
func (t *nodeTable) get(h *refs.ValueHash) *nodeEnt {
	if len(t.slots) == 0 {
		return nil
	}
	if s := t.slots[t.find(h)]; s != 0 {
		return t.ent(s - 1)
	}
	return nil
}

// put returns h's entry, adding an empty one if there is none.
func (t *nodeTable) put(h *refs.ValueHash) (*nodeEnt, error) {
	if 2*(t.n+1) > len(t.slots) {
		if err := t.grow(); err != nil {
			return nil, err
		}
	}
	i := t.find(h)
	if s := t.slots[i]; s != 0 {
		return t.ent(s - 1), nil
	}
	if t.n%nodeChunk == 0 {
		t.chunks = append(t.chunks, make([]nodeEnt, nodeChunk))
	}
	e := t.ent(uint32(t.n))
	e.hash = *h
	t.n++
	t.slots[i] = uint32(t.n)
	return e, nil
}

func (t *nodeTable) grow() error {
	size := max(2*len(t.slots), 1024)
	if size > math.MaxUint32 {
		return errors.New("bulk: too many nodes")
	}
	t.slots = make([]uint32, size)
	mask := size - 1
	for j := range t.n {
		e := t.ent(uint32(j))
		i := int(binary.LittleEndian.Uint64(e.hash[:8])) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(j + 1)
	}
	return nil
}

// each calls fn with every entry that has an ID or a count, in the order
// they were added.
func (t *nodeTable) each(fn func(e *nodeEnt) error) error {
	for j := range t.n {
		if e := t.ent(uint32(j)); e.id != 0 || e.refs != 0 {
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}
