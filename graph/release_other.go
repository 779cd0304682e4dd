//go:build !linux

package graph

// releaseFilePages does nothing where there is no madvise to call.
func releaseFilePages(path string) int { return 0 }
