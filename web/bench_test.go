package web_test

import (
	"context"
	"io"
	"net/http/httptest"
	"testing"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/web"
)

// BenchmarkAPI measures the page's requests on the dev corpus (memory
// store): /api/network, which the page reads once, and /api/entity, read
// on each click.
func BenchmarkAPI(b *testing.B) {
	h, err := web.NewHandler(corpusStore(b), web.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range []struct{ name, path string }{{"network", "/api/network"}, {"entity", "/api/entity/person/ilham-aliyev"}} {
		path := r.path
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
				if w.Code != 200 {
					b.Fatalf("GET %s = %d", path, w.Code)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "requests/s")
		})
	}
}

// BenchmarkViz measures readout viz -o x.html on the dev corpus: the data
// of the network and of each node, and the page.
func BenchmarkViz(b *testing.B) {
	s := corpusStore(b)
	b.ReportAllocs()
	for b.Loop() {
		d, err := web.Viz(context.Background(), s, graph.NetworkOptions{}, "")
		if err != nil {
			b.Fatal(err)
		}
		if err := web.WriteHTML(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
