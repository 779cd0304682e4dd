package graph

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"

	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// releaseMapped tells the kernel that the process no longer needs the
// pages of the bolt file it has mapped (madvise MADV_DONTNEED): they stay in
// the page cache, and a later read faults them back in without reading the
// disk. bbolt reads through a shared read-only mapping of the whole file, so
// a long load touches most of it and the process's resident set grows with
// the store (6.5 GB on 100,000 readouts) though its heap does not.
//
// The length advised is that of the mapping as /proc/self/maps lists it at
// bbolt's address, for the file's inode: not the file's size, which bbolt
// grows ahead of its mapping (advising past the mapping would zero whatever
// the process has mapped there, the Go heap included). The caller must hold
// the store's write lock with no bolt transaction open: bbolt remaps the
// file only in a writing transaction, so the mapping stays as read for the
// call.
func releaseMapped(kv *heldKV) {
	db, ok := kv.KV.(*hbolt.DB)
	if !ok {
		return
	}
	b := db.DB()
	fi, err := os.Stat(b.Path())
	if err != nil {
		return
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	start := b.Info().Data
	if n := mappingLength(start, st.Ino); n > 0 {
		syscall.Syscall(syscall.SYS_MADVISE, start, n, syscall.MADV_DONTNEED)
	}
}

// mappingLength returns the length of the mapping /proc/self/maps lists at
// address start for a file with inode ino, or 0 if it lists none.
func mappingLength(start uintptr, ino uint64) uintptr {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode [path]
		fields := bytes.Fields(sc.Bytes())
		if len(fields) < 5 {
			continue
		}
		lo, hi, ok := bytes.Cut(fields[0], []byte("-"))
		if !ok {
			continue
		}
		s, err1 := strconv.ParseUint(string(lo), 16, 64)
		e, err2 := strconv.ParseUint(string(hi), 16, 64)
		in, err3 := strconv.ParseUint(string(fields[4]), 10, 64)
		if err1 != nil || err2 != nil || err3 != nil || uintptr(s) != start {
			continue
		}
		if in != ino || e <= s || !bytes.Equal(fields[2], []byte("00000000")) {
			return 0
		}
		return uintptr(e - s)
	}
	return 0
}
