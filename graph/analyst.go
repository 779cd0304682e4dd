package graph

// The analyst views behind `readout network`, `timeline`, `claims`, `who`
// and `stats`. Every query starts from typed nodes (class IRI, then the
// rdf:type quads into it) and follows quads from there: never all of g.V(),
// which on bolt still lists the nodes of deleted readouts (cayley#617).

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// EntityRef names an entity of the store.
type EntityRef struct {
	ID   string      `json:"id"`   // entity ID, "person/ilham-aliyev"
	Name string      `json:"name"` // schema:name; the ID when it has none
	Kind schema.Kind `json:"kind"` // person, state, institution, event or place
}

// ReadoutRef describes a readout of the store.
type ReadoutRef struct {
	IRI       string `json:"iri"`                 // https://readout.dev/readout/<hash>
	Source    string `json:"source"`              // the path or URL it was loaded from
	Title     string `json:"title"`               // dcterms:title
	Publisher string `json:"publisher,omitempty"` // dcterms:publisher, when known
	Published string `json:"published,omitempty"` // dcterms:issued: 2024-06-21 or 2024-06-21T09:07:00
	Date      string `json:"date,omitempty"`      // the day of its main event, as this readout gives it
}

// day returns the day r's events are dated by: its main event's, else its
// publication day, else "".
func (r *ReadoutRef) day() string {
	if r.Date != "" {
		return r.Date
	}
	if len(r.Published) >= 10 {
		return r.Published[:10]
	}
	return ""
}

// Interaction is one real call, meeting, visit or letter, with the readouts
// that report it (its accounts): see [InteractionQuads].
type Interaction struct {
	IRI          string       `json:"iri"`
	Type         string       `json:"type"`           // phone_call, meeting, ...
	Date         string       `json:"date,omitempty"` // YYYY-MM-DD; "" when no account is dated
	Participants []EntityRef  `json:"participants"`   // sorted by ID
	Readouts     []ReadoutRef `json:"readouts"`       // sorted by source
}

// ErrNoEntity means a name matches no entity of the store.
var ErrNoEntity = errors.New("no entity")

// AmbiguousError means a name matches several entities: Candidates, sorted
// by ID.
type AmbiguousError struct {
	Name       string
	Candidates []EntityRef
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q names %d entities:", e.Name, len(e.Candidates))
	for i, c := range e.Candidates {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, " %s (%s)", c.ID, c.Name)
	}
	return b.String()
}

// Resolve returns the entity that name names. name is tried, in order, as
// an entity ID ("person/ilham-aliyev") or IRI, an ISO3 code ("AZE"), an exact
// name or alternate name ("Ilham Aliyev", "U.S."), a name that folds to the
// same key ([schema.Slug]: case and diacritics ignored, "erdogan" for
// "Erdoğan"), and whole words of names ("Aliyev"); the first step that
// matches decides. It returns an error wrapping [ErrNoEntity] when nothing
// matches and an [*AmbiguousError] when that step matches several entities.
func (s *Store) Resolve(ctx context.Context, name string) (EntityRef, error) {
	ctx, done := s.readView(ctx)
	defer done()
	r := s.reader()
	var err error
	if r.lazy, err = s.lazyView(ctx, false); err != nil {
		return EntityRef{}, &DBError{Op: "query", Path: s.db, Err: err}
	}
	// First from the candidates' own graphs: an ID, IRI, code or name
	// names few; only a folded name or a word of one needs every entity
	// (which on a large store takes seconds).
	v := newPartialView()
	ref, err := r.resolve(ctx, v, name, func(ns []quad.IRI) error { return r.entityRefs(ctx, v, ns) })
	if errors.Is(err, errNotExact) {
		r.lazy = nil
		if v, err = r.entities(ctx); err == nil {
			ref, err = r.resolve(ctx, v, name, nil)
		}
	}
	var ae *AmbiguousError
	if err != nil && !errors.Is(err, ErrNoEntity) && !errors.As(err, &ae) {
		return EntityRef{}, &DBError{Op: "query", Path: s.db, Err: err}
	}
	return ref, err
}

// errNotExact is resolve's answer, with a describe function, when no ID,
// IRI, code or exact name matches.
var errNotExact = errors.New("no exact match")

// resolve returns the entity of v that name names, trying in turn an ID or
// IRI, an exact ISO3 code, name or alternate name, a folded name and a
// word of a name. With describe, which adds the kinds and names of the
// nodes it is given to v (a partial view), it tries only the exact ones
// and returns errNotExact if none matches.
func (r *reader) resolve(ctx context.Context, v *view, name string, describe func([]quad.IRI) error) (EntityRef, error) {
	name = strings.TrimSpace(name)
	pick := func(found []quad.IRI) (EntityRef, error) {
		slices.Sort(found)
		found = slices.Compact(found)
		if len(found) == 1 {
			return v.ref(found[0]), nil
		}
		e := &AmbiguousError{Name: name}
		for _, f := range found {
			e.Candidates = append(e.Candidates, v.ref(f))
		}
		return EntityRef{}, e
	}
	known := func(ns []quad.IRI) error {
		if describe == nil {
			return nil
		}
		return describe(ns)
	}
	// An ID or IRI.
	iri := quad.IRI(strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">"))
	if !strings.HasPrefix(string(iri), schema.IDNS) {
		iri = quad.IRI(schema.EntityIRI(name))
	}
	if err := known([]quad.IRI{iri}); err != nil {
		return EntityRef{}, err
	}
	if v.kinds[iri] != "" {
		return v.ref(iri), nil
	}
	// Exact values: ISO3 code, name, alternate name.
	lookups := []struct {
		pred string
		val  string
	}{{schema.ISO3, strings.ToUpper(name)}, {schema.SchemaName, name}, {schema.SchemaAlternateName, name}}
	for _, l := range lookups {
		if l.pred == schema.ISO3 && len(name) != 3 {
			continue
		}
		subj, err := r.nodes(ctx, path.StartPath(r.s.qs, quad.String(l.val)).In(quad.IRI(l.pred)))
		if err != nil {
			return EntityRef{}, err
		}
		if err := known(subj); err != nil {
			return EntityRef{}, err
		}
		var found []quad.IRI
		for _, e := range subj {
			if v.kinds[e] != "" {
				found = append(found, e)
			}
		}
		if len(found) > 0 {
			return pick(found)
		}
	}
	if describe != nil {
		return EntityRef{}, errNotExact
	}
	// Folded names and words of names.
	key := schema.Slug(name)
	if key == "x" {
		return EntityRef{}, fmt.Errorf("%w named %q", ErrNoEntity, name)
	}
	alts, err := r.entityValues(ctx, schema.SchemaAlternateName)
	if err != nil {
		return EntityRef{}, err
	}
	var same, words []quad.IRI
	for e := range v.kinds {
		for _, n := range append([]string{v.names[e]}, alts[e]...) {
			k := schema.Slug(n)
			switch {
			case n == "":
			case k == key:
				same = append(same, e)
			case strings.HasPrefix(k, key+"-") || strings.HasSuffix(k, "-"+key) || strings.Contains(k, "-"+key+"-"):
				words = append(words, e)
			}
		}
	}
	if len(same) > 0 {
		return pick(same)
	}
	if len(words) > 0 {
		return pick(words)
	}
	return EntityRef{}, fmt.Errorf("%w named %q", ErrNoEntity, name)
}

