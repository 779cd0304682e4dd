package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/schema"
)

// mkind is what a mention refers to.
type mkind uint8

const (
	mState  mkind = iota // a state by name, alias, demonym or capital
	mInst                // an institution
	mPlace               // a region, sea, territory: blocks state matches
	mPerson              // a person by name
	mTitle               // a person by title only ("the Secretary")
	mPron                // a person by pronoun
)

// mention is a span of tokens [I, J) that refers to an entity.
type mention struct {
	I, J int
	Kind mkind
	E    *ent
	How  string    // resolved_by: table, alias, name, title, title-on-date, coreference, pattern
	Sub  entryKind // states: eState, eDemonym or eCapital
	Role *roleSpan // persons: the title group attached to the name, if any
}

// ent is an entity of the readout under construction.
type ent struct {
	Kind    schema.Kind
	ID      string
	Name    string
	ISO3    string
	QID     string
	Acronym string
	PartOf  string
	Holder  int      // index into gazetteer holders, -1 if not a known office-holder
	Offices []string // canonical office keys ("foreign_minister")
	Titles  []string // titles as written ("Secretary of State")
	Of      *ent     // the state or institution the person serves
	OfTitle bool     // Of is only what a title alone implies ("Foreign Secretary": the UK's)
	Female  bool     // a woman: named "Mrs.", "Madam", or "she" and "her" refer to the person
	Male    bool     // a man: named "Mr.", "Sir", or "he", "him" and "his" refer to the person
	Ms      []*mention
	Aliases []string
	Part    bool // participant of the main event
	order   int  // creation order
}

// roleSpan is a title group: an office title with its state or institution,
// "U.S. Secretary of State", "President of the Republic of Azerbaijan",
// "NATO Secretary General", "the head of state".
type roleSpan struct {
	I, J   int    // tokens of the whole group
	Title  string // the title as written, e.g. "Minister of Foreign Affairs"
	Office string // canonical office key, "" when unknown
	Of     *ent   // state or institution named in the group, nil if none
	OfKey  string // fixed body of the title (titles.tsv "of"), e.g. "USA"
	Used   bool   // attached to a name
}

// addMention records m, indexing its tokens.
func (a *analysis) addMention(m *mention) {
	for k := m.I; k < m.J && k < len(a.at); k++ {
		if a.mAt(k) == nil {
			a.at[k] = m
		}
	}
	a.ms = append(a.ms, m)
	if m.E != nil {
		m.E.Ms = append(m.E.Ms, m)
	}
}

// entity returns the entity with id, creating it with kind and name.
func (a *analysis) entity(id string, kind schema.Kind, name string) *ent {
	if e := a.byID[id]; e != nil {
		return e
	}
	e := &ent{ID: id, Kind: kind, Name: name, Holder: -1, order: len(a.ents)}
	a.ents = append(a.ents, e)
	a.byID[id] = e
	return e
}

func (a *analysis) stateEnt(ref int) *ent {
	s := a.g.states[ref]
	e := a.entity(schema.StateID(s.ISO3), schema.State, s.Name)
	e.ISO3, e.QID = s.ISO3, s.QID
	return e
}

func (a *analysis) instEnt(ref int) *ent {
	r := a.g.insts[ref]
	key := r.Key
	if key == "" {
		key = r.Name
	}
	e := a.entity(schema.InstitutionID(key), schema.Institution, r.Name)
	e.QID, e.Acronym = r.QID, r.Acronym
	if p, ok := a.g.instKey[r.PartOf]; ok && r.PartOf != "" {
		e.PartOf = schema.InstitutionID(a.g.insts[p].Key)
	}
	return e
}

// holderEnt returns the person entity of office-holder h.
func (a *analysis) holderEnt(h int) *ent {
	hr := a.g.holders[h]
	e := a.entity(schema.PersonID(hr.Name), schema.Person, hr.Name)
	e.QID = hr.QID
	if e.Holder < 0 {
		e.Holder = h
	}
	return e
}

// scanGazetteer finds the table phrases of the text: states, institutions,
// places, known persons and titles.
func (a *analysis) scanGazetteer() {
	toks := a.toks
	for i := 0; i < len(toks); {
		m, ok := a.g.lookup(toks, i)
		if !ok {
			i++
			continue
		}
		a.takeMatch(m)
		i = m.J
	}
	for _, m := range a.sharedInsts {
		a.takeSharedInst(m)
	}
}

// sharedInst reports whether the institution phrase of m is a name that
// bodies of two states or more bear ("Bundesrat": Germany's, Austria's
// and Switzerland's).
func (a *analysis) sharedInst(m match) bool {
	first := ""
	for _, e := range m.Entries {
		if e.Kind != eInst && e.Kind != eAcronym {
			continue
		}
		switch st := a.g.insts[e.Ref].State; {
		case st == "":
		case first == "":
			first = st
		case st != first:
			return true
		}
	}
	return false
}

// instOfState returns the body of the shared name of m that belongs to the
// state iso3, or -1.
func (a *analysis) instOfState(m match, iso3 string) int {
	for _, e := range m.Entries {
		if (e.Kind == eInst || e.Kind == eAcronym) && iso3 != "" && a.g.insts[e.Ref].State == iso3 {
			return e.Ref
		}
	}
	return -1
}

// takeSharedInst resolves a name that bodies of several states bear, once
// the text's states are known: the body of the publisher's state, else of
// the state named right before it ("Austria's Bundesrat"), else of the
// only one of those states the text names, by name or through an
// office-holder of the tables ("Chancellor Friedrich Merz"). Else it does
// not guess: the name makes no institution.
func (a *analysis) takeSharedInst(m match) {
	ref := a.instOfState(m, a.pubOf)
	if p := m.I - 1; ref < 0 && p >= 0 && a.toks[p].Kind == tokPoss {
		p--
		if sm := a.mAt(p); sm != nil && sm.Kind == mState && sm.E != nil {
			ref = a.instOfState(m, sm.E.ISO3)
		}
	}
	if ref < 0 {
		found := 0
		for _, x := range a.ms {
			iso3 := ""
			switch {
			case x.Kind == mState && x.E != nil:
				iso3 = x.E.ISO3
			case x.Kind == mPerson && x.E != nil && x.E.Holder >= 0:
				iso3 = a.g.holders[x.E.Holder].Of
			}
			if r := a.instOfState(m, iso3); r >= 0 && r != ref {
				ref = r
				found++
			}
		}
		if found != 1 {
			ref = -1
		}
	}
	if ref < 0 {
		a.addMention(&mention{I: m.I, J: m.J, Kind: mPlace, How: "table"})
		return
	}
	a.addMention(&mention{I: m.I, J: m.J, Kind: mInst, E: a.instEnt(ref), How: "table"})
	a.statesInside(m.I, m.J, a.g.insts[ref].State)
}

// takeMatch turns one trie match into a mention or title group.
func (a *analysis) takeMatch(m match) {
	best := m.Entries[0]
	for _, e := range m.Entries[1:] {
		if entryRank[e.Kind] < entryRank[best.Kind] {
			best = e
		}
	}
	switch best.Kind {
	case ePlace:
		a.addMention(&mention{I: m.I, J: m.J, Kind: mPlace, How: "table"})
	case eState, eDemonym, eCapital:
		if !a.countsAsState(m.I, m.J, best.Kind) {
			a.addMention(&mention{I: m.I, J: m.J, Kind: mPlace, How: "table"})
			return
		}
		e := a.stateEnt(best.Ref)
		a.addMention(&mention{I: m.I, J: m.J, Kind: mState, E: e, How: howOf(best.Kind), Sub: best.Kind})
	case eInst, eAcronym:
		if a.inPortfolio(m.I, m.J) {
			return // "Foreign, Commonwealth and Development Office"
		}
		if a.insideCOP(m.I) || m.I < a.body || a.namesTreaty(m.J) {
			a.addMention(&mention{I: m.I, J: m.J, Kind: mPlace, How: "table"})
			return
		}
		if a.otherBodysOrgan(m) {
			// "the General Assembly of the OAS", "the National
			// Congress": another body's organ, left to the names of the
			// text
			return
		}
		if a.sharedInst(m) {
			// "Bundesrat": whose, the text's states tell (takeSharedInst)
			a.sharedInsts = append(a.sharedInsts, m)
			return
		}
		e := a.instEnt(best.Ref)
		a.addMention(&mention{I: m.I, J: m.J, Kind: mInst, E: e, How: howOf(best.Kind)})
		a.statesInside(m.I, m.J, a.g.insts[best.Ref].State)
	case ePerson:
		if p := m.I - 1; p > 0 && patronymic[a.toks[p].Fold] && a.toks[p-1].Cap && a.toks[p-1].Kind == tokWord && a.toks[p].Sent == a.toks[m.I].Sent {
			// "Sheikh Khaled bin Mohamed bin Zayed Al Nahyan": the
			// father's name inside the son's, left to the name run
			return
		}
		if a.otherSurnameAfter(m) {
			// "Philippe Lazzarini" is not King Philippe: a one-word name
			// of the tables followed by a surname none of its holders
			// has names someone else, left to the names of the text.
			return
		}
		if a.venueAfter(m.J) {
			// "King Khalid International Airport", "Sultan Qaboos Grand
			// Mosque": a place named after someone, whose title is no
			// one's here
			a.addMention(&mention{I: m.I, J: m.J, Kind: mPlace, How: "table"})
			for q := m.I - 1; q >= 0 && a.inTitle[q]; q-- {
				a.inTitle[q], a.titleAt[q] = false, nil
			}
			return
		}
		e := a.pickHolder(m)
		a.addMention(&mention{I: m.I, J: m.J, Kind: mPerson, E: e, How: "table"})
	case eTitle:
		t := a.g.titles[best.Ref]
		r := &roleSpan{I: m.I, J: m.J, Title: a.span(m.I, m.J), Office: t.Office, OfKey: t.Of}
		a.titleAt[m.I] = r
		for k := m.I; k < m.J; k++ {
			a.inTitle[k] = true
		}
		// "European Council President", "NATO Secretary General": the body
		// named inside the title is mentioned too, and is the one served
		if e := a.instInside(m.I, m.J); e != nil {
			r.Of = e
		}
	}
}

// otherBodysOrgan reports whether m, a body's name of generic words only
// ("General Assembly", "Congress"), names an organ of another body or
// state: one named after it with "of" ("the General Assembly of the
// Organization of American States", "the Congress of Peru") or a
// capitalised word before it ("the National Congress", "the OAS General
// Assembly").
func (a *analysis) otherBodysOrgan(m match) bool {
	toks := a.toks
	for k := m.I; k < m.J; k++ {
		if t := toks[k]; t.Kind != tokWord || !instHeads[t.Fold] && !genericEventWords[t.Fold] {
			return false
		}
	}
	if k := m.J; k+1 < len(toks) && toks[k].Fold == "of" && toks[k].Sent == toks[m.I].Sent {
		k++
		if toks[k].Fold == "the" && k+1 < len(toks) {
			k++
		}
		// (not the body it is an organ of, or itself: "the General
		// Assembly of the UN")
		if o, ok := a.g.lookup(toks, k); ok && slices.ContainsFunc(o.Entries, func(e entry) bool {
			return e.Kind == eState || (e.Kind == eInst || e.Kind == eAcronym) && !a.organOf(m, e.Ref)
		}) {
			return true
		}
	}
	p := m.I - 1
	if p <= a.sentStart[toks[m.I].Sent] || toks[p].Kind != tokWord || !toks[p].Cap || toks[p].Sent != toks[m.I].Sent {
		return false
	}
	if n, _ := ordinalAt(toks, p); n > 0 {
		return false // "the Seventy-Ninth General Assembly"
	}
	// (not the body's own state or body: "the American Congress", "the
	// UN's General Assembly")
	if pm := a.mAt(p); pm != nil && pm.E != nil {
		for _, e := range m.Entries {
			if (e.Kind == eInst || e.Kind == eAcronym) && pm.E.ISO3 != "" && pm.E.ISO3 == a.g.insts[e.Ref].State {
				return false
			}
		}
		if ref, ok := a.g.instKey[strings.TrimPrefix(pm.E.ID, "institution/")]; ok && pm.Kind == mInst && a.organOf(m, ref) {
			return false
		}
	}
	return true
}

// organOf reports whether the table's body ref is one that the bodies of m
// are, or are part of.
func (a *analysis) organOf(m match, ref int) bool {
	r := a.g.insts[ref]
	for _, e := range m.Entries {
		if e.Kind != eInst && e.Kind != eAcronym {
			continue
		}
		if e.Ref == ref || r.Key != "" && a.g.insts[e.Ref].PartOf == r.Key {
			return true
		}
	}
	return false
}

// treatyNouns end a treaty's name after the body that made it ("the UN
// Convention on the Law of the Sea", "the ILO Protocol").
var treatyNouns = map[string]bool{"convention": true, "covenant": true, "treaty": true, "protocol": true}

// namesTreaty reports whether a treaty noun follows a body's name ending
// at token j, so that the body names the treaty, not a party to the
// readout: "the 1982 UN Convention on the Law of the Sea". A treaty's
// organization ("Collective Security Treaty Organization") is a body.
func (a *analysis) namesTreaty(j int) bool {
	toks := a.toks
	if j >= len(toks) || !toks[j].Cap || !treatyNouns[toks[j].Fold] || toks[j].Sent != toks[j-1].Sent || toks[j].Start != toks[j-1].End+1 {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].Fold != "organization" && toks[j+1].Fold != "organisation"
}

// inPortfolio reports whether the one-word body's name toks[i:j] is a
// word of a ministry's or minister's portfolio: "the Foreign, Commonwealth
// and Development Office", "Secretary of State for Foreign, Commonwealth
// and Development Affairs". Capitalised words, commas and "and" lead from
// it to "Affairs" or "Office" within four words.
func (a *analysis) inPortfolio(i, j int) bool {
	toks := a.toks
	if j-i != 1 {
		return false
	}
	for k := j; k < len(toks) && k < j+4 && toks[k].Sent == toks[i].Sent; k++ {
		t := toks[k]
		switch {
		case t.Kind == tokWord && t.Cap && (t.Fold == "affairs" || t.Fold == "office"):
			return k > j
		case t.Kind == tokWord && (t.Cap || t.Fold == "and"), t.Text == "&", t.Text == ",":
		default:
			return false
		}
	}
	return false
}

// venueAfter reports whether the capitalised words from token k (at most
// three) end in a place noun: the name before them names a place.
func (a *analysis) venueAfter(k int) bool {
	toks := a.toks
	for n := k; n < len(toks) && n < k+3 && toks[n].Kind == tokWord && toks[n].Cap && toks[n].Sent == toks[max(k-1, 0)].Sent; n++ {
		if placeNouns[toks[n].Fold] {
			return true
		}
	}
	return false
}

// otherSurnameAfter reports whether the one-word person name m is followed
// by a capitalised word that looks like a surname and belongs to none of
// the names of the holders m can be.
func (a *analysis) otherSurnameAfter(m match) bool {
	k := m.J
	if m.J-m.I != 1 || k >= len(a.toks) {
		return false
	}
	t := a.toks[k]
	if t.Sent != a.toks[m.I].Sent || t.Kind != tokWord || !t.Cap || t.Upper || t.Start != a.toks[m.I].End+1 ||
		notNameWords[t.Fold] || postNominals[t.Fold] || instHeads[t.Fold] || placeNouns[t.Fold] || a.headlineVerb(t.Fold) {
		return false
	}
	if _, ok := a.g.lookup(a.toks, k); ok {
		return false // "Lula Brazil", a title, a state
	}
	for _, e := range m.Entries {
		if e.Kind != ePerson {
			continue
		}
		if slices.Contains(a.g.holders[e.Ref].Tokens, t.Fold) {
			return false
		}
	}
	return true
}

// geoBefore and geoAfter are the capitalised nouns that make a state's
// name part of a geographic feature's: "Lake Chad", "the Gulf of Guinea",
// "the Congo Basin", "the Niger Delta".
var (
	geoBefore   = map[string]bool{"lake": true, "mount": true}
	geoBeforeOf = map[string]bool{"gulf": true, "bay": true, "sea": true, "lake": true}
	geoAfter    = map[string]bool{"basin": true, "river": true, "delta": true, "valley": true, "lake": true}
)

// inGeoName reports whether the state's name toks[i:j] is part of a
// geographic feature's name ("the Lake Chad Basin", "the Gulf of Guinea",
// "the Congo River"): a region or water, not the state (README: regions
// and seas do not count).
func (a *analysis) inGeoName(i, j int) bool {
	toks := a.toks
	if i > 0 && toks[i-1].Cap && geoBefore[toks[i-1].Fold] {
		return true
	}
	if i > 1 && toks[i-1].Fold == "of" && toks[i-2].Cap && geoBeforeOf[toks[i-2].Fold] {
		return true
	}
	return j < len(toks) && toks[j].Cap && toks[j].Kind == tokWord && geoAfter[toks[j].Fold] && toks[j].Sent == toks[i].Sent
}

// entryRank orders the kinds a phrase can have: the lower wins.
var entryRank = map[entryKind]int{ePlace: 0, eInst: 1, eAcronym: 2, eState: 3, ePerson: 4, eDemonym: 5, eCapital: 6, eTitle: 7}

func howOf(k entryKind) string {
	switch k {
	case eState, eInst:
		return "table"
	case eDemonym:
		return "demonym"
	case eCapital:
		return "capital"
	case eAcronym:
		return "acronym"
	}
	return "alias"
}

// pickHolder chooses among the office-holders a name phrase can mean the one
// in office on the readout's date, else the most recent.
func (a *analysis) pickHolder(m match) *ent {
	best := -1
	for _, e := range m.Entries {
		if e.Kind != ePerson {
			continue
		}
		h := a.g.holders[e.Ref]
		if best < 0 || (h.heldOn(a.ref) && !a.g.holders[best].heldOn(a.ref)) {
			best = e.Ref
		}
	}
	return a.holderEnt(best)
}

