package extract

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/readout/readout/schema"
)

// analysis is the working state of one extraction.
type analysis struct {
	g         *gazetteer
	text      string
	toks      []token
	sents     []Span
	sentStart []int // first token of each sentence

	body      int // first token of the body (after title and date line)
	bodySent  int // first sentence of the body
	bodyStart int // byte offset of the body
	ref       time.Time
	pubDay    string // publication day, YYYY-MM-DD, or ""

	ents []*ent
	byID map[string]*ent
	ms   []*mention

	at      []*mention  // per token: the name mention covering it
	titleAt []*roleSpan // per token: a title phrase starting there
	inTitle []bool      // per token: inside a title phrase
	roleAt  []*roleSpan // per token: a title group starting there
	roleEnd []*roleSpan // per token: a title group ending there
	refAt   []*ent      // per token: the person a bare title or pronoun refers to
	quoted  []bool      // per token: inside quotation marks
	roles   []*roleSpan

	docNames    []string        // folded names an appositive calls documents (documentNamed); nil until asked
	sharedMs    []sharedMention // mentions of a family name two persons share, no title telling which (splitSurnames)
	sharedInsts []match         // names of bodies of several states, resolved after the gazetteer scan (takeSharedInst)

	eventSent           int
	frameSent           int // the sentence, up to three before the event's, that has its visitor arrive; or -1
	parts               []*ent
	firstPerson         bool // the body is a first-person statement or letter
	presentStyle        bool // the body reports in the present tense: "Mr Peters says"
	author              *ent // the "I" of a first-person text
	publisher           string
	pubOf               string // ISO3 or body key of the publisher
	publisherEnt        *ent
	lastSubject         *ent // the person last seen as a subject, for pronouns
	homeEnt             *ent
	homeDone            bool
	evType              schema.EventType // the main event's type
	initEnt             *ent             // the main event's initiator, if the text says
	pubHolder           *ent             // the publisher's office-holder found by a bare title ("The Prime Minister spoke to")
	introducedWithState map[*ent]bool    // participants whose name came with a state ("of Japan")

	warnings []string
}

func (a *analysis) warn(msg string) { a.warnings = append(a.warnings, msg) }

// sentToks returns the token range of sentence s.
func (a *analysis) sentToks(s int) (int, int) {
	i := a.sentStart[s]
	j := len(a.toks)
	if s+1 < len(a.sentStart) {
		j = a.sentStart[s+1]
	}
	return i, j
}

// analyze runs the extraction passes over doc.
func analyze(g *gazetteer, doc Document) *analysis {
	text := doc.Text
	a := &analysis{g: g, text: text, byID: map[string]*ent{}, introducedWithState: map[*ent]bool{}, frameSent: -1}
	a.toks = tokenize(text, 0, len(text))
	a.sents = splitSentences(text, a.toks)
	a.sentStart = make([]int, len(a.sents))
	for k := len(a.toks) - 1; k >= 0; k-- {
		a.sentStart[a.toks[k].Sent] = k
	}
	// Per-token tables carry a few padding slots, so that a look-ahead one
	// or two tokens past the end reads nil instead of panicking.
	n := len(a.toks) + 4
	a.at = make([]*mention, n)
	a.titleAt = make([]*roleSpan, n)
	a.inTitle = make([]bool, n)
	a.roleAt = make([]*roleSpan, n)
	a.roleEnd = make([]*roleSpan, n)
	a.refAt = make([]*ent, n)
	a.quoted = make([]bool, n)
	a.markQuotes()

	a.setBody(doc)
	a.detectPublisher(doc)

	a.scanGazetteer()
	a.scanGenericRoles()
	a.scanInstitutions()
	a.scanShortRefs()
	a.buildGroups()
	a.scanPersons()
	a.scanPersons() // second pass: surnames of persons found in the first
	a.mergeSurnames()
	a.dropSecondSurnames()
	a.sortMentions()
	a.buildRoles()
	a.splitSurnames()
	a.detectFirstPerson()
	a.detectPresentStyle()
	return a
}