// Level is the level of a network edge: persons or states.
type Level string

// The levels of [Edge]s.
const (
	PersonLevel Level = "person"
	StateLevel  Level = "state"
)

// NetworkOptions select the edges of [Store.Network]. The zero value gives
// every edge of both levels.
type NetworkOptions struct {
	// From and To keep the interactions dated on or after From and on or
	// before To (YYYY-MM-DD); either leaves undated interactions out. ""
	// means no bound.
	From, To string
	// State keeps the edges that touch the state with this ISO3 code: state
	// edges with it at one end, person edges with a person who acted for
	// it at one end (each counting only those interactions). "" keeps all.
	State string
	// MinWeight drops the edges of lower weight.
	MinWeight int
	// Level keeps only the edges of this level; "" keeps both.
	Level Level
}

// Edge is an undirected edge of the actor network: two persons that took
// part in the same interactions, or two states whose people (or who
// themselves) did.
type Edge struct {
	Level        Level     `json:"level"`
	Source       EntityRef `json:"source"` // Source.ID < Target.ID
	Target       EntityRef `json:"target"`
	Weight       int       `json:"weight"`          // the number of distinct interactions
	First        string    `json:"first,omitempty"` // the earliest and latest of their dates
	Last         string    `json:"last,omitempty"`
	Interactions []string  `json:"interactions"` // their IRIs, by date (undated last)
}

// Network returns the actor network of the store: for every interaction
// (merged readouts count once, see [InteractionQuads]), an edge between
// each pair of its participants that are persons, and one between each
// pair of distinct states among them: the states its person participants
// held an office of in the readouts that report it (ro:role, ro:of), or,
// when those readouts give none, the one state all their roles anywhere
// name, and participants that are states. Edges are sorted by level
// (persons first), weight (heaviest first), then Source and Target ID.
func (s *Store) Network(ctx context.Context, opts NetworkOptions) ([]Edge, error) {
	ctx, done := s.readView(ctx)
	defer done()
	n, err := s.netInteractions(ctx)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	return n.edges(opts), nil
}

func levelRank(l Level) int {
	if l == PersonLevel {
		return 0
	}
	return 1
}

// TimelineEntry is an interaction an entity took part in.
type TimelineEntry struct {
	Interaction
	// Via lists the participants through whom the entity took part, when
	// it was not a participant itself: the persons who held an office of a
	// state or institution.
	Via []EntityRef `json:"via,omitempty"`
}

// Timeline returns the interactions the entity with ID id took part in, as
// a participant or through a participant who held one of its offices (see
// [Store.Network]), sorted by date, undated ones last, then by IRI.
func (s *Store) Timeline(ctx context.Context, id string) ([]TimelineEntry, error) {
	ctx, done := s.readView(ctx)
	defer done()
	e := quad.IRI(schema.EntityIRI(id))
	r := s.reader()
	lazy, err := s.lazyView(ctx, false)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	r.lazy = lazy                    // nil unless the view index is complete
	v, err := r.timelineView(ctx, e) // not the whole view: see timeline.go
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	return v.timeline(e), nil
}

func (v *view) timeline(e quad.IRI) []TimelineEntry {
	var out []TimelineEntry
	for _, in := range v.sortedInteractions() {
		aff := v.affiliations(in)
		var via []EntityRef
		took := false
		for _, p := range in.participants {
			if p == e {
				took = true
			} else if slices.Contains(aff[p], e) {
				via = append(via, v.ref(p))
			}
		}
		if !took && len(via) == 0 {
			continue
		}
		t := TimelineEntry{Interaction: v.interaction(in)}
		if !took {
			t.Via = via
		}
		out = append(out, t)
	}
	return out
}

// ClaimFilter selects the claims of [Store.Claims]. The zero value selects
// every claim.
type ClaimFilter struct {
	// By keeps the claims made by the entity with this ID, or, for a state
	// or institution, by persons who held one of its offices in the
	// claim's readout.
	By string
	// About keeps the claims about the entity with this ID (ro:about).
	About string
	// Verb keeps the claims whose verb is Verb or starts with Verb and a
	// space ("expressed" keeps "expressed concern"), ignoring case.
	Verb string
	// CAMEO keeps the claims whose CAMEO code starts with CAMEO ("04" keeps
	// "041" and "042").
	CAMEO string
}

// Claim is a claim of a readout, with its provenance.
type Claim struct {
	IRI         string      `json:"iri"`
	Speakers    []EntityRef `json:"speakers"`
	Verb        string      `json:"verb"`
	Text        string      `json:"text"`
	About       []EntityRef `json:"about"`
	CAMEO       string      `json:"cameo,omitempty"`
	PLOVER      string      `json:"plover,omitempty"`
	Modality    string      `json:"modality,omitempty"`
	Date        string      `json:"date,omitempty"` // its event's day, else its interaction's, else its readout's
	Readout     ReadoutRef  `json:"readout"`
	Start       int         `json:"start"`                 // byte offset of Text in the readout text
	End         int         `json:"end"`                   // end exclusive
	Interaction string      `json:"interaction,omitempty"` // the interaction its event is an account of
	Sentence    string      `json:"sentence,omitempty"`    // the sentence it was read from: the evidence to cite
}