// regionDemonymPrefix make a demonym after them a region's ("Latin
// American", "Central Asian", "West African").
var regionDemonymPrefix = map[string]bool{
	"latin": true, "south": true, "north": true, "central": true, "east": true, "west": true,
	"southeast": true, "pan": true, "ibero": true, "afro": true, "sub-saharan": true,
}

// countsAsState applies the rules that keep venues out of the state list: a
// capital preceded by a locative preposition ("in Baku"), opening a dateline
// ("Brussels, 10 July 2025"), or joined into a route ("Baku-Tbilisi-Kars");
// and currencies ("US dollars", "US$").
func (a *analysis) countsAsState(i, j int, k entryKind) bool {
	toks := a.toks
	// "4 billion US dollars", "Chinese yuan": a currency, not the state
	if (k == eState || k == eDemonym) && j < len(toks) && currencies[toks[j].Fold] {
		return false
	}
	// "US$ 5.3 billion": a dollar sign joined to the name
	if k == eState && j < len(toks) && toks[j].Text == "$" && toks[j].Start == toks[j-1].End {
		return false
	}
	// "Latin American", "South American": a region's people, not the
	// United States'
	if k == eDemonym && i > 0 && regionDemonymPrefix[toks[i-1].Fold] && toks[i-1].Cap {
		return false
	}
	// "the Organization of American States", "the Inter-American
	// Development Bank": the states of a continent, not one
	if k == eDemonym && j < len(toks) && toks[j].Fold == "states" && toks[j].Cap {
		return false
	}
	// "Inter-American", "Ibero-American", "Pan-American": a prefix joined
	// by a hyphen makes the demonym a region's too
	if k == eDemonym && i > 1 && toks[i-1].Text == "-" && toks[i-1].End == toks[i].Start && toks[i-2].End == toks[i-1].Start &&
		(toks[i-2].Fold == "inter" || regionDemonymPrefix[toks[i-2].Fold]) {
		return false
	}
	// "the Greek Cypriot side", "Turkish Cypriots": a community of the
	// state the demonym after it names, not the first demonym's state
	if k == eDemonym && j < len(toks) && toks[j].Cap && toks[j].Sent == toks[i].Sent && toks[j].Start == toks[j-1].End+1 {
		if n, ok := a.g.lookup(toks, j); ok && n.J == j+1 && slices.ContainsFunc(n.Entries, func(e entry) bool { return e.Kind == eDemonym }) {
			return false
		}
	}
	if k == eState && a.inGeoName(i, j) {
		return false
	}
	if k != eCapital {
		return true
	}
	// "East Jerusalem", "West Berlin": a part of the city, not the
	// government seated in it
	if i > 0 && compassParts[toks[i-1].Fold] && toks[i-1].Cap && toks[i-1].End+1 == toks[i].Start {
		return false
	}
	if i > 0 {
		// "in The Hague"; "in Brussels and The Hague": the second venue
		// of a list after a locative
		p := i - 1
		if p > 0 && toks[p].Fold == "the" && toks[p].Cap {
			p--
		}
		if p > 0 && (toks[p].Fold == "and" || toks[p].Fold == "or") {
			if m := a.mAt(p - 1); m != nil && m.Kind == mPlace && m.J == p {
				return false
			}
		}
		switch toks[p].Fold {
		case "in", "at", "to", "from", "near", "via", "visiting", "visit", "through", "outside", "around", "across", "toward", "towards", "into":
			return false
		}
		if toks[i-1].Text == "-" && toks[i-1].Start == toks[i].Start-1 {
			return false
		}
	}
	if j < len(toks) && toks[j].Text == "-" && j+1 < len(toks) && toks[j+1].Cap && toks[j].End == toks[j+1].Start {
		return false
	}
	// "the Luanda and Nairobi processes", "the Minsk agreements", "the
	// Astana format": a capital naming a process, not a government
	n := j
	if n+1 < len(toks) && toks[n].Fold == "and" && toks[n+1].Cap {
		n += 2
		for n < len(toks) && toks[n].Cap && n < j+4 {
			n++
		}
	}
	if n+1 < len(toks) && toks[n].Fold == "final" && toks[n].Cap {
		n++ // "the Helsinki Final Act"
	}
	if n < len(toks) && capitalModified[toks[n].Fold] {
		return false
	}
	// dateline: the capital opens a line and a date or a line break follows
	if i == 0 || toks[i].NL > 0 {
		if j >= len(toks) || toks[j].NL > 0 || toks[j].Text == "," || toks[j].Kind == tokNum {
			return false
		}
		// "JAKARTA – Secretary-General ...": a dash after the place;
		// "Addis Ababa: Head of State ... holds talks", a colon
		if t := toks[j].Text; t == "–" || t == "—" || t == ":" || t == "-" && (j+1 >= len(toks) || toks[j+1].Start > toks[j].End) {
			return false
		}
	}
	// dateline: the capital ends a line, after a separator, with a number
	// (the date) before it on the line: "Wednesday, 25 June 2025 | The Hague"
	if i > 0 && (j >= len(toks) || toks[j].NL > 0) && datelineSeparators[toks[i-1].Text] {
		for q := i - 1; q >= 0; q-- {
			if toks[q].Kind == tokNum {
				return false
			}
			if toks[q].NL > 0 {
				break
			}
		}
	}
	return true
}

// compassParts name the part of a city a capital's name after them
// makes: "East Jerusalem".
var compassParts = map[string]bool{"east": true, "west": true, "north": true, "south": true}

// datelineSeparators stand between a date and a place in a dateline.
var datelineSeparators = map[string]bool{"|": true, "–": true, "—": true, "-": true, ",": true, "•": true, "·": true, "/": true}

// currencies are the nouns a state's name or demonym before them makes a
// currency.
var currencies = map[string]bool{
	"dollar": true, "dollars": true, "cents": true, "yuan": true, "renminbi": true, "ruble": true,
	"rubles": true, "rouble": true, "roubles": true, "rupee": true, "rupees": true, "yen": true,
	"won": true, "lira": true, "dinar": true, "dinars": true, "riyal": true, "riyals": true,
	"dirham": true, "dirhams": true, "peso": true, "pesos": true, "tenge": true, "manat": true,
	"ringgit": true, "rupiah": true, "rand": true, "franc": true, "francs": true,
}

// capitalModified are nouns a capital names as a place of origin: "the
// Minsk agreements", "the Luanda process", "the Astana format".
var capitalModified = map[string]bool{
	"process": true, "processes": true, "format": true, "formats": true, "agreement": true,
	"agreements": true, "accords": true, "accord": true, "protocol": true, "protocols": true,
	"declaration": true, "communique": true, "talks": true, "group": true, "principles": true,
	"peace": true, "track": true, "framework": true, "initiative": true,
	// treaties and documents: "the Vienna Convention on Diplomatic
	// Relations", "the Budapest Memorandum", "the Rome Statute", "the
	// Helsinki Final Act", "the Washington Treaty", "the Vienna Document"
	"convention": true, "conventions": true, "memorandum": true, "statute": true, "treaty": true,
	"act": true, "charter": true, "document": true, "consensus": true, "roadmap": true,
}

// insideCOP reports whether token i follows "Conference of the Parties to
// (the)": the convention named there is part of the COP's name.
func (a *analysis) insideCOP(i int) bool {
	k := i - 1
	if k >= 0 && a.toks[k].Fold == "the" {
		k--
	}
	return k >= 2 && a.toks[k].Fold == "to" && a.toks[k-1].Fold == "parties"
}

// statesInside records the states named inside an institution's name
// ("Working Mechanism ... on India-China Border Affairs"), at its start
// too ("the Israeli Knesset"). A state named inside the name of a body of
// the state iso3 (when not "") is that state: "Korean" in "Korean Central
// News Agency" is North Korea's.
func (a *analysis) statesInside(i, j int, iso3 string) {
	for k := i; k < j; k++ {
		m, ok := a.g.lookup(a.toks[:j], k)
		if ok && k == i && m.J == j && j-i > 1 {
			// the whole name is the body's; a state's may open it: "the
			// Israeli Knesset", "the Russia-Africa Summit"
			m, ok = a.g.lookup(a.toks[:j-1], k)
		}
		if !ok || (k == i && m.J == j) {
			continue
		}
		for _, e := range m.Entries {
			if (e.Kind == eState || e.Kind == eDemonym) && a.countsAsState(m.I, m.J, e.Kind) {
				st := a.stateEnt(e.Ref)
				if ref := a.g.stateRef(iso3); ref >= 0 {
					st = a.stateEnt(ref)
				}
				mm := &mention{I: m.I, J: m.J, Kind: mState, E: st, How: howOf(e.Kind), Sub: e.Kind}
				a.ms = append(a.ms, mm)
				st.Ms = append(st.Ms, mm)
				k = m.J - 1
				break
			}
		}
	}
}

func (a *analysis) span(i, j int) string {
	if i >= j {
		return ""
	}
	return a.text[a.toks[i].Start:a.toks[j-1].End]
}

// instHeads are head nouns that make a capitalised phrase an institution
// when it is not in the table: "the Supreme Interstate Council"; the heads
// of bodies named in other languages ([foreignHeads]) with them.
var instHeads = func() map[string]bool {
	m := map[string]bool{
		"council": true, "forum": true, "summit": true, "organization": true, "organisation": true,
		"union": true, "agency": true, "commission": true, "committee": true, "institute": true,
		"school": true, "mechanism": true, "dialogue": true, "group": true, "bank": true, "fund": true,
		"court": true, "assembly": true, "parliament": true, "conference": true, "coalition": true,
		"alliance": true, "association": true, "community": true, "secretariat": true, "board": true,
		"academy": true, "university": true, "centre": true, "center": true, "foundation": true,
		"congress": true, "senate": true, "party": true, "tribunal": true, "consortium": true,
		"platform": true, "format": true, "expo": true, "olympics": true, "games": true,
		"mission": true, "retreat": true, "force": true, "league": true, "army": true, "entity": true,
		"triangle": true, "department": true, "cabinet": true, "chancellery": true, "forces": true,
		"authority": true, "navy": true, "chamber": true,
		// plural heads of one body's name: "the Africa Centres for Disease
		// Control and Prevention", "the National Institutes of Health"
		"centres": true, "centers": true, "institutes": true,
	}
	for h := range foreignHeads {
		m[h] = true
	}
	return m
}()

// foreignHeads open a body's name in another language, where particles
// ([nameParticle]) join its words: "Institut Pasteur de Dakar", "Banco
// de la Nación". They are [instHeads] too.
var foreignHeads = map[string]bool{
	"institut": true, "instituto": true, "istituto": true, "banco": true, "banque": true,
	"université": true, "universidad": true, "universidade": true, "università": true,
}

// documentAppositive reports whether the name ending before toks[j] is
// followed by an appositive that says it is a document or a scheme: ", a
// treaty", ", an agreement", ", the landmark accord", ", a new rail
// project". Up to three lower-case words may stand before the noun.
func (a *analysis) documentAppositive(j int) bool {
	toks := a.toks
	if j+2 >= len(toks) || toks[j].Text != "," || toks[j].Sent != toks[j-1].Sent {
		return false
	}
	if f := toks[j+1].Fold; f != "a" && f != "an" && f != "the" {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+5 && toks[k].Kind == tokWord && !toks[k].Cap; k++ {
		if documentNouns[toks[k].Fold] {
			return true
		}
	}
	return false
}

// documentNamed reports whether toks[i:j] is, or ends, the name of a
// document: a capitalised run that an appositive calls one somewhere in the
// text ("the Falepili Union, a treaty ... the Falepili Union reflected").
func (a *analysis) documentNamed(i, j int) bool {
	if a.docNames == nil {
		a.docNames = []string{}
		for k := 1; k < len(a.toks); k++ {
			if !a.documentAppositive(k) {
				continue
			}
			h := k
			for h > 0 && a.toks[h-1].Kind == tokWord && a.toks[h-1].Cap && a.toks[h-1].Sent == a.toks[k].Sent {
				h--
			}
			if h < k {
				a.docNames = append(a.docNames, foldedWords(a.toks[h:k]))
			}
		}
	}
	if len(a.docNames) == 0 {
		return false // the usual case, without building a key
	}
	name := foldedWords(a.toks[i:j])
	for _, d := range a.docNames {
		if d == name || strings.HasSuffix(d, " "+name) || strings.HasSuffix(name, " "+d) {
			return true
		}
	}
	return false
}

// foldedWords joins the folded words of toks with single spaces.
func foldedWords(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Kind != tokWord {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Fold)
	}
	return b.String()
}

// documentNouns name documents and schemes, never bodies, in an appositive.
var documentNouns = map[string]bool{
	"treaty": true, "agreement": true, "accord": true, "pact": true, "convention": true,
	"protocol": true, "memorandum": true, "declaration": true, "charter": true, "compact": true,
	"deal": true, "arrangement": true, "plan": true, "initiative": true, "programme": true,
	"program": true, "project": true, "scheme": true, "strategy": true, "corridor": true,
	"framework": true, "roadmap": true,
}

// venueCentres are the words before "Centre" that make it a venue for
// events rather than a body.
var venueCentres = map[string]bool{
	"convention": true, "conference": true, "exhibition": true, "congress": true, "expo": true,
	"events": true, "event": true, "trade": true, "press": true, "media": true, "shopping": true,
}

// lowerInstHeads may close a capitalised name in lower case: "the
// Multinational Security Support mission".
var lowerInstHeads = map[string]bool{"mission": true, "forum": true, "mechanism": true, "commission": true}

// notInstHeads end phrases that name plans, treaties and routes, never bodies.
var notInstHeads = map[string]bool{
	// venues: "Parliament House", "the Congress Palace", "the Presidential Complex"
	"house": true, "palace": true, "mansion": true, "residence": true, "complex": true, "building": true,
	"hall": true, "villa": true,
	"initiative": true, "agreement": true, "corridor": true, "plan": true, "facility": true,
	"route": true, "declaration": true, "treaty": true, "act": true, "partnership": true,
	"strategy": true, "programme": true, "program": true, "project": true, "charter": true,
	"convention": true, "accord": true, "accords": true, "protocol": true, "memorandum": true,
	"resolution": true, "resolutions": true, "framework": true, "war": true, "day": true,
	"statement": true, "communique": true, "process": true, "doctrine": true, "policy": true,
	"vision": true, "agenda": true, "roadmap": true,
}

// genericEventWords may follow a known institution's name without making a
// new institution: "G7 Summit", "Quad Leaders' Summit", "ASEAN-related
// Foreign Ministers' Meetings"; a meeting's name made of them alone names
// no body ("the Leaders' Summit", "the Joint Press Conference").
var genericEventWords = map[string]bool{
	"summit": true, "summits": true, "leaders": true, "leaders'": true, "meeting": true, "meetings": true,
	"foreign": true, "ministers": true, "ministerial": true, "session": true, "presidency": true,
	"chairmanship": true, "related": true, "conference": true, "plus": true, "member": true,
	"members": true, "states": true, "secretary": true, "general": true, "heads": true, "state": true,
	"government": true, "defence": true, "defense": true, "annual": true, "informal": true,
	"extraordinary": true, "special": true, "high": true, "level": true, "week": true, "mission": true,
	"allies": true, "ally": true, "council": true, "partners": true, "countries": true,
	// a meeting with the press is no body: "the Joint Press Conference"
	"joint": true, "press": true, "news": true, "media": true,
}

// scanInstitutions recognises capitalised phrases headed by an institution
// noun that the table does not know.
func (a *analysis) scanInstitutions() {
	toks := a.toks
	for i := a.body; i < len(toks); {
		if k := a.quotedFormat(i); k > 0 {
			i = k
			continue
		}
		if !toks[i].Cap || toks[i].Kind != tokWord || calendarWord(toks[i].Fold) {
			// a month or weekday opens no name: "in June for the Summit
			// for a New Global Financing Pact"
			i++
			continue
		}
		if i > 1 && toks[i-1].Text == "-" && toks[i-1].End == toks[i].Start && toks[i-2].End == toks[i-1].Start && a.inT(i-2) {
			// the end of a hyphenated title opens no name: "briefed the
			// Secretary-General on the African Union's theme"
			i++
			continue
		}
		if n, k := a.copAt(i); n > 0 && a.mAt(i) == nil {
			// a conference of the parties the tables lack: "COP16"
			name := "COP" + strconv.Itoa(n)
			e := a.entity(schema.InstitutionID(name), schema.Institution, name)
			a.addMention(&mention{I: i, J: k, Kind: mInst, E: e, How: "pattern"})
			i = k
			continue
		}
		if name, k := a.codeAt(i); name != "" && a.mAt(i) == nil && a.codeDefined(name, i) {
			// a meeting the text names by a code it spells out once:
			// "the 14th Ministerial Conference (MC14) ... MC14 must show"
			e := a.entity(schema.InstitutionID(name), schema.Institution, name)
			if m := a.mAt(i - 2); i > 1 && toks[i-1].Text == "(" && m != nil && m.Kind == mInst && m.J == i-1 &&
				m.How == "pattern" && len(m.E.Ms) == 1 {
				// the name it spells out, a body of its own till now:
				// "the Third Ocean Summit (OS3)" is OS3
				a.removeMention(m)
				a.addMention(&mention{I: m.I, J: m.J, Kind: mInst, E: e, How: "pattern"})
			}
			a.addMention(&mention{I: i, J: k, Kind: mInst, E: e, How: "pattern"})
			i = k
			continue
		}
		j := a.capRun(i)
		if a.bilateral(i, j) || a.unknownInst(i, j) {
			i = j
			continue
		}
		i++
	}
}

// formatHeads are the capitalised nouns after a quoted name that make it
// a diplomatic format: the "Central Asia plus Japan" Dialogue.
var formatHeads = map[string]bool{"dialogue": true, "forum": true, "format": true, "process": true, "platform": true, "initiative": true}