// detectPresentStyle sets presentStyle for a body that reports in the
// present tense ("Mr Peters says", ", says Minister Lipavský"): a person
// right before or after "says" in the body. Then the third-person forms of
// the reporting verbs ("stresses", "adds") make claims too.
func (a *analysis) detectPresentStyle() {
	for k := a.body; k < len(a.toks); k++ {
		if a.toks[k].Fold != "says" || a.qAt(k) {
			continue
		}
		before := k > a.body && a.mAt(k-1) != nil && a.mAt(k-1).Kind == mPerson && a.toks[k-1].Sent == a.toks[k].Sent
		after := false
		for n := k + 1; n < len(a.toks) && n <= k+3 && a.toks[n].Sent == a.toks[k].Sent; n++ {
			if m := a.mAt(n); m != nil && m.Kind == mPerson {
				after = true
				break
			}
		}
		if before || after {
			a.presentStyle = true
			return
		}
	}
}

// setBody finds where the body starts: after the title line and a date line
// or dateline, and reads the publication date.
func (a *analysis) setBody(doc Document) {
	if doc.Published != "" {
		if t, err := time.Parse("2006-01-02", doc.Published[:min(10, len(doc.Published))]); err == nil {
			a.ref = t
			a.pubDay = t.Format("2006-01-02")
		}
	}
	// the title is the first line
	a.body = 0
	if doc.Body > 0 {
		for a.body < len(a.toks) && a.toks[a.body].Start < doc.Body {
			a.body++
		}
	} else if len(a.toks) > 0 {
		a.body = 1
		for a.body < len(a.toks) && a.toks[a.body].NL == 0 {
			a.body++
		}
	}
	if a.body >= len(a.toks) {
		a.body = 0
	}
	if a.body < len(a.toks) {
		a.bodySent = a.toks[a.body].Sent
		a.bodyStart = a.toks[a.body].Start
	}
	// No publication date: office-holders are looked up on the first full
	// date of the text, not on every day at once.
	if a.ref.IsZero() {
		for _, d := range FindDates(a.text, 0, len(a.text)) {
			if t, ok := d.Resolve(time.Time{}); ok && d.Kind == AbsoluteDate && d.Year != 0 && d.Gran == DayGranularity {
				a.ref = t
				break
			}
		}
	}
}

// markQuotes marks the tokens inside quotation marks.
func (a *analysis) markQuotes() {
	in, single := false, false
	toks := a.toks
	for k, t := range toks {
		if single && t.NL >= 2 {
			in, single = false, false // an apostrophe, not a quotation
		}
		switch t.Text {
		case "“":
			in = true
			continue
		case "”":
			in = false
			continue
		case "\"":
			in = !in
			continue
		case "'", "‘", "’":
			// single quotation marks, as some publishers quote: an
			// opening mark before a capitalised word, a closing one right
			// after a sentence's or clause's end ("'The ceasefire must
			// hold,' says Eide")
			switch {
			case !in && !single && t.Text != "’" && k+1 < len(toks) && toks[k+1].Start == t.End && toks[k+1].Cap &&
				(k == 0 || toks[k-1].End < t.Start) && singleCloses(toks, k+1):
				in, single = true, true
				continue
			case single && singleClose(toks, k):
				in, single = false, false
				continue
			}
		}
		if t.NL >= 2 && in && k > 0 && a.toks[k-1].Text != "," {
			// a quote that spans paragraphs continues (letters); keep state
		}
		a.quoted[k] = in
	}
}

// singleClose reports whether toks[k] is a closing single quotation mark:
// right after a comma or a sentence's end ("hold,' says").
func singleClose(toks []token, k int) bool {
	t := toks[k]
	return (t.Text == "'" || t.Text == "’") && k > 0 && toks[k-1].End == t.Start && strings.ContainsAny(toks[k-1].Text, ",.?!")
}

// singleCloses reports whether a closing single quotation mark follows
// token k within its paragraph (and 400 tokens): else the opening mark is a
// scare quote ("Armenia's 'Crossroads of Peace' initiative") or an
// apostrophe.
func singleCloses(toks []token, k int) bool {
	for n := k; n < len(toks) && n < k+400 && (n == k || toks[n].NL < 2); n++ {
		if singleClose(toks, n) {
			return true
		}
	}
	return false
}

