package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/readout/readout/schema"
)

// genericRoles are role phrases that are not office titles but refer to a
// person of the readout: "the head of state", "his Turkish counterpart".
var genericRoles = map[string]string{
	"head of state":      "head_of_state",
	"head of our state":  "head_of_state", // "The head of our state noted" (Uzbekistan, Kazakhstan)
	"head of the state":  "head_of_state",
	"head of government": "head_of_government",
	"sovereign":          "head_of_state", // "the Sovereign expresses" (MAP, of the King)
	"leader":             "leader",
	"counterpart":        "counterpart",
	"colleague":          "counterpart",
	"interlocutor":       "counterpart",
	"guest":              "counterpart",
	"host":               "counterpart",
}

// genericFirstWords are the first words of genericRoles.
var genericFirstWords = func() map[string]bool {
	out := map[string]bool{}
	for k := range genericRoles {
		first, _, _ := strings.Cut(k, " ")
		out[first] = true
	}
	return out
}()

// abbreviated titles used as names: "EAM conveyed", "FM Mirzoyan".
var titleAbbrev = map[string][2]string{
	"EAM":  {"External Affairs Minister", "foreign_minister"},
	"FM":   {"Foreign Minister", "foreign_minister"},
	"PM":   {"Prime Minister", "head_of_government"},
	"SG":   {"Secretary-General", "secretary_general"},
	"HRVP": {"High Representative", "eu_high_representative"},
	"PCS":  {"Prime Cabinet Secretary", "deputy_prime_minister"}, // Kenya
	"CS":   {"Cabinet Secretary", "minister"},                    // Kenya
}

// scanGenericRoles records role phrases the title table lacks.
func (a *analysis) scanGenericRoles() {
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		if a.inT(i) || a.mAt(i) != nil {
			continue
		}
		t := toks[i]
		if t.Text == "HR" && i+2 < len(toks) && toks[i+1].Text == "/" && toks[i+2].Text == "VP" {
			// "the HR/VP": the EU's High Representative and Vice-President
			a.titleAt[i] = &roleSpan{I: i, J: i + 3, Title: "High Representative", Office: "eu_high_representative"}
			a.inTitle[i], a.inTitle[i+1], a.inTitle[i+2] = true, true, true
			i += 2
			continue
		}
		if ab, ok := titleAbbrev[t.Text]; ok {
			a.titleAt[i] = &roleSpan{I: i, J: i + 1, Title: ab[0], Office: ab[1]}
			a.inTitle[i] = true
			continue
		}
		// "the head of Turkmenistan": the head of that state
		if t.Fold == "head" && i+2 < len(toks) && toks[i+1].Fold == "of" {
			if m := a.mAt(i + 2); m != nil && m.Kind == mState && m.Sub == eState && m.I == i+2 && (m.J >= len(toks) || toks[m.J].Kind != tokPoss) {
				a.titleAt[i] = &roleSpan{I: i, J: m.J, Title: a.span(i, m.J), Office: "head_of_state", Of: m.E}
				for k := i; k < m.J; k++ {
					a.inTitle[k] = true
				}
				i = m.J - 1
				continue
			}
		}
		// "the Head of the Turkmen foreign policy department", "the head of
		// Kazakh diplomacy": the foreign minister
		if t.Fold == "head" {
			if j, of := a.foreignServiceAfter(i + 1); j > 0 {
				a.titleAt[i] = &roleSpan{I: i, J: j, Title: a.span(i, j), Office: "foreign_minister", Of: of}
				for k := i; k < j; k++ {
					a.inTitle[k] = true
				}
				i = j - 1
				continue
			}
		}
		if !genericFirstWords[t.Fold] {
			continue
		}
		for n := 4; n >= 1; n-- {
			if i+n > len(toks) {
				continue
			}
			var parts []string
			for k := i; k < i+n; k++ {
				parts = append(parts, toks[k].Fold)
			}
			p := strings.Join(parts, " ")
			if p == "host" && !a.nounAfter(i) {
				continue // "that Paris will host": a verb
			}
			if off, ok := genericRoles[p]; ok {
				a.titleAt[i] = &roleSpan{I: i, J: i + n, Title: a.span(i, i+n), Office: off}
				for k := i; k < i+n; k++ {
					a.inTitle[k] = true
				}
				i += n - 1
				break
			}
		}
	}
}

// foreignServices are the words by which readouts call a state's foreign
// ministry or its diplomacy, after "the head of".
var foreignServices = [][]string{
	{"foreign", "policy", "department"}, {"foreign", "policy", "agency"}, {"foreign", "policy", "service"},
	{"foreign", "ministry"}, {"foreign", "office"}, {"diplomacy"}, {"diplomatic", "service"}, {"foreign", "service"},
}

// foreignServiceAfter reads "of the Turkmen foreign policy department",
// "of Kazakh diplomacy" at k: the end of the phrase and the state of its
// demonym (nil if none); 0 if there is no such phrase.
func (a *analysis) foreignServiceAfter(k int) (int, *ent) {
	toks := a.toks
	if k >= len(toks) || toks[k].Fold != "of" {
		return 0, nil
	}
	k++
	if k < len(toks) && toks[k].Fold == "the" {
		k++
	}
	var of *ent
	if m := a.mAt(k); m != nil && m.I == k && m.Kind == mState && m.Sub == eDemonym {
		of, k = m.E, m.J
	}
	for _, w := range foreignServices {
		if k+len(w) > len(toks) {
			continue
		}
		ok := true
		for n, x := range w {
			if toks[k+n].Fold != x || a.mAt(k+n) != nil {
				ok = false
				break
			}
		}
		if ok {
			return k + len(w), of
		}
	}
	return 0, nil
}

// nounAfter reports whether the word at i follows a determiner, a
// possessive or a capitalised adjective, as a noun does ("the host", "his
// Egyptian host"), not a subject or an auxiliary, as a verb does ("Paris
// will host").
func (a *analysis) nounAfter(i int) bool {
	if i == 0 {
		return false
	}
	prev := a.toks[i-1]
	switch prev.Fold {
	case "the", "a", "an", "his", "her", "their", "our", "its", "this", "my", "your":
		return true
	}
	m := a.mAt(i - 1)
	return m != nil && m.Kind == mState && m.Sub == eDemonym
}