// quotedFormat records a body named by a quotation and one of
// formatHeads ("the \"Central Asia plus Japan\" Dialogue": the Central
// Asia plus Japan Dialogue) at the opening quotation mark i and returns
// the token after the head; else 0.
func (a *analysis) quotedFormat(i int) int {
	toks := a.toks
	if t := toks[i].Text; t != "\"" && t != "“" || i+1 >= len(toks) || !toks[i+1].Cap || a.mAt(i+1) != nil && a.mAt(i+1).Kind == mPerson {
		return 0
	}
	for k := i + 2; k+1 < len(toks) && k <= i+8 && toks[k].Sent == toks[i].Sent; k++ {
		if t := toks[k].Text; t != "\"" && t != "”" {
			continue
		}
		h := toks[k+1]
		if h.Kind != tokWord || !h.Cap || !formatHeads[h.Fold] || a.mAt(k+1) != nil || h.Start != toks[k].End+1 {
			return 0
		}
		name := a.text[toks[i+1].Start:toks[k-1].End] + " " + h.Text
		e := a.entity(schema.InstitutionID(name), schema.Institution, name)
		a.addMention(&mention{I: i + 1, J: k + 2, Kind: mInst, E: e, How: "pattern"})
		return k + 2
	}
	return 0
}

// bilateral reports whether toks[i:j] is two states' alliance, a
// relationship rather than a body: "the Japan-U.S. Alliance".
func (a *analysis) bilateral(i, j int) bool {
	toks := a.toks
	if toks[i].Fold == "the" {
		i++
	}
	m := a.mAt(i)
	if j-i < 4 || toks[j-1].Fold != "alliance" || m == nil || m.Kind != mState || m.J+1 >= j || toks[m.J].Text != "-" {
		return false
	}
	m2 := a.mAt(m.J + 1)
	return m2 != nil && m2.Kind == mState && m2.J == j-1
}

// roleOfBefore reports whether the words before j, in the run from i or
// just before it, are the body of a title: capitalised words after "of"
// or "of the" after a role noun ("Chairman of the National Assembly").
func (a *analysis) roleOfBefore(i, j int) bool {
	toks := a.toks
	p := j - 1
	for p >= i && p >= 0 && toks[p].Cap && toks[p].Kind == tokWord {
		p--
	}
	if p >= 0 && toks[p].Fold == "the" {
		p--
	}
	return p >= 1 && p >= i-2 && toks[p].Fold == "of" && toks[p-1].Sent == toks[j-1].Sent && toks[p-1].Cap && roleNoun(toks[p-1])
}

