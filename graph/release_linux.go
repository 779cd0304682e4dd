package graph

import (
	"os"
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
// The caller must hold the store's write lock with no bolt transaction
// open: bbolt remaps the file only in a writing transaction, so the address
// and length read here stay valid for the call.
func releaseMapped(kv *heldKV) {
	db, ok := kv.KV.(*hbolt.DB)
	if !ok {
		return
	}
	b := db.DB()
	fi, err := os.Stat(b.Path())
	if err != nil || fi.Size() == 0 {
		return
	}
	// bbolt maps at least the file's length.
	info := b.Info()
	syscall.Syscall(syscall.SYS_MADVISE, info.Data, uintptr(fi.Size()), syscall.MADV_DONTNEED)
}
