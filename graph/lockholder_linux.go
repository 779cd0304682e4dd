package graph

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// lockHolder returns the PID and command line of a process holding a lock
// on the file at path, read from /proc/locks, or 0 and "" when it cannot
// tell. (bbolt's flock carries no PID, but Linux lists the holders.)
func lockHolder(path string) (int, string) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, ""
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, ""
	}
	data, err := os.ReadFile("/proc/locks")
	if err != nil {
		return 0, ""
	}
	ino := strconv.FormatUint(st.Ino, 10)
	for _, line := range strings.Split(string(data), "\n") {
		// "1: FLOCK  ADVISORY  WRITE 12345 00:2f:1234567 0 EOF"; waiters
		// have "->" after the number.
		f := strings.Fields(line)
		if len(f) < 6 || f[1] == "->" {
			continue
		}
		dev := strings.Split(f[5], ":")
		if len(dev) != 3 || dev[2] != ino {
			continue
		}
		pid, err := strconv.Atoi(f[4])
		if err != nil || pid <= 0 {
			continue
		}
		cmd, _ := os.ReadFile("/proc/" + f[4] + "/cmdline")
		cmd = bytes.TrimRight(bytes.ReplaceAll(cmd, []byte{0}, []byte{' '}), " ")
		return pid, string(cmd)
	}
	return 0, ""
}