// bareNameAt reports whether two to four capitalised words at k, followed
// by no other, could be a person's name: none is a body's head, a place's
// noun or a title, and none is known as anything else.
func (a *analysis) bareNameAt(k int) bool {
	toks := a.toks
	n := 0
	for q := k; q < len(toks) && toks[q].Sent == toks[k].Sent && toks[q].Kind == tokWord && toks[q].Cap; q++ {
		if instHeads[toks[q].Fold] || placeNouns[toks[q].Fold] || a.inT(q) || a.mAt(q) != nil {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// capRun returns the end of the run of capitalised words starting at i,
// with "of", "for", "on", "and", "the" and hyphens allowed inside.
func (a *analysis) capRun(i int) int {
	toks := a.toks
	j := i + 1
	for j < len(toks) && toks[j].Sent == toks[i].Sent {
		t := toks[j]
		switch {
		case t.Kind == tokWord && abbrev[t.Fold] && j+1 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == t.End:
			// "the General Intelligence Department Maj. Gen. Ahmad
			// Husni": a rank or honorific opens a name
			return trimRun(toks, i, j)
		case t.Kind == tokWord && t.Cap && roleNoun(t) && instHeads[toks[j-1].Fold] && j+1 < len(toks) && toks[j+1].Cap:
			// "Royal Hashemite Court Chief Yousef Al-Issawi": the body's
			// officer, named after its name
			return j
		case t.Kind == tokWord && t.Cap && j-i >= 3 && roleNoun(toks[j-1]) && toks[j-1].Cap &&
			(toks[j-2].Fold == "of" || toks[j-2].Fold == "the" && toks[j-3].Fold == "of") &&
			!instHeads[t.Fold] && !placeNouns[t.Fold] && a.mAt(j) == nil && !a.inT(j):
			// "Chief of the Chancellery of the President Małgorzata
			// Paprocka": a name after a body's principal ends the name
			return j
		case t.Kind == tokWord && t.Cap && instHeads[toks[j-1].Fold] && toks[j-1].Cap && a.roleOfBefore(i, j) && a.bareNameAt(j):
			// "Chairman of the National Assembly Tran Thanh Man": the
			// body a title serves ends at its head, a name after it
			return j
		case t.Kind == tokWord && t.Cap && a.nameAfterInst(i, j):
			// "Secretary General of the Organization of Turkic States
			// Kubanychbek Omuraliev": the body's head, named after it
			return j
		case t.Kind == tokWord && (t.Cap || t.Fold == "related"):
			j++
		case (t.Kind == tokNum) && j > i:
			j++
		case t.Kind == tokPoss && t.Start == toks[j-1].End:
			if m := a.mAt(j - 1); m != nil && (m.Kind == mState || m.Kind == mPerson) {
				// "Poland's EU Council presidency": a state's, not a name's
				return trimRun(toks, i, j)
			}
			j++
		case (t.Text == "-" || t.Text == "–") && t.Start == toks[j-1].End && j+1 < len(toks) && toks[j+1].Start == t.End:
			j++
		case (t.Text == "-" || t.Text == "–") && j+1 < len(toks) && a.mAt(j-1) != nil && a.mAt(j-1).Kind == mState && a.mAt(j+1) != nil && a.mAt(j+1).Kind == mState:
			// two states joined by a spaced dash: "the Viet Nam - Japan
			// Cooperation Committee"
			j++
		case t.Kind == tokWord && !t.Cap && lowerInstHeads[t.Fold] && j-i >= 2 && (j+1 >= len(toks) || !toks[j+1].Cap):
			// "the Multinational Security Support mission in Haiti"
			return j + 1
		case t.Kind == tokWord && t.Fold == "and" && (j+1 >= len(toks) || toks[j+1].Fold == "the" || a.mAt(j-1) != nil || a.mAt(j+1) != nil || a.inT(j+1)):
			// "X and the Y", "Indonesia and the Eurasian Economic Union", "X
			// and President Trump": a list
			return trimRun(toks, i, j)
		case t.Kind == tokWord && t.Fold == "for" && a.mAt(j-1) != nil && a.mAt(j-1).Kind == mState && a.mAt(j-1).Sub == eState:
			// "the call of the Government of Colombia for the National
			// Electoral Council of Venezuela to publish": a state's
			// name ends a name, "for" starts what it is for
			return trimRun(toks, i, j)
		case t.Kind == tokWord && (t.Fold == "on" || t.Fold == "in") && j+1 < len(toks) && calendarWord(toks[j+1].Fold):
			// "the Munich Security Conference on February 14"
			return trimRun(toks, i, j)
		case t.Kind == tokWord && (t.Fold == "on" || t.Fold == "for") && (a.adjectiveBeforeNoun(j+1, false) || j+2 < len(toks) && toks[j+1].Fold == "the" && a.adjectiveBeforeNoun(j+2, true)):
			// "the first Ministerial Conference on African soil", "the
			// support of the League for the Lebanese state": an adjective
			// of a common noun is no name's word
			return trimRun(toks, i, j)
		case t.Kind == tokWord && (t.Fold == "of" || t.Fold == "for" || t.Fold == "on" || t.Fold == "and" || t.Fold == "the") &&
			j+1 < len(toks) && (toks[j+1].Cap || (toks[j+1].Fold == "the" && j+2 < len(toks) && toks[j+2].Cap)):
			j++
		case t.Kind == tokWord && nameParticle[t.Fold] && !t.Cap && foreignHeads[toks[i].Fold] && j+1 < len(toks) &&
			(toks[j+1].Cap || nameParticle[toks[j+1].Fold] && j+2 < len(toks) && toks[j+2].Cap):
			// "the Institut Pasteur de Dakar"
			j++
		case t.Kind == tokWord && (t.Fold == "for" || t.Fold == "on") && j+2 < len(toks) && (toks[j+1].Fold == "a" || toks[j+1].Fold == "an") &&
			toks[j+2].Cap && toks[j+2].Kind == tokWord && eventHeads[toks[j-1].Fold]:
			// a meeting's cause: "the Summit for a New Global Financing Pact"
			j += 2
		case t.Kind == tokWord && (t.Fold == "in" || t.Fold == "to") && toks[j-1].Fold == "mission" && j+1 < len(toks) && a.mAt(j+1) != nil && a.mAt(j+1).Kind == mState:
			// a mission's posting is part of its name: "the African Union
			// Support and Stabilization Mission in Somalia", "the OSCE
			// Mission to Moldova"
			return a.mAt(j + 1).J
		default:
			return trimRun(toks, i, j)
		}
	}
	return trimRun(toks, i, j)
}

// nameAfterInst reports whether the capitalised words at j, right after a
// known institution that ends there, are the name of its office-holder: a
// title precedes the run that starts at i, and the words up to the end of
// the run are at most four, none an institution's head noun.
func (a *analysis) nameAfterInst(i, j int) bool {
	toks := a.toks
	m := a.mAt(j - 1)
	if m == nil || m.Kind != mInst || m.J != j || m.I < i {
		return false
	}
	titled := false
	for q := i - 1; q >= 0 && q >= i-4; q-- {
		if roleNoun(toks[q]) && toks[q].Cap {
			titled = true
			break
		}
	}
	if !titled {
		return false
	}
	n := 0
	for k := j; k < len(toks) && toks[k].Kind == tokWord && toks[k].Cap; k++ {
		if instHeads[toks[k].Fold] || placeNouns[toks[k].Fold] {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// adjectiveBeforeNoun reports whether token k is a capitalised adjective
// of a place, a state's demonym or a word like one ("African",
// "Ukrainian", "Chinese"), before a common noun in lower case: "on
// African soil", "for Chinese investment". After an article (afterThe)
// the word that follows is a noun though it could be a verb: "for the
// Lebanese state".
func (a *analysis) adjectiveBeforeNoun(k int, afterThe bool) bool {
	toks := a.toks
	if k+1 >= len(toks) || toks[k].Kind != tokWord || !toks[k].Cap || toks[k].Upper || toks[k+1].Sent != toks[k].Sent {
		return false
	}
	n := toks[k+1]
	if n.Kind != tokWord || n.Cap || n.Start != toks[k].End+1 || capsFunctionWords[n.Fold] || n.Fold == "or" || a.isVerbAt(k+1) && !afterThe {
		return false
	}
	if m := a.mAt(k); m != nil {
		return m.Kind == mState && m.Sub == eDemonym && m.J == k+1
	}
	f := toks[k].Fold
	return strings.HasSuffix(f, "an") || strings.HasSuffix(f, "ese") || strings.HasSuffix(f, "ish")
}

// calendarWord reports whether f is the name of a month or a weekday (the
// date scanner's tables).
func calendarWord(f string) bool {
	for _, m := range monthNames {
		if m.name == f {
			return true
		}
	}
	return slices.Contains(weekdayNames[:], f)
}

func trimRun(toks []token, i, j int) int {
	for j > i+1 {
		f := toks[j-1].Fold
		if toks[j-1].Kind == tokPoss || f == "of" || f == "for" || f == "on" || f == "and" || f == "the" || toks[j-1].Text == "-" {
			j--
			continue
		}
		break
	}
	return j
}

// unknownInst makes toks[i:j] an institution if it is headed by an
// institution noun and is not a known name with a generic suffix.
func (a *analysis) unknownInst(i, j int) bool {
	toks := a.toks
	// Strip a leading "The" and a run that opens the sentence with a verb form.
	if toks[i].Fold == "the" {
		i++
	}
	// a numbered edition of a known conference: "TICAD 9", "the Ninth
	// Tokyo International Conference on African Development"
	if km, n := a.editionAt(i, j); n > 0 {
		return a.addEdition(i, j, km, n)
	}
	// An office of a body is not the body: "the Chair of the Executive
	// Board of UNICEF", "Deputy Speaker of the National Assembly". The
	// body is what follows "of".
	if k := i; toks[k].Cap && roleNoun(toks[k]) {
		for k < j && toks[k].Cap && roleNoun(toks[k]) {
			k++
		}
		if k+1 < j && toks[k].Fold == "of" {
			return a.unknownInst(k+1, j)
		}
	}
	if j-i < 2 {
		return false
	}
	// a name the text calls a document, here or at another mention: "the
	// Falepili Union, a treaty that ...", "the Lobito Corridor, a rail
	// project"
	if a.documentAppositive(j) || a.documentNamed(i, j) {
		return false
	}
	head := -1
	paired := a.pairOpens(i, j)
	spelled := acronymHeads[toks[j-1].Fold] && a.acronymAfter(i, j)
	for k := i; k < j; k++ {
		// "the Monegasque Red Cross", "the Qatar Red Crescent"
		redCross := k > i && toks[k-1].Fold == "red" && (toks[k].Fold == "cross" || toks[k].Fold == "crescent")
		if toks[k].Kind == tokWord && (toks[k].Cap || k == j-1 && lowerInstHeads[toks[k].Fold]) && (instHeads[toks[k].Fold] || paired && pairHeads[toks[k].Fold] || spelled && k == j-1 || redCross) && !a.inT(k) {
			if m := a.mAt(k); m != nil && m.Kind == mPlace {
				continue // "the West Bank"
			}
			head = k
		}
	}
	if head < 0 {
		return false
	}
	// a chancellor's seat as the place of an act is a venue: "made joint
	// press statements at the Federal Chancellery" (not "the help of the
	// Latvian State Chancellery")
	if toks[head].Fold == "chancellery" && head == j-1 {
		p := i - 1
		if p >= 0 && toks[p].Fold == "the" {
			p--
		}
		if p >= 0 && toks[p].Fold == "at" {
			return false
		}
	}
	// "the General Secretariat" (or "Secretariat General") alone is the
	// seat of the body the text names, its own secretariat, no body of
	// its own: "received at the General Secretariat headquarters"
	if j-i == 2 && (toks[i].Fold == "general" && toks[i+1].Fold == "secretariat" || toks[i].Fold == "secretariat" && toks[i+1].Fold == "general") {
		return false
	}
	// a centre for events is a venue: "the Lima Convention Center", "the
	// Astana International Exhibition Centre" (not "the Africa Centres for
	// Disease Control")
	if (toks[head].Fold == "center" || toks[head].Fold == "centre") && head > i && venueCentres[toks[head-1].Fold] {
		return false
	}
	// a possessive after a head ends the body's name: "the Italian Navy's
	// Carrier Strike Group" is the Italian Navy's unit, "the Alliance's
	// 75th anniversary" its day ("People's Liberation Army": no head
	// before it)
	for k := i + 1; k < head; k++ {
		if toks[k].Kind != tokPoss {
			continue
		}
		for h := k - 1; h >= i; h-- {
			if toks[h].Kind == tokWord && toks[h].Cap && instHeads[toks[h].Fold] && !a.inT(h) {
				j, head = k, h
				break
			}
		}
		break
	}
	// a portfolio after the head: a minister's title, "Minister of
	// Foreign Affairs, National Community Abroad and African Affairs"
	if head+1 < j && portfolioNouns[toks[head+1].Fold] {
		return false
	}
	// a body's plan or treaty: "the Council of Europe Action Plan for
	// Moldova" (but "the Commission on the Implementation of the
	// Agreement" is a body)
	for k := head + 1; k < j; k++ {
		if notInstHeads[toks[k].Fold] && toks[k].Cap && toks[k-1].Cap && toks[k-1].Fold != "the" {
			return false
		}
	}
	// "the Alliance's 75th anniversary": the name ends at the possessive
	for k := head + 1; k < j; k++ {
		if toks[k].Kind == tokPoss {
			j = k
			break
		}
	}
	if j-i < 2 {
		return false
	}
	// the last word, past a year: "the ASEAN Community Vision 2045"
	lastAt := j - 1
	for lastAt > i && toks[lastAt].Kind == tokNum {
		lastAt--
	}
	if notInstHeads[toks[lastAt].Fold] {
		return false
	}

	// a title right after the body's name: the office, not a body ("the
	// European Union Special Representative for the Gulf Region")
	if head+1 < j && a.inT(head+1) && toks[head+1].Cap {
		return false
	}
	// Any person or title inside: not an institution phrase.
	known := 0
	var knownInst *mention
	var insts []*mention
	for k := i; k < j; k++ {
		if m := a.mAt(k); m != nil {
			switch m.Kind {
			case mPerson:
				return false
			case mInst:
				knownInst = m
				if len(insts) == 0 || insts[len(insts)-1] != m {
					insts = append(insts, m)
				}
				known++
			}
		}
		if a.inT(k) && k < head && !(k == i && toks[k].Fold == "general") {
			// ("General", a rank, opens bodies' names too: "the
			// General Intelligence Department", "General Staff")
			return false
		}
	}
	if knownInst != nil {
		// "G7 Summit", "Beijing Summit of the Forum on China-Africa Cooperation":
		// a meeting of a known body is that body.
		// "the ASEAN-GCC Summit": a meeting of known bodies is those bodies
		rest := 0
		for k := i; k < j; k++ {
			if slices.ContainsFunc(insts, func(m *mention) bool { return k >= m.I && k < m.J }) {
				continue
			}
			t := toks[k]
			if t.Kind != tokWord || genericEventWords[t.Fold] || t.Fold == "of" || t.Fold == "the" {
				continue
			}
			if m := a.mAt(k); m != nil && m.Kind == mState && m.Sub == eCapital {
				continue
			}
			rest++
		}
		ofKnown := knownInst.I > i && toks[knownInst.I-1].Fold == "the" && knownInst.I-2 >= i && toks[knownInst.I-2].Fold == "of" ||
			knownInst.I > i && toks[knownInst.I-1].Fold == "of"
		if ofKnown && len(insts) == 1 && knownInst.J == j && head < knownInst.I && !eventHeads[toks[head].Fold] {
			// a body of a known one: "the Council of Foreign Ministers
			// of the OTS", "the Permanent Council of the OAS"
			return a.subBody(i, knownInst)
		}
		if rest == 0 || ofKnown {
			return true // covered by the known body
		}
		if knownInst.I == i && knownInst.J == j {
			return true
		}
	}
	if knownInst == nil {
		if e := a.organNamed(i, j); e != nil {
			// "the OSCE ... the Permanent Council": the OSCE's
			a.dropCapitals(i, j)
			a.addMention(&mention{I: i, J: j, Kind: mInst, E: e, How: "coreference"})
			return true
		}
	}
	// a meeting named only by generic words, no body's: "the Leaders'
	// Summit in Apulia", "the Foreign Ministers' Meeting"
	if knownInst == nil && eventHeads[toks[head].Fold] && !slices.ContainsFunc(toks[i:j], func(t token) bool {
		return t.Kind == tokWord && !genericEventWords[t.Fold] && !eventHeads[t.Fold]
	}) {
		return false
	}
	if e := a.sessionOfNamed(i, j); e != nil {
		// "the next Ordinary Session of the Authority": a session of a
		// body the text named before is that body
		a.dropCapitals(i, j)
		a.addMention(&mention{I: i, J: j, Kind: mInst, E: e, How: "coreference"})
		return true
	}
	name := a.instName(i, j)
	if n := a.copOrdinal(i, j); n > 0 {
		// "the Sixteenth Conference of the Parties to the Convention on
		// Biological Diversity (COP16)": COP16, as the tables name COP29
		name = "COP" + strconv.Itoa(n)
	} else if st := a.genericBodyState(i, j); st != nil {
		// "the progress made by Timor-Leste ... the ratification of ASEAN
		// legal instruments by the National Parliament": Timor-Leste's
		if takesArticle(st.Name) {
			name += " of the " + st.Name
		} else {
			name += " of " + st.Name
		}
	}
	// a part of a body the text named before, named with that body's head
	// noun: "the Pacific Islands Forum ... the Forum Secretariat" is the
	// Pacific Islands Forum Secretariat
	var whole *ent
	if first, rest, ok := strings.Cut(name, " "); ok && !strings.Contains(rest, " ") && a.mAt(i) == nil {
		for _, o := range a.ents {
			if o.Kind == schema.Institution && strings.HasSuffix(o.Name, " "+first) {
				if whole != nil && whole != o {
					whole = nil
					break
				}
				whole = o
			}
		}
		if whole != nil {
			name = whole.Name + " " + rest
		}
	}
	// a short mention of a body the text named in full before: "the
	// Chile-Peru Binational Cabinet ... the Binational Cabinet", "the
	// Presidential Council of the State of Libya ... the Presidential
	// Council"
	var e *ent
	for _, o := range a.ents {
		if o.Kind == schema.Institution && (strings.HasSuffix(o.Name, " "+name) || strings.HasSuffix(o.Name, "-"+name) || strings.HasPrefix(o.Name, name+" of ")) {
			e = o
			break
		}
	}
	if e == nil {
		e = a.entity(schema.InstitutionID(name), schema.Institution, name)
	}
	if whole != nil && e.PartOf == "" {
		e.PartOf = whole.ID
	}
	m := &mention{I: i, J: j, Kind: mInst, E: e, How: "pattern"}
	a.dropCapitals(i, j)
	if knownInst != nil && knownInst.I == i && knownInst.J <= head {
		// "UNESCO World Heritage Committee": a body of UNESCO, named once
		if e.PartOf == "" {
			e.PartOf = knownInst.E.ID
		}
		a.removeMention(knownInst)
	}
	a.addMention(m)
	return true
}

// sessionOfNamed returns the body that toks[i:j], a session named by
// generic words and one word of a body's name ("Ordinary Session of the
// Authority", "Annual Meeting of the Assembly"), is a session of: the one
// institution of the text with that word in its name; else nil.
func (a *analysis) sessionOfNamed(i, j int) *ent {
	toks := a.toks
	k := i
	for k < j && toks[k].Fold != "of" {
		if t := toks[k]; !(t.Kind == tokNum || ordinalWords[t.Fold] > 0 || genericEventWords[t.Fold] || eventHeads[t.Fold] ||
			t.Fold == "ordinary" || t.Fold == "regular") {
			return nil
		}
		k++
	}
	if k == i || k+1 >= j || !eventHeads[toks[k-1].Fold] {
		return nil
	}
	k++
	if toks[k].Fold == "the" {
		k++
	}
	if k != j-1 || !toks[k].Cap || toks[k].Kind != tokWord {
		return nil
	}
	var body *ent
	for _, o := range a.ents {
		if o.Kind == schema.Institution && slices.Contains(strings.Fields(o.Name), toks[k].Text) {
			if body != nil && body != o {
				return nil
			}
			body = o
		}
	}
	return body
}

// editionAt returns the mention of a known conference that the run
// toks[i:j] names with an edition's number, and that number: the run is
// the conference's mention with an ordinal before it ("Ninth", "9th") or a
// number after it ("TICAD 9", "TICAD-9"). A conference without an acronym
// in the tables has no edition's name; it returns 0 for it.
func (a *analysis) editionAt(i, j int) (*mention, int) {
	toks := a.toks
	n := 0
	if w, ok := ordinalWords[toks[i].Fold]; ok {
		n, i = w, i+1
	} else if toks[i].Kind == tokNum {
		if v, err := strconv.Atoi(strings.TrimRight(toks[i].Fold, "stndrh")); err == nil && v != 0 && strings.TrimLeft(toks[i].Fold, "0123456789") != "" {
			n, i = v, i+1 // "9th"
		}
	}
	km := a.mAt(i)
	if km == nil || km.Kind != mInst || km.I != i || km.E == nil {
		return nil, 0
	}
	k := km.J
	if n == 0 && k < j && toks[k].Text == "-" && toks[k].Start == toks[k-1].End {
		k++
	}
	if n == 0 && k < j && toks[k].Kind == tokNum {
		v, err := strconv.Atoi(toks[k].Text)
		if err != nil {
			return nil, 0
		}
		n, k = v, k+1
	}
	if n <= 0 || n > 99 || k != j {
		return nil, 0
	}
	ref, ok := a.g.instKey[strings.TrimPrefix(km.E.ID, "institution/")]
	if !ok || a.g.insts[ref].Kind != "conference" || a.g.insts[ref].Acronym == "" {
		return nil, 0
	}
	return km, n
}

// genericBodyWords make up the names that many states give a body of
// theirs: "the National Parliament", "the Constitutional Court".
var genericBodyWords = map[string]bool{
	"national": true, "federal": true, "supreme": true, "constitutional": true, "legislative": true,
	"presidential": true, "electoral": true, "parliament": true, "assembly": true, "council": true,
	"court": true, "congress": true, "senate": true, "chamber": true,
}

// genericBodyState returns the state whose body toks[i:j] names by generic
// words alone ([genericBodyWords]): the state named last before it in its
// sentence, else the publisher's; nil when the name holds another word or
// no state is found.
func (a *analysis) genericBodyState(i, j int) *ent {
	toks := a.toks
	for k := i; k < j; k++ {
		if toks[k].Kind != tokWord || !genericBodyWords[toks[k].Fold] || a.mAt(k) != nil {
			return nil
		}
	}
	for q := i - 1; q >= 0 && toks[q].Sent == toks[i].Sent; q-- {
		if m := a.mAt(q); m != nil && m.Kind == mState && m.E != nil && m.E.ISO3 != "" {
			return m.E
		}
	}
	if a.pubOf != "" {
		for _, e := range a.ents {
			if e.Kind == schema.State && e.ISO3 == a.pubOf {
				return e
			}
		}
	}
	return nil
}

// copAt returns the number of the conference of the parties that the
// tokens at i name by its acronym ("COP16", "COP-16"), and the token after
// it; 0 if none.
func (a *analysis) copAt(i int) (int, int) {
	toks := a.toks
	if toks[i].Text != "COP" || i+1 >= len(toks) || toks[i+1].Start != toks[i].End {
		return 0, i
	}
	k := i + 1
	if toks[k].Text == "-" && k+1 < len(toks) && toks[k+1].Start == toks[k].End {
		k++
	}
	if toks[k].Kind != tokNum {
		return 0, i
	}
	n, err := strconv.Atoi(toks[k].Text)
	if err != nil || n < 1 || n > 99 {
		return 0, i
	}
	return n, k + 1
}

// codeAt returns the code that the tokens at i spell, capitals with a
// number glued to them ("MC14", "UNGA79"), and the token after it; "" if
// none. A hyphen or a letter glued after it makes something else
// ("MC14-B", "SU57E").
func (a *analysis) codeAt(i int) (string, int) {
	toks := a.toks
	if !isCode(toks, i) {
		return "", i
	}
	return toks[i].Text + toks[i+1].Text, i + 2
}

// isCode reports whether toks[i] is the capitals of a code with a number
// glued to them: "MC" of "MC14", "COP" of "COP29"; such a word names no
// one.
func isCode(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].Kind != tokWord || !toks[i].Upper || len(toks[i].Text) > 5 ||
		toks[i+1].Kind != tokNum || toks[i+1].Start != toks[i].End || len(toks[i+1].Text) > 2 {
		return false
	}
	k := i + 2
	return k >= len(toks) || toks[k].Start > toks[k-1].End || toks[k].Kind == tokPunct && toks[k].Text != "-"
}

// codeDefined reports whether the text spells out the code name, whose
// word is at token c, once: in parentheses after capitalised words whose
// initials its capitals are ("Ministerial Conference (MC14)").
func (a *analysis) codeDefined(name string, c int) bool {
	toks := a.toks
	letters := toks[c].Text
	for p := 1; p+3 < len(toks); p++ {
		if toks[p].Text != "(" || toks[p+3].Text != ")" || toks[p+1].Text+toks[p+2].Text != name {
			continue
		}
		// the initials, last first, of the capitalised words before it,
		// with or without the function words between them
		var caps, all []byte
		for q := p - 1; q >= 0 && q >= p-8 && toks[q].Kind == tokWord && len(caps) < len(letters); q-- {
			if toks[q].Cap {
				caps = append(caps, toks[q].Text[0])
				all = append(all, toks[q].Text[0])
			} else if q < p-1 && (toks[q].Fold == "of" || toks[q].Fold == "on" || toks[q].Fold == "and" || toks[q].Fold == "for") {
				all = append(all, strings.ToUpper(toks[q].Text)[0])
			} else {
				break
			}
		}
		slices.Reverse(caps)
		slices.Reverse(all)
		if string(caps) == letters || strings.HasSuffix(string(all), letters) && len(all) == len(letters) {
			return true
		}
	}
	return false
}

// copOrdinal returns the number of the conference of the parties that
// toks[i:j] names in words ("Sixteenth Conference of the Parties", "the
// 29th session of the Conference of the Parties"), else 0.
func (a *analysis) copOrdinal(i, j int) int {
	toks := a.toks
	n, k := ordinalAt(toks, i)
	if n == 0 {
		return 0
	}
	words := []string{"conference", "of", "the", "parties"}
	if k+3 < j && toks[k].Fold == "session" && toks[k+1].Fold == "of" && toks[k+2].Fold == "the" {
		k += 3
	}
	if j-k != len(words) {
		return 0
	}
	for q, w := range words {
		if toks[k+q].Fold != w {
			return 0
		}
	}
	return n
}

// ordinalAt reads the ordinal number at token i: a word ("Sixteenth",
// "Twenty-Ninth") or digits with a suffix ("16th"). It returns the number
// and the token after it, or 0 and i.
func ordinalAt(toks []token, i int) (int, int) {
	if i >= len(toks) {
		return 0, i
	}
	t := toks[i]
	if t.Kind == tokNum {
		digits := strings.TrimRight(t.Fold, "stndrh")
		if v, err := strconv.Atoi(digits); err == nil && v > 0 && digits != t.Fold {
			return v, i + 1
		}
		return 0, i
	}
	if v, ok := ordinalWords[t.Fold]; ok {
		return v, i + 1
	}
	if v, ok := teenOrdinals[t.Fold]; ok {
		return v, i + 1
	}
	if v, ok := tensWords[t.Fold]; ok && i+2 < len(toks) && toks[i+1].Text == "-" {
		if u, ok := ordinalWords[toks[i+2].Fold]; ok && u < 10 {
			return v + u, i + 3
		}
	}
	return 0, i
}

// teenOrdinals and tensWords complete ordinalWords for the editions of
// conferences held every year: "Sixteenth", "Twenty-Ninth".
var (
	teenOrdinals = map[string]int{
		"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
		"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
	}
	tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40}
)

// ordinalWords are the ordinal numbers of a conference's edition.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

// addEdition makes toks[i:j] the edition n of the conference km names, one
// institution named by the conference's acronym and the number ("TICAD 9",
// as COP29 is), part of the conference; km's mention there goes.
func (a *analysis) addEdition(i, j int, km *mention, n int) bool {
	ref := a.g.instKey[strings.TrimPrefix(km.E.ID, "institution/")]
	name := a.g.insts[ref].Acronym + " " + strconv.Itoa(n)
	e := a.entity(schema.InstitutionID(name), schema.Institution, name)
	if e.PartOf == "" {
		e.PartOf = km.E.ID
	}
	a.removeMention(km)
	a.dropCapitals(i, j)
	a.addMention(&mention{I: i, J: j, Kind: mInst, E: e, How: "pattern"})
	return true
}

// subBody makes the body named from token i up to the known institution
// km it belongs to ("Council of Foreign Ministers of the OTS") one
// institution, named with km's full name and part of it; km's mention
// there goes.
func (a *analysis) subBody(i int, km *mention) bool {
	toks := a.toks
	name := a.text[toks[i].Start:toks[km.I].Start] + km.E.Name
	e := a.entity(schema.InstitutionID(name), schema.Institution, name)
	if e.PartOf == "" {
		e.PartOf = km.E.ID
	}
	a.removeMention(km)
	m := &mention{I: i, J: km.J, Kind: mInst, E: e, How: "pattern"}
	a.dropCapitals(i, km.J)
	a.addMention(m)
	return true
}

// eventHeads are the heads of a meeting's name, not of a body's: "the
// Summit of the OTS" is the OTS, "the Council of Foreign Ministers of the
// OTS" a body of its own.
var eventHeads = map[string]bool{
	"summit": true, "conference": true, "forum": true, "meeting": true, "session": true, "retreat": true,
	"expo": true, "olympics": true, "games": true, "dialogue": true, "format": true, "platform": true,
}

// pairHeads head the name of a standing meeting of two parties, named
// after both: "the Philippines-Australia Ministerial Meeting", "the
// Mekong-Japan Foreign Ministers' Meeting".
var pairHeads = map[string]bool{"meeting": true, "consultations": true, "consultation": true, "talks": true}

// acronymHeads head a body's name only when its acronym follows it: "the
// Refugees and Returnees Service (RRS)" (not "the Foreign Service").
var acronymHeads = map[string]bool{
	"service": true, "services": true, "office": true, "directorate": true, "administration": true,
	"bureau": true, "corporation": true, "network": true,
}

// acronymAfter reports whether toks[i:j] is followed by its acronym in
// parentheses: the initials of its capitalised words, "(RRS)".
func (a *analysis) acronymAfter(i, j int) bool {
	toks := a.toks
	if j+2 >= len(toks) || toks[j].Text != "(" || toks[j+2].Text != ")" || !toks[j+1].Upper {
		return false
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if toks[k].Kind == tokWord && toks[k].Cap {
			r, _ := utf8.DecodeRuneInString(toks[k].Text)
			b.WriteRune(r)
		}
	}
	return b.Len() >= 2 && b.String() == toks[j+1].Text
}

// pairOpens reports whether toks[i:j] opens with two names joined by a
// hyphen or dash, one of them a state: "Australia–New Zealand", "Mekong-Japan".
func (a *analysis) pairOpens(i, j int) bool {
	toks := a.toks
	for k := i + 1; k+1 < j && k <= i+4; k++ {
		if t := toks[k].Text; t != "-" && t != "–" {
			continue
		}
		m1, m2 := a.mAt(k-1), a.mAt(k+1)
		return toks[k-1].Cap && toks[k+1].Cap && (m1 != nil && m1.Kind == mState || m2 != nil && m2.Kind == mState)
	}
	return false
}

// instName names the institution toks[i:j] with the states inside it by
// their short names, so "National Assembly of the Socialist Republic of
// Vietnam" and "National Assembly of Vietnam" are one body.
func (a *analysis) instName(i, j int) string {
	var b strings.Builder
	last := a.toks[i].Start
	for k := i; k < j; k++ {
		m := a.mAt(k)
		if m == nil || m.Kind != mState || m.Sub != eState || m.E == nil || m.I < i || m.J > j {
			continue
		}
		start := a.toks[m.I].Start
		if m.I > i && a.toks[m.I-1].Fold == "the" && !takesArticle(m.E.Name) {
			start = a.toks[m.I-1].Start
			b.WriteString(strings.TrimRight(a.text[last:start], " "))
			b.WriteString(" ")
		} else {
			b.WriteString(a.text[last:start])
		}
		b.WriteString(m.E.Name)
		last = a.toks[m.J-1].End
		k = m.J - 1
	}
	b.WriteString(a.text[last:a.toks[j-1].End])
	// "Viet Nam - Japan": the dash of a pair, as "Viet Nam-Japan"
	return strings.NewReplacer(" - ", "-", " – ", "–").Replace(b.String())
}

// takesArticle reports whether a state's short name is written with "the":
// "the United States", "the Netherlands", "the Philippines".
func takesArticle(name string) bool {
	return strings.HasPrefix(name, "United ") || strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "us")
}

// dropCapitals removes the capitals read as governments inside an
// institution's name: the "Berlin" of "Berlin Conference" is a venue.
func (a *analysis) dropCapitals(i, j int) {
	for k := i; k < j; k++ {
		m := a.mAt(k)
		if m == nil || m.Kind != mState || m.Sub != eCapital {
			continue
		}
		a.removeMention(m)
	}
}

// --- persons ---

// roleNouns are lower-case nouns that introduce a person's name:
// "U.S. citizens Evan Gershkovich", "Special Representative Ruben Rubinyan".
var roleNouns = map[string]bool{
	"citizen": true, "citizens": true, "resident": true, "national": true, "nationals": true,
	"assistant": true, "journalist": true, "journalists": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
	"envoy": true, "envoys": true, "representative": true, "representatives": true, "ambassador": true,
	"activist": true, "activists": true, "leader": true, "chairman": true, "chairwoman": true,
	"chair": true, "premier": true, "minister": true, "secretary": true, "adviser": true, "advisor": true,
	"president": true, "senator": true, "congressman": true, "congresswoman": true, "director": true,
	"general": true, "colleague": true, "counterpart": true, "commissioner": true, "deputy": true,
	"chancellor": true, "king": true, "queen": true, "prince": true, "princess": true, "emir": true,
	"amir": true, "sultan": true, "sheikh": true, "governor": true, "mayor": true, "speaker": true,
	"head": true, "chief": true, "officer": true, "prisoner": true, "prisoners": true, "hostage": true,
	"hostages": true, "dissident": true, "opposition": true, "author": true, "writer": true,
	"member": true, "members": true, "staff": true, "official": true, "officials": true,
	"employee": true, "employees": true, "defender": true, "defenders": true, "lawyer": true,
	"blogger": true, "professor": true, "scholar": true, "businessman": true, "businesswoman": true,
	"researcher": true, "student": true, "priest": true, "pastor": true, "worker": true, "volunteer": true,
}

// lowerRoleNouns are role nouns only in lower case ("a Russian national",
// "embassy officials"); capitalised, they open the name of a body or a
// thing ("the National Rugby League", "Member States").
var lowerRoleNouns = map[string]bool{
	"national": true, "nationals": true, "official": true, "officials": true, "member": true,
	"members": true, "resident": true, "citizen": true, "citizens": true, "staff": true,
	"employee": true, "employees": true, "opposition": true,
}

// roleNoun reports whether t is a role noun that can introduce a name.
func roleNoun(t token) bool {
	return t.Kind == tokWord && roleNouns[t.Fold] && !(t.Cap && lowerRoleNouns[t.Fold])
}

// notNameWords are capitalised words that never start or make a personal name.
var notNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "on": true, "in": true, "at": true, "during": true, "both": true,
	"they": true, "he": true, "she": true, "it": true, "this": true, "that": true, "these": true, "we": true,
	"i": true, "our": true, "his": true, "her": true, "their": true, "its": true, "as": true, "after": true,
	"following": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "readout": true, "statement": true,
	"meeting": true, "call": true, "telephone": true, "phone": true, "conversation": true, "talks": true,
	"visit": true, "press": true, "release": true, "east": true, "west": true, "north": true, "south": true,
	"sea": true, "ocean": true, "war": true, "day": true, "summit": true, "leaders": true, "ministers": true,
	"secretary": true, "president": true, "minister": true, "prime": true, "foreign": true, "state": true,
	"states": true, "government": true, "republic": true, "federation": true, "kingdom": true, "united": true,
	"national": true, "international": true, "global": true, "agreement": true, "treaty": true, "plan": true,
	"initiative": true, "partnership": true, "strategic": true, "comprehensive": true, "free": true,
	"open": true, "special": true, "peace": true, "security": true, "affairs": true, "council": true,
	"allies": true, "ally": true, "alliance": true, "member": true, "for": true, "and": true, "of": true,
	"with": true, "by": true, "to": true, "from": true, "new": true, "dear": true, "mr": false,
	"here": true, "there": true, "over": true, "also": true, "earlier": true, "later": true, "all": true,
	"posted": true, "published": true, "no": true, "photo": true, "share": true, "related": true,
	"chief": true, "guest": true, "honour": true, "honor": true, "excellency": true, "highness": true,
	"majesty": true, "sides": true, "side": true, "parties": true, "party": true,
	"ukraine": true, "facility": true, "corridor": true, "route": true, "railway": true, "rail": true,
	"project": true, "programme": true, "great": true, "patriotic": true, "earthquake": true,
	"peninsula": true, "crossroads": true, "line": true, "actual": true, "control": true, "blue": true,
	"high": true, "speed": true, "economic": true, "trade": true, "technology": true, "action": true,
	"artificial": true, "intelligence": true, "framework": true, "convention": true, "climate": true,
	"change": true, "policy": true, "doctrine": true, "vision": true, "middle": true, "central": true,
	"islamic": true, "arab": true, "people's": true, "democratic": true, "socialist": true,
	"declaration": true, "victory": true, "anniversary": true, "embassy": true, "ministry": true,
	"department": true, "office": true, "committee": true, "commission": true, "nations": true,
	"head": true, "vice": true, "deputy": true, "senior": true, "acting": true, "former": true,
}

// placeNouns head the names of places, sites and works, never of persons.
var placeNouns = map[string]bool{
	"island": true, "islands": true, "mine": true, "mines": true, "dam": true, "river": true,
	"bay": true, "gulf": true, "strait": true, "straits": true, "canal": true, "lake": true,
	"port": true, "airport": true, "palace": true, "square": true, "street": true, "avenue": true,
	"bridge": true, "tower": true, "station": true, "plant": true, "park": true, "museum": true,
	"hall": true, "temple": true, "mosque": true, "cathedral": true, "church": true,
	"monument": true, "memorial": true, "stadium": true, "district": true, "province": true,
	"region": true, "valley": true, "desert": true, "coast": true, "mountain": true,
	"mountains": true, "field": true, "fields": true, "zone": true, "city": true, "village": true,
	"building": true, "road": true, "highway": true, "base": true, "headquarters": true,
	"pipeline": true, "reactor": true, "harbour": true, "harbor": true, "heights": true,
	"mission": true, "retreat": true, "force": true, "forces": true, "army": true, "navy": true,
}

// personalAddress are the forms of address given to persons only, never
// to places named after them: "Mr. Peter Hall", "Dr Anna Field".
var personalAddress = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true, "madam": true,
}

// addressedBefore reports whether the two or three capitalised words
// toks[i:j] follow a personal form of address: then they are a name even
// when the last is a noun that heads places ("Mr. Peter Hall").
func (a *analysis) addressedBefore(i, j int) bool {
	toks := a.toks
	p := i - 1
	if p >= 0 && toks[p].Text == "." {
		p--
	}
	return j-i >= 2 && j-i <= 3 && p >= 0 && toks[p].Sent == toks[i].Sent &&
		personalAddress[toks[p].Fold] && toks[p].Cap
}

// placeNounIn reports whether a capitalised noun that heads places' names
// is in toks[i:j], other than as the surname of an addressed person.
func (a *analysis) placeNounIn(i, j int) bool {
	toks := a.toks
	for k := i; k < j; k++ {
		if placeNouns[toks[k].Fold] && toks[k].Cap && (k < j-1 || !a.addressedBefore(i, j)) && !(k == i && a.hyphenedGivenAfter(k, j)) {
			return true
		}
	}
	return false
}

// hyphenedGivenAfter reports whether the name toks[k:j] is a family name
// and a hyphened given name whose second syllable is in lower case, as
// Korean names are written: "Park Min-soo", which no place's name is.
func (a *analysis) hyphenedGivenAfter(k, j int) bool {
	toks := a.toks
	return j == k+4 && toks[k+1].Cap && toks[k+2].Text == "-" && toks[k+2].Start == toks[k+1].End &&
		toks[k+3].Kind == tokWord && !toks[k+3].Cap && toks[k+3].Start == toks[k+2].End
}

// scanPersons finds personal names outside the tables: capitalised runs
// introduced by a title, an honorific or a role noun, followed by an
// appositive title, listed with other persons, or acting as the subject of a
// reporting verb.
func (a *analysis) scanPersons() {
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		particleStart := t.Kind == tokWord && nameParticle[t.Fold] && i > 0 && (a.gEnd(i-1) != nil || a.inT(i-1) || honorificAt(toks, i-1)) &&
			i+1 < len(toks) && (toks[i+1].Cap || nameParticle[toks[i+1].Fold])
		if !particleStart && (t.Kind != tokWord || !t.Cap || a.mAt(i) != nil || a.inT(i) || notNameWords[t.Fold] || honorificAt(toks, i)) {
			continue
		}
		j := a.nameRun(i)
		if j <= i {
			continue
		}
		// the portfolio ending a title the tables lack: "Minister of
		// Commerce and Industry Piyush Goyal", "Deputy Prime Minister for
		// Reintegration Oleg Serebrian"
		// "... and National Planning Situmbeko Musokotwane": past the
		// last portfolio noun, with the words that qualify it
		b := i - 1
		for b > 0 && toks[b].Kind == tokWord && toks[b].Cap && notNameWords[toks[b].Fold] && a.mAt(b) == nil && !a.inT(b) {
			b-- // "National" of "National Planning", skipped by the scan
		}
		if b >= 0 && (toks[b].Fold == "of" || toks[b].Fold == "for" || toks[b].Fold == "and" || toks[b].Text == "&" || a.mAt(b) != nil && a.mAt(b).Kind == mState) {
			for k := j - 3; k >= i; k-- {
				if portfolioNouns[toks[k].Fold] {
					i = k + 1
					break
				}
			}
		}
		// "his Personal Envoy Staffan de Mistura", "Palace Press Officer
		// Claire Castro": the name starts after the role noun
		for k := j - 3; k >= i; k-- {
			if toks[k].Cap && roleNoun(toks[k]) && !particleStart {
				i = k + 1
				break
			}
		}
		if m := a.mAt(j); m != nil && m.Kind == mPerson && m.I == j && j-i <= 2 && toks[j-1].End+1 == toks[j].Start && !particleStart &&
			(a.inT(i-1) || a.gEnd(i-1) != nil || honorificAt(toks, max(i-1, 0))) {
			// a given name before a known person: "Senator Mohammad Ishaq Dar"
			m.I = i
			for k := i; k < j; k++ {
				a.at[k] = m
			}
			i = m.J - 1
			continue
		}
		if m := a.mAt(i - 1); i > 0 && m != nil && m.Kind == mPerson && m.J == i && m.How == "table" && toks[i].Start == toks[i-1].End+1 &&
			toks[i].Sent == toks[i-1].Sent && j < len(toks) && toks[j].Text == "," && !particleStart &&
			!slices.ContainsFunc(toks[i:j], func(t token) bool { return postNominals[t.Fold] || t.Upper && len(t.Text) <= 3 }) {
			// the rest of a known person's regnal name, before an
			// appositive: "Sultan Haji Hassanal Bolkiah Mu'izzaddin
			// Waddaulah, Sultan and Yang Di-Pertuan of Brunei Darussalam"
			m.J = j
			for k := i; k < j; k++ {
				a.at[k] = m
			}
			i = j - 1
			continue
		}
		if a.venueAfter(j) || a.placeNounIn(i, j) || a.honorificPlace(i) {
			// "King Khalid International Airport": a place, and its
			// title refers to no one
			if r := a.roleEndingBefore(i); r != nil {
				r.Used = true
			}
		} else if a.isPersonName(i, j) {
			a.addPerson(i, j)
		} else if j-i == 2 && i > 0 && toks[i-1].Fold == "the" && toks[i+1].Kind == tokWord && a.knownSurname(toks[i+1].Fold) != nil && !a.companyIn(i, j) {
			// a title's last word, a noun after its article, before the
			// surname of a person of the readout: "Member of the
			// Presidency Horvat emphasised" (not "met with Goldman Sachs")
			continue
		}
		i = j - 1
	}
}