// buildRoles extends each title to its group, with the state or institution
// before it ("U.S. Secretary of State") or after it ("President of the
// Republic of Azerbaijan"), and attaches groups to the names they introduce.
func (a *analysis) buildGroups() {
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		r := a.tAt(i)
		if r == nil {
			continue
		}
		// a deputy's title the tables lack: "Deputy Chairperson",
		// "Vice-Chair"; the deputy holds none of the title's offices
		if q := a.deputyBefore(r.I); q >= 0 {
			r.Title, r.Office, r.OfKey = a.span(q, r.J), "", ""
			for k := q; k < r.I; k++ {
				a.inTitle[k] = true
			}
			a.titleAt[q], a.titleAt[r.I] = r, nil
			r.I = q
		}
		// join "Minister of Foreign Affairs" + "and" + "Foreign Minister" chains: keep the last
		j := r.J
		// of + (the) + state/inst
		if j+1 < len(toks) && toks[j].Fold == "of" && toks[j].Sent == toks[i].Sent {
			n := j + 1
			if n < len(toks) && toks[n].Fold == "the" {
				n++
			}
			if m := a.mAt(n); m != nil && (m.Kind == mState || m.Kind == mInst) && m.E != nil {
				r.Of = m.E
				r.J = m.J
			}
		}
		// an envoy's posting: "Japanese Ambassador to Viet Nam", "Permanent
		// Representative to the United Nations" (the title's state stays
		// the sending one)
		if postedTitles[r.Office] && j+1 < len(toks) && toks[j].Fold == "to" && toks[j].Sent == toks[i].Sent {
			n := j + 1
			if n < len(toks) && toks[n].Fold == "the" {
				n++
			}
			if m := a.mAt(n); m != nil && (m.Kind == mState || m.Kind == mInst) && m.E != nil {
				r.J = m.J
			}
		}
		// state, demonym or institution before the title
		p := i - 1
		if p >= 0 && toks[p].Sent == toks[i].Sent {
			if m := a.mAt(p); m != nil && (m.Kind == mState || m.Kind == mInst) && m.E != nil && m.J == i {
				if r.Of == nil {
					r.Of = m.E
				}
				r.I = m.I
			}
		}
		// "his Turkish counterpart": a demonym right before a generic role
		a.roleAt[r.I] = r
		a.roleEnd[r.J-1] = r
		a.roles = append(a.roles, r)
		i = r.J - 1
	}
}

// deputyWords qualify a title as its holder's deputy's.
var deputyWords = map[string]bool{"deputy": true, "vice": true, "assistant": true, "under": true}

// deputyBefore returns the start of a capitalised deputy word right
// before the title at i, on its line ("Deputy Chairperson", "Vice-Chair"),
// or -1.
func (a *analysis) deputyBefore(i int) int {
	toks := a.toks
	q := i - 1
	if q >= 1 && toks[q].Text == "-" && toks[q].Start == toks[q-1].End && toks[q].End == toks[i].Start {
		q--
	}
	if q < 0 || i-q > 2 || !toks[q].Cap || !deputyWords[toks[q].Fold] || a.inT(q) || a.mAt(q) != nil ||
		toks[q].Sent != toks[i].Sent || toks[i].NL > 0 || toks[q+1].NL > 0 {
		return -1
	}
	return q
}

// postedTitles are the offices held at a post abroad.
var postedTitles = map[string]bool{
	"ambassador": true, "permanent_representative": true, "special_envoy": true, "special_representative": true,
}

// buildRoles attaches title groups to the names they introduce.
func (a *analysis) buildRoles() {
	toks := a.toks
	for _, m := range a.ms {
		if m.Kind != mPerson || m.E == nil {
			continue
		}
		if r := a.roleEndingBefore(m.I); r != nil {
			r = a.aideTitle(r)
			a.attach(m, r)
			// "Prime Minister and Minister of Foreign Affairs Sheikh
			// Mohammed", "Deputy Prime Minister/Foreign Minister Dar":
			// every title of the chain is the person's, and so is every
			// title of one before a comma, whatever the table says: "The
			// Tánaiste and Minister for Foreign Affairs, Micheál Martin"
			// ("The Prime Minister and the President, ..." joins no title
			// to "President": see roleJoinedBefore). Two titles of one
			// office joined by "and" are two holders: "The Federal
			// Chancellor and Prime Minister Tusk", "The President and
			// President Moon".
			appos := r.J < m.I && toks[r.J].Text == ","
			for c := a.roleJoinedBefore(r); c != nil && (a.mayHold(m.E, c) && !a.twoHolders(c, r) || appos); c = a.roleJoinedBefore(c) {
				c.Used = true
				a.setRole(m.E, c)
			}
			// a rank used as a form of address after an appositive
			// title: "The Minister of Foreign Affairs, Ambassador Yusuf
			// Tuggar", "The Chief of Defence Staff, General ..."
			if c := a.titleBeforeRank(r); c != nil {
				c.Used = true
				a.setRole(m.E, c)
			}
			// an office after the name of one styled by a title before
			// it: "Lyonpo D.N. Dhungyel, Minister for Foreign Affairs
			// and External Trade" (not the title of a name after it:
			// "President X, Prime Minister Y")
			if c := a.roleAfter(m.J); c != nil && !a.introducesName(c) {
				c.Used = true
				a.setRole(m.E, c)
			}
		} else if r := a.roleAfter(m.J); r != nil {
			a.attach(m, r)
			// ", Crown Prince and Prime Minister,": each title is his
			for c := a.roleJoinedAfter(r); c != nil; c = a.roleJoinedAfter(c) {
				c.Used = true
				a.setRole(m.E, c)
			}
		}
		qualified := m.Role != nil && m.Role.Of != nil
		// a title the tables lack, ending in its state: "... and Trade
		// of Malta Ian Borg"
		if sm := a.mAt(m.I - 1); m.I > 0 && sm != nil && sm.Kind == mState && sm.J == m.I && m.I-sm.I <= 4 && sm.I > 0 && toks[sm.I-1].Fold == "of" {
			qualified = true
		}
		// "President Zelenskyy of Ukraine"
		if m.J+1 < len(toks) && toks[m.J].Fold == "of" {
			n := m.J + 1
			if n < len(toks) && toks[n].Fold == "the" {
				n++
			}
			if sm := a.mAt(n); sm != nil && sm.Kind == mState {
				qualified = true
				if m.E.Of == nil {
					m.E.Of = sm.E
				}
				if m.Role != nil && m.Role.Of == nil {
					m.Role.Of = sm.E
				}
			}
		}
		if _, done := a.introducedWithState[m.E]; !done && (m.Role != nil || qualified) {
			a.introducedWithState[m.E] = qualified
		}
	}
	// office-holders from the table serve their body
	for _, e := range a.ents {
		if e.Kind == schema.Person && e.Holder >= 0 && e.Of == nil {
			a.setOfFromHolder(e)
		}
	}
}

// setOfFromHolder sets a known office-holder's state or institution.
func (a *analysis) setOfFromHolder(e *ent) {
	h := a.g.holders[e.Holder]
	if h.heldOn(a.ref) || true {
		if len(h.Of) == 3 && strings.ToUpper(h.Of) == h.Of {
			for i, s := range a.g.states {
				if s.ISO3 == h.Of {
					e.Of = a.peekState(i)
					break
				}
			}
		}
		if !contains(e.Offices, h.Office) {
			e.Offices = append(e.Offices, h.Office)
		}
	}
}

