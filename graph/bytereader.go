package graph

import "encoding/binary"

// byteReader reads what the index's encoders append: uvarints, varints,
// bytes and uvarint-prefixed texts. A read past the end or of a malformed
// varint sets bad, and every later read gives zero values, so a decoder
// checks once, at the end or in a loop.
type byteReader struct {
	b   []byte
	bad bool
}

func (r *byteReader) uvarint() uint64 { return readVarint(r, binary.Uvarint) }

func (r *byteReader) varint() int64 { return readVarint(r, binary.Varint) }

// readVarint reads one varint with decode, binary.Uvarint or binary.Varint.
func readVarint[T uint64 | int64](r *byteReader, decode func([]byte) (T, int)) T {
	x, w := decode(r.b)
	if w <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[w:]
	return x
}

func (r *byteReader) byte() byte {
	if r.bad || len(r.b) == 0 {
		r.bad = true
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// bytes reads a uvarint-prefixed run of bytes (sharing r's buffer).
func (r *byteReader) bytes() []byte {
	n := r.uvarint()
	if r.bad || uint64(len(r.b)) < n {
		r.bad = true
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *byteReader) string() string { return string(r.bytes()) }

// count reads a count of items no larger than the bytes left could
// encode, so that a corrupt count allocates nothing large.
func (r *byteReader) count() int {
	c := r.uvarint()
	if c > uint64(len(r.b)) {
		r.bad = true
		return 0
	}
	return int(c)
}

// done reports whether r read all its bytes, well formed.
func (r *byteReader) done() bool { return !r.bad && len(r.b) == 0 }