// capsFunctionWords are the words that end a name written in capitals
// ("II OF BRUNEI", "JOKO WIDODO AND ..."): none is part of a name.
var capsFunctionWords = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "to": true, "with": true, "between": true,
	"on": true, "in": true, "at": true, "by": true, "from": true,
}

// romanNumeral reports whether w is a Roman numeral of two or more
// capitals, as ends a regnal name or a numbered office ("II", "XIV"); "I",
// "V" and "X" alone are left to the callers.
func romanNumeral(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if !strings.ContainsRune("IVXLC", c) {
			return false
		}
	}
	return true
}

// honorificPlace reports whether the run at i follows an honorific that
// follows "at": "at Seri Perdana" (the Malaysian prime minister's
// residence) is a place; persons are not met "at" a name.
func (a *analysis) honorificPlace(i int) bool {
	p := i - 1
	for p >= 0 && honorificAt(a.toks, p) && a.toks[p].Sent == a.toks[i].Sent {
		p--
	}
	return p < i-1 && p >= 0 && a.toks[p].Fold == "at" && a.toks[p].Sent == a.toks[i].Sent
}

// nameRun returns the end of a personal-name-shaped run at i: capitalised
// words, initials ("J."), particles ("da", "von der") and inner hyphens,
// stopping at anything the gazetteer already knows.
func (a *analysis) nameRun(i int) int {
	toks := a.toks
	j := i
	words := 0
	for j < len(toks) && toks[j].Sent == toks[i].Sent {
		t := toks[j]
		if a.mAt(j) != nil || a.inT(j) {
			break
		}
		switch {
		case t.Kind == tokWord && j > i && (postNominals[t.Fold] || a.headlineVerb(t.Fold)):
			// "Anthony Albanese MP", "Xi Jinping Speaks with ..." in a title line
		case t.Kind == tokWord && j > i && t.Upper && capsFunctionWords[t.Fold]:
			// "MINISTER OF FOREIGN AFFAIRS II OF BRUNEI": a word no name
			// holds, in capitals
		case t.Kind == tokWord && t.Cap && !(j > i && notNameWords[t.Fold] && !t.Upper) && !isCode(toks, j):
			// (not "MC" of "MC14": a code's capitals)
			if initialAt(toks, j) {
				j += 2 // initial
				continue
			}
			j++
			if !honorificTok(t) {
				words++ // not "Pehin", "Haji" of "Erywan bin Pehin Datu ... Haji Mohd Yusof"
			}
			continue
		case t.Kind == tokWord && nameParticle[t.Fold] && (words > 0 || j-i < 3) && j+1 < len(toks) && (toks[j+1].Cap || nameParticle[toks[j+1].Fold]) && a.mAt(j+1) == nil:
			j++
			continue
		case t.Kind == tokWord && nameParticle[t.Fold] && !t.Cap && words >= 2 && j+2 < len(toks) && toks[j+1].Text == "-" && toks[j+1].Start == t.End &&
			toks[j+2].Start == toks[j+1].End && toks[j+2].Kind == tokWord && toks[j+2].Cap && a.mAt(j+2) == nil:
			// "Mohamed Younes al-Menfi": a family name joined to its
			// particle by a hyphen, after a given name and another
			j += 3
			continue
		case t.Text == "-" && j > i && t.Start == toks[j-1].End && j+1 < len(toks) && toks[j+1].Start == t.End && toks[j+1].Cap:
			j++
			continue
		case t.Text == "-" && words >= 2 && t.Start == toks[j-1].End && toks[j-1].Cap && j+1 < len(toks) && toks[j+1].Start == t.End && syllableAfterHyphen(toks[j+1]):
			// "Kang Yu-jung", "Lin Chia-lung": a given name of two
			// syllables, the second in lower case
			j += 2
			continue
		}
		break
	}
	// do not end on an initial or particle
	for j > i && (toks[j-1].Text == "." || nameParticle[toks[j-1].Fold]) {
		if toks[j-1].Text == "." {
			j -= 2
		} else {
			j--
		}
	}
	if words == 0 || words > 5 {
		return i
	}
	// "Juan Dela Cruz Jr.": a generational suffix after a name of two words
	// or more is part of it (as "III" is, being in capitals)
	if words >= 2 && j < len(toks) && toks[j].Sent == toks[i].Sent && generational[toks[j].Fold] && toks[j].Cap && a.mAt(j) == nil {
		j++
	}
	return j
}

// generational are the suffixes of a name that tell a son from his father;
// they are part of the name ("Ferdinand Marcos Jr.") but no name word.
var generational = map[string]bool{"jr": true, "sr": true}

// syllableAfterHyphen reports whether t, in lower case right after a
// hyphen, can be the second syllable of a romanised East Asian given name
// ("Yu-jung", "Jae-myung", "Ching-te"): a short word that is none of the
// English words that follow a name in a compound ("Biden-era", "Kim-led").
func syllableAfterHyphen(t token) bool {
	return t.Kind == tokWord && !t.Cap && utf8.RuneCountInString(t.Text) <= 5 && !compoundTails[t.Fold]
}

// compoundTails end an English compound adjective or noun made with a name.
var compoundTails = map[string]bool{
	"led": true, "era": true, "born": true, "made": true, "run": true, "held": true, "style": true, "based": true,
	"owned": true, "elect": true, "type": true, "like": true, "free": true, "wide": true, "level": true, "year": true,
	"old": true, "month": true, "day": true, "week": true, "long": true, "hour": true, "point": true, "party": true,
	"way": true, "side": true, "term": true, "scale": true, "class": true, "state": true, "bound": true, "linked": true,
}

// patronymic are the particles before a father's name in an Arabic name
// ("bin", "son of").
var patronymic = map[string]bool{"bin": true, "bint": true, "ibn": true}

// postNominals follow a name without being part of it.
var postNominals = map[string]bool{"mp": true, "jr": true, "sr": true, "kc": true, "qc": true, "obe": true, "mbe": true, "cbe": true, "kbe": true, "mla": true, "mep": true, "phd": true}

