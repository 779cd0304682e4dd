//go:build !linux

package graph

// lockHolder cannot tell who holds a lock outside Linux.
func lockHolder(path string) (int, string) { return 0, "" }