// Claims returns the claims f selects, sorted by date (undated last),
// readout source and offset.
func (s *Store) Claims(ctx context.Context, f ClaimFilter) ([]Claim, error) {
	ctx, done := s.readView(ctx)
	defer done()
	r := s.reader()
	var (
		v     *view
		cands []quad.IRI
		err   error
	)
	if f.By != "" || f.About != "" {
		// Not the whole view: the claim rows (claimrows.go), else the
		// graphs around the entity (claimsby.go).
		out, ok, err := s.claimsByIndex(ctx, f)
		if err != nil {
			return nil, &DBError{Op: "query", Path: s.db, Err: err}
		} else if ok {
			return out, nil
		}
	}
	switch {
	case f.By != "":
		// The view index, when complete, gives the roles, readouts,
		// entities and the claims.
		if r.lazy, err = s.lazyView(ctx, true); err == nil {
			v, cands, err = r.claimsView(ctx, quad.IRI(schema.EntityIRI(f.By)))
		}
	case f.About != "":
		if r.lazy, err = s.lazyView(ctx, true); err == nil {
			v, cands, err = r.claimsAboutView(ctx, quad.IRI(schema.EntityIRI(f.About)))
		}
	default:
		v, err = s.wholeView(ctx)
	}
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	out, err := r.claims(ctx, v, f, cands)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	return out, nil
}

// claims returns the claims f selects, from cands (sorted, distinct) if not
// nil, else from all claims.
func (r *reader) claims(ctx context.Context, v *view, f ClaimFilter, cands []quad.IRI) ([]Claim, error) {
	base := r.s.typed(schema.ClaimClass)
	var by, about quad.IRI
	if f.By != "" {
		by = quad.IRI(schema.EntityIRI(f.By))
		speakers := []quad.Value{by}
		for _, ro := range v.roles {
			if ro.of == by {
				speakers = append(speakers, ro.holder)
			}
		}
		base = base.Has(quad.IRI(schema.Speaker), speakers...)
	}
	if f.About != "" {
		about = quad.IRI(schema.EntityIRI(f.About))
		base = base.Has(quad.IRI(schema.About), about)
	}
	claims := cands
	if cands == nil {
		var err error
		if claims, err = r.nodes(ctx, base); err != nil {
			return nil, err
		}
	}
	rows, err := r.claimRows(ctx, claims)
	if err != nil {
		return nil, err
	}
	var out []Claim
	for _, row := range rows {
		ref := v.readouts[readoutOf(quad.IRI(row.iri))]
		if ref == nil || !row.selected(f) {
			continue // a claim outside any readout
		}
		if cands != nil && about != "" && !slices.Contains(row.about, about) {
			continue
		}
		match := by == ""
		for _, sp := range row.speakers {
			if sp == by || slices.Contains(v.affiliated(sp, []quad.IRI{readoutOf(quad.IRI(row.iri))}), by) {
				match = true
			}
		}
		if match {
			out = append(out, v.claim(row, ref))
		}
	}
	sortClaims(out)
	return out, nil
}

// claimRow is what a claim's own readout says of it: all that
// [reader.claims] reads of a claim but its readout, the names of its
// speakers and of what it is about, what its speakers served, and the day
// of its interaction.
type claimRow struct {
	iri, verb, text, cameo, plover, modality, sentence string
	start, end                                         int
	speakers, about                                    []quad.IRI
	// With an event: its IRI (unless it is not one), its day, else "",
	// the interactions it is an account of, and the first of those.
	hasEvent     bool
	event        quad.IRI
	eventDay     string
	interactions []quad.IRI
	interaction  quad.IRI
}

// claimRows returns the rows of claims, in their order.
func (r *reader) claimRows(ctx context.Context, claims []quad.IRI) ([]claimRow, error) {
	props := map[string]map[quad.Value][]quad.Value{}
	for _, p := range claimPredicates {
		m, err := r.pairs(ctx, claims, p, false)
		if err != nil {
			return nil, err
		}
		props[p] = m
	}
	events := keysOf(props[schema.InEvent])
	eventDays, err := r.pairs(ctx, events, schema.SchemaStartDate, false)
	if err != nil {
		return nil, err
	}
	eventInteractions, err := r.pairs(ctx, events, schema.Interaction, false)
	if err != nil {
		return nil, err
	}
	sentenceText, err := r.pairs(ctx, keysOf(props[schema.InSentence]), schema.Text, false)
	if err != nil {
		return nil, err
	}
	out := make([]claimRow, 0, len(claims))
	for _, iri := range claims {
		c := quad.Value(iri)
		row := claimRow{iri: string(iri), verb: first(props[schema.Verb][c]), text: first(props[schema.Text][c]),
			cameo: first(props[schema.CAMEO][c]), plover: first(props[schema.PLOVER][c]),
			modality: first(props[schema.Modality][c]), start: integerOf(props[schema.Start][c]),
			end: integerOf(props[schema.End][c]), speakers: iris(props[schema.Speaker][c]),
			about: iris(props[schema.About][c])}
		if sn := props[schema.InSentence][c]; len(sn) > 0 {
			row.sentence = first(sentenceText[sn[0]])
		}
		if ev := props[schema.InEvent][c]; len(ev) > 0 {
			row.hasEvent = true
			row.event, _ = ev[0].(quad.IRI)
			row.eventDay = dayOf(firstValue(eventDays[ev[0]]))
			row.interactions = iris(eventInteractions[ev[0]])
			if len(row.interactions) > 0 {
				row.interaction = row.interactions[0]
			}
		}
		out = append(out, row)
	}
	return out, nil
}

// selected reports whether f's verb and CAMEO code select the claim of
// row.
func (row *claimRow) selected(f ClaimFilter) bool {
	verb := strings.ToLower(strings.TrimSpace(f.Verb))
	if verb != "" && !(strings.EqualFold(row.verb, verb) || strings.HasPrefix(strings.ToLower(row.verb), verb+" ")) {
		return false
	}
	return f.CAMEO == "" || strings.HasPrefix(row.cameo, f.CAMEO)
}

// claim returns the claim of row, whose readout is ref, with its speakers
// and what it is about as v names them and, for a claim whose event has no
// day, the day v gives its interaction.
func (v *view) claim(row claimRow, ref *ReadoutRef) Claim {
	cl := Claim{IRI: row.iri, Verb: row.verb, Text: row.text, CAMEO: row.cameo, PLOVER: row.plover,
		Modality: row.modality, Start: row.start, End: row.end, Sentence: row.sentence,
		Speakers: []EntityRef{}, About: []EntityRef{}, Readout: *ref, Date: ref.day(),
		Interaction: string(row.interaction)}
	for _, sp := range row.speakers {
		cl.Speakers = append(cl.Speakers, v.ref(sp))
	}
	for _, a := range row.about {
		cl.About = append(cl.About, v.ref(a))
	}
	if row.hasEvent {
		switch in := v.interactions[row.interaction]; {
		case row.eventDay != "":
			cl.Date = row.eventDay
		case row.interaction != "" && in != nil && in.day != "":
			// An undated account of a dated interaction.
			cl.Date = in.day
		}
	}
	return cl
}