// headlineVerb reports whether a capitalised word is a verb of a title-case
// headline ("Wang Yi Holds Talks"), which ends a name.
func (a *analysis) headlineVerb(f string) bool {
	if _, ok := a.g.verbForm[f]; ok {
		return true
	}
	if _, ok := eventVerbs[f]; ok {
		return true
	}
	return subjectVerbs[f] || headlineVerbs[f] || cueType(f, "") != ""
}

// headlineVerbs are verbs of a title-case headline that report no speech
// and no event: "Kristalina Georgieva Issues Statement", "PRESIDENT X
// MOURNS ...", the plural of two subjects ("PM X And PM Y Hold Talks"),
// and the end of a visit ("President Concludes Visit").
var headlineVerbs = map[string]bool{
	"issues": true, "releases": true, "delivers": true, "announces": true, "launches": true, "gives": true,
	"mourns": true, "condoles": true, "salutes": true, "hails": true, "greets": true, "honours": true, "honors": true,
	"hold": true, "meet": true, "concludes": true, "conclude": true, "wraps": true, "ends": true,
}

// isPersonName decides whether the run toks[i:j] names a person.
func (a *analysis) isPersonName(i, j int) bool {
	toks := a.toks
	if a.headlineVerb(toks[i].Fold) || notNameWords[toks[i].Fold] && !nameParticle[toks[i].Fold] {
		return false // "Crown Prince Receives Phone Call"
	}
	if a.companyIn(i, j) {
		return false // "met with Goldman Sachs."
	}
	if a.portfolioBefore(i, j) {
		return false // "Migrant Workers Secretary Hans Leo Cacdac"
	}
	if j < len(toks) && toks[j].Sent == toks[i].Sent && toks[j].Kind == tokWord && toks[j].Cap && instHeads[toks[j].Fold] && toks[j].Start == toks[j-1].End+1 {
		return false // "the Chairman of the Libyan Presidential Council": a body's name
	}
	words := 0
	for k := i; k < j; k++ {
		if toks[k].Kind == tokWord && len(toks[k].Text) > 1 {
			words++
		}
		if instHeads[toks[k].Fold] || placeNouns[toks[k].Fold] && (k < j-1 || !a.addressedBefore(i, j)) && !(k == i && a.hyphenedGivenAfter(k, j)) || portfolioNouns[toks[k].Fold] {
			return false // "Sado Island Gold Mines", "National Assembly", "African Cooperation"
		}
	}
	// A role noun after a deputy word is the rest of a title, not a name:
	// "Deputy Director" (of "Deputy Director Chen Wei-ting").
	if j == i+1 && toks[i].Cap && roleNoun(toks[i]) && a.deputyOpening(i) < i {
		return false
	}
	// Introduced by a title group, an honorific or a role noun.
	p := i - 1
	for p >= 0 && (toks[p].Text == "." || honorificAt(toks, p) || toks[p].Fold == "the") && toks[p].Sent == toks[i].Sent {
		if honorificAt(toks, p) {
			return true
		}
		p--
	}
	if p >= 0 && toks[p].Sent == toks[i].Sent {
		if a.inT(p) || a.gEnd(p) != nil || roleNoun(toks[p]) {
			return words >= 1 && !(words == 1 && a.lowerElsewhere(i))
		}
		if words >= 2 && a.titlePhraseBefore(p, i) >= 0 {
			return true
		}
	}
	// A role after a possessive, with no title before it: "UNHCR's
	// Regional Director, Mamadou Dian Balde" (but "Ethiopia's Gedion
	// Timothewos")
	if i > 0 && toks[i-1].Kind == tokPoss && toks[j-1].Cap && roleNoun(toks[j-1]) {
		return false
	}
	// A name after a bare article or a number, with no title before it,
	// names a place, a thing or an event: "the Suwałki Gap", "the 2030
	// World Cup".
	if i > 0 && toks[i-1].Sent == toks[i].Sent && (toks[i-1].Fold == "the" || toks[i-1].Kind == tokNum) {
		return false
	}
	if words == 1 {
		// a surname of a person of this readout: "Blinken", "Erdoğan"
		if e, shared := a.surnamePersons(toks[i].Fold); e != nil || shared {
			return true
		}
		// the surname of one office-holder in office that day, alone
		// between lower-case words: "pressure on Putin must be ramped up";
		// or opening a sentence or a quotation, where a capital tells
		// nothing, as the subject of a verb: "\"Putin wants to decide"
		between := i > 0 && toks[i-1].Sent == toks[i].Sent && toks[i-1].Kind == tokWord && !toks[i-1].Cap && !nameParticle[toks[i-1].Fold] &&
			(j >= len(toks) || toks[j].Kind != tokWord || !toks[j].Cap && !nameParticle[toks[j].Fold])
		opening := (i == a.sentStart[toks[i].Sent] || i > 0 && quoteMarks[toks[i-1].Text] && a.qAt(i)) &&
			j < len(toks) && toks[j].Sent == toks[i].Sent && toks[j].Start > toks[i].End &&
			(a.isVerbAt(j) || subjectVerbs[toks[j].Fold] || presentVerbs[toks[j].Fold])
		return j == i+1 && (between || opening) && !postNominals[toks[i].Fold] && !a.lowerElsewhere(i) && a.inOfficeSurname(toks[i].Fold)
	}
	// The full name of a person of this readout, named elsewhere where the
	// text says so ("with Philippe Lazzarini. Philippe Lazzarini thanked").
	if names := a.nameWordsAt(i, j); len(names) >= 2 {
		for _, e := range a.ents {
			if e.Kind == schema.Person && sameName(e.Name, names) {
				return true
			}
		}
	}
	// A signature: the name alone on its line in the body, a title
	// opening the next ("Jane Doe / Special Adviser to the President")
	// (not a heading of the office that issues it: "Media Unit",
	// "Public Diplomacy Division / Special Assistant to ...")
	if words >= 2 && words <= 4 && i > a.body && toks[i].NL > 0 && j < len(toks) && toks[j].NL > 0 &&
		!slices.ContainsFunc(toks[i:j], func(t token) bool { return headingWords[t.Fold] }) {
		for k := j; k < j+3 && k < len(toks) && (k == j || toks[k].NL == 0); k++ {
			if a.inT(k) || roleNoun(toks[k]) {
				return true
			}
		}
	}
	// Followed by an appositive title: "Mark Rutte, Secretary General of ..."
	if j+1 < len(toks) && toks[j].Text == "," && a.inT(j+1) {
		return true
	}
	// In a list with a person: "Evan Gershkovich, Paul Whelan, and Alsu Kurmasheva"
	if a.listedWithPerson(i, j) {
		return true
	}
	// After a role phrase and a comma: "the Special Representatives of the
	// two countries, Ruben Rubinyan and Serdar Kılıç"
	if i > 0 && toks[i-1].Text == "," {
		steps, limit := 0, 12
		and := false // an "and" passed, which only a title's complement may hold
		for q := i - 2; q >= 0 && steps < limit && toks[q].Sent == toks[i].Sent; q-- {
			steps++
			// A body's name, with its acronym, is one step: "the
			// Commissioner-General of the United Nations Relief and
			// Works Agency ... (UNRWA), Philippe Lazzarini"
			if toks[q].Text == ")" {
				for q > 0 && toks[q].Text != "(" && toks[q-1].Sent == toks[i].Sent {
					q--
				}
				continue
			}
			if m := a.mAt(q); m != nil && m.Kind == mInst && m.I < q {
				q = m.I
				continue
			}
			if toks[q].Fold == "and" && q < i-2 && !a.portfolioJoin(q) && !and {
				// "the Director ... for the East and Horn of Africa and
				// the Great Lakes, Mamadou Dian Balde": the complement of
				// a title, if "of" or "for" comes before the "and"
				and, limit = true, 20
				continue
			}
			if (toks[q].Text == "," || toks[q].Fold == "and" && q < i-2 && !and) && !a.portfolioJoin(q) {
				break
			}
			if and && (toks[q].Fold == "of" || toks[q].Fold == "for") {
				and = false
			}
			if !and && (roleNoun(toks[q]) || a.inT(q) && toks[q].Kind == tokWord) {
				return true
			}
		}
	}
	// The other side of an interaction, in full: "met with Oleg
	// Serebrian", "received Oleg Serebrian", "a telephone conversation
	// with Keir Starmer"; not one of a body ("met with Rui Duarte of the
	// ...", left to the rules of bodies).
	if words >= 2 && words <= 4 && a.interactionObject(i) && (j >= len(toks) || toks[j].Kind != tokWord || afterObject[toks[j].Fold]) &&
		!slices.ContainsFunc(toks[i:j], func(t token) bool { return companyWords[t.Fold] }) {
		return true
	}
	// The subject of a reporting or meeting verb: "Vladimir Putin had", "Wang Yi said".
	k := j
	for k < len(toks) && adverbs[toks[k].Fold] {
		k++
	}
	if k < len(toks) && toks[k].Sent == toks[i].Sent && (a.isVerbAt(k) || subjectVerbs[toks[k].Fold]) {
		return words <= 4
	}
	// "X and Y held a telephone conversation"
	if k+1 < len(toks) && toks[k].Fold == "and" {
		return false
	}
	return false
}

// portfolioBefore reports whether the run toks[i:j] is the portfolio of a
// title right after it, the title before a name: "Migrant Workers
// Secretary Hans Leo Cacdac", "Trade and Industry Minister Jane Doe".
func (a *analysis) portfolioBefore(i, j int) bool {
	toks := a.toks
	if j >= len(toks) || !a.inT(j) || toks[j].Sent != toks[i].Sent || toks[j].Kind != tokWord || a.inT(j-1) {
		return false
	}
	q := j
	for q < len(toks) && a.inT(q) {
		q++
	}
	return q < len(toks) && toks[q].Sent == toks[i].Sent && toks[q].Kind == tokWord && toks[q].Cap && toks[q].NL == 0
}

// portfolioJoin reports whether the comma or "and" at q joins two parts of
// a title's portfolio, capitalised words that name no one: "Commissioner
// for Political Affairs, Peace and Security".
func (a *analysis) portfolioJoin(q int) bool {
	toks := a.toks
	part := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Kind == tokWord && toks[k].Cap && a.mAt(k) == nil && toks[k].Sent == toks[q].Sent
	}
	return part(q-1) && part(q+1)
}

// headingWords name the units and lines of an issuing office, never a
// person: a line holding one is a heading, not a signature.
var headingWords = map[string]bool{
	"unit": true, "division": true, "department": true, "desk": true, "team": true, "section": true,
	"bureau": true, "service": true, "services": true, "contact": true, "contacts": true, "office": true,
	"release": true, "statement": true, "media": true, "press": true, "communications": true,
	"communication": true, "information": true, "news": true, "relations": true, "affairs": true,
	"centre": true, "center": true, "secretariat": true, "diplomacy": true, "directorate": true,
}

// afterObject are the words that may follow a person's name as the object
// of an interaction ("met with Oleg Serebrian in Kyiv"); a noun does not
// ("met with Goldman Sachs executives").
var afterObject = map[string]bool{
	"and": true, "in": true, "on": true, "at": true, "to": true, "for": true, "who": true, "during": true,
	"via": true, "by": true, "today": true, "yesterday": true, "this": true, "last": true, "about": true,
	"over": true, "regarding": true, "as": true, "earlier": true, "here": true, "after": true,
	"before": true, "when": true, "where": true, "with": true, "ahead": true, "following": true,
}

// companyWords end or make up the names of companies and media, not of
// persons: "met with Siemens Energy", "spoke with Sky News".
var companyWords = map[string]bool{
	"energy": true, "group": true, "bank": true, "holdings": true, "inc": true, "ltd": true, "llc": true,
	"corporation": true, "corp": true, "company": true, "airlines": true, "airways": true, "capital": true,
	"partners": true, "motors": true, "systems": true, "technologies": true, "media": true, "news": true,
	"times": true, "post": true, "industries": true,
	"pharma": true, "petroleum": true, "oil": true, "gas": true, "telecom": true, "foundation": true,
	"plc": true, "ag": true, "sa": true, "gmbh": true, "investments": true, "fund": true,
	"limited": true, "incorporated": true, "llp": true, "sons": true, "enterprises": true, "securities": true,
	"insurance": true, "consulting": true, "ventures": true, "solutions": true, "logistics": true,
	"electronics": true, "electric": true, "aerospace": true, "dynamics": true, "pharmaceuticals": true,
	"chemicals": true, "automotive": true, "financial": true, "shipping": true, "semiconductor": true,
}

// companyNames are companies whose names are shaped like a person's, with
// no company word in them: "met with Goldman Sachs." Keys are the folded
// words joined by spaces.
var companyNames = map[string]bool{
	"goldman sachs": true, "morgan stanley": true, "jp morgan": true, "merrill lynch": true,
	"lockheed martin": true, "northrop grumman": true, "general dynamics": true, "general electric": true,
	"hewlett packard": true, "rolls royce": true, "mercedes benz": true,
	"wells fargo": true, "dow jones": true, "standard chartered": true, "credit suisse": true,
	"bnp paribas": true, "societe generale": true, "société générale": true, "franklin templeton": true,
	"state street": true, "eli lilly": true, "boston consulting": true, "booz allen": true,
	"louis dreyfus": true, "price waterhouse": true, "kohlberg kravis": true, "warburg pincus": true,
	"j p morgan": true, "jpmorgan chase": true,
}

// companyFirst holds the first words of companyNames.
var companyFirst = func() map[string]bool {
	m := map[string]bool{}
	for name := range companyNames {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
}()

// wordAt returns the index of the first word token of toks[i:j], or -1.
func (a *analysis) wordAt(i, j int) int {
	for k := i; k < j; k++ {
		if a.toks[k].Kind == tokWord {
			return k
		}
	}
	return -1
}

// companyIn reports whether the words of toks[i:j] begin with the name of
// a company of [companyNames]: "Goldman Sachs", "Rolls-Royce".
func (a *analysis) companyIn(i, j int) bool {
	if k := a.wordAt(i, j); k < 0 || !companyFirst[a.toks[k].Fold] {
		return false // the usual case, without building a key
	}
	var words []string
	for _, t := range a.toks[i:j] {
		if t.Kind == tokWord {
			words = append(words, t.Fold)
		}
	}
	for n := 1; n <= min(len(words), 3); n++ {
		if companyNames[strings.Join(words[:n], " ")] {
			return true
		}
	}
	return false
}

// interactionObject reports whether the run at i is the object of an
// interaction: right after "met", "received", "hosted", "telephoned" (not
// "called", which also names: "an initiative called Team Europe"), or after
// "with" that follows an interaction verb or noun within four words
// ("held talks with", "had a telephone conversation with").
func (a *analysis) interactionObject(i int) bool {
	toks := a.toks
	p := i - 1
	if p < 0 || toks[p].Sent != toks[i].Sent || toks[p].Cap {
		return false
	}
	switch toks[p].Fold {
	case "met", "meets", "received", "receives", "hosted", "hosts", "telephoned", "phoned":
		return true
	case "with":
	default:
		return false
	}
	for q := p - 1; q >= 0 && q >= p-4 && toks[q].Sent == toks[i].Sent; q-- {
		f := toks[q].Fold
		if toks[q].Cap || a.mAt(q) != nil {
			return false
		}
		if _, ok := eventVerbs[f]; ok || cueType(f, toks[q+1].Fold) != "" {
			return true
		}
	}
	return false
}

// titlePhraseBefore returns where a title the tables do not have starts,
// if the tokens ending at p, before the name at i, are one: a role noun,
// then capitalised words, states and "of", "for", "to", "and", "the" up to
// p, which is no function word ("Minister of Energy of Azerbaijan Parviz
// Shahbazov", "Ambassador of Japan to Saudi Arabia Fumio Iwai"); else -1.
func (a *analysis) titlePhraseBefore(p, i int) int {
	toks := a.toks
	if toks[p].Kind != tokWord || !toks[p].Cap && a.mAt(p) == nil {
		return -1
	}
	for q := p; q >= 0 && q > p-12 && toks[q].Sent == toks[i].Sent; q-- {
		t := toks[q]
		if m := a.mAt(q); m != nil {
			if m.Kind != mState && m.Kind != mInst && m.Kind != mPlace {
				return -1 // but "Special Envoy to the Middle East Steve Witkoff"
			}
			q = m.I
			continue
		}
		if t.Kind != tokWord {
			return -1
		}
		if t.Cap && roleNoun(t) {
			return a.deputyOpening(q)
		}
		switch {
		case t.Cap, t.Fold == "of", t.Fold == "for", t.Fold == "to", t.Fold == "and", t.Fold == "the":
			continue
		}
		return -1
	}
	return -1
}

// deputyOpening returns the first token of the deputy words before the
// role noun at q, on its line, that make its title a deputy's ("Deputy
// Director", "Vice-Chairman", "Assistant Secretary"), or q when there are
// none.
func (a *analysis) deputyOpening(q int) int {
	toks := a.toks
	for q > 0 && toks[q].NL == 0 && toks[q-1].Sent == toks[q].Sent {
		p := q - 1
		if toks[p].Text == "-" && toks[p].End == toks[q].Start && p > 0 && toks[p-1].End == toks[p].Start {
			p-- // "Vice-Chairman"
		}
		if toks[p].Kind != tokWord || !toks[p].Cap || !deputyWords[toks[p].Fold] || a.mAt(p) != nil || a.inT(p) {
			break
		}
		q = p
	}
	return q
}

// phraseRole returns the office toks[q:p+1], a title phrase
// [analysis.titlePhraseBefore] found, names: its words up to the first
// state or institution after "of" or "to", which is what it is an office
// of ("Minister of Energy" of Azerbaijan; "Ambassador" of Japan).
func (a *analysis) phraseRole(q, p int) *roleSpan {
	toks := a.toks
	r := &roleSpan{I: q, J: p + 1}
	end := p + 1
	for k := q + 1; k <= p; k++ {
		if m := a.mAt(k); m != nil && (m.Kind == mState || m.Kind == mInst) {
			if (toks[k-1].Fold == "of" || toks[k-1].Fold == "to") && r.Of == nil {
				r.Of = m.E
				end = min(end, k-1)
			}
			k = m.J - 1
		}
	}
	r.Title = a.text[toks[q].Start:toks[end-1].End]
	return r
}

// portfolioNouns name a minister's portfolio, never a person: "Minister of
// Foreign Affairs, African Cooperation and Moroccan Expatriates".
var portfolioNouns = map[string]bool{
	"affairs": true, "cooperation": true, "expatriates": true, "trade": true, "development": true,
	"integration": true, "relations": true, "industry": true, "energy": true, "economy": true,
	"finance": true, "defence": true, "defense": true, "security": true, "education": true,
	"health": true, "culture": true, "tourism": true, "agriculture": true, "investment": true,
	"diaspora": true, "commerce": true, "infrastructure": true, "transport": true, "justice": true,
	"environment": true, "interior": true, "planning": true, "communications": true,
	"abroad": true, "migration": true, "emigration": true, "immigration": true, "emigrants": true,
	"reintegration": true, "labour": true, "labor": true, "employment": true, "youth": true, "sports": true,
	"sport": true, "innovation": true, "science": true, "technology": true, "mines": true, "mining": true,
	"petroleum": true, "water": true, "fisheries": true, "housing": true, "works": true, "resources": true,
	"telecommunications": true, "information": true, "welfare": true, "exports": true, "enterprise": true,
	"digitalisation": true, "digitalization": true, "reconstruction": true, "reforms": true,
	"mobility": true, "worship": true,
}

// lowerElsewhere reports whether the word at i also occurs in lower case in
// the text (then a capitalised single word is likely a common noun).
func (a *analysis) lowerElsewhere(i int) bool {
	f := a.toks[i].Fold
	for _, t := range a.toks {
		if t.Fold == f && !t.Cap {
			return true
		}
	}
	return false
}

// subjectVerbs are verbs that follow a person's name as its subject, besides
// the reporting verbs: "Vladimir Putin had a telephone conversation".
var subjectVerbs = map[string]bool{
	"had": true, "has": true, "held": true, "holds": true, "met": true, "meets": true, "spoke": true,
	"speaks": true, "received": true, "receives": true, "hosted": true, "hosts": true, "visited": true,
	"visits": true, "called": true, "calls": true, "made": true, "makes": true, "sent": true, "sends": true,
	"paid": true, "pays": true, "is": true, "was": true, "will": true, "also": true, "took": true,
	"attended": true, "attends": true, "joined": true, "conveyed": true, "wrote": true, "signed": true,
}

// presentVerbs are common verbs and auxiliaries after a subject, besides
// the reporting verbs: "Putin wants", "Lula must".
var presentVerbs = map[string]bool{
	"wants": true, "wanted": true, "must": true, "should": true, "would": true, "can": true, "could": true,
	"does": true, "did": true, "knows": true, "knew": true, "needs": true, "seeks": true, "sought": true,
	"continues": true, "continued": true, "refuses": true, "refused": true, "tries": true, "tried": true,
}

// quoteMarks open or close a quotation.
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "'": true, "‘": true, "’": true}

