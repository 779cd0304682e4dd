package graph

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// releaseFilePages takes the pages of the shared mapping that starts at
// address start (bbolt's mapping of the database file) out of this
// process's page tables, with madvise(MADV_DONTNEED), and returns how many
// bytes the mapping spans (0 when there is no such shared mapping). bbolt
// reads through the mapping, so a scan of a large bucket leaves every page
// it read counted in the process's resident set until the kernel wants the
// memory back. The pages stay in the page cache: a later read faults them
// back in, with the same bytes (the mapping is shared and read-only; bbolt
// writes through the file, never the mapping). Only the mapping that starts
// at start is told: a private mapping would lose what was written to it.
func releaseFilePages(start uintptr) int {
	if start == 0 {
		return 0
	}
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0
	}
	want := strconv.FormatUint(uint64(start), 16)
	for line := range strings.SplitSeq(string(data), "\n") {
		// "7f0e8c000000-7f0e90000000 r--s 00000000 fd:01 1234567 /path"
		f := strings.Fields(line)
		if len(f) < 6 || len(f[1]) != 4 || f[1][3] != 's' {
			continue
		}
		lo, hi, ok := strings.Cut(f[0], "-")
		if !ok || strings.TrimLeft(lo, "0") != want {
			continue
		}
		end, err := strconv.ParseUint(hi, 16, 64)
		if err != nil || uintptr(end) <= start {
			return 0
		}
		n := uintptr(end) - start
		if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, start, n, syscall.MADV_DONTNEED); e != 0 {
			return 0
		}
		return int(n)
	}
	return 0
}