// sortClaims sorts claims by date (undated last), readout source and
// offset.
func sortClaims(claims []Claim) {
	slices.SortFunc(claims, func(a, b Claim) int {
		return cmp.Or(compareDays(a.Date, b.Date), strings.Compare(a.Readout.Source, b.Readout.Source),
			a.Start-b.Start, strings.Compare(a.IRI, b.IRI))
	})
}

// Profile is what [Store.Who] knows about an entity.
type Profile struct {
	Entity         EntityRef `json:"entity"`
	AlternateNames []string  `json:"alternate_names,omitempty"`
	ISO3           string    `json:"iso3,omitempty"`
	QID            string    `json:"qid,omitempty"` // its Wikidata item
	// Offices are the offices it held, as readouts observed them.
	Offices []Office `json:"offices"`
	// Holders are, for a state or institution, the persons the readouts
	// saw holding its offices.
	Holders []Office `json:"holders,omitempty"`
	// Counterparts are the other participants of the interactions it took
	// part in, without those acting for the same state or institution.
	Counterparts []Counterpart `json:"counterparts"`
	// Institutions are the institutions named in the readouts of those
	// interactions.
	Institutions []Mentioned `json:"institutions"`
	Interactions int         `json:"interactions"` // the interactions it took part in
	Readouts     int         `json:"readouts"`     // the readouts that name it
}

// Office is an office held, with the readouts that observed it.
type Office struct {
	Holder   *EntityRef    `json:"holder,omitempty"` // in [Profile.Holders]
	Office   string        `json:"office,omitempty"` // canonical key, "foreign_minister"; "" when unknown
	Titles   []string      `json:"titles"`           // as written, sorted
	Of       *EntityRef    `json:"of,omitempty"`     // the state or institution served
	First    string        `json:"first,omitempty"`  // the earliest and latest observation
	Last     string        `json:"last,omitempty"`
	Observed []Observation `json:"observed"` // by date, then source
}

// Observation is a readout that saw an office held, on the day its main
// event took place (else its publication day).
type Observation struct {
	Date    string `json:"date,omitempty"`
	Readout string `json:"readout"` // IRI
	Source  string `json:"source"`
}

// Counterpart is a participant met in interactions, with their count and
// first and last dates.
type Counterpart struct {
	Entity       EntityRef `json:"entity"`
	Interactions int       `json:"interactions"`
	First        string    `json:"first,omitempty"`
	Last         string    `json:"last,omitempty"`
}

// Mentioned is an entity named in some number of readouts.
type Mentioned struct {
	Entity   EntityRef `json:"entity"`
	Readouts int       `json:"readouts"`
}

// Who returns the profile of the entity with ID id: its names and codes,
// the offices it held, with the readouts that observed them (for a state or
// institution, the persons who held its offices), its counterparts (most
// interactions first) and the institutions named in the readouts of its
// interactions (most readouts first). It returns an error wrapping
// [ErrNoEntity] when the store has no such entity.
func (s *Store) Who(ctx context.Context, id string) (*Profile, error) {
	ctx, done := s.readView(ctx)
	defer done()
	e := quad.IRI(schema.EntityIRI(id))
	r := s.reader()
	lazy, err := s.lazyView(ctx, false)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	r.lazy = lazy               // nil unless the view index is complete
	v, err := r.whoView(ctx, e) // not the whole view: see timeline.go
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	if v.kinds[e] == "" {
		return nil, fmt.Errorf("%w %q", ErrNoEntity, id)
	}
	p, err := r.profile(ctx, v, e)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	return p, nil
}

