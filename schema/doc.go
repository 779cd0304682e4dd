// Package schema is readout's vocabulary: the namespaces, the class and
// predicate IRIs written into the graph, the closed sets of the extraction
// record (entity kinds, event types) and the minting of stable IDs.
//
// It imports only the standard library, so that extract/ and graph/ can both
// depend on it. The record contract is ../shared/spec/extraction.md; the RDF
// vocabulary is documented term by term in readout.ttl.
package schema