// detectFirstPerson decides whether the body is a first-person text: a
// quoted statement or letter that makes up most of it, with "I" or "we".
func (a *analysis) detectFirstPerson() {
	q, total, first := 0, 0, false
	for k := a.body; k < len(a.toks); k++ {
		total++
		if a.qAt(k) {
			q++
			if a.toks[k].Text == "I" || a.toks[k].Fold == "we" {
				first = true
			}
		}
	}
	if total == 0 {
		return
	}
	if !first || q*2 < total {
		// or a first-person release in plain prose: "Today I met with
		// Prime Minister Modi ... We agreed ..."
		if a.plainI() < 0 && !a.plainWe() {
			return
		}
	}
	a.firstPerson = true
	// the author: the person after "by" in the title ("Statement by President
	// von der Leyen"), or the sender of a letter (set after the event is read)
	for k := 0; k < a.body; k++ {
		if a.toks[k].Fold == "by" {
			for n := k + 1; n < a.body; n++ {
				if m := a.mAt(n); m != nil && m.Kind == mPerson {
					a.author = m.E
					return
				}
			}
		}
	}
	// or the person who signs it, on a line of the name alone near the
	// end: "Senator the Hon Penny Wong / Minister for Foreign Affairs";
	// or the one named so under its header: "Prime Minister / The Hon
	// Anthony Albanese MP"
	a.author = a.signer()
	if a.author == nil {
		a.author = a.byline()
	}
	if a.author == nil {
		a.author = a.introducer()
	}
}

// introducer returns the person who opens the sentence that introduces
// the body's first quotation with a colon and says it is a statement or
// what was said: "Ms. Jane Doe, Managing Director of the Fund, issued the
// following statement today: \"I ...\""; or nil.
func (a *analysis) introducer() *ent {
	toks := a.toks
	q := a.body
	for q < len(toks) && !a.qAt(q) {
		q++
	}
	p := q - 1
	for p >= a.body && toks[p].Kind != tokWord && toks[p].Text != ":" {
		p--
	}
	if q >= len(toks) || p < a.body || toks[p].Text != ":" {
		return nil
	}
	start := p // after a dateline's colon: "Washington, DC: Ms. Jane Doe ..."
	for start > a.body && toks[start-1].Sent == toks[p].Sent && toks[start-1].Text != ":" {
		start--
	}
	stating := false
	for k := start; k < p; k++ {
		switch toks[k].Fold {
		case "statement", "said", "stated", "remarks", "declared":
			stating = true
		}
	}
	if !stating {
		return nil
	}
	for _, m := range a.ms {
		if m.I < start || m.I >= p {
			continue
		}
		if m.Kind != mPerson || m.E == nil || a.lineOpening(m) != start && m.I != start {
			return nil // the first name opens the sentence, past honorifics and a title
		}
		return m.E
	}
	return nil
}

// byline returns the person named on a line of its own (past honorifics
// and a title, before post-nominals: "The Hon Anthony Albanese MP") before
// the body's first "I" and before any other person the body names: the
// writer of a first-person release, under its header; or nil.
func (a *analysis) byline() *ent {
	first := a.plainI()
	if first < 0 {
		return nil
	}
	toks := a.toks
	for _, m := range a.ms {
		if m.I >= first {
			return nil
		}
		if m.I < a.body || m.Kind != mPerson || m.E == nil {
			continue
		}
		k := a.lineOpening(m)
		n := m.J
		for n < len(toks) && toks[n].NL == 0 && postNominals[toks[n].Fold] {
			n++
		}
		if toks[k].NL == 0 && k > a.body || n < len(toks) && toks[n].NL == 0 {
			return nil
		}
		// not a contact line's: "Media contact / Jane Doe"
		for q := k - 1; q >= a.body && q >= k-8; q-- {
			if pressWords[toks[q].Fold] {
				return nil
			}
			if toks[q].NL > 0 {
				break
			}
		}
		return m.E
	}
	return nil
}

// lineOpening returns the first token of the line of person mention m when
// only honorifics, a title, "the" and "Hon" stand before the name on it,
// else the token right before the name or the name's own.
func (a *analysis) lineOpening(m *mention) int {
	toks := a.toks
	k := m.I
	for k > a.body && toks[k].NL == 0 && (honorificAt(toks, k-1) || a.inT(k-1) || toks[k-1].Fold == "the" || toks[k-1].Fold == "hon" || toks[k-1].Text == ".") {
		k--
	}
	return k
}

// pressWords name a press officer's role or a contact line, not a signer's.
var pressWords = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "press": true,
	"contact": true, "contacts": true, "enquiries": true, "inquiries": true,
}

