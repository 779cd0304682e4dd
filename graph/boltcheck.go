package graph

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// checkBoltFile reads the two meta pages of the bolt file at path and
// returns an error wrapping [ErrNotDatabase] when the newest valid one
// points past the end of the file (a file with no valid meta page bbolt
// refuses by itself). bbolt itself checks the
// meta pages but then maps the file and follows their page numbers: a
// truncated file makes it read the freelist beyond the mapping, a SIGSEGV
// no recover can catch. An empty file is left to bbolt, which initialises it.
func checkBoltFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // bbolt reports it
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 {
		return nil
	}
	size := fi.Size()
	corrupt := func(why string) error {
		return fmt.Errorf("%w: the file is truncated or corrupted (%s)", ErrNotDatabase, why)
	}
	const (
		pageHeader = 16
		metaSize   = 64 // magic .. checksum
		boltMagic  = 0xED0CDAED
	)
	type meta struct {
		pageSize             uint64
		root, freelist, pgid uint64
		txid                 uint64
		ok                   bool
	}
	read := func(off int64) meta {
		buf := make([]byte, metaSize)
		if _, err := f.ReadAt(buf, off+pageHeader); err != nil && err != io.EOF {
			return meta{}
		}
		le := binary.LittleEndian
		h := fnv.New64a()
		h.Write(buf[:56])
		if le.Uint32(buf[0:]) != boltMagic || le.Uint32(buf[4:]) != 2 || le.Uint64(buf[56:]) != h.Sum64() {
			return meta{}
		}
		return meta{pageSize: uint64(le.Uint32(buf[8:])), root: le.Uint64(buf[16:]), freelist: le.Uint64(buf[32:]),
			pgid: le.Uint64(buf[40:]), txid: le.Uint64(buf[48:]), ok: true}
	}
	m0 := read(0)
	ps := int64(m0.pageSize)
	if !m0.ok || ps < 512 {
		ps = int64(os.Getpagesize())
	}
	m1 := read(ps)
	m := m0
	if !m0.ok || m1.ok && m1.txid > m0.txid {
		m = m1
	}
	if !m.ok {
		return nil // bbolt refuses it safely: "invalid database", "checksum error"
	}
	const noFreelist = ^uint64(0)
	switch {
	case m.pageSize < 512 || m.pageSize > 1<<20:
		return corrupt(fmt.Sprintf("page size %d", m.pageSize))
	case m.pgid > uint64(size)/m.pageSize:
		return corrupt(fmt.Sprintf("%d pages in a file of %d bytes", m.pgid, size))
	case m.root >= m.pgid || m.freelist != noFreelist && m.freelist >= m.pgid:
		return corrupt("a page number past the last page")
	}
	return nil
}
