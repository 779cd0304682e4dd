package schema

import _ "embed" // for the vocabulary files

// Turtle is readout.ttl, the vocabulary in Turtle 1.1: an owl:Ontology
// declaring every class and property readout writes, readout's own in [NS]
// and those it reuses from schema.org, Dublin Core terms, PROV-O and OWL,
// each with rdfs:label, rdfs:comment and rdfs:isDefinedBy, and domains and
// ranges for readout's own. rdf:type and the XML Schema datatypes are not
// declared. The constants of this package name the same terms.
//
//go:embed readout.ttl
var Turtle string

// Context is context.jsonld, the JSON-LD 1.1 context of readout's graphs: a
// document {"@context": {...}} with the prefixes ro, schema, dcterms, prov,
// owl, rdf, rdfs, xsd and wd (Wikidata items), "id" and "type" for @id and
// @type, and one term per class and property of [Turtle] named after its
// local name ("participant", "Readout"; ro:title is "roleTitle", to leave
// "title" to dcterms:title). Object properties are coerced to IRIs and the
// claim offsets to xsd:integer; dates keep their own datatype (xsd:date or
// xsd:dateTime) in each value.
//
//go:embed context.jsonld
var Context string