// signer returns the person named on a line of its own (past honorifics
// and a title) among the text's last lines, with no more than a title or
// two after it: the signature of a statement or letter; or nil.
func (a *analysis) signer() *ent {
	toks := a.toks
	for n := len(a.ms) - 1; n >= 0; n-- {
		m := a.ms[n]
		if m.I < a.body {
			return nil
		}
		if m.Kind != mPerson || m.E == nil {
			continue
		}
		// the line opens with the name, or honorifics and a title before it
		k := a.lineOpening(m)
		if toks[k].NL == 0 || m.J < len(toks) && toks[m.J].NL == 0 && toks[m.J].Text != "," {
			return nil
		}
		// what follows is a title or two, not prose (no sentence ends), nor
		// a press officer's ("Jane Doe / Press Secretary")
		for q := m.J; q < len(toks); q++ {
			if q > m.J+12 || toks[q].Text == "." || toks[q].Text == "!" || toks[q].Text == "?" || pressWords[toks[q].Fold] {
				return nil
			}
		}
		return m.E
	}
	return nil
}

// plainWe reports whether the body's first two sentences have "we"
// outside quotation marks as a subject: a joint statement ("Today we, Dick
// Schoof, Prime Minister of the Netherlands, and Bart De Wever, ... met").
func (a *analysis) plainWe() bool {
	if a.body >= len(a.toks) {
		return false
	}
	first := a.toks[a.body].Sent
	for k := a.body; k+1 < len(a.toks) && a.toks[k].Sent <= first+1; k++ {
		t, next := a.toks[k], a.toks[k+1]
		if t.Fold == "we" && t.Kind == tokWord && !a.qAt(k) && next.Sent == t.Sent && (next.Text == "," || next.Kind == tokWord && !next.Cap) {
			return true
		}
	}
	return false
}

// plainI returns the first "I" of the body outside quotation marks that a
// verb follows ("I met", "I reaffirmed"), or -1.
func (a *analysis) plainI() int {
	for k := a.body; k+1 < len(a.toks); k++ {
		t, next := a.toks[k], a.toks[k+1]
		if t.Text == "I" && t.Kind == tokWord && !a.qAt(k) && next.Kind == tokWord && !next.Cap && next.Sent == t.Sent {
			return k
		}
	}
	return -1
}

// firstDate returns the first full date in text[start:end], resolved
// against the publication date.
func (a *analysis) firstDate(start, end int) (string, string, bool) {
	return a.firstDateExcept(start, end, nil)
}

// firstDateExcept is firstDate leaving out the dates starting at the byte
// offsets skip reports.
func (a *analysis) firstDateExcept(start, end int, skip func(off int) bool) (string, string, bool) {
	return a.firstDateFrom(start, end, a.ref, skip)
}

// firstDateFrom is firstDateExcept with the dates resolved against ref.
func (a *analysis) firstDateFrom(start, end int, ref time.Time, skip func(off int) bool) (string, string, bool) {
	for _, d := range FindDates(a.text, start, end) {
		t, ok := d.Resolve(ref)
		if !ok || d.Gran != DayGranularity || skip != nil && skip(d.Start) {
			continue
		}
		if d.Kind == WeekdayDate && a.futureBefore(d.Start) {
			// "will also attend the summit on Tuesday": the next Tuesday,
			// not the last
			if y, m, dd := ref.Date(); t.Before(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)) {
				t = t.AddDate(0, 0, 7)
			}
		}
		return t.Format("2006-01-02"), a.text[d.Start:d.End], true
	}
	return "", "", false
}

// futureBefore reports whether the clause before byte offset off puts
// what it tells in the future: "will", "shall", or "is to", "is due to",
// "is scheduled to", "plans to" ("Starmer will also attend the summit on
// Tuesday"), after the last comma, semicolon or colon of its sentence.
func (a *analysis) futureBefore(off int) bool {
	toks := a.toks
	k := sort.Search(len(toks), func(n int) bool { return toks[n].Start >= off })
	if k >= len(toks) {
		return false
	}
	for q := k - 1; q >= 0 && toks[q].Sent == toks[k].Sent; q-- {
		switch toks[q].Text {
		case ",", ";", ":":
			return false
		}
		switch toks[q].Fold {
		case "will", "shall":
			return true
		case "to":
			if q > 0 && futureTo[toks[q-1].Fold] {
				return true
			}
		}
	}
	return false
}

