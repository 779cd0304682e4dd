package graph

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// releaseFilePages takes the pages of the file at path that this process
// maps out of its page tables (madvise MADV_DONTNEED on each mapping of the
// file), and returns how many bytes of mappings it told. bbolt maps the
// database file and reads through the mapping, so a scan of a large bucket
// leaves every page it read counted in the process's resident set until the
// kernel wants the memory back. The pages stay in the page cache: a later
// read faults them back in, with the same bytes (the mapping is shared and
// bbolt writes through the file, never the mapping).
func releaseFilePages(path string) int {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0
	}
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0
	}
	ino := strconv.FormatUint(st.Ino, 10)
	n := 0
	for line := range strings.SplitSeq(string(data), "\n") {
		// "7f0e8c000000-7f0e90000000 r--s 00000000 fd:01 1234567 /path"
		f := strings.Fields(line)
		if len(f) < 6 || f[4] != ino {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, uintptr(start), uintptr(end-start), syscall.MADV_DONTNEED); e == 0 {
			n += int(end - start)
		}
	}
	return n
}
