// Package schema is readout's vocabulary: the namespaces, the class and
// predicate IRIs written into the graph, the closed sets of the extraction
// record (entity kinds, event types) and the minting of stable IDs and IRIs.
//
// # Vocabulary
//
// Each class and predicate readout writes is one documented constant here
// and one declaration in readout.ttl, embedded as [Turtle], which gives its
// label, comment and, for readout's own terms, domain and range. Terms come
// from schema.org, Dublin Core terms, PROV-O and OWL where they fit, and
// from [NS] (prefix ro) otherwise. context.jsonld, embedded as [Context], is
// the JSON-LD context of the graph. The package's tests check that the
// constants, readout.ttl and context.jsonld name the same terms.
//
// # IRIs
//
// Entities are [IDNS] followed by their ID ([EntityIRI]:
// https://readout.dev/id/state/AZE), readouts [ReadoutNS] followed by a
// hash of their source ([ReadoutIRI]); a readout's IRI also labels its named
// graph, and an entity's IRI the graph describing it. IDs are percent-encoded
// by [EscapeIRI], so every IRI is valid as written in N-Quads, Turtle and
// SPARQL.
//
// It depends on no other readout package and not on Cayley (only the
// standard library and golang.org/x/text), so that extract/ and graph/ can
// both depend on it. The record contract is ../shared/spec/extraction.md.
package schema
