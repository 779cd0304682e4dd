package graph

import (
	"bytes"
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// Quads returns the quads of the readout graph of rec, all labelled with the
// readout's IRI (schema.ReadoutIRI(rec.Source)), sorted as [Export] writes
// them and without duplicates. It is deterministic: the same record gives
// the same quads. A nil record gives no quads.
//
// The readout node has its title, publication date, source, publisher,
// language, content hash, record ID and extractor; it points to its main
// event and to every entity it mentions. Each event, claim and role is a node
// under the readout IRI (readout/event/e1, readout/claim/c1,
// readout/role/person/antony-blinken/1). Entities are shared nodes under
// [schema.IDNS]: the readout graph says only how the record describes each
// one (a [schema.EntityRecord] literal); the description itself (type,
// name, codes) is in the entity's own graph, see [EntityQuads].
func Quads(rec *extract.Record) []quad.Quad {
	if rec == nil {
		return nil
	}
	rIRI := schema.ReadoutIRI(rec.Source)
	b := &builder{label: quad.IRI(rIRI)}
	r := quad.IRI(rIRI)
	sub := func(kind, id string) quad.IRI { return quad.IRI(rIRI + "/" + kind + "/" + schema.EscapeIRI(id)) }
	event := func(id string) quad.IRI { return sub("event", id) }
	sentence := func(i int) quad.IRI { return sub("sentence", strconv.Itoa(i+1)) }
	used := map[int]bool{} // sentences a claim or a mention points into

	b.add(r, schema.RDFType, quad.IRI(schema.Readout))
	b.str(r, schema.SchemaIdentifier, rec.ID)
	b.str(r, schema.DCTitle, rec.Title)
	b.str(r, schema.DCSource, rec.Source)
	if rec.Published != nil {
		b.add(r, schema.DCIssued, dateValue(*rec.Published))
	}
	if rec.Publisher != nil {
		b.str(r, schema.DCPublisher, *rec.Publisher)
	}
	b.str(r, schema.DCLanguage, rec.Language)
	b.str(r, schema.ContentHash, rec.Hash)
	b.str(r, schema.ExtractorVersion, rec.Extractor)
	if len(rec.Events) > 0 && rec.Events[0].ID != "" {
		b.add(r, schema.MainEvent, event(rec.Events[0].ID))
	}

	for _, ev := range rec.Events {
		if ev.ID == "" {
			continue
		}
		e := event(ev.ID)
		b.add(e, schema.RDFType, quad.IRI(schema.SchemaEvent))
		b.add(e, schema.ProvWasDerivedFrom, r)
		b.str(e, schema.SchemaIdentifier, ev.ID)
		b.str(e, schema.EventTypeTerm, string(ev.Type))
		if ev.Date != nil {
			b.add(e, schema.SchemaStartDate, dateValue(*ev.Date))
		}
		if ev.Initiator != nil {
			b.entity(e, schema.Initiator, *ev.Initiator)
		}
		for _, p := range ev.Participants {
			b.entity(e, schema.Participant, p)
		}
		if ev.Location != nil {
			b.entity(e, schema.SchemaLocation, *ev.Location)
		}
		b.str(e, schema.CAMEO, ev.CAMEO)
		b.str(e, schema.PLOVER, ev.PLOVER)
		b.str(e, schema.PLOVERMode, ev.Mode)
		b.str(e, schema.Modality, ev.Modality)
	}

	for _, en := range rec.Entities {
		if en.ID == "" {
			continue
		}
		e := quad.IRI(schema.EntityIRI(en.ID))
		b.add(r, schema.Mentions, e)
		b.add(e, schema.EntityRecord, quad.String(newEntityRecord(en).literal()))
		if len(en.Mentions) > 0 {
			b.add(e, schema.MentionSpans, quad.String(mentionSpans(en.Mentions)))
		}
		for _, m := range en.Mentions {
			used[m.Sentence] = true
		}
		for i, role := range en.Roles {
			ro := sub("role", en.ID+"/"+strconv.Itoa(i+1))
			b.add(e, schema.Role, ro)
			b.add(ro, schema.RDFType, quad.IRI(schema.RoleClass))
			b.str(ro, schema.RoleTitle, role.Title)
			b.str(ro, schema.Office, role.Office)
			if role.Of != "" {
				b.entity(ro, schema.Of, role.Of)
			}
		}
	}

	for _, c := range rec.Claims {
		if c.ID == "" {
			continue
		}
		n := sub("claim", c.ID)
		b.add(n, schema.RDFType, quad.IRI(schema.ClaimClass))
		b.add(n, schema.ProvWasDerivedFrom, r)
		b.str(n, schema.SchemaIdentifier, c.ID)
		for _, s := range c.Speaker {
			b.entity(n, schema.Speaker, s)
		}
		b.str(n, schema.Verb, c.Verb)
		b.str(n, schema.Text, c.Text)
		for _, a := range c.About {
			b.entity(n, schema.About, a)
		}
		if c.Event != "" {
			b.add(n, schema.InEvent, event(c.Event))
		}
		b.add(n, schema.Start, integer(c.Start))
		b.add(n, schema.End, integer(c.End))
		if c.Sentence >= 0 && c.Sentence < len(rec.Sentences) {
			b.add(n, schema.InSentence, sentence(c.Sentence))
			used[c.Sentence] = true
		}
		b.str(n, schema.CAMEO, c.CAMEO)
		b.str(n, schema.PLOVER, c.PLOVER)
		b.str(n, schema.Modality, c.Modality)
	}

	// The sentences claims and mentions point into: offsets always, text
	// when the record carries it (extract.Options.KeepText).
	for i, sp := range rec.Sentences {
		if !used[i] {
			continue
		}
		n := sentence(i)
		b.add(n, schema.RDFType, quad.IRI(schema.SentenceClass))
		b.add(n, schema.Start, integer(sp.Start))
		b.add(n, schema.End, integer(sp.End))
		if 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(rec.Text) {
			b.str(n, schema.Text, rec.Text[sp.Start:sp.End])
		}
	}
	return b.sorted()
}

// mentionSpans is the JSON literal of a [schema.MentionSpans] quad.
func mentionSpans(ms []extract.Mention) string {
	type span struct {
		Text     string `json:"text"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Sentence int    `json:"sentence"`
		Resolved string `json:"resolved_by,omitempty"`
	}
	out := make([]span, len(ms))
	for i, m := range ms {
		out[i] = span{Text: strings.ToValidUTF8(m.Text, "\uFFFD"), Start: m.Start, End: m.End, Sentence: m.Sentence, Resolved: m.Resolved}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(out) // strings and integers: cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}

// EntityQuads returns the quads the entities of rec contribute to their own
// graphs (labelled schema.EntityGraphIRI(id)), sorted: for each entity its
// rdf:type, schema:name, schema:identifier, ISO3 code, Wikidata sameAs,
// parent organization and other names, and the [schema.EntityRecord]
// literal they were made from. A store holds, for each entity, the union of
// these quads over the readouts that name it.
func EntityQuads(rec *extract.Record) []quad.Quad {
	if rec == nil {
		return nil
	}
	var qs []quad.Quad
	for _, en := range rec.Entities {
		if en.ID != "" {
			qs = append(qs, newEntityRecord(en).quads()...)
		}
	}
	return sortQuads(qs)
}

// entityRecord is what the entity graph is made of: the fields of an
// extract.Entity that describe the thing itself rather than the readout.
// Its JSON form is the object of [schema.EntityRecord] quads, so the field
// order and spelling are part of the stored data.
type entityRecord struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name,omitempty"`
	ISO3    string   `json:"iso3,omitempty"`
	QID     string   `json:"qid,omitempty"`
	Acronym string   `json:"acronym,omitempty"`
	PartOf  string   `json:"part_of,omitempty"`
	Aliases []string `json:"aliases,omitempty"` // sorted, without Name and Acronym
}

func newEntityRecord(e extract.Entity) entityRecord {
	v := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
	r := entityRecord{ID: v(e.ID), Kind: v(string(e.Kind)), Name: v(e.Name), ISO3: v(e.ISO3),
		QID: v(e.QID), Acronym: v(e.Acronym), PartOf: v(e.PartOf)}
	if r.Acronym == r.Name {
		r.Acronym = ""
	}
	for _, a := range e.Aliases {
		if a = v(a); a != "" && a != r.Name && a != r.Acronym && !slices.Contains(r.Aliases, a) {
			r.Aliases = append(r.Aliases, a)
		}
	}
	slices.Sort(r.Aliases)
	return r
}

// literal returns the JSON form of r.
func (r entityRecord) literal() string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(r) // strings and a string slice: cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}

// parseEntityRecord parses the object of a [schema.EntityRecord] quad.
func parseEntityRecord(v quad.Value) (entityRecord, bool) {
	s, ok := v.(quad.String)
	if !ok {
		return entityRecord{}, false
	}
	var r entityRecord
	if err := json.Unmarshal([]byte(s), &r); err != nil || r.ID == "" {
		return entityRecord{}, false
	}
	return r, true
}

// quads returns the quads r puts into its entity's graph.
func (r entityRecord) quads() []quad.Quad {
	b := &builder{label: quad.IRI(schema.EntityGraphIRI(r.ID))}
	e := quad.IRI(schema.EntityIRI(r.ID))
	b.add(e, schema.EntityRecord, quad.String(r.literal()))
	if class := kindClass[schema.Kind(r.Kind)]; class != "" {
		b.add(e, schema.RDFType, quad.IRI(class))
	}
	b.str(e, schema.SchemaIdentifier, r.ID)
	b.str(e, schema.SchemaName, r.Name)
	b.str(e, schema.ISO3, r.ISO3)
	if r.QID != "" {
		b.add(e, schema.OWLSameAs, quad.IRI(schema.WikidataIRI(r.QID)))
	}
	b.str(e, schema.SchemaAlternateName, r.Acronym)
	for _, a := range r.Aliases {
		b.str(e, schema.SchemaAlternateName, a)
	}
	if r.PartOf != "" {
		b.entity(e, schema.SchemaParentOrganization, r.PartOf)
	}
	return b.quads
}

// kindClass maps entity kinds to their rdf:type.
var kindClass = map[schema.Kind]string{
	schema.Person:      schema.SchemaPerson,
	schema.State:       schema.SchemaCountry,
	schema.Institution: schema.SchemaOrganization,
	schema.EventKind:   schema.SchemaEvent,
	schema.Place:       schema.SchemaPlace,
}

type builder struct {
	label quad.IRI
	quads []quad.Quad
}

func (b *builder) add(s quad.Value, p string, o quad.Value) {
	b.quads = append(b.quads, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: b.label})
}

// str adds a plain literal; empty strings are left out.
func (b *builder) str(s quad.Value, p, v string) {
	if v == "" {
		return
	}
	b.add(s, p, quad.String(strings.ToValidUTF8(v, "\uFFFD")))
}

// entity adds a link to the entity with ID id; empty IDs are left out.
func (b *builder) entity(s quad.Value, p, id string) {
	if id == "" {
		return
	}
	b.add(s, p, quad.IRI(schema.EntityIRI(id)))
}

// sorted returns the quads sorted by their N-Quads form, without duplicates.
func (b *builder) sorted() []quad.Quad {
	return sortQuads(b.quads)
}

// sortQuads sorts qs in place by label, subject, predicate and object in
// their N-Quads form, removes duplicates and returns the result.
func sortQuads(qs []quad.Quad) []quad.Quad {
	type keyed struct {
		key string
		q   quad.Quad
	}
	ks := make([]keyed, len(qs))
	for i, q := range qs {
		ks[i] = keyed{sortKey(q), q}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	out := qs[:0]
	for i, k := range ks {
		if i > 0 && k.key == ks[i-1].key {
			continue
		}
		out = append(out, k.q)
	}
	return out
}

// sortKey orders quads by label first, so that an export lists each
// readout's graph in one block, then by subject, predicate and object.
func sortKey(q quad.Quad) string {
	var b strings.Builder
	writeTerm(&b, q.Label)
	b.WriteByte(0)
	writeTerm(&b, q.Subject)
	b.WriteByte(0)
	writeTerm(&b, q.Predicate)
	b.WriteByte(0)
	writeTerm(&b, q.Object)
	return b.String()
}

// dateValue types a record date: "2024-06-20" is an xsd:date,
// "2024-06-21T09:07" an xsd:dateTime (seconds added, as XML Schema
// requires them). Anything else stays a plain literal rather than becoming
// an invalid typed one.
func dateValue(s string) quad.Value {
	if _, err := time.Parse("2006-01-02", s); err == nil {
		return quad.TypedString{Value: quad.String(s), Type: schema.XSDDate}
	}
	if _, err := time.Parse("2006-01-02T15:04", s); err == nil {
		return quad.TypedString{Value: quad.String(s + ":00"), Type: schema.XSDDateTime}
	}
	if _, err := time.Parse("2006-01-02T15:04:05", s); err == nil {
		return quad.TypedString{Value: quad.String(s), Type: schema.XSDDateTime}
	}
	return quad.String(strings.ToValidUTF8(s, "\uFFFD"))
}

// integer returns n as an xsd:integer literal. (quad.Int would be typed
// http://schema.org/Integer.)
func integer(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: schema.XSDInteger}
}
