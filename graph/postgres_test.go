package graph_test

import (
	"context"
	"os"
	"testing"

	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	graphtest.StopPostgres()
	os.Exit(code)
}

// openPostgresStore opens a store in a new database of the test server
// (see [graphtest.Postgres]); it skips the test when there is none.
func openPostgresStore(t testing.TB, opts graph.Options) *graph.Store {
	t.Helper()
	u := graphtest.Postgres(t)
	s, err := graph.Open(context.Background(), u, opts)
	if err != nil {
		t.Fatalf("graph.Open(%s) = %v", u, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
