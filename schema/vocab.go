package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// The readout namespaces. NS is readout's own vocabulary (prefix [Prefix]);
// entities and readouts get IRIs under [IDNS] and [ReadoutNS].
const (
	// NS is the namespace of readout's own terms, e.g. NS+"speaker".
	NS = "https://readout.dev/ns#"
	// Prefix is the conventional prefix of NS in Turtle and SPARQL.
	Prefix = "ro"
	// IDNS is the namespace of entity IRIs: IDNS + escaped entity ID,
	// e.g. https://readout.dev/id/state/AZE. See [EntityIRI].
	IDNS = "https://readout.dev/id/"
	// ReadoutNS is the namespace of readout IRIs, which are also the labels
	// of the readouts' named graphs. See [ReadoutIRI].
	ReadoutNS = "https://readout.dev/readout/"
	// InteractionNS is the namespace of interactions, the real calls,
	// meetings and visits that one or more readouts report, and of the
	// named graphs that hold them: InteractionNS + a hash of the event type
	// and participants labels a graph; + "/" + a day names an interaction.
	// Package graph mints them.
	InteractionNS = "https://readout.dev/interaction/"
	// WikidataNS is the namespace of Wikidata items: WikidataNS + "Q227".
	WikidataNS = "http://www.wikidata.org/entity/"
)

// Standard terms reused from RDF, XML Schema, schema.org, Dublin Core terms,
// PROV-O and OWL. Each class and property is declared in readout.ttl
// ([Turtle]) with how readout uses it.
const (
	// RDFType relates a node to its class.
	RDFType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

	// XSDString is the datatype of plain literals (written without a type).
	XSDString = "http://www.w3.org/2001/XMLSchema#string"
	// XSDDate is the datatype of calendar dates, "2024-06-20".
	XSDDate = "http://www.w3.org/2001/XMLSchema#date"
	// XSDDateTime is the datatype of dates with a time, "2024-06-21T09:07:00".
	XSDDateTime = "http://www.w3.org/2001/XMLSchema#dateTime"
	// XSDInteger is the datatype of byte offsets.
	XSDInteger = "http://www.w3.org/2001/XMLSchema#integer"

	// SchemaPerson is the class of entities of kind person.
	SchemaPerson = "http://schema.org/Person"
	// SchemaCountry is the class of entities of kind state.
	SchemaCountry = "http://schema.org/Country"
	// SchemaOrganization is the class of entities of kind institution.
	SchemaOrganization = "http://schema.org/Organization"
	// SchemaEvent is the class of events, and of entities of kind event
	// (a named conference such as COP29).
	SchemaEvent = "http://schema.org/Event"
	// SchemaPlace is the class of entities of kind place.
	SchemaPlace = "http://schema.org/Place"
	// SchemaName is the display name of an entity (a plain literal).
	SchemaName = "http://schema.org/name"
	// SchemaAlternateName is another name or acronym of an entity used in a readout.
	SchemaAlternateName = "http://schema.org/alternateName"
	// SchemaStartDate is the day an event happened (xsd:date).
	SchemaStartDate = "http://schema.org/startDate"
	// SchemaLocation is the entity where an event took place.
	SchemaLocation = "http://schema.org/location"
	// SchemaIdentifier is the ID of a node in the extraction record (a literal):
	// the record ID of a readout, the entity, event or claim ID.
	SchemaIdentifier = "http://schema.org/identifier"
	// SchemaParentOrganization relates an institution to the institution it is part of.
	SchemaParentOrganization = "http://schema.org/parentOrganization"

	// DCTitle is the title of a readout.
	DCTitle = "http://purl.org/dc/terms/title"
	// DCIssued is the publication date of a readout (xsd:date or xsd:dateTime).
	DCIssued = "http://purl.org/dc/terms/issued"
	// DCPublisher is the issuing office of a readout (a literal).
	DCPublisher = "http://purl.org/dc/terms/publisher"
	// DCSource is the path or URL a readout was read from (a literal).
	DCSource = "http://purl.org/dc/terms/source"
	// DCLanguage is the BCP 47 language tag of a readout's text (a literal).
	DCLanguage = "http://purl.org/dc/terms/language"

	// ProvWasDerivedFrom relates an event or claim to the readout it was extracted from.
	ProvWasDerivedFrom = "http://www.w3.org/ns/prov#wasDerivedFrom"

	// OWLSameAs relates an entity to its Wikidata item.
	OWLSameAs = "http://www.w3.org/2002/07/owl#sameAs"
)

