package graph

// Test helpers shared with the external tests of package graph_test.

var (
	CheckSerdi = checkSerdi
	SortQuads  = sortQuads
)