// futureTo put the infinitive after them ("is to attend", "is scheduled to
// visit") in the future.
var futureTo = map[string]bool{
	"is": true, "are": true, "due": true, "scheduled": true, "expected": true, "set": true,
	"plans": true, "planned": true, "going": true, "slated": true,
}

// record assembles the extraction record.
func (a *analysis) record(r *Record) {
	ev := a.findMainEvent()
	if a.firstPerson && a.author == nil {
		if ev.Initiator != nil {
			a.author = a.byID[*ev.Initiator]
		} else if len(a.parts) > 0 {
			a.author = a.parts[0]
		}
	}
	if ev.Type == schema.Letter && a.author == nil && ev.Initiator != nil {
		a.author = a.byID[*ev.Initiator] // the letter's quoted text is the writer's
	}
	claims := a.findClaims()
	r.Events = append(r.Events, *ev)
	r.Events = append(r.Events, a.mentionedEvents()...)

	// entities: those with a mention, in order of first mention
	used := map[string]bool{}
	for _, m := range a.ms {
		if m.E != nil {
			used[m.E.ID] = true
		}
	}
	for _, e := range a.parts {
		used[e.ID] = true
	}
	var ents []*ent
	for _, e := range a.ents {
		if used[e.ID] {
			ents = append(ents, e)
		}
	}
	first := func(e *ent) int {
		f := 1 << 30
		for _, m := range e.Ms {
			if m.I < len(a.toks) && a.toks[m.I].Start < f {
				f = a.toks[m.I].Start
			}
		}
		return f
	}
	sort.SliceStable(ents, func(i, j int) bool {
		fi, fj := first(ents[i]), first(ents[j])
		if fi != fj {
			return fi < fj
		}
		return ents[i].ID < ents[j].ID
	})
	for _, e := range ents {
		out := Entity{ID: e.ID, Kind: e.Kind, Name: a.writtenName(e), ISO3: e.ISO3, QID: e.QID, Acronym: e.Acronym, PartOf: e.PartOf, Mentions: []Mention{}}
		for i, t := range e.Titles {
			role := Role{Title: t}
			if i < len(e.Offices) {
				role.Office = e.Offices[i]
			}
			if e.Of != nil {
				role.Body = bodyKey(e.Of)
				if used[e.Of.ID] {
					role.Of = e.Of.ID
				}
			}
			out.Roles = append(out.Roles, role)
		}
		if len(e.Titles) == 0 && e.Holder >= 0 {
			h := a.g.holders[e.Holder]
			if h.heldOn(a.ref) {
				role := Role{Title: officeTitle(h.Office), Office: h.Office, Body: h.Of}
				if e.Of != nil && used[e.Of.ID] {
					role.Of = e.Of.ID
				}
				out.Roles = append(out.Roles, role)
			}
		}
		ms := append([]*mention(nil), e.Ms...)
		sort.Slice(ms, func(i, j int) bool { return ms[i].I < ms[j].I })
		last := -1
		aliases := map[string]bool{}
		for _, m := range ms {
			if m.I >= len(a.toks) || m.J > len(a.toks) || m.I >= m.J || m.I == last {
				continue
			}
			last = m.I
			s, en := a.toks[m.I].Start, a.toks[m.J-1].End
			out.Mentions = append(out.Mentions, Mention{Text: a.text[s:en], Start: s, End: en, Sentence: a.toks[m.I].Sent, Resolved: m.How})
			if m.Kind == mPerson || m.Kind == mInst || m.Kind == mState && m.Sub == eState {
				al := a.text[s:en]
				if al != e.Name && !aliases[al] {
					aliases[al] = true
					out.Aliases = append(out.Aliases, al)
				}
			}
		}
		r.Entities = append(r.Entities, out)
	}
	for i := range claims {
		claims[i].ID = "c" + itoa(i+1)
	}
	r.Claims = claims
	if r.Claims == nil {
		r.Claims = []Claim{} // the contract has arrays, never null
	}
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	r.Sentences = a.sents
	if r.Sentences == nil {
		r.Sentences = []Span{}
	}
	r.Warnings = a.warnings
	if a.publisher != "" && r.Publisher == nil {
		p := a.publisher
		r.Publisher = &p
	}
}