// profile returns e's profile from v, the whole view or e's [reader.whoView].
// It adds to v the kinds of the entities the readouts of e's interactions
// name, where v lacks them.
func (r *reader) profile(ctx context.Context, v *view, e quad.IRI) (*Profile, error) {
	p := &Profile{Entity: v.ref(e), Offices: []Office{}, Counterparts: []Counterpart{}, Institutions: []Mentioned{}}
	own := map[string]map[quad.Value][]quad.Value{}
	var err error
	for _, pred := range []string{schema.SchemaAlternateName, schema.ISO3, schema.OWLSameAs} {
		if own[pred], err = r.pairs(ctx, []quad.IRI{e}, pred, false); err != nil {
			return nil, err
		}
	}
	for _, a := range own[schema.SchemaAlternateName][e] {
		if str, ok := a.(quad.String); ok {
			p.AlternateNames = append(p.AlternateNames, string(str))
		}
	}
	slices.Sort(p.AlternateNames)
	p.ISO3 = first(own[schema.ISO3][e])
	p.QID = strings.TrimPrefix(first(own[schema.OWLSameAs][e]), schema.WikidataNS)
	mentioners, err := r.pairs(ctx, []quad.IRI{e}, schema.Mentions, true)
	if err != nil {
		return nil, err
	}
	// The readouts naming e: those v describes, and those typed so among
	// the rest (counted, not described: a state is named by tens of
	// thousands).
	var unknown []quad.IRI
	for _, ro := range iris(mentioners[e]) {
		if v.readouts[ro] != nil {
			p.Readouts++
		} else {
			unknown = append(unknown, ro)
		}
	}
	more, err := r.typedAs(ctx, unknown, schema.Readout)
	if err != nil {
		return nil, err
	}
	p.Readouts += len(more)

	// Offices, grouped by holder, office (else title) and what they serve.
	type officeKey struct {
		holder, of quad.IRI
		office     string
	}
	offices := map[officeKey]*Office{}
	var keys []officeKey
	for _, ro := range v.roles {
		if ro.holder != e && ro.of != e {
			continue
		}
		k := officeKey{of: ro.of, office: cmp.Or(ro.office, "title:"+ro.title)}
		if ro.holder != e {
			k.holder = ro.holder
		}
		o := offices[k]
		if o == nil {
			o = &Office{Office: ro.office, Titles: []string{}}
			if ro.of != "" {
				ref := v.ref(ro.of)
				o.Of = &ref
			}
			if k.holder != "" {
				ref := v.ref(k.holder)
				o.Holder = &ref
			}
			offices[k] = o
			keys = append(keys, k)
		}
		if ro.title != "" && !slices.Contains(o.Titles, ro.title) {
			o.Titles = append(o.Titles, ro.title)
		}
		obs := Observation{Readout: string(ro.readout)}
		if ref := v.readouts[ro.readout]; ref != nil {
			obs.Date, obs.Source = ref.day(), ref.Source
		}
		if !slices.Contains(o.Observed, obs) {
			o.Observed = append(o.Observed, obs)
		}
	}
	// A title the extractor could not map to an office ("President") is
	// taken as the office of the same holder and state that it can, when
	// there is exactly one.
	for _, k := range keys {
		if !strings.HasPrefix(k.office, "title:") {
			continue
		}
		var into []officeKey
		for _, o := range keys {
			if o.holder == k.holder && o.of == k.of && !strings.HasPrefix(o.office, "title:") && offices[o] != nil {
				into = append(into, o)
			}
		}
		if len(into) != 1 {
			continue
		}
		dst, src := offices[into[0]], offices[k]
		for _, t := range src.Titles {
			if !slices.Contains(dst.Titles, t) {
				dst.Titles = append(dst.Titles, t)
			}
		}
		for _, ob := range src.Observed {
			if !slices.Contains(dst.Observed, ob) {
				dst.Observed = append(dst.Observed, ob)
			}
		}
		delete(offices, k)
	}
	for _, k := range keys {
		o := offices[k]
		if o == nil {
			continue
		}
		slices.Sort(o.Titles)
		slices.SortFunc(o.Observed, func(a, b Observation) int {
			return cmp.Or(compareDays(a.Date, b.Date), strings.Compare(a.Source, b.Source))
		})
		for _, ob := range o.Observed {
			if ob.Date != "" {
				if o.First == "" || ob.Date < o.First {
					o.First = ob.Date
				}
				o.Last = max(o.Last, ob.Date)
			}
		}
		if o.Holder != nil {
			p.Holders = append(p.Holders, *o)
		} else {
			p.Offices = append(p.Offices, *o)
		}
	}
	byOffice := func(a, b Office) int {
		id := func(r *EntityRef) string {
			if r == nil {
				return ""
			}
			return r.ID
		}
		return cmp.Or(compareDays(a.First, b.First), strings.Compare(id(a.Holder), id(b.Holder)),
			strings.Compare(a.Office, b.Office), strings.Compare(id(a.Of), id(b.Of)),
			strings.Compare(strings.Join(a.Titles, "|"), strings.Join(b.Titles, "|")))
	}
	slices.SortFunc(p.Offices, byOffice)
	slices.SortFunc(p.Holders, byOffice)

	// Counterparts and the institutions of the readouts of its interactions.
	met := map[quad.IRI]*Counterpart{}
	inst := map[quad.IRI]map[quad.IRI]bool{}
	var accounts []quad.IRI
	for _, t := range v.timeline(e) {
		p.Interactions++
		in := v.interactions[quad.IRI(t.IRI)]
		aff := v.affiliations(in)
		own := append([]quad.IRI{e}, aff[e]...)
		for _, q := range in.participants {
			if q == e || slices.Contains(aff[q], e) || overlaps(aff[q], own) {
				continue
			}
			c := met[q]
			if c == nil {
				c = &Counterpart{Entity: v.ref(q)}
				met[q] = c
			}
			c.Interactions++
			if in.day != "" {
				if c.First == "" || in.day < c.First {
					c.First = in.day
				}
				c.Last = max(c.Last, in.day)
			}
		}
		accounts = append(accounts, in.readouts...)
	}
	for _, c := range met {
		p.Counterparts = append(p.Counterparts, *c)
	}
	slices.SortFunc(p.Counterparts, func(a, b Counterpart) int {
		return cmp.Or(b.Interactions-a.Interactions, strings.Compare(a.Entity.ID, b.Entity.ID))
	})
	mentions, err := r.pairs(ctx, accounts, schema.Mentions, false)
	if err != nil {
		return nil, err
	}
	unknown = nil
	for _, ro := range accounts {
		for _, m := range iris(mentions[ro]) {
			if _, ok := v.kinds[m]; !ok {
				unknown = append(unknown, m)
			}
		}
	}
	slices.Sort(unknown)
	if err := r.entityRefs(ctx, v, slices.Compact(unknown)); err != nil {
		return nil, err
	}
	for _, ro := range accounts {
		for _, m := range iris(mentions[ro]) {
			if m != e && v.kinds[m] == schema.Institution {
				if inst[m] == nil {
					inst[m] = map[quad.IRI]bool{}
				}
				inst[m][ro] = true
			}
		}
	}
	for m, rs := range inst {
		p.Institutions = append(p.Institutions, Mentioned{Entity: v.ref(m), Readouts: len(rs)})
	}
	slices.SortFunc(p.Institutions, func(a, b Mentioned) int {
		return cmp.Or(b.Readouts-a.Readouts, strings.Compare(a.Entity.ID, b.Entity.ID))
	})
	return p, nil
}

// Stats counts what the store holds.
type Stats struct {
	Readouts     int   `json:"readouts"`
	Events       int   `json:"events"`       // the events of readouts, mentioned ones included
	Interactions int   `json:"interactions"` // distinct interactions the readouts report
	Merged       int   `json:"merged"`       // interactions reported by more than one readout
	Persons      int   `json:"persons"`
	States       int   `json:"states"`
	Institutions int   `json:"institutions"`
	Claims       int   `json:"claims"`
	Quads        int64 `json:"quads"`
}

// Stats counts the store's readouts, events, interactions, entities by
// kind, claims and quads.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	n, err := s.Count(ctx)
	if err != nil {
		return st, err
	}
	st.Quads = n
	ctx, done := s.readView(ctx)
	defer done()
	r := s.reader()
	fail := func(err error) (Stats, error) { return Stats{}, &DBError{Op: "query", Path: s.db, Err: err} }
	var interactions []quad.IRI
	count := func(class string, ok func(quad.IRI) bool) (int, error) {
		ns, err := r.typed(ctx, class)
		if class == schema.InteractionClass {
			interactions = ns
		}
		n := 0
		for _, x := range ns {
			if ok(x) {
				n++
			}
		}
		return n, err
	}
	entity := func(x quad.IRI) bool { return strings.HasPrefix(string(x), schema.IDNS) }
	inReadout := func(x quad.IRI) bool { return readoutOf(x) != "" }
	all := func(quad.IRI) bool { return true }
	for _, c := range []struct {
		n     *int
		class string
		ok    func(quad.IRI) bool
	}{
		{&st.Readouts, schema.Readout, all},
		{&st.Events, schema.SchemaEvent, inReadout},
		{&st.Interactions, schema.InteractionClass, all},
		{&st.Persons, schema.SchemaPerson, entity},
		{&st.States, schema.SchemaCountry, entity},
		{&st.Institutions, schema.SchemaOrganization, entity},
		{&st.Claims, schema.ClaimClass, inReadout},
	} {
		if *c.n, err = count(c.class, c.ok); err != nil {
			return fail(err)
		}
	}
	accounts, err := r.pairs(ctx, interactions, schema.Interaction, true)
	if err != nil {
		return fail(err)
	}
	for _, es := range accounts {
		if len(es) > 1 {
			st.Merged++
		}
	}
	return st, nil
}