// adverbs may stand between a subject and its verb.
var adverbs = map[string]bool{
	"also": true, "further": true, "again": true, "then": true, "once": true, "strongly": true,
	"warmly": true, "firmly": true, "highly": true, "both": true, "jointly": true, "too": true,
	"repeatedly": true, "briefly": true, "fully": true, "particularly": true, "specifically": true,
	"additionally": true, "separately": true, "moreover": true, "likewise": true, "similarly": true,
	"personally": true, "sincerely": true, "cordially": true, "clearly": true, "explicitly": true,
	"frankly": true, "in": false, "however": true, "later": true, "subsequently": true, "furthermore": true,
	"had": false,
	// manner: "heartily congratulated", "fondly recalled"
	"heartily": true, "fondly": true, "deeply": true, "gratefully": true, "emphatically": true,
	"unequivocally": true, "expressly": true, "duly": true, "readily": true, "openly": true,
	"positively": true, "favourably": true, "favorably": true, "actively": true, "resolutely": true,
	"categorically": true, "vigorously": true, "earnestly": true, "wholeheartedly": true,
	"profoundly": true, "kindly": true, "respectfully": true, "sharply": true, "vehemently": true,
	"unanimously": true, "consistently": true, "constantly": true, "already": true, "recently": true,
	"genuinely": true, "officially": true, "formally": true, "publicly": true, "solemnly": true,
	"gladly": true, "happily": true, "graciously": true, "willingly": true, // "the invitation was gladly accepted"
}

func (a *analysis) isVerbAt(k int) bool {
	_, ok := a.g.verbForm[a.toks[k].Fold]
	return ok && !a.toks[k].Cap
}

// listedWithPerson reports whether toks[i:j] stands in a comma or "and"
// list next to a person's name.
func (a *analysis) listedWithPerson(i, j int) bool {
	toks := a.toks
	// left neighbour: "X, " or "X and " or "X, and "
	p := i - 1
	if p >= 0 && toks[p].Fold == "and" {
		p--
	}
	if p >= 0 && toks[p].Text == "," {
		p--
	}
	if p >= 0 && p < i-1 {
		if m := a.mAt(p); m != nil && m.Kind == mPerson {
			return true
		}
	}
	// right neighbour
	q := j
	if q < len(toks) && toks[q].Text == "," {
		q++
	}
	if q < len(toks) && toks[q].Fold == "and" {
		q++
	}
	if q > j && q < len(toks) {
		if m := a.mAt(q); m != nil && m.Kind == mPerson {
			return true
		}
		if toks[q].Cap && a.mAt(q) == nil && !notNameWords[toks[q].Fold] {
			e := a.nameRun(q)
			if e > q+1 && i > 0 && (roleNoun(toks[i-1]) || a.inT(i-1)) {
				return true
			}
		}
	}
	return false
}

// knownSurname returns the person of this readout one of whose name words
// is f, or nil.
func (a *analysis) knownSurname(f string) *ent {
	e, _ := a.surnamePersons(f)
	return e
}

// surnamePersons returns the person of this readout one of whose name
// words is f, or nil when none or more than one is; and whether two persons
// or more named in full have that word ("Karamoko Jean-Marie Traoré" and
// "Ibrahim Traoré").
func (a *analysis) surnamePersons(f string) (*ent, bool) {
	var found *ent
	ambiguous := false
	full := 0
	for _, e := range a.ents {
		if e.Kind != schema.Person {
			continue
		}
		for _, w := range nameWords(e.Name) {
			if w == f {
				if strings.Contains(e.Name, " ") {
					full++
				}
				if found != nil && found != e {
					ambiguous = true
				}
				found = e
				break
			}
		}
		if ambiguous {
			continue
		}
		// a word of the table's other spellings of an office-holder's
		// name: "Dbeibah" for Abdul Hamid Dbeibeh, who is also written
		// "Abdulhamid Dbeibah"
		if e.Holder >= 0 && found == nil && slices.Contains(a.g.holders[e.Holder].Tokens, f) {
			found = e
		}
	}
	if ambiguous {
		return nil, full > 1
	}
	return found, false
}

// nameWords returns the folded words of a name that can stand for it alone:
// not particles, not initials.
func nameWords(name string) []string {
	var out []string
	toks := tokenize(name, 0, len(name))
	for k, t := range toks {
		if t.Kind == tokWord && utf8.RuneCountInString(t.Text) > 1 && !nameParticle[t.Fold] && !initialAt(toks, k) && !(generational[t.Fold] && k > 0) {
			out = append(out, t.Fold)
		}
	}
	return out
}

// nameWordsAt returns the words of the name toks[i:j] as [nameWords] does
// for a name's text: folded, without initials and particles.
func (a *analysis) nameWordsAt(i, j int) []string {
	var out []string
	for k, t := range a.toks[i:j] {
		if t.Kind == tokWord && utf8.RuneCountInString(t.Text) > 1 && !nameParticle[t.Fold] && !initialAt(a.toks[i:j], k) && !(generational[t.Fold] && k > 0) {
			out = append(out, t.Fold)
		}
	}
	return out
}

// addPerson records the person named by toks[i:j], resolving it to a known
// office-holder or to a person already named in this readout.
func (a *analysis) addPerson(i, j int) {
	toks := a.toks
	words := a.nameWordsAt(i, j)
	// Same person as one already named: "Minister Fidan", "Blinken".
	if len(words) == 1 {
		e, shared := a.surnamePersons(words[0])
		if e != nil {
			// "Sultan Ibrahim" in a readout of Prime Minister Anwar
			// Ibrahim: a title of an office the person does not hold,
			// which an office-holder of that name held that day, names
			// that holder.
			if t := a.titleBefore(i); t != nil && t.Office != "" && !a.holdsOffice(e, t.Office) {
				if h := a.holderBySurname(words[0], t); h >= 0 && officeFits(t.Office, a.g.holders[h].Office) &&
					a.g.holders[h].Name != e.Name {
					a.addMention(&mention{I: i, J: j, Kind: mPerson, E: a.holderEnt(h), How: "title-on-date"})
					return
				}
			}
			a.addMention(&mention{I: i, J: j, Kind: mPerson, E: e, How: "name"})
			return
		}
		// "Prime Minister Modi": the office-holder of that name on the date
		// (not a word two persons of the readout named in full share:
		// "Sheikh Salem" after "Sheikh Salem Alharthy" and "Dr Salem
		// Mansour" is one of them, which splitSurnames picks)
		if h := a.holderBySurname(words[0], a.titleBefore(i)); h >= 0 && !shared {
			e := a.holderEnt(h)
			a.addMention(&mention{I: i, J: j, Kind: mPerson, E: e, How: "title-on-date"})
			return
		}
	} else {
		// a full name whose words all belong to one known person of the readout
		for _, e := range a.ents {
			if e.Kind == schema.Person && sameName(e.Name, words) {
				a.addMention(&mention{I: i, J: j, Kind: mPerson, E: e, How: "name"})
				return
			}
		}
		// the full name of a person named before by given name and surname
		// alone: "Hanna Serwaa Tetteh" after "Hanna Tetteh"
		if e := a.middleNamed(words); e != nil {
			m := &mention{I: i, J: j, Kind: mPerson, E: e, How: "name"}
			a.addMention(m)
			a.attachTitlePhrase(i, m)
			return
		}
		// a longer form of an office-holder's name, introduced by the
		// title of the office held that day: "Minister of Foreign Affairs
		// Dato' Seri Utama Haji Mohamad bin Haji Hasan" (Mohamad Hasan)
		if h := a.holderWithin(words, a.titleBefore(i)); h >= 0 {
			e := a.holderEnt(h)
			a.addMention(&mention{I: i, J: j, Kind: mPerson, E: e, How: "title-on-date"})
			return
		}
		// another spelling of an office-holder's given name: "Serguéi
		// Lavrov" (Sergey Lavrov)
		if h := a.holderSpelling(words); h >= 0 {
			a.addMention(&mention{I: i, J: j, Kind: mPerson, E: a.holderEnt(h), How: "title-on-date"})
			return
		}
	}
	if j == i+1 && romanNumeral(toks[i].Text) {
		// "Minister of Foreign Affairs II of Brunei": a numbered office,
		// no one's name unless it ends one already named ("Elizabeth II")
		return
	}
	name := canonicalName(toks[i:j])
	if n := a.malayName(i, j); n != "" {
		name = n
	}
	e := a.entity(schema.PersonID(name), schema.Person, name)
	m := &mention{I: i, J: j, Kind: mPerson, E: e, How: "name"}
	a.addMention(m)
	a.attachTitlePhrase(i, m)
}

// attachTitlePhrase gives the person of m, a name at token i, the office
// of a title the tables do not have, right before the name.
func (a *analysis) attachTitlePhrase(i int, m *mention) {
	if p := i - 1; p > 0 && a.titleBefore(i) == nil && a.gEnd(p) == nil {
		if q := a.titlePhraseBefore(p, i); q >= 0 {
			a.attach(m, a.phraseRole(q, p))
		}
	}
}