// writtenName returns the name of e, or, for an office-holder of the
// tables, the readout's spelling of it when that differs only in its
// apostrophes ("Fiamē Naomi Mata'afa" in a readout that writes it so, for
// the table's "Fiamē Naomi Mataʻafa" with an ʻokina), or when the readout
// names the holder in full with the surname transliterated otherwise
// ("Abdulhamid Dbeibah" for the table's "Abdul Hamid Dbeibeh"). The
// entity's ID stays the table's.
func (a *analysis) writtenName(e *ent) string {
	if e.Kind != schema.Person || e.Holder < 0 {
		return e.Name
	}
	want := foldApostrophes(e.Name)
	nw := nameWords(e.Name)
	for _, m := range e.Ms {
		if m.Kind != mPerson || m.I >= m.J || m.J > len(a.toks) {
			continue
		}
		s := a.text[a.toks[m.I].Start:a.toks[m.J-1].End]
		if s != e.Name && foldApostrophes(s) == want {
			return s
		}
		if w := a.nameWordsAt(m.I, m.J); len(w) >= 2 && len(nw) >= 2 && transliterated(w[len(w)-1], nw[len(nw)-1]) && !slices.Contains(nw, w[len(w)-1]) {
			return canonicalName(a.toks[m.I:m.J])
		}
	}
	return e.Name
}

// transliterated reports whether the folded surnames x and y are one name
// transliterated two ways: the same first letter, five letters or more,
// and one or two letters changed, added or dropped ("dbeibah", "dbeibeh"),
// not only a letter doubled ("zelensky", "zelenskyy" are one spelling, see
// [sameSpelling]).
func transliterated(x, y string) bool {
	if sameSpelling(x, y) || len(x) < 5 || len(y) < 5 || x[0] != y[0] {
		return false
	}
	return editDistance(x, y) <= 2
}

// editDistance returns the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c = min(c, prev[j], cur[j-1]) + 1
			} else {
				c = min(c, prev[j]+1, cur[j-1]+1)
			}
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// apostrophes are the marks names are written with for a glottal stop or
// an elision: ASCII and typographic apostrophes, the ʻokina, ʼ, ʿ and ʾ.
const apostrophes = "'’‘ʻʼʿʾ`"

// foldApostrophes returns s with each of apostrophes made an ASCII one.
func foldApostrophes(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(apostrophes, r) {
			return '\''
		}
		return r
	}, s)
}

// bodyKey is the short key of a state or institution: ISO3 or acronym.
func bodyKey(e *ent) string {
	if e.ISO3 != "" {
		return e.ISO3
	}
	if e.Acronym != "" {
		return e.Acronym
	}
	return e.Name
}

// officeTitle writes an office key as a title.
func officeTitle(office string) string {
	switch office {
	case "head_of_state":
		return "Head of State"
	case "head_of_government":
		return "Head of Government"
	case "foreign_minister":
		return "Foreign Minister"
	}
	w := strings.Split(office, "_")
	for i, x := range w {
		if x != "of" && len(x) > 0 {
			w[i] = strings.ToUpper(x[:1]) + x[1:]
		}
	}
	return strings.Join(w, " ")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// ensure schema is used for kinds in this file
var _ = schema.Person

// Bounds-checked reads of the per-token tables: an index outside the text
// reads the zero value.
func (a *analysis) mAt(k int) *mention {
	if k < 0 || k >= len(a.at) {
		return nil
	}
	return a.at[k]
}

func (a *analysis) rAt(k int) *ent {
	if k < 0 || k >= len(a.refAt) {
		return nil
	}
	return a.refAt[k]
}

func (a *analysis) gAt(k int) *roleSpan {
	if k < 0 || k >= len(a.roleAt) {
		return nil
	}
	return a.roleAt[k]
}

func (a *analysis) gEnd(k int) *roleSpan {
	if k < 0 || k >= len(a.roleEnd) {
		return nil
	}
	return a.roleEnd[k]
}

func (a *analysis) tAt(k int) *roleSpan {
	if k < 0 || k >= len(a.titleAt) {
		return nil
	}
	return a.titleAt[k]
}

func (a *analysis) inT(k int) bool { return k >= 0 && k < len(a.inTitle) && a.inTitle[k] }

func (a *analysis) qAt(k int) bool { return k >= 0 && k < len(a.quoted) && a.quoted[k] }
