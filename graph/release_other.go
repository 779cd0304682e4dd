//go:build !linux

package graph

// releaseFilePages does nothing where there is no madvise to call.
func releaseFilePages(start uintptr) int { return 0 }