// middleNamed returns the one person of the readout named by two words
// that are the first and the last of words, a name of three words or more
// (the same name with a middle name); nil when none or more than one is.
func (a *analysis) middleNamed(words []string) *ent {
	if len(words) < 3 {
		return nil
	}
	var found *ent
	for _, e := range a.ents {
		if e.Kind != schema.Person {
			continue
		}
		nw := nameWords(e.Name)
		if len(nw) != 2 || nw[0] != words[0] || nw[1] != words[len(words)-1] {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// holderSpelling returns the office-holder in office on the readout's date
// whose two-word name has the surname of the two-word name words and a
// given name spelled otherwise, with the same first four letters
// ("serguei" for "sergey", "mohamed" for "mohammed"); or -1 when none or
// more than one is.
func (a *analysis) holderSpelling(words []string) int {
	if len(words) != 2 || a.ref.IsZero() || len(words[0]) < 4 {
		return -1
	}
	found := -1
	for _, h := range a.g.byToken[words[1]] {
		hr := a.g.holders[h]
		if !hr.heldOn(a.ref) {
			continue
		}
		nw := nameWords(hr.Name)
		if len(nw) != 2 || nw[1] != words[1] || nw[0] == words[0] || len(nw[0]) < 4 || nw[0][:4] != words[0][:4] {
			continue
		}
		if found >= 0 && a.g.holders[found].Name != hr.Name {
			return -1
		}
		found = h
	}
	return found
}

// malayName returns the name toks[i:j] is known by when it is a Malay
// name with a patronymic, in the style of Malay forms of address (a Malay
// honorific inside it or right before it): the given name and the last
// word of the father's name, without "bin" or honorifics ("Yang Berhormat
// Dato ... Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof" is Erywan
// Yusof, as "Mohamad bin Haji Hasan" is Mohamad Hasan); otherwise "".
func (a *analysis) malayName(i, j int) string {
	toks := a.toks
	b := -1
	malay := false
	for k := max(i-4, 0); k < j; k++ {
		if toks[k].Sent != toks[i].Sent {
			continue
		}
		if malayHonorific[toks[k].Fold] {
			malay = true
		}
		if k > i && (toks[k].Fold == "bin" || toks[k].Fold == "binti") && b < 0 {
			b = k
		}
	}
	if !malay || b < 0 || j-1 <= b || toks[j-1].Kind != tokWord {
		return ""
	}
	var given []token
	for k := i; k < b; k++ {
		if !honorificTok(toks[k]) {
			given = append(given, toks[k])
		}
	}
	if len(given) == 0 {
		return ""
	}
	return canonicalName(append(given, toks[j-1]))
}

// malayHonorific are the forms of address of Malaysia and Brunei that mark
// a name as Malay.
var malayHonorific = map[string]bool{
	"dato": true, "dato'": true, "datuk": true, "datin": true, "datu": true, "seri": true, "setia": true,
	"awang": true, "dayang": true, "pengiran": true, "pehin": true, "haji": true, "hajah": true, "hj": true,
	"berhormat": true, "tun": true, "utama": true, "yb": true, "yab": true,
}

// inOfficeSurname reports whether f is the last name word of exactly one
// office-holder in office on the readout's date.
func (a *analysis) inOfficeSurname(f string) bool {
	if a.ref.IsZero() {
		return false
	}
	found := ""
	for _, h := range a.g.byToken[f] {
		hr := a.g.holders[h]
		w := nameWords(hr.Name)
		if len(w) < 2 || w[len(w)-1] != f || !hr.heldOn(a.ref) {
			continue
		}
		if found != "" && found != hr.Name {
			return false
		}
		found = hr.Name
	}
	return found != ""
}

// holderWithin returns the one office-holder in office on the readout's
// date, in the office of title, all of whose name's words are among words;
// -1 if there is none or more than one.
func (a *analysis) holderWithin(words []string, title *roleSpan) int {
	if title == nil || title.Office == "" {
		return -1
	}
	found := -1
	var cands []int
	for _, w := range words {
		cands = append(cands, a.g.byToken[w]...)
	}
	for _, h := range cands {
		hr := a.g.holders[h]
		if hr.Office != title.Office || !hr.heldOn(a.ref) || a.ref.IsZero() {
			continue
		}
		if of := title.Of; of != nil && of.ISO3 != "" && of.ISO3 != hr.Of {
			continue
		}
		nw := nameWords(hr.Name)
		if len(nw) < 2 {
			continue
		}
		all := true
		for _, w := range nw {
			if !slices.ContainsFunc(words, func(x string) bool { return sameSpelling(x, w) }) {
				all = false
			}
		}
		if all {
			if found >= 0 && a.g.holders[found].Name != hr.Name {
				return -1
			}
			found = h
		}
	}
	return found
}

// sameName reports whether every word of words is a word of name, in one
// of its spellings (see [sameSpelling]).
func sameName(name string, words []string) bool {
	nw := nameWords(name)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !slices.ContainsFunc(nw, func(x string) bool { return sameSpelling(x, w) }) {
			return false
		}
	}
	return true
}

// sameSpelling reports whether the folded name words x and y are one word
// transliterated with or without a doubled letter: "moalim" and "moallim",
// "mohamed" and "mohammed", "hasan" and "hassan".
func sameSpelling(x, y string) bool {
	if x == y {
		return true
	}
	if len(x) < 4 || len(y) < 4 || x[0] != y[0] || max(len(x), len(y))-min(len(x), len(y)) > 2 {
		return false
	}
	return undoubled(x) == undoubled(y)
}

// undoubled returns s with each run of one repeated byte made one byte.
func undoubled(s string) string {
	k := 1
	for k < len(s) && s[k] != s[k-1] {
		k++
	}
	if k >= len(s) {
		return s
	}
	b := []byte(s[:k])
	for ; k < len(s); k++ {
		if s[k] != s[k-1] {
			b = append(b, s[k])
		}
	}
	return string(b)
}

// titleBefore returns the title group that ends right before token i
// (skipping honorifics), or nil.
func (a *analysis) titleBefore(i int) *roleSpan {
	p := i - 1
	for p >= 0 && (a.toks[p].Text == "." || a.toks[p].Text == "'" || a.toks[p].Text == "’" || honorificAt(a.toks, p)) {
		p--
	}
	for q := p; q >= 0 && q >= p-12; q-- {
		if r := a.tAt(q); r != nil && r.J == p+1 {
			return r
		}
	}
	// an appositive with honorifics: "The Minister of Foreign Affairs of
	// Malaysia, YB Dato' Seri Utama Haji Mohamad bin Haji Hasan"
	if p > 0 && p < i-1 && a.toks[p].Text == "," {
		if r := a.gEnd(p - 1); r != nil {
			return r
		}
	}
	return nil
}

// holderBySurname returns the office-holder in office on the readout's date
// with a name word f, preferring one whose office fits title; -1 if none or
// ambiguous.
func (a *analysis) holderBySurname(f string, title *roleSpan) int {
	cands := a.g.byToken[f]
	best, bestScore, tie := -1, -1, false
	for _, h := range cands {
		hr := a.g.holders[h]
		score := 0
		if hr.heldOn(a.ref) {
			score += 2
		}
		if title != nil && officeFits(title.Office, hr.Office) {
			score += 2
			// Only breaks a tie: "Sultan Ibrahim", a head of state of
			// the state the readout names over one of another.
			if a.namesState(hr.Of) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore, tie = h, score, false
		} else if score == bestScore && a.g.holders[best].Name != hr.Name {
			tie = true
		}
	}
	if tie || bestScore < 2 {
		return -1
	}
	return best
}

// officeFits reports whether a title's office is a holder's: the same, or
// a head of a body's secretariat named without the body before the name of
// one whose office is a body's (un_secretary_general, nato_secretary_general:
// "Secretary-General Guterres"; "Managing Director Georgieva").
func officeFits(title, holder string) bool {
	return title != "" && (title == holder || secretariatHeads[title] && strings.HasSuffix(holder, "_"+title))
}

// secretariatHeads are the generic offices that the tables store under a body's
// name ("iaea_director_general").
var secretariatHeads = map[string]bool{"secretary_general": true, "director_general": true, "managing_director": true}

// holdsOffice reports whether the person e is known to hold office, in
// this readout or in the tables.
func (a *analysis) holdsOffice(e *ent, office string) bool {
	return slices.ContainsFunc(e.Offices, func(o string) bool { return officeFits(office, o) }) ||
		e.Holder >= 0 && officeFits(office, a.g.holders[e.Holder].Office)
}

// namesState reports whether the readout names the state iso3.
func (a *analysis) namesState(iso3 string) bool {
	for _, e := range a.ents {
		if e.Kind == schema.State && e.ISO3 == iso3 && iso3 != "" {
			return true
		}
	}
	return false
}

// canonicalName writes a personal name in its canonical form: honorifics and
// middle initials dropped, words in capitals title-cased, and Japanese
// "FAMILY Given" order turned to "Given Family".
func canonicalName(toks []token) string {
	var words []string
	upperFirst := false
	for n, t := range toks {
		if t.Kind != tokWord {
			if t.Text == "-" && len(words) > 0 {
				words[len(words)-1] += "-"
			}
			continue
		}
		if (utf8.RuneCountInString(t.Text) == 1 || initialAt(toks, n)) && n > 0 && n < len(toks)-1 {
			continue // middle initial
		}
		w := t.Text
		if generational[t.Fold] && n > 0 {
			words = append(words, w+".")
			continue
		}
		if t.Upper && utf8.RuneCountInString(w) > 1 && !romanNumeral(w) {
			if n == 0 {
				upperFirst = true
			}
			w = titleCase(w)
		}
		if len(words) > 0 && strings.HasSuffix(words[len(words)-1], "-") {
			words[len(words)-1] += w
			continue
		}
		words = append(words, w)
	}
	if upperFirst && len(words) == 2 && !toks[len(toks)-1].Upper {
		words[0], words[1] = words[1], words[0]
	}
	return strings.Join(words, " ")
}

func titleCase(w string) string {
	var b strings.Builder
	first := true
	for _, r := range w {
		if first {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		first = r == '-' || r == '\''
	}
	return b.String()
}

// sortMentions orders mentions by position.
func (a *analysis) sortMentions() {
	sort.SliceStable(a.ms, func(x, y int) bool {
		if a.ms[x].I != a.ms[y].I {
			return a.ms[x].I < a.ms[y].I
		}
		return a.ms[x].J > a.ms[y].J
	})
}

// mergeSurnames folds persons known only by one name word ("Secretary
// Blinken's Call" in a title) into the full-named person of the readout
// with that word, when exactly one has it (when more do, see
// [analysis.splitSurnames]), or by a hyphenated surname the text also
// writes with a space ("Aboul Gheit", "Ahmed Aboul-Gheit").
func (a *analysis) mergeSurnames() {
	for _, e := range a.ents {
		if e.Kind != schema.Person || len(e.Ms) == 0 {
			continue
		}
		f := fold(e.Name)
		if strings.Contains(e.Name, " ") {
			// "Aboul Gheit receives ...", written elsewhere "Ahmed
			// Aboul-Gheit": a hyphenated surname spelled with a space,
			// one the text also writes with its hyphen
			if strings.Count(e.Name, " ") != 1 || !a.hyphenSpelled(e) {
				continue
			}
			f = strings.ReplaceAll(f, " ", "-")
		}
		var target *ent
		n := 0
		for _, x := range a.ents {
			if x != e && a.ownsSurname(x, f) {
				target = x
				n++
			}
		}
		if n != 1 {
			continue
		}
		for _, m := range e.Ms {
			m.E = target
			target.Ms = append(target.Ms, m)
		}
		e.Ms = nil
		delete(a.byID, e.ID)
	}
}

// dropSecondSurnames names a person the text introduces with a name of
// three words and then calls by the middle one alone, never by the last,
// without the last: the second surname of Spanish names ("Elmer Schialer
// Salcedo ... Minister Schialer" is Elmer Schialer). Names from the tables
// and names with particles are left as they are.
func (a *analysis) dropSecondSurnames() {
	for _, e := range a.ents {
		if e.Kind != schema.Person || e.Holder >= 0 || e.QID != "" {
			continue
		}
		w := nameWords(e.Name)
		if len(w) != 3 || len(strings.Fields(e.Name)) != 3 {
			continue
		}
		var full *mention
		middle, last := false, false
		for _, m := range e.Ms {
			if m.Kind != mPerson {
				continue
			}
			mw := a.nameWordsAt(m.I, m.J)
			switch {
			case len(mw) == 1 && mw[0] == w[1]:
				middle = true
			case len(mw) == 1 && mw[0] == w[2]:
				last = true
			case full == nil && slices.Equal(mw, w) && m.J-m.I == 3:
				full = m
			}
		}
		if !middle || last || full == nil {
			continue
		}
		name := canonicalName(a.toks[full.I : full.J-1])
		id := schema.PersonID(name)
		if a.byID[id] != nil {
			continue
		}
		delete(a.byID, e.ID)
		e.ID, e.Name = id, name
		a.byID[id] = e
	}
}

// ownsSurname reports whether x is a person of the readout named in full
// with the name word f. "Baume-Schneider" is a word of "Élisabeth
// Baume-Schneider" though its parts are tokens of their own.
// hyphenSpelled reports whether one of e's mentions writes its two-word
// name with a hyphen ("Aboul-Gheit" beside "Aboul Gheit").
func (a *analysis) hyphenSpelled(e *ent) bool {
	for _, m := range e.Ms {
		if m.Kind == mPerson && m.J-m.I == 3 && a.toks[m.I+1].Text == "-" {
			return true
		}
	}
	return false
}

func (a *analysis) ownsSurname(x *ent, f string) bool {
	return x.Kind == schema.Person && len(x.Ms) > 0 && strings.Contains(x.Name, " ") &&
		(slices.Contains(nameWords(x.Name), f) || strings.Contains(f, "-") && slices.Contains(strings.Fields(fold(x.Name)), f))
}

// sharedMention is a mention of a family name that persons of the readout
// share, with those persons, when no title before it told which one it is.
type sharedMention struct {
	m      *mention
	owners []*ent
}

// splitSurnames gives each mention of a person known only by a family name
// that two or more persons named in full share ("the envoy, Mr. Karamoko
// Jean-Marie Traoré, ... Captain Ibrahim Traoré ... Captain Traoré") to one
// of them: the one whose title or office the title before it names (the
// title groups are attached: it runs after buildRoles); else, for now, the
// one named last before it, and [analysis.rebindShared] decides once the
// participants are known.
func (a *analysis) splitSurnames() {
	for _, e := range a.ents {
		if e.Kind != schema.Person || strings.Contains(e.Name, " ") || len(e.Ms) == 0 {
			continue
		}
		f := fold(e.Name)
		var owners []*ent
		for _, x := range a.ents {
			if x != e && a.ownsSurname(x, f) {
				owners = append(owners, x)
			}
		}
		if len(owners) < 2 {
			continue
		}
		for _, m := range e.Ms {
			var pick *ent
			if m.Role != nil {
				best, tie := 0, false
				for _, o := range owners {
					switch t := a.fitTier(o, m.Role); {
					case t > best:
						pick, best, tie = o, t, false
					case t == best && t > 0:
						tie = true
					}
				}
				if tie {
					pick = nil
				}
			}
			if pick == nil {
				pick = a.sameHonorific(m, owners)
			}
			if pick == nil {
				last := -1
				for _, o := range owners {
					for _, om := range o.Ms {
						if om.I < m.I && om.I > last {
							pick, last = o, om.I
						}
					}
				}
				if pick == nil {
					pick = owners[0]
				}
				a.sharedMs = append(a.sharedMs, sharedMention{m, owners})
			}
			m.E = pick
			pick.Ms = append(pick.Ms, m)
		}
		e.Ms = nil
		delete(a.byID, e.ID)
	}
}

// sameHonorific returns the one of owners introduced with the form of
// address that comes right before the name word of m, or nil: "Sayyid
// Badr" after "Sayyid Badr bin Hamad Albusaidi" and "Dr Badr Abdelatty" is
// the first; readouts call a person by the honorific and the given name.
func (a *analysis) sameHonorific(m *mention, owners []*ent) *ent {
	h := a.honorificBefore(m.I)
	if h == "" {
		return nil
	}
	var pick *ent
	for _, o := range owners {
		for _, om := range o.Ms {
			if om != m && om.Kind == mPerson && om.J-om.I > 1 && a.honorificBefore(om.I) == h {
				if pick != nil && pick != o {
					return nil
				}
				pick = o
				break
			}
		}
	}
	return pick
}

// honorificBefore returns the folded form of address right before token i
// ("Sayyid", "Dr." or "Dr"), or "".
func (a *analysis) honorificBefore(i int) string {
	p := i - 1
	if p > 0 && a.toks[p].Text == "." {
		p--
	}
	if p < 0 || !honorificAt(a.toks, p) {
		return ""
	}
	return strings.TrimSuffix(a.toks[p].Fold, ".")
}

// rebindShared gives a family name's mention that [analysis.splitSurnames]
// could not tell by a title to the one of its persons who takes part in
// the main event, if exactly one does: "received Mr. Karamoko Jean-Marie
// Traoré, who delivered a message from Captain Ibrahim Traoré. Traoré
// expressed gratitude" is the envoy.
func (a *analysis) rebindShared() {
	for _, s := range a.sharedMs {
		var part *ent
		n := 0
		for _, o := range s.owners {
			if o.Part {
				part = o
				n++
			}
		}
		if n != 1 || s.m.E == part {
			continue
		}
		old := s.m.E
		old.Ms = slices.DeleteFunc(old.Ms, func(x *mention) bool { return x == s.m })
		s.m.E = part
		part.Ms = append(part.Ms, s.m)
	}
}

// shortRefs are bare definite references to a body named in full elsewhere
// in the readout or implied by it: "the Commission" in a readout about the
// EU, "the Alliance" in one about NATO.
var shortRefs = map[string]struct{ key, context string }{
	"commission": {"european-commission", "eu"},
	"alliance":   {"nato", "nato"},
	"union":      {"eu", "eu"},
}

// scanShortRefs resolves "the Commission", "the Alliance", "the Union",
// and a body's head noun alone after the body ("the European Council ...
// the Council").
func (a *analysis) scanShortRefs() {
	toks := a.toks
	for i := a.body + 1; i < len(toks); i++ {
		if !toks[i].Cap || toks[i-1].Fold != "the" || a.mAt(i) != nil {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Kind == tokWord && toks[i+1].Cap {
			continue // part of a longer name
		}
		ref, ok := shortRefs[toks[i].Fold]
		if !ok || !a.relatedMentioned(ref.context) {
			if e := a.headRef(i); e != nil {
				a.addMention(&mention{I: i, J: i + 1, Kind: mInst, E: e, How: "coreference"})
			}
			continue
		}
		k, ok := a.g.instKey[ref.key]
		if !ok {
			continue
		}
		e := a.instEnt(k)
		a.addMention(&mention{I: i, J: i + 1, Kind: mInst, E: e, How: "coreference"})
	}
}

// bodyHeads are the head nouns by which a body named before is referred
// to alone: "the Council", "the Assembly", "the Board".
var bodyHeads = map[string]bool{
	"council": true, "assembly": true, "commission": true, "committee": true, "board": true,
	"parliament": true, "group": true, "secretariat": true, "agency": true, "bank": true, "fund": true,
	"organization": true, "organisation": true, "court": true, "tribunal": true, "congress": true,
	"senate": true,
}

// headRef returns the body that "the" and the head noun at i refer to: the
// last body mentioned before it whose name ends with that noun ("the
// European Council ... the next meeting of the Council", "the Asian
// Development Bank ... the Bank"), or nil; a head noun that opens a longer
// name ("the Council of Europe", "the Court of Justice") is no reference.
func (a *analysis) headRef(i int) *ent {
	toks := a.toks
	if !bodyHeads[toks[i].Fold] || a.inT(i) {
		return nil // "the President of the Council": a title's
	}
	if i+2 < len(toks) && (toks[i+1].Fold == "of" || toks[i+1].Fold == "for" || toks[i+1].Fold == "on") && (toks[i+2].Cap || toks[i+2].Fold == "the") {
		return nil
	}
	var last *mention
	for _, m := range a.ms {
		if m.Kind == mInst && m.E != nil && m.J <= i && (last == nil || m.I > last.I) && strings.EqualFold(lastWord(m.E.Name), toks[i].Text) {
			last = m
		}
	}
	if last == nil {
		return nil
	}
	return last.E
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// organNamed returns the organ toks[i:j] names by the name it bears
// within its body ("the Permanent Council", "the Parliamentary Assembly")
// when its sentence or the two before mention that body or another of its
// organs, and the name is no state's ("Lebanon's Council of Ministers");
// nil when no such organ or more than one fits.
func (a *analysis) organNamed(i, j int) *ent {
	if i > 0 && a.toks[i-1].Kind == tokPoss {
		return nil
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(a.toks[k].Fold)
	}
	found := -1
	sent := a.toks[i].Sent
	for _, ref := range a.g.organs[b.String()] {
		if p := a.g.insts[ref].PartOf; a.relatedNear(p, sent) || a.relatedNear(a.g.insts[ref].Key, sent) {
			if found >= 0 {
				return nil
			}
			found = ref
		}
	}
	if found < 0 {
		return nil
	}
	return a.instEnt(found)
}

// relatedNear reports whether sentence s or one of the two before it
// mentions the body with key or one of its parts.
func (a *analysis) relatedNear(key string, s int) bool {
	id := schema.InstitutionID(key)
	for _, m := range a.ms {
		if m.Kind == mInst && m.E != nil && (m.E.ID == id || m.E.PartOf == id) {
			if ms := a.toks[m.I].Sent; ms <= s && ms >= s-2 {
				return true
			}
		}
	}
	return false
}

// relatedMentioned reports whether the readout mentions the body with key
// or one of its parts.
func (a *analysis) relatedMentioned(key string) bool {
	for _, e := range a.ents {
		if len(e.Ms) > 0 && e.Kind == schema.Institution && (e.ID == schema.InstitutionID(key) || e.PartOf == schema.InstitutionID(key)) {
			return true
		}
	}
	return false
}

// instInside records an institution named inside a title phrase and
// returns it, or nil.
func (a *analysis) instInside(i, j int) *ent {
	for k := i; k < j; k++ {
		// the longest body named at k: "Chairperson of the African Union
		// Commission" serves the Commission, not the Union
		ms := a.g.lookupAll(a.toks[:j], k)
		for x := len(ms) - 1; x >= 0; x-- {
			m := ms[x]
			if a.inPortfolio(m.I, m.J) {
				continue // "Secretary of State for Foreign, Commonwealth and Development Affairs"
			}
			for _, e := range m.Entries {
				if e.Kind != eInst && e.Kind != eAcronym {
					continue
				}
				ie := a.instEnt(e.Ref)
				mm := &mention{I: m.I, J: m.J, Kind: mInst, E: ie, How: howOf(e.Kind)}
				a.ms = append(a.ms, mm)
				ie.Ms = append(ie.Ms, mm)
				return ie
			}
		}
	}
	return nil
}

// removeMention takes m out of the readout, its tokens and its entity.
func (a *analysis) removeMention(m *mention) {
	for n := m.I; n < m.J; n++ {
		a.at[n] = nil
	}
	a.ms = slices.DeleteFunc(a.ms, func(x *mention) bool { return x == m })
	if m.E != nil {
		m.E.Ms = slices.DeleteFunc(m.E.Ms, func(x *mention) bool { return x == m })
	}
}
