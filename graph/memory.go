package graph

// The in-memory backend, for --db memory and tests.

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
)

func openMemory() cgraph.QuadStore { return memstore.New() }