// view is what the analyst commands read of the store: entities, readouts,
// interactions and roles, found as typed nodes and described by their
// quads (see [reader]).
type view struct {
	kinds        map[quad.IRI]schema.Kind // entities
	names        map[quad.IRI]string
	readouts     map[quad.IRI]*ReadoutRef
	interactions map[quad.IRI]*interaction
	roles        []role
	rolesOf      map[quad.IRI][]*role // by holder

	rolesDone map[quad.IRI]bool    // a partial view's holders whose roles it has all of (timeline.go)
	rolesRead map[[2]quad.IRI]bool // the (holder, role node) pairs a partial view has read
	// anywhere, in a partial view, gives for some holders the states and
	// institutions all their roles are offices of, read from the view
	// index instead of the roles (see [reader.addRolesFor]).
	anywhere map[quad.IRI][]quad.IRI
	offices  map[quad.IRI]*offices // memo of [view.officesOf]; nil after roles change
}

type interaction struct {
	iri          quad.IRI
	typ, day     string
	participants []quad.IRI // sorted
	readouts     []quad.IRI // its accounts' readouts, sorted
}

// role is an office a readout saw an entity hold (ro:role).
type role struct {
	readout, holder, of quad.IRI
	title, office       string
}

// entityClasses maps the classes of entities to their kinds, in the order
// that decides the kind of an entity typed with several.
var entityClasses = []struct {
	class string
	kind  schema.Kind
}{
	{schema.SchemaPerson, schema.Person},
	{schema.SchemaCountry, schema.State},
	{schema.SchemaOrganization, schema.Institution},
	{schema.SchemaPlace, schema.Place},
	{schema.SchemaEvent, schema.EventKind},
}

// entities returns a view holding only the entities.
func (r *reader) entities(ctx context.Context) (*view, error) {
	v := &view{kinds: map[quad.IRI]schema.Kind{}, names: map[quad.IRI]string{}}
	for _, c := range entityClasses {
		ns, err := r.typed(ctx, c.class)
		if err != nil {
			return nil, err
		}
		var es []quad.IRI
		for _, e := range ns {
			if strings.HasPrefix(string(e), schema.IDNS) && v.kinds[e] == "" {
				v.kinds[e] = c.kind
				es = append(es, e)
			}
		}
		names, err := r.pairs(ctx, es, schema.SchemaName, false)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			v.names[e] = first(names[e])
		}
	}
	return v, nil
}

// wholeView returns the view of the whole store: built from the view index
// when it is complete, else read from the quads.
func (s *Store) wholeView(ctx context.Context) (*view, error) {
	f, err := s.readViewFacts(ctx)
	if err != nil {
		return nil, err
	}
	if f == nil {
		return s.reader().view(ctx)
	}
	return (&reader{s: s, facts: f}).view(ctx)
}

// view loads the view of the store.
func (r *reader) view(ctx context.Context) (*view, error) {
	v, err := r.entities(ctx)
	if err != nil {
		return nil, err
	}
	v.readouts = map[quad.IRI]*ReadoutRef{}
	v.interactions = map[quad.IRI]*interaction{}
	v.rolesOf = map[quad.IRI][]*role{}
	props := func(nodes []quad.IRI, preds ...string) (map[string]map[quad.Value][]quad.Value, error) {
		m := map[string]map[quad.Value][]quad.Value{}
		for _, p := range preds {
			if m[p], err = r.pairs(ctx, nodes, p, false); err != nil {
				return nil, err
			}
		}
		return m, nil
	}

	readouts, err := r.typed(ctx, schema.Readout)
	if err != nil {
		return nil, err
	}
	rp, err := props(readouts, schema.DCTitle, schema.DCSource, schema.DCPublisher, schema.DCIssued, schema.MainEvent)
	if err != nil {
		return nil, err
	}
	mainDays, err := r.pairs(ctx, keysOf(rp[schema.MainEvent]), schema.SchemaStartDate, false)
	if err != nil {
		return nil, err
	}
	for _, ro := range readouts {
		ref := &ReadoutRef{IRI: string(ro), Source: first(rp[schema.DCSource][ro]), Title: first(rp[schema.DCTitle][ro]),
			Publisher: first(rp[schema.DCPublisher][ro]), Published: first(rp[schema.DCIssued][ro])}
		if ev := rp[schema.MainEvent][ro]; len(ev) > 0 {
			ref.Date = dayOf(firstValue(mainDays[ev[0]]))
		}
		v.readouts[ro] = ref
	}

	inters, err := r.typed(ctx, schema.InteractionClass)
	if err != nil {
		return nil, err
	}
	ip, err := props(inters, schema.EventTypeTerm, schema.SchemaStartDate, schema.Participant)
	if err != nil {
		return nil, err
	}
	accounts, err := r.pairs(ctx, inters, schema.Interaction, true)
	if err != nil {
		return nil, err
	}
	for _, i := range inters {
		in := &interaction{iri: i, typ: first(ip[schema.EventTypeTerm][i]), day: dayOf(firstValue(ip[schema.SchemaStartDate][i])),
			participants: iris(ip[schema.Participant][i])}
		for _, e := range iris(accounts[i]) {
			if ro := readoutOf(e); ro != "" && v.readouts[ro] != nil && !slices.Contains(in.readouts, ro) {
				in.readouts = append(in.readouts, ro)
			}
		}
		slices.Sort(in.readouts)
		v.interactions[i] = in
	}

	roles, err := r.typed(ctx, schema.RoleClass)
	if err != nil {
		return nil, err
	}
	op, err := props(roles, schema.Of, schema.RoleTitle, schema.Office)
	if err != nil {
		return nil, err
	}
	holders, err := r.pairs(ctx, roles, schema.Role, true)
	if err != nil {
		return nil, err
	}
	for _, ri := range roles {
		if v.readouts[readoutOf(ri)] == nil {
			continue
		}
		for _, h := range iris(holders[ri]) {
			ro := role{readout: readoutOf(ri), holder: h, title: first(op[schema.RoleTitle][ri]), office: first(op[schema.Office][ri])}
			if of := iris(op[schema.Of][ri]); len(of) > 0 {
				ro.of = of[0]
			}
			v.roles = append(v.roles, ro)
		}
	}
	for i := range v.roles {
		ro := &v.roles[i]
		v.rolesOf[ro.holder] = append(v.rolesOf[ro.holder], ro)
	}
	return v, nil
}