// peekState returns the state entity for table row i without recording a
// mention (the entity list is pruned to mentioned entities later).
func (a *analysis) peekState(i int) *ent {
	s := a.g.states[i]
	if e := a.byID[schema.StateID(s.ISO3)]; e != nil {
		return e
	}
	return &ent{ID: schema.StateID(s.ISO3), Kind: schema.State, Name: s.Name, ISO3: s.ISO3, QID: s.QID, Holder: -1}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// roleEndingBefore returns the title group that ends right before token i,
// skipping honorifics, "the" and a comma.
func (a *analysis) roleEndingBefore(i int) *roleSpan {
	p := i - 1
	for p >= 0 && (a.toks[p].Text == "." || a.toks[p].Text == "," || honorificAt(a.toks, p) || a.toks[p].Fold == "the") {
		p--
	}
	// the body's acronym after its name: "the Secretary General of the
	// Organization of Turkic States (OTS), Kubanychbek Omuraliev"
	if p >= 2 && a.toks[p].Text == ")" && a.toks[p-2].Text == "(" && a.toks[p-1].Upper && a.toks[p+1].Text == "," {
		p -= 3
	}
	for q := p + 1; q <= i && q < len(a.toks); q++ {
		if a.toks[q].NL > 0 {
			return nil // a title line's last words do not introduce the body's first name
		}
	}
	for _, r := range a.roles {
		if r.J == p+1 && !r.Used {
			return r
		}
	}
	return a.portfolioAfterRole(p)
}

// portfolioAfterRole returns, for capitalised words ending at p in a
// portfolio noun, joined by "and" to a title before them, the title with
// them, a minister's title of two portfolios: "Minister of Foreign Affairs
// and Foreign Trade Timčo Mucunski", "The Minister of Foreign Affairs and
// Human Mobility, Gabriela Sommerfeld"; else nil.
func (a *analysis) portfolioAfterRole(p int) *roleSpan {
	toks := a.toks
	if p < 2 || toks[p].Kind != tokWord || !portfolioNouns[toks[p].Fold] {
		return nil
	}
	q := p
	for q > 0 && toks[q].Kind == tokWord && toks[q].Cap && a.mAt(q) == nil && !a.inT(q) && toks[q].NL == 0 && toks[q-1].Sent == toks[p].Sent {
		q--
	}
	if q == p || toks[q].Fold != "and" && toks[q].Text != "&" {
		return nil
	}
	for _, r := range a.roles {
		if r.J == q && !r.Used && r.Office != "" && genericRoles[strings.ToLower(r.Title)] == "" {
			r.Used = true
			return &roleSpan{I: r.I, J: p + 1, Title: a.span(r.I, p+1), Office: r.Office, Of: r.Of, OfKey: r.OfKey}
		}
	}
	return nil
}

// aideTitle returns, for a title r after "<role noun> to the", the aide's
// whole title ("Secretary to the President", "Special Adviser to the Prime
// Minister"), whose office is no holder's; else r.
func (a *analysis) aideTitle(r *roleSpan) *roleSpan {
	toks := a.toks
	q := r.I - 1
	if q >= 0 && toks[q].Fold == "the" {
		q--
	}
	if q >= 1 && toks[q].Fold == "of" {
		return a.officeOfTitle(r, q)
	}
	if q < 1 || toks[q].Fold != "to" || !toks[q-1].Cap || !roleNoun(toks[q-1]) {
		return r
	}
	i := q - 1
	for i > 0 && toks[i-1].Cap && toks[i-1].Kind == tokWord && toks[i-1].NL == 0 && toks[i].NL == 0 && a.mAt(i-1) == nil && !a.inT(i-1) {
		i-- // "Special Adviser", "National Security Adviser"
	}
	r.Used = true // the principal's title is part of the aide's
	return &roleSpan{I: i, J: r.J, Title: a.span(i, r.J), Of: r.Of, OfKey: r.OfKey}
}

// officeOfTitle returns, for a title r after "of" (at q) that ends a run
// of capitalised words opening with a role noun or a title, the whole
// title, whose head is that first title ("Head of the Office of the
// President", "Chief of Staff of the President", "Special Representative
// of the Secretary-General"): the principal's title is a complement and
// names an office of the head's, if any; else r.
func (a *analysis) officeOfTitle(r *roleSpan, q int) *roleSpan {
	toks := a.toks
	if !toks[q-1].Cap || toks[q-1].Kind != tokWord {
		return r
	}
	i := q - 1
	for i > 0 && toks[i].NL == 0 && toks[i-1].Sent == toks[q].Sent && a.mAt(i-1) == nil &&
		(toks[i-1].Cap && toks[i-1].Kind == tokWord || toks[i-1].Fold == "of" || toks[i-1].Fold == "the") {
		i--
	}
	for i < q && !(toks[i].Cap && (roleNoun(toks[i]) || a.inT(i))) {
		i++
	}
	if i >= q {
		return r
	}
	out := &roleSpan{I: i, J: r.J, Title: a.span(i, r.J), Of: r.Of, OfKey: r.OfKey}
	if h := a.gAt(i); h != nil && h.J <= q && !h.Used {
		h.Used = true
		out.Office, out.Of, out.OfKey = h.Office, cmp.Or(h.Of, r.Of), cmp.Or(h.OfKey, r.OfKey)
	}
	r.Used = true // the principal's title is part of the other's
	return out
}

// roleJoinedBefore returns the unused title group joined to r by "and" or
// a slash just before it, or nil.
func (a *analysis) roleJoinedBefore(r *roleSpan) *roleSpan {
	p := r.I - 1
	if p >= 1 {
		// a title right before another: "Deputy Prime Minister/Foreign
		// Minister Senator Mohammad Ishaq Dar"
		for _, c := range a.roles {
			if c.J == r.I && !c.Used && genericRoles[strings.ToLower(c.Title)] == "" && a.toks[c.J-1].End+1 >= a.toks[r.I].Start {
				return c
			}
		}
	}
	if p < 1 || a.toks[p].Fold != "and" && a.toks[p].Text != "/" && a.toks[p].Text != "&" {
		return nil
	}
	for _, c := range a.roles {
		if c.J == p && !c.Used && genericRoles[strings.ToLower(c.Title)] == "" {
			return c
		}
	}
	return nil
}

// rankOffices are the offices whose one-word title ("Ambassador",
// "General", "Senator") is also a form of address, kept after the holder
// leaves the post or takes another.
var rankOffices = map[string]bool{"ambassador": true, "military_officer": true, "senator": true}

// titleBeforeRank returns the unused title group that ends in a comma right
// before the rank r: the office of the one r addresses ("The Minister of
// Foreign Affairs, Ambassador ..."); else nil.
func (a *analysis) titleBeforeRank(r *roleSpan) *roleSpan {
	p := r.I - 1
	if !rankOffices[r.Office] || r.J-r.I != 1 || p < 1 || a.toks[p].Text != "," {
		return nil
	}
	for _, c := range a.roles {
		if c.J == p && !c.Used && c.Office != "" && !rankOffices[c.Office] && genericRoles[strings.ToLower(c.Title)] == "" {
			return c
		}
	}
	// a minister's title of two portfolios: "Minister of Foreign Affairs
	// and Foreign Trade, Senator ..."
	if c := a.portfolioAfterRole(p - 1); c != nil && !rankOffices[c.Office] {
		return c
	}
	return nil
}

// roleJoinedAfter returns the unused title group joined to r by "and" or a
// slash right after it, before a comma or the verb, or nil: ", Crown
// Prince and Prime Minister, received".
func (a *analysis) roleJoinedAfter(r *roleSpan) *roleSpan {
	n := r.J
	if n+1 >= len(a.toks) || a.toks[n].Fold != "and" && a.toks[n].Text != "/" && a.toks[n].Text != "&" {
		return nil
	}
	c := a.gAt(n + 1)
	if c == nil || c.Used || genericRoles[strings.ToLower(c.Title)] != "" {
		return nil
	}
	// the title ends the apposition: a comma, or the sentence's verb after it
	if c.J < len(a.toks) && a.toks[c.J].Text != "," && a.toks[c.J].Text != "." && !a.isSubjectAt(c.J) {
		return nil
	}
	return c
}

// twoHolders reports whether title group c, joined by "and" right before
// group r, names the same office as r: the titles of two persons ("The
// Federal Chancellor and Prime Minister Tusk"), not a chain of one person's
// offices ("Prime Minister and Minister of Foreign Affairs").
func (a *analysis) twoHolders(c, r *roleSpan) bool {
	return c.Office != "" && c.Office == r.Office && c.J+1 == r.I && a.toks[c.J].Fold == "and"
}

// mayHold reports whether person e can hold the office of title group c
// joined before its own title: a known office-holder if the table has it
// in that office on the readout's date ("The Prime Minister and President
// von der Leyen" are two persons), another if no article opens the chain.
func (a *analysis) mayHold(e *ent, c *roleSpan) bool {
	if e.Holder >= 0 {
		name := a.g.holders[e.Holder].Name
		for _, h := range a.g.holders {
			if h.Name == name && h.Office == c.Office && h.heldOn(a.ref) {
				return true
			}
		}
		return false
	}
	return c.I == 0 || a.toks[c.I-1].Fold != "the"
}

// roleAfter returns the appositive title group after a name: ", Secretary
// General of NATO".
func (a *analysis) roleAfter(j int) *roleSpan {
	if j >= len(a.toks) || a.toks[j].Text != "," {
		return nil
	}
	n := j + 1
	if n < len(a.toks) && a.toks[n].Fold == "the" {
		n++
	}
	if r := a.gAt(n); r != nil && !r.Used {
		return r
	}
	return nil
}

// introducesName reports whether a person's name follows title group r,
// past honorifics, "the" and a comma: the title is that person's.
func (a *analysis) introducesName(r *roleSpan) bool {
	p := r.J
	for p < len(a.toks) && (a.toks[p].Text == "," || a.toks[p].Text == "." || honorificAt(a.toks, p) || a.toks[p].Fold == "the") {
		p++
	}
	m := a.mAt(p)
	return m != nil && m.Kind == mPerson && m.I == p
}

// attach gives the person of m the role r.
func (a *analysis) attach(m *mention, r *roleSpan) {
	if genericRoles[strings.ToLower(r.Title)] != "" {
		return
	}
	r.Used = true
	m.Role = r
	a.setRole(m.E, r)
}

// setRole records office r on person e.
func (a *analysis) setRole(e *ent, r *roleSpan) {
	if r.Title != "" && !contains(e.Titles, r.Title) {
		e.Titles = append(e.Titles, r.Title)
	}
	if r.Office != "" && !contains(e.Offices, r.Office) && r.Office != "counterpart" && r.Office != "leader" {
		e.Offices = append(e.Offices, r.Office)
	}
	if r.Of != nil && (e.Of == nil || e.OfTitle) {
		e.Of, e.OfTitle = r.Of, false
	}
	// A title's own state ("Foreign Secretary": the UK's) is a guess that
	// an office-holder of the table's own state overrides.
	if e.Of == nil && len(r.OfKey) == 3 && (e.Holder < 0 || a.g.holders[e.Holder].Of == "") {
		for i, s := range a.g.states {
			if s.ISO3 == r.OfKey {
				e.Of, e.OfTitle = a.peekState(i), true
			}
		}
	}
}

// fits reports whether person e can be the one a bare title r refers to.
func (a *analysis) fits(e *ent, r *roleSpan) bool { return a.fitTier(e, r) > 0 }

// fitTier rates how well person e fits a bare title r: 2 when the title's
// words are words of a title e was introduced with ("the Secretary" for the
// Secretary of State), 1 when only the office matches ("the Prime Minister"
// for a chancellor who heads a government), 0 when e cannot be meant.
func (a *analysis) fitTier(e *ent, r *roleSpan) int {
	if e.Kind != schema.Person {
		return 0
	}
	if r.Of != nil && e.Of != nil && r.Of != e.Of && !e.OfTitle {
		return 0 // unless e's state is only a title's guess ("Foreign Secretary": the UK's)
	}
	switch r.Office {
	case "counterpart":
		return 1
	case "leader":
		if e.Of != nil || len(e.Offices) > 0 {
			return 1
		}
		return 0
	}
	if words := titleWords(r.Title); len(words) > 0 {
		for _, t := range e.Titles {
			if subset(words, titleWords(t)) && headFits(r.Title, t) {
				return 2
			}
		}
		// a holder the tables know, introduced without a title or a
		// state (as readouts name their own side): the titles of the
		// office held that day ("the minister" for Péter Szijjártó)
		// (not for a generic role, "the head of state": any head of state
		// fits it as well, by office; nor for one introduced with a
		// generic role, "Head of Government Daniel Risch": no "Federal
		// Chancellor" of another's)
		if e.Holder >= 0 && len(e.Titles) == 0 && !a.introducedWithState[e] && !isGenericRole(r.Title) && a.g.holders[e.Holder].heldOn(a.ref) && !a.genericRoleBefore(e) {
			for _, tw := range a.g.officeWords[a.g.holders[e.Holder].Office] {
				if subset(words, tw) {
					return 2
				}
			}
		}
	}
	if r.Office != "" && (contains(e.Offices, r.Office) || e.Holder >= 0 && a.g.holders[e.Holder].Office == r.Office) {
		return 1
	}
	return 0
}

// genericRoleBefore reports whether a generic role opens one of person e's
// names ("Head of Government Daniel Risch"): a title e was introduced with,
// though not recorded as one of e's.
func (a *analysis) genericRoleBefore(e *ent) bool {
	for _, m := range e.Ms {
		if m.Kind != mPerson || m.I < 1 {
			continue
		}
		p := m.I - 1
		for p > 0 && honorificAt(a.toks, p) {
			p--
		}
		for q := p; q >= 0 && q >= p-4; q-- {
			if r := a.tAt(q); r != nil && r.J == p+1 && isGenericRole(r.Title) {
				return true
			}
		}
	}
	return false
}

// isGenericRole reports whether title ends in a phrase of genericRoles:
// "the head of state", "the Bulgarian head of state".
func isGenericRole(title string) bool {
	t := strings.ToLower(title)
	for k := range genericRoles {
		if t == k || strings.HasSuffix(t, " "+k) {
			return true
		}
	}
	return false
}

// home returns the participant of the publisher's own side: the one whose
// state is the publisher's, else the only one introduced without a state
// ("President Ilham Aliyev" beside "President of Kazakhstan Kassym-Jomart
// Tokayev"), else nil.
func (a *analysis) home() *ent {
	if a.homeDone {
		return a.homeEnt
	}
	a.homeDone = true
	if a.pubOf != "" {
		for _, p := range a.parts {
			if p.Of != nil && bodyKey(p.Of) == a.pubOf || p == a.pubHolder {
				a.homeEnt = p
				return p
			}
		}
	}
	var bare []*ent
	for _, p := range a.parts {
		if !a.introducedWithState[p] {
			bare = append(bare, p)
		}
	}
	if len(bare) == 1 && len(a.parts) > 1 {
		a.homeEnt = bare[0]
	}
	if a.homeEnt == nil && len(a.parts) > 1 {
		a.homeEnt = a.eventSubject()
	}
	return a.homeEnt
}

// eventSubject returns the participant named first in the main event's
// sentence when no verb comes before that name ("Dr. Arzu Rana Deuba,
// Minister for Foreign Affairs of Nepal, held a telephone conversation
// with ..."): a publisher opens with its own principal. Else nil.
func (a *analysis) eventSubject() *ent {
	if a.eventSent < a.bodySent || a.eventSent >= len(a.sents) {
		return nil
	}
	i, j := a.sentToks(a.eventSent)
	for k := i; k < j; k++ {
		if m := a.mAt(k); m != nil && m.Kind == mPerson {
			if m.E != nil && m.E.Part {
				return m.E
			}
			return nil
		}
		f := a.toks[k].Fold
		if _, ev := eventVerbs[f]; ev && !a.toks[k].Cap || a.finiteVerbAt(k) {
			return nil
		}
	}
	return nil
}

// headFits reports whether a bare title can name the holder of title t by
// their heads, the words before "of", "for" or "to": the bare title's last
// head word is one of t's ("the President" is no "Head of the Office of the
// President"), and t's head has no deputy word the bare title lacks ("the
// Chairperson" is no "Deputy Chairperson").
func headFits(bare, t string) bool {
	bh, th := titleHead(bare), titleHead(t)
	if len(bh) == 0 || !contains(th, bh[len(bh)-1]) {
		return false
	}
	for _, w := range th {
		if deputyWords[w] && !contains(bh, w) {
			return false
		}
	}
	return true
}

// titleHead returns the folded words of a title before its first "of",
// "for" or "to": "Head of the Office of the President" -> [head].
func titleHead(t string) []string {
	var out []string
	for _, tok := range tokenize(t, 0, len(t)) {
		if tok.Fold == "of" || tok.Fold == "for" || tok.Fold == "to" {
			break
		}
		if tok.Kind == tokWord && tok.Fold != "the" {
			out = append(out, tok.Fold)
		}
	}
	return out
}

// titleWords returns the content words of a title, folded.
func titleWords(t string) []string {
	var out []string
	for _, tok := range tokenize(t, 0, len(t)) {
		if tok.Kind == tokWord && tok.Fold != "of" && tok.Fold != "the" && tok.Fold != "for" && tok.Fold != "and" {
			out = append(out, tok.Fold)
		}
	}
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

// resolveRefs resolves the bare titles ("the Secretary", "the head of state",
// "EAM") and pronouns of the body to persons, in text order, preferring the
// participants and the most recently mentioned.
func (a *analysis) resolveRefs() {
	toks := a.toks
	// (the forms of address have marked genders: findMainEvent, before)
	var recent []*ent // persons in order of last mention
	subjSent := -1    // the sentence of a.lastSubject's mention
	// the person an object pronoun ("welcomed her") referred to, its
	// gender and sentence
	var objEnt *ent
	objFem, objSent := false, -1
	touch := func(e *ent) {
		for i, x := range recent {
			if x == e {
				recent = append(recent[:i], recent[i+1:]...)
				break
			}
		}
		recent = append(recent, e)
	}
	for k := 0; k < len(toks); k++ {
		if m := a.mAt(k); m != nil && m.Kind == mPerson && m.I == k {
			touch(m.E)
			if a.isSubjectAt(m.J) || a.quoteSpeakerAt(k, m.E) {
				a.lastSubject, subjSent = m.E, toks[k].Sent
			}
			k = m.J - 1
			continue
		}
		if r := a.gAt(k); r != nil && !r.Used {
			if k < a.body {
				continue
			}
			var pick *ent
			if r.Office != "counterpart" {
				pick = a.bestFit(r, recent)
			}
			if pick == nil && r.Office == "counterpart" {
				pick = a.counterpart(k, r)
			}
			if pick != nil {
				a.refAt[r.I] = pick
				for n := r.I; n < r.J; n++ {
					a.refAt[n] = pick
				}
				mm := &mention{I: r.I, J: r.J, Kind: mTitle, E: pick, How: "title"}
				a.ms = append(a.ms, mm)
				pick.Ms = append(pick.Ms, mm)
				touch(pick)
				if a.isSubjectAt(r.J) || a.quoteSpeakerAt(r.I, pick) {
					a.lastSubject, subjSent = pick, toks[k].Sent
				}
			}
			k = r.J - 1
			continue
		}
		switch toks[k].Fold {
		case "he", "she", "him", "his", "her":
			if toks[k].Kind != tokWord {
				continue
			}
			if k+1 < len(toks) && styleWords[toks[k+1].Fold] {
				// "His Highness", "Her Excellency": a style, not a pronoun;
				// alone, "The Vice President and His Majesty discussed",
				// the one person introduced with it; else, opening the
				// sentence after one whose subject is a participant, that
				// participant, as "He" would be: "HE the Prime Minister
				// stressed ... His Excellency called on all parties"
				var last *ent
				if a.lastSubject != nil && a.lastSubject.Part && subjSent == toks[k].Sent-1 && a.opensClause(k) && a.fitsGender(a.lastSubject, toks[k].Fold == "her") {
					last = a.lastSubject
				}
				if e, n := a.styledRef(k, last); e != nil {
					for q := k; q < n; q++ {
						a.refAt[q] = e
					}
					mm := &mention{I: k, J: n, Kind: mPron, E: e, How: "coreference"}
					a.ms = append(a.ms, mm)
					e.Ms = append(e.Ms, mm)
					touch(e)
					k = n - 1
				}
				continue
			}
			if honorificAt(toks, k) {
				continue // "HE the Prime Minister": His Excellency
			}
			fem := toks[k].Fold == "she" || toks[k].Fold == "her"
			subj := toks[k].Fold == "he" || toks[k].Fold == "she"
			obj := a.objectPronoun(k)
			var e *ent
			// "President Ruto welcomed her at the airport. She then held
			// talks": a subject pronoun opening the sentence after one
			// whose object pronoun of its gender referred to someone is
			// that one, not the sentence's subject
			// (only when the subject cannot be meant: "Wang Yi welcomed him
			// to China. He said" is Wang Yi)
			if subj && objEnt != nil && objSent == toks[k].Sent-1 && objFem == fem && a.opensClause(k) &&
				(a.lastSubject == nil || !a.fitsGender(a.lastSubject, fem)) {
				e = objEnt
			}
			// an object pronoun is not its own clause's subject
			// ("President Ruto welcomed her": not Ruto)
			// ("Starmer said that the visit gave him": past a clause
			// boundary it may be)
			var not *ent
			if obj && subjSent == toks[k].Sent && !a.clauseBreakBefore(k) {
				not = a.lastSubject
			}
			relaxed := false
			// "congratulated Lee on his election", "wished him success in
			// his high office": the one thanked or congratulated
			if e == nil && !subj && !obj {
				if x := a.thankedBefore(k); x != nil && a.fitsGender(x, fem) {
					e = x
				}
			}
			// "Minister Y greeted him at the airport. President Z received
			// him": the one an object pronoun just meant, not the last
			// other person named
			if e == nil && obj && not != nil && objEnt != nil && objEnt != not && objFem == fem && objSent >= toks[k].Sent-2 {
				e = objEnt
			}
			if e == nil {
				e = a.lastSubject
				// "Mrs. Fajon extended an invitation to Mr. Attaf, which he
				// accepted": "he" is not the woman last spoken of
				if e == nil || e == not || !a.fitsGender(e, fem) {
					e = nil
					for n := len(recent) - 1; n >= 0; n-- {
						if recent[n] != not && a.fitsGender(recent[n], fem) {
							e = recent[n]
							break
						}
					}
				}
				// "Mrs. Meinl-Reisinger thanked her": the last other person
				// not known to be a man, though another woman is known
				for n := len(recent) - 1; e == nil && not != nil && n >= 0; n-- {
					if recent[n] != not && (fem && !recent[n].Male || !fem && !recent[n].Female) {
						e, relaxed = recent[n], true
					}
				}
			}
			if e != nil {
				a.refAt[k] = e
				mm := &mention{I: k, J: k + 1, Kind: mPron, E: e, How: "coreference"}
				a.ms = append(a.ms, mm)
				e.Ms = append(e.Ms, mm)
				// a subject or object pronoun tells the person's gender to
				// the pronouns after it; a possessive ("Ukraine and her
				// people") or a pick against the known genders does not
				switch {
				case !subj && !obj || relaxed:
				case fem && !e.Male:
					e.Female = true
				case !fem && !e.Female:
					e.Male = true
				}
				if obj {
					objEnt, objFem, objSent = e, fem, toks[k].Sent
				}
				if subj && a.isSubjectAt(k+1) {
					// "he held talks with X": still the one spoken of
					a.lastSubject, subjSent = e, toks[k].Sent
					touch(e)
				}
			}
		}
	}
}

// clauseWords open a clause of their own: an object pronoun after one may
// be the sentence's subject ("Starmer said that the visit gave him").
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "saying": true, "said": true, "says": true,
	"because": true, "while": true, "when": true, "if": true, "whether": true,
}

// clauseBreakBefore reports whether a clause word stands between the
// start of the sentence of token k and k.
func (a *analysis) clauseBreakBefore(k int) bool {
	for q := k - 1; q >= 0 && a.toks[q].Sent == a.toks[k].Sent; q-- {
		if clauseWords[a.toks[q].Fold] {
			return true
		}
	}
	return false
}

// thankedBefore returns the person a possessive pronoun at k belongs to
// when it follows the object of a verb of thanks, praise or good wishes
// within a few words ("congratulated Lee on his election", "thanked him
// for his hospitality", "wished him success in his high office", "thanked
// President Aoun and his delegation", "expressed gratitude to X for his"):
// that object, named, by title or under a pronoun; else nil.
func (a *analysis) thankedBefore(k int) *ent {
	toks := a.toks
	sent := toks[k].Sent
	q := k - 1
	for n := 0; q >= 0 && n < 4 && toks[q].Sent == sent && toks[q].Kind == tokWord && !toks[q].Cap && a.rAt(q) == nil && a.mAt(q) == nil; n++ {
		if f := toks[q].Fold; possessiveGaps[f] || f == "and" && q != k-1 {
			return nil
		}
		if _, ok := a.g.verbForm[toks[q].Fold]; ok {
			return nil
		}
		q--
	}
	if q < 0 || toks[q].Sent != sent {
		return nil
	}
	var x *ent
	switch m := a.mAt(q); {
	case m != nil && m.Kind == mPerson && m.E != nil:
		x, q = m.E, m.I-1
	case a.rAt(q) != nil:
		x = a.rAt(q)
		for q >= 0 && a.rAt(q) == x {
			q--
		}
	default:
		return nil
	}
	for q >= 0 && toks[q].Sent == sent && (a.inT(q) || honorificAt(toks, q) || toks[q].Text == "." || toks[q].Fold == "the") {
		q-- // "congratulated President Lee", "thanked H.E. Mr. X"
	}
	for q >= 0 && (adverbs[toks[q].Fold] || receptionAdverbs[toks[q].Fold] || toks[q].Fold == "sincerely") {
		q--
	}
	if q < 0 || toks[q].Sent != sent {
		return nil
	}
	f := toks[q].Fold
	if f == "to" && q > 0 {
		f = toks[q-1].Fold // "expressed gratitude to"
		if !thanksNouns[f] {
			return nil
		}
		return x
	}
	if !thanksVerbs[f] {
		return nil
	}
	return x
}

// thanksVerbs take as object a person whose possessions follow: "thanked
// him for his", "congratulated X on his".
var thanksVerbs = map[string]bool{
	"thanked": true, "thanks": true, "thank": true, "congratulated": true, "congratulates": true,
	"congratulate": true, "wished": true, "wishes": true, "wish": true, "commended": true, "commends": true,
	"praised": true, "praises": true, "lauded": true, "lauds": true, "felicitated": true, "felicitates": true,
	"hailed": true, "applauded": true,
}

// thanksNouns are given "to" a person: "expressed gratitude to X for his".
var thanksNouns = map[string]bool{"gratitude": true, "thanks": true, "appreciation": true, "congratulations": true, "condolences": true}

// possessiveGaps end the reach of a thanked person over a possessive after
// it: "thanked him that his", "thanked him as his".
var possessiveGaps = map[string]bool{
	"but": true, "that": true, "which": true, "who": true, "while": true, "as": true, "whose": true,
	"when": true, "after": true, "before": true, "because": true, "since": true, "although": true,
}

// markGenders marks the persons named with a form of address that tells
// their gender: "Mrs. Fajon", "Madam President", "Mr. Attaf".
func (a *analysis) markGenders() {
	toks := a.toks
	for _, m := range a.ms {
		if m.Kind != mPerson || m.E == nil {
			continue
		}
		for q := m.I - 1; q >= 0 && q >= m.I-3 && (toks[q].Text == "." || honorificAt(toks, q) || femaleAddress[toks[q].Fold] || maleAddress[toks[q].Fold]); q-- {
			switch f := strings.TrimSuffix(toks[q].Fold, "."); {
			case femaleAddress[f] && !m.E.Male:
				m.E.Female = true
			case maleAddress[f] && !m.E.Female:
				m.E.Male = true
			}
		}
	}
}

// maleAddress are the forms of address of men: "Mr. Attaf", "Sir Keir".
var maleAddress = map[string]bool{"mr": true, "sir": true, "monsieur": true, "shri": true}

// fitsGender reports whether a pronoun, feminine when fem is set, can refer
// to e: not to a person known to be of the other gender, and a feminine one
// to a person of unknown gender only when no woman is known.
func (a *analysis) fitsGender(e *ent, fem bool) bool {
	if fem {
		return !e.Male && (e.Female || !a.anyFemale())
	}
	return !e.Female
}

// objectPronoun reports whether the pronoun at k is an object: "him", or
// "her" before no noun ("welcomed her at the airport", "received her
// warmly"; not "her visit").
func (a *analysis) objectPronoun(k int) bool {
	switch a.toks[k].Fold {
	case "him":
		return true
	case "her":
		if k+1 >= len(a.toks) || a.toks[k+1].Kind != tokWord || a.toks[k+1].Sent != a.toks[k].Sent {
			return true
		}
		return objectFollowers[a.toks[k+1].Fold]
	}
	return false
}

// objectFollowers may follow an object pronoun, not a possessive's noun.
var objectFollowers = map[string]bool{
	"at": true, "in": true, "on": true, "to": true, "for": true, "with": true, "and": true, "as": true,
	"upon": true, "during": true, "from": true, "by": true, "warmly": true, "cordially": true,
	"today": true, "yesterday": true, "personally": true, "about": true, "that": true, "into": true,
}

// opensClause reports whether token k opens its sentence or follows a
// comma: "She then held", "Upon arrival, she".
func (a *analysis) opensClause(k int) bool {
	return k == 0 || a.toks[k-1].Sent != a.toks[k].Sent || a.toks[k-1].Text == ","
}

// femaleAddress are the forms of address of women: "Mrs. Fajon", "Madam
// President", "Sheikha Moza".
var femaleAddress = map[string]bool{
	"mrs": true, "ms": true, "madam": true, "madame": true, "dame": true, "lady": true,
	"queen": true, "princess": true, "sheikha": true, "begum": true, "datin": true, "hajah": true,
	"smt": true, "mme": true,
}

// anyFemale reports whether a person of the readout is known to be a woman.
func (a *analysis) anyFemale() bool {
	for _, e := range a.ents {
		if e.Female {
			return true
		}
	}
	return false
}

// bestFit picks the person a bare title refers to: the best-fitting
// participants, then the publisher's own side among them, then the most
// recently mentioned; non-participants only when no participant fits.
func (a *analysis) bestFit(r *roleSpan, recent []*ent) *ent {
	var cands []*ent
	best := 0
	for _, e := range a.parts {
		t := a.fitTier(e, r)
		switch {
		case t > best:
			best, cands = t, []*ent{e}
		case t == best && t > 0:
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 {
		for n := len(recent) - 1; n >= 0; n-- {
			if a.fitTier(recent[n], r) == 2 {
				return recent[n]
			}
		}
		// "The Chancellor" where no head of government takes part: the
		// foreign minister, as Spanish-speaking ministries write Canciller
		if strings.EqualFold(r.Title, "chancellor") {
			fm := *r
			fm.Title, fm.Office = "", "foreign_minister"
			return a.bestFit(&fm, recent)
		}
		return nil
	}
	if len(cands) == 1 {
		return cands[0]
	}
	if h := a.home(); h != nil {
		for _, c := range cands {
			if c == h {
				return c
			}
		}
	}
	if a.lastSubject != nil {
		for _, c := range cands {
			if c == a.lastSubject {
				return c
			}
		}
	}
	for n := len(recent) - 1; n >= 0; n-- {
		for _, c := range cands {
			if c == recent[n] {
				return c
			}
		}
	}
	return cands[0]
}

// genderKnown reports whether the person's gender was stated by an honorific.
func (a *analysis) genderKnown(e *ent) bool { return e.Female }

// counterpart resolves "his Turkish counterpart", "the Indonesian leader",
// "his Brazilian colleague": the participant of the state named with it, or
// the participant other than the sentence's subject.
func (a *analysis) counterpart(k int, r *roleSpan) *ent {
	if r.Of != nil {
		for _, p := range a.parts {
			if p.Of == r.Of {
				return p
			}
		}
	}
	subj := a.subjectBefore(k)
	if w := strings.ToLower(r.Title); subj == nil && (w == "guest" || w == "host") {
		// "The guest, for his part, briefed President Tinubu": who the
		// event's sentence says received or visited whom
		if host, guest := a.hostAndGuest(); host != nil {
			if w == "host" {
				return host
			}
			return guest
		}
	}
	for _, p := range a.parts {
		if p != subj {
			return p
		}
	}
	return nil
}

// hostAndGuest returns the host and the guest of a main event between two
// participants, as its sentence tells them: "X received Y" (X hosts), "X
// paid a visit to Y", "X visited Y" (X is the guest); else nil, nil.
func (a *analysis) hostAndGuest() (host, guest *ent) {
	subj := a.eventSubject()
	if subj == nil || len(a.parts) != 2 {
		return nil, nil
	}
	other := a.parts[0]
	if other == subj {
		other = a.parts[1]
	}
	i, j := a.sentToks(a.eventSent)
	for k := i; k < j; k++ {
		if a.toks[k].Cap || a.mAt(k) != nil {
			continue
		}
		switch a.toks[k].Fold {
		case "received", "receives", "hosted", "hosts", "welcomed", "welcomes":
			return subj, other
		case "visited", "visits", "paid", "pays", "undertook", "undertakes":
			return other, subj
		}
		if _, ev := eventVerbs[a.toks[k].Fold]; ev || a.finiteVerbAt(k) {
			return nil, nil
		}
	}
	return nil, nil
}

// isSubjectAt reports whether a verb follows at token k (after adverbs and
// a parenthetical: "Prime Minister Abiy, for his part, briefed"), so that
// the noun phrase ending before k is a subject.
func (a *analysis) isSubjectAt(k int) bool {
	k = a.pastAside(k)
	for k < len(a.toks) && adverbs[a.toks[k].Fold] {
		k++
	}
	if k >= len(a.toks) || a.toks[k].Cap {
		return false
	}
	f := a.toks[k].Fold
	if vm, ok := a.g.verbForm[f]; ok && vm.Form != 1 {
		return true
	}
	_, ev := eventVerbs[f]
	return ev || subjectVerbs[f] || arrivalVerbs[f]
}

// quoteSpeakerAt reports whether the person e, named from token k, is the
// speaker a verb of saying after a quotation puts after itself
// ("'...,' said Sinirlioğlu", "said the Secretary General"): the subject
// of its sentence, whom the next pronouns mean.
func (a *analysis) quoteSpeakerAt(k int, e *ent) bool {
	toks := a.toks
	v := k - 1
	for v > 0 && (a.inT(v) || honorificAt(toks, v) || toks[v].Fold == "the") {
		v--
	}
	if v < 2 || toks[v].Kind != tokWord || toks[v].Sent != toks[k].Sent {
		return false
	}
	if _, ok := a.g.verbForm[toks[v].Fold]; !ok {
		return false
	}
	return a.invertedSpeaker(v) == e
}

// pastAside returns the token after the parenthetical of [asideWords]
// between commas that opens at token k (", for his part,", ", in turn,"),
// or k when there is none.
func (a *analysis) pastAside(k int) int {
	toks := a.toks
	if k >= len(toks) || toks[k].Text != "," {
		return k
	}
	if n := a.pastAppositive(k); n > k {
		return n
	}
	for q := k + 1; q < len(toks) && q <= k+5 && toks[q].Sent == toks[k].Sent; q++ {
		if toks[q].Text == "," {
			if q > k+1 {
				return q + 1
			}
			return k
		}
		if toks[q].Kind != tokWord || !asideWords[toks[q].Fold] {
			return k
		}
	}
	return k
}

// pastAppositive returns the token after an appositive title between
// commas that opens at the comma k ("Mr Waqa, a former President of
// Nauru, commended"), or k when there is none.
func (a *analysis) pastAppositive(k int) int {
	toks := a.toks
	title := false
	for q := k + 1; q < len(toks) && q <= k+16 && toks[q].Sent == toks[k].Sent; q++ {
		m := a.mAt(q)
		switch {
		case a.inT(q):
			title = true
		case m != nil && (m.Kind == mState || m.Kind == mInst):
			q = m.J - 1
		case toks[q].Fold == "of" || toks[q].Fold == "the" || appositiveWords[toks[q].Fold]:
		case toks[q].Text == "," && title:
			return q + 1
		default:
			return k
		}
	}
	return k
}

// arrivalVerbs tell a visitor's arrival and reception, so the one before
// them is the one the next pronouns mean: "Minister X arrived in Astana.
// Minister Y greeted him at the airport" (him: X; not Y).
var arrivalVerbs = map[string]bool{
	"arrived": true, "arrives": true, "landed": true, "lands": true, "greeted": true, "greets": true,
	"travelled": true, "traveled": true, "travels": true, "departed": true, "departs": true,
}

// styledRef resolves a form of address standing alone at k ("His Majesty",
// "Her Royal Highness" followed by neither a title nor a name) to the one
// person the text introduced with it, preferring participants; it returns
// that person and the end of the phrase; when no one person was, last (if
// not nil); or nil.
func (a *analysis) styledRef(k int, last *ent) (*ent, int) {
	toks := a.toks
	n := k + 1
	if toks[n].Fold == "royal" && n+1 < len(toks) {
		n++
	}
	style := toks[n].Fold
	n++
	if n < len(toks) && toks[n].Kind == tokWord && toks[n].Cap && (a.inT(n) || a.mAt(n) != nil || honorificAt(toks, n)) {
		return nil, 0 // "His Majesty King Abdullah II": the name's own style
	}
	var styled, parts []*ent
	for _, m := range a.ms {
		if m.Kind == mPerson && m.E != nil && m.I < k && a.styleBefore(m.I) == style && !slices.Contains(styled, m.E) {
			styled = append(styled, m.E)
			if m.E.Part {
				parts = append(parts, m.E)
			}
		}
	}
	switch {
	case len(parts) == 1:
		return parts[0], n
	case len(parts) == 0 && len(styled) == 1:
		return styled[0], n
	case last != nil && (n >= len(toks) || toks[n].Fold != "the"):
		return last, n // not "His Highness the Amir", a title's style
	}
	return nil, 0
}

// styleBefore returns the style word ("majesty", "highness") of the form of
// address before the name at i, across its title and honorifics ("His
// Majesty King Abdullah II", "His Royal Highness Prince Mohammed"), or "".
func (a *analysis) styleBefore(i int) string {
	for p := i - 1; p >= 0 && p >= i-6 && a.toks[p].Sent == a.toks[i].Sent; p-- {
		t := a.toks[p]
		if styleWords[t.Fold] && t.Fold != "royal" {
			return t.Fold
		}
		if st := styleAbbrevs[strings.TrimSuffix(t.Fold, ".")]; st != "" {
			return st // "H.H. Sheikh Abdullah bin Zayed" ("H.H." is one token)
		}
		if t.Kind != tokWord || !(t.Cap || a.inT(p)) {
			return ""
		}
	}
	return ""
}

// styleAbbrevs are abbreviated forms of address and their style words.
var styleAbbrevs = map[string]string{"h.h": "highness", "h.m": "majesty", "h.e": "excellency"}

// styleWords follow "His"/"Her" in a form of address.
var styleWords = map[string]bool{"highness": true, "excellency": true, "majesty": true, "royal": true, "holiness": true, "eminence": true, "beatitude": true}
