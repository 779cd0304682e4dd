package extract

import (
	"strings"
	"testing"
)

func BenchmarkZZStressP(b *testing.B) {
	s := []byte("<html><body>" + strings.Repeat("<p>x", (DefaultMaxBytes-100)/4))
	for b.Loop() {
		Read("s.html", s, ReadOptions{})
	}
}