// ref returns the EntityRef of e.
func (v *view) ref(e quad.IRI) EntityRef { return entityRef(e, v.names[e], v.kinds[e]) }

// entityRef returns the EntityRef of e, named name (its ID when "") and of
// kind k.
func entityRef(e quad.IRI, name string, k schema.Kind) EntityRef {
	id := strings.TrimPrefix(string(e), schema.IDNS)
	if u, err := url.PathUnescape(id); err == nil {
		id = u
	}
	return EntityRef{ID: id, Name: cmp.Or(name, id), Kind: k}
}

// interaction returns the exported form of in.
func (v *view) interaction(in *interaction) Interaction {
	out := Interaction{IRI: string(in.iri), Type: in.typ, Date: in.day, Participants: []EntityRef{}, Readouts: []ReadoutRef{}}
	for _, p := range in.participants {
		out.Participants = append(out.Participants, v.ref(p))
	}
	slices.SortFunc(out.Participants, func(a, b EntityRef) int { return strings.Compare(a.ID, b.ID) })
	for _, r := range in.readouts {
		out.Readouts = append(out.Readouts, *v.readouts[r])
	}
	slices.SortFunc(out.Readouts, func(a, b ReadoutRef) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.IRI, b.IRI))
	})
	return out
}

// sortedInteractions returns the interactions with at least one readout
// by date, undated last, then IRI.
func (v *view) sortedInteractions() []*interaction {
	var out []*interaction
	for _, in := range v.interactions {
		if len(in.readouts) > 0 {
			out = append(out, in)
		}
	}
	slices.SortFunc(out, func(a, b *interaction) int {
		return cmp.Or(compareDays(a.day, b.day), strings.Compare(string(a.iri), string(b.iri)))
	})
	return out
}

// affiliations returns, for each participant of in, the states and
// institutions it acted for: a person's, those it held an office of in the
// readouts reporting in (else the one its roles in all readouts name); a
// state's or institution's, itself.
func (v *view) affiliations(in *interaction) map[quad.IRI][]quad.IRI {
	out := map[quad.IRI][]quad.IRI{}
	for _, p := range in.participants {
		switch v.kinds[p] {
		case schema.State, schema.Institution:
			out[p] = []quad.IRI{p}
		default:
			out[p] = v.affiliated(p, in.readouts)
		}
	}
	return out
}

// affiliated returns the states and institutions p held an office of in
// the readouts rs, sorted; if none, the one its roles in any readout name.
func (v *view) affiliated(p quad.IRI, rs []quad.IRI) []quad.IRI {
	o := v.officesOf(p)
	var here []quad.IRI
	for _, r := range rs {
		for _, of := range o.in[r] {
			if !slices.Contains(here, of) {
				here = append(here, of)
			}
		}
	}
	if len(here) == 0 && len(o.anywhere) == 1 {
		return o.anywhere
	}
	slices.Sort(here)
	return here
}

// offices is what a holder's roles are offices of: in each readout, and
// in any (distinct, in the order of the roles, unless the view index gave
// them: [view.anywhere]).
type offices struct {
	in       map[quad.IRI][]quad.IRI
	anywhere []quad.IRI
}

// officesOf returns p's offices, gathered from its roles once per view (a
// busy person holds thousands, and affiliated is asked for each of its
// interactions).
func (v *view) officesOf(p quad.IRI) *offices {
	if o := v.offices[p]; o != nil {
		return o
	}
	o := &offices{in: map[quad.IRI][]quad.IRI{}}
	seen := map[quad.IRI]bool{}
	for _, r := range v.rolesOf[p] {
		if r.of == "" {
			continue
		}
		if !slices.Contains(o.in[r.readout], r.of) {
			o.in[r.readout] = append(o.in[r.readout], r.of)
		}
		if !seen[r.of] {
			seen[r.of] = true
			o.anywhere = append(o.anywhere, r.of)
		}
	}
	if a, ok := v.anywhere[p]; ok {
		o.anywhere = a
	}
	if v.offices == nil {
		v.offices = map[quad.IRI]*offices{}
	}
	v.offices[p] = o
	return o
}

// typed returns the path of the nodes of class: the subjects of the
// rdf:type quads into the class IRI.
func (s *Store) typed(class string) *path.Path {
	return path.StartPath(s.qs, quad.IRI(class)).In(quad.IRI(schema.RDFType))
}