// readout's own classes and predicates, in [NS], each declared in
// readout.ttl ([Turtle]) with its label, comment, domain and range.
const (
	// Readout is the class of readouts: one per input document.
	Readout = NS + "Readout"
	// ClaimClass is the class of claims: reported speech acts of participants.
	ClaimClass = NS + "Claim"
	// RoleClass is the class of roles: an office an entity held on a readout's date.
	RoleClass = NS + "Role"
	// SentenceClass is the class of sentences of a readout that a claim or a
	// mention points into; each has its text and offsets.
	SentenceClass = NS + "Sentence"
	// InteractionClass is the class of interactions: one real call, meeting,
	// visit or letter, however many readouts (accounts) report it. An
	// interaction has its [EventTypeTerm], [Participant]s and, when any
	// account is dated, a [SchemaStartDate]; each account's main event
	// points to it with [Interaction].
	InteractionClass = NS + "Interaction"

	// MainEvent relates a readout to the event it reports (events[0]).
	MainEvent = NS + "mainEvent"
	// Mentions relates a readout to every entity it names.
	Mentions = NS + "mentions"
	// EntityRecord relates an entity to how a readout's extraction record
	// describes it: a JSON literal of its id, kind, name, iso3, qid, acronym,
	// part_of and aliases. Readout graphs hold one per entity they name; the
	// entity's own graph lists every distinct one and is their union.
	EntityRecord = NS + "entityRecord"
	// ContentHash is the hex SHA-256 of a readout's input bytes.
	ContentHash = NS + "contentHash"
	// ExtractorVersion names the extractor that produced a readout's graph.
	ExtractorVersion = NS + "extractorVersion"

	// EventTypeTerm is the type of an event as spelled in the record: "phone_call", ...
	EventTypeTerm = NS + "eventType"
	// Participant relates an event to an entity that took part in it.
	Participant = NS + "participant"
	// Initiator relates an event to the entity that made the call, paid the
	// visit or sent the letter.
	Initiator = NS + "initiator"
	// Interaction relates the main event of a readout (its account) to the
	// interaction it reports, which the accounts of other readouts of the
	// same call or meeting share.
	Interaction = NS + "interaction"
	// CAMEO is the CAMEO code of an event or claim, e.g. "041" (a literal).
	CAMEO = NS + "cameo"
	// PLOVER is the PLOVER category of an event or claim (a literal).
	PLOVER = NS + "plover"
	// PLOVERMode is the PLOVER mode of an event: "phone", "visit", ... (a literal).
	PLOVERMode = NS + "ploverMode"

	// ISO3 is the ISO 3166-1 alpha-3 code of a state (a literal).
	ISO3 = NS + "iso3"
	// Role relates an entity to a role node it held in a readout.
	Role = NS + "role"
	// RoleTitle is the title of a role as written, "Secretary of State".
	RoleTitle = NS + "title"
	// Office is the canonical key of a role's office, "foreign_minister".
	Office = NS + "office"
	// Of relates a role to the state or institution it serves.
	Of = NS + "of"

	// Speaker relates a claim to an entity that made it; "both sides" gives several.
	Speaker = NS + "speaker"
	// Verb is the reporting verb of a claim as written, lower case (a literal).
	Verb = NS + "verb"
	// Text is the clause a claim's verb governs (a literal).
	Text = NS + "text"
	// About relates a claim to an entity mentioned in its text.
	About = NS + "about"
	// InEvent relates a claim to the event it was said in.
	InEvent = NS + "event"
	// Modality is "negated" or "future" for a claim not asserted as fact, and
	// "future" or "past" for an event a readout mentions but does not report.
	Modality = NS + "modality"
	// Start is the byte offset where a claim's text starts in the readout
	// text (xsd:integer).
	Start = NS + "start"
	// End is the byte offset just after a claim's text (xsd:integer, exclusive).
	End = NS + "end"
	// InSentence relates a claim to the sentence it was read from.
	InSentence = NS + "sentence"
	// MentionSpans is, in a readout's graph, where the readout names an
	// entity: a JSON literal, an array of {text, start, end, sentence,
	// resolved_by} in text order; sentence is the index of the readout's
	// sentence (its node is the readout IRI + "/sentence/" + index + 1) and
	// resolved_by how the mention was tied to the entity (table, alias, name,
	// title, title-on-date, coreference, pattern, ...).
	MentionSpans = NS + "mentionSpans"
)

// EntityIRI returns the IRI of the entity with ID id: [IDNS] followed by id
// percent-encoded as by [EscapeIRI], so "person/recep-tayyip-erdogan" gives
// https://readout.dev/id/person/recep-tayyip-erdogan.
func EntityIRI(id string) string { return IDNS + EscapeIRI(id) }

// EntityGraphIRI returns the label of the named graph that describes the
// entity with ID id (its type, names, codes): the entity's own IRI.
func EntityGraphIRI(id string) string { return EntityIRI(id) }

// ReadoutIRI returns the IRI of the readout read from source, a path or URL.
// It is also the label of the readout's named graph. It depends only on the
// source, not on the content, so that loading a changed file replaces its
// graph: [ReadoutNS] followed by the first 16 hex digits of the SHA-256 of
// source.
func ReadoutIRI(source string) string {
	sum := sha256.Sum256([]byte(source))
	return ReadoutNS + hex.EncodeToString(sum[:8])
}

// WikidataIRI returns the IRI of the Wikidata item qid ("Q227").
func WikidataIRI(qid string) string { return WikidataNS + EscapeIRI(qid) }

// EscapeIRI percent-encodes every byte of s that is not an RFC 3986
// unreserved character (A-Z a-z 0-9 - . _ ~) or one of "/:@!$&'()*+,;=", so
// that the result is safe inside <...> in N-Quads and Turtle: spaces, quotes,
// angle brackets, braces, backslashes, '%', '#', '?' and all non-ASCII bytes
// are encoded. Unicode is encoded as its UTF-8 bytes.
func EscapeIRI(s string) string {
	const hexDigits = "0123456789ABCDEF"
	n := 0
	for i := 0; i < len(s); i++ {
		if !iriSafe(s[i]) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2*n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if iriSafe(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

func iriSafe(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~/:@!$&'()*+,;=", c) >= 0
}