// nodes returns the distinct IRIs and strings p yields, sorted. (Other
// values are left out.)
func (s *Store) nodes(ctx context.Context, p *path.Path) ([]quad.IRI, error) {
	rows, err := s.rows(ctx, p.Tag("n"), "n")
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	for _, r := range rows {
		switch v := r[0].(type) {
		case quad.IRI:
			out = append(out, v)
		case quad.String:
			out = append(out, quad.IRI(v))
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// reader reads the store for one analyst call, keeping the quads it read
// of each node: the views read each node's quads once, through the
// store's index on that direction, rather than one Cayley path per
// predicate (a path's Out on bolt scans the quads of the predicate).
type reader struct {
	s     *Store
	quads map[readKey][]quad.Quad
	facts *viewFacts // when set, pairs answers from the view index (viewindex.go)
	lazy  *lazyFacts // when set, pairs answers from the view index, read graph by graph
}

type readKey struct {
	dir  quad.Direction
	node quad.Value
	pred quad.IRI // "": every predicate
}

func (s *Store) reader() *reader { return &reader{s: s, quads: map[readKey][]quad.Quad{}} }

// linked returns the quads with v in direction d.
func (r *reader) linked(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	k := readKey{dir: d, node: v}
	if qs, ok := r.quads[k]; ok {
		return qs, nil
	}
	qs, err := r.s.quadsWith(ctx, d, v)
	if err != nil {
		return nil, err
	}
	r.quads[k] = qs
	return qs, nil
}

// linkedBy returns the quads with v in direction d and predicate pred,
// among those linked read if it has them, else through the index on d and
// the predicate ([Store.quadsWithPred]).
func (r *reader) linkedBy(ctx context.Context, d quad.Direction, v quad.Value, pred quad.IRI) ([]quad.Quad, error) {
	if qs, ok := r.quads[readKey{dir: d, node: v}]; ok {
		return qs, nil // the caller filters on pred
	}
	if !r.s.predIndexed() {
		// Without the indexes, reading the node's quads once serves
		// every predicate asked of it after.
		return r.linked(ctx, d, v)
	}
	k := readKey{dir: d, node: v, pred: pred}
	if qs, ok := r.quads[k]; ok {
		return qs, nil
	}
	qs, err := r.s.quadsWithPred(ctx, d, v, pred)
	if err != nil {
		return nil, err
	}
	r.quads[k] = qs
	return qs, nil
}

// nodes returns the distinct IRIs and strings p yields, sorted. (Other
// values are left out.)
func (r *reader) nodes(ctx context.Context, p *path.Path) ([]quad.IRI, error) {
	return r.s.nodes(ctx, p)
}

// typed returns the nodes of class, sorted: the subjects of the rdf:type
// quads into the class IRI, read through the index on objects. It gives
// what the path [Store.typed] gives, several times faster on bolt.
func (r *reader) typed(ctx context.Context, class string) ([]quad.IRI, error) {
	m, err := r.pairs(ctx, []quad.IRI{quad.IRI(class)}, schema.RDFType, true)
	if err != nil {
		return nil, err
	}
	return iris(m[quad.IRI(class)]), nil
}

// pairs returns, for each of nodes, the objects of its quads with predicate
// pred (with rev, the subjects of the quads into it), sorted and without
// duplicates. Nodes without any are left out.
func (r *reader) pairs(ctx context.Context, nodes []quad.IRI, pred string, rev bool) (map[quad.Value][]quad.Value, error) {
	if r.facts != nil {
		return r.facts.pairs(nodes, pred, rev)
	}
	if r.lazy != nil && pred != schema.RDFType && slices.Contains(viewPredicates, pred) {
		// Other predicates are not in the view index, and rdf:type
		// only for some classes: see typedAs.
		return r.lazy.pairs(ctx, nodes, pred, rev)
	}
	d, other := quad.Subject, quad.Object
	if rev {
		d, other = quad.Object, quad.Subject
	}
	out := map[quad.Value][]quad.Value{}
	for _, n := range nodes {
		qs, err := r.linkedBy(ctx, d, n, quad.IRI(pred))
		if err != nil {
			return nil, err
		}
		// A class node has a quad per instance (100,000 readouts): past a
		// few values, a set keeps the membership test from making this
		// quadratic.
		var seen map[quad.Value]bool
		for _, q := range qs {
			if q.Predicate != quad.IRI(pred) {
				continue
			}
			o, vs := q.Get(other), out[n]
			switch {
			case seen != nil:
				if seen[o] {
					continue
				}
				seen[o] = true
			case len(vs) >= 16:
				seen = make(map[quad.Value]bool, 2*len(vs))
				for _, v := range vs {
					seen[v] = true
				}
				if seen[o] {
					continue
				}
				seen[o] = true
			case slices.Contains(vs, o):
				continue
			}
			out[n] = append(vs, o)
		}
	}
	for _, vs := range out {
		slices.SortFunc(vs, compareValues)
	}
	return out, nil
}

// keysOf returns the IRIs among the values of m, sorted and distinct.
func keysOf(m map[quad.Value][]quad.Value) []quad.IRI {
	var out []quad.IRI
	for _, vs := range m {
		out = append(out, iris(vs)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// entityValues returns the objects of pred of all entities, as strings.
func (r *reader) entityValues(ctx context.Context, pred string) (map[quad.IRI][]string, error) {
	out := map[quad.IRI][]string{}
	for _, c := range entityClasses {
		ns, err := r.typed(ctx, c.class)
		if err != nil {
			return nil, err
		}
		m, err := r.pairs(ctx, ns, pred, false)
		if err != nil {
			return nil, err
		}
		for e, vs := range m {
			iri, ok := e.(quad.IRI)
			if !ok {
				continue
			}
			for _, v := range vs {
				if str, ok := v.(quad.String); ok && !slices.Contains(out[iri], string(str)) {
					out[iri] = append(out[iri], string(str))
				}
			}
		}
	}
	return out, nil
}

// rows runs p and returns, for each of its results, the values of tags
// (nil for a tag the result lacks). Values are looked up in one batch.
func (s *Store) rows(ctx context.Context, p *path.Path, tags ...string) ([][]quad.Value, error) {
	var (
		refRows [][]cgraph.Ref
		index   = map[any]int{}
		refs    []cgraph.Ref
	)
	err := p.Iterate(ctx).TagEach(func(m map[string]cgraph.Ref) error {
		row := make([]cgraph.Ref, len(tags))
		for i, t := range tags {
			r := m[t]
			if r == nil {
				continue
			}
			row[i] = r
			if _, ok := index[r.Key()]; !ok {
				index[r.Key()] = len(refs)
				refs = append(refs, r)
			}
		}
		refRows = append(refRows, row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	vals, err := cgraph.ValuesOf(ctx, s.qs, refs)
	if err != nil {
		return nil, err
	}
	out := make([][]quad.Value, len(refRows))
	for i, row := range refRows {
		out[i] = make([]quad.Value, len(tags))
		for j, r := range row {
			if r != nil {
				out[i][j] = vals[index[r.Key()]]
			}
		}
	}
	return out, nil
}

// compareValues orders quad values by their N-Quads form.
func compareValues(a, b quad.Value) int {
	return strings.Compare(quad.StringOf(a), quad.StringOf(b))
}

// compareDays orders YYYY-MM-DD days, "" (undated) last.
func compareDays(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(a, b)
}

// first returns the text of the first of vs, or "".
func first(vs []quad.Value) string {
	if len(vs) == 0 {
		return ""
	}
	switch v := vs[0].(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	}
	return quad.StringOf(vs[0])
}

func firstValue(vs []quad.Value) quad.Value {
	if len(vs) == 0 {
		return nil
	}
	return vs[0]
}

// iris returns the IRIs among vs.
func iris(vs []quad.Value) []quad.IRI {
	var out []quad.IRI
	for _, v := range vs {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	return out
}

// integerOf returns the integer value of the first of vs, or 0.
func integerOf(vs []quad.Value) int {
	n, _ := strconv.Atoi(first(vs))
	return n
}

// overlaps reports whether a and b have an element in common.
func overlaps(a, b []quad.IRI) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
