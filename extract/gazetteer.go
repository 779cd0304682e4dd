package extract

import (
	"embed"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// The knowledge tables, one TSV file each, embedded at build time. Their
// columns are named by a header line; lines starting with '#' are comments.
// README.md ("Knowledge tables") says how to extend them.
//
//go:embed data/*.tsv
var dataFS embed.FS

// stateRow is one state of data/states.tsv.
type stateRow struct {
	ISO3, QID, Name, Official string
}

// instRow is one institution of data/institutions.tsv. State is the ISO3
// of the state a national body belongs to, when a state's name or demonym
// inside its name could mean another ("Korean Central News Agency": PRK)
// or an alias is shared with another state's body ("Bundesrat").
type instRow struct {
	Key, QID, Name, Acronym, PartOf, Kind, State string
}

// placeRow is one place of data/places.tsv.
type placeRow struct {
	Name, Kind, ISO3 string
}

// holder is one term of office of data/offices.tsv.
type holder struct {
	Name, QID, Office, Of string
	Start, End            time.Time // End is zero while in office
	Tokens                []string  // folded name tokens of the name and aliases
}

// titleRow is one office title of data/titles.tsv.
type titleRow struct {
	Title, Office, Of string
}

// verbRow is one reporting verb of data/verbs.tsv.
type verbRow struct {
	Lemma, CAMEO, PLOVER string
	Obj                  bool     // a light verb: its object noun is part of the verb
	Particles            []string // the verb is a claim only with one of these
	// Clause: the verb is a claim only before what was said ("wrote
	// that", "wrote:", a quotation) or after a quotation; else it names
	// the act ("wrote to the President").
	Clause bool
	// Opinion: a stance held, told in the present tense even in a body
	// that reports in the past ("Aliyev believes that ...").
	Opinion bool
	// Order: an instruction, a claim only when an infinitive follows its
	// object ("directed their ministers to fast-track"), not otherwise
	// ("efforts directed at", "a film directed by").
	Order bool
}

// entry kinds of the phrase trie.
type entryKind uint8

const (
	eState   entryKind = iota // a state's name, official name or alias
	eDemonym                  // "Azerbaijani"
	eCapital                  // "Baku" used for the government
	eInst                     // an institution's name or alias
	eAcronym                  // an institution's acronym
	ePlace                    // a region, sea or territory
	ePerson                   // a known person's name or alias
	eTitle                    // an office title
	eVerb                     // a reporting verb form
)

// entry is what a phrase of the trie stands for.
type entry struct {
	Kind  entryKind
	Ref   int    // index into the table of its kind
	Exact string // non-empty: the phrase must match this text exactly (acronyms)
	Form  int8   // verbs: 0 past, 1 -ing, 2 third person, 3 base
}

// trieNode is a node of the phrase trie keyed by folded tokens.
type trieNode struct {
	next    map[string]*trieNode
	entries []entry
}

// gazetteer holds the knowledge tables and the phrase trie built from them.
type gazetteer struct {
	states  []stateRow
	stateAt map[string]int // ISO3 -> index into states
	insts   []instRow
	instKey map[string]int
	places  []placeRow
	holders []holder
	byToken map[string][]int // folded name token -> holders
	titles  []titleRow
	// officeWords are the content words of each title of an office
	// (titleWords), by office key.
	officeWords map[string][][]string
	verbs       []verbRow
	verbForm    map[string]verbMatch // folded verb form -> verb
	root        *trieNode
	// organs are the organs of bodies by the name they bear within their
	// body ("permanent council" for the OSCE Permanent Council), folded
	organs map[string][]int
}

type verbMatch struct {
	Ref  int
	Form int8
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
	gazErr  error
)

// tables returns the gazetteer, loading it on first use.
func tables() (*gazetteer, error) {
	gazOnce.Do(func() { gaz, gazErr = loadGazetteer() })
	return gaz, gazErr
}

// readTSV reads an embedded table and returns its rows as maps from column
// name to value. A missing file gives no rows.
func readTSV(name string) ([]map[string]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, nil
	}
	var header []string
	var rows []map[string]string
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if header == nil {
			header = f
			continue
		}
		if len(f) > len(header) {
			return nil, fmt.Errorf("data/%s:%d: %d columns, header has %d", name, n+1, len(f), len(header))
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(f) {
				row[h] = strings.TrimSpace(f[i])
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{root: &trieNode{}, instKey: map[string]int{}, byToken: map[string][]int{}, verbForm: map[string]verbMatch{}, stateAt: map[string]int{}}

	rows, err := readTSV("places.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		i := len(g.places)
		g.places = append(g.places, placeRow{Name: r["name"], Kind: r["kind"], ISO3: r["iso3"]})
		g.add(r["name"], entry{Kind: ePlace, Ref: i})
		for _, a := range splitList(r["aliases"]) {
			g.add(a, entry{Kind: ePlace, Ref: i})
		}
	}

	if rows, err = readTSV("states.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		i := len(g.states)
		g.states = append(g.states, stateRow{ISO3: r["iso3"], QID: r["qid"], Name: r["name"], Official: r["official"]})
		g.stateAt[r["iso3"]] = i
		g.add(r["name"], entry{Kind: eState, Ref: i})
		g.add(r["official"], entry{Kind: eState, Ref: i})
		for _, a := range splitList(r["aliases"]) {
			g.add(a, entry{Kind: eState, Ref: i})
		}
		for _, a := range splitList(r["demonyms"]) {
			g.add(a, entry{Kind: eDemonym, Ref: i})
			// the people: "Palestinians", "Israelis", "Iraqis"
			if strings.HasSuffix(a, "an") || strings.HasSuffix(a, "i") {
				g.add(a+"s", entry{Kind: eDemonym, Ref: i})
			}
		}
		for _, a := range splitList(r["capitals"]) {
			g.add(a, entry{Kind: eCapital, Ref: i})
		}
	}

	if rows, err = readTSV("institutions.tsv"); err != nil {
		return nil, err
	}
	names := make([][]string, 0, len(rows)) // each body's name, aliases and acronyms
	for _, r := range rows {
		i := len(g.insts)
		acr := splitList(r["acronyms"])
		row := instRow{Key: r["key"], QID: r["qid"], Name: r["name"], PartOf: r["part_of"], Kind: r["kind"], State: r["state"]}
		if len(acr) > 0 {
			row.Acronym = acr[0]
		}
		g.insts = append(g.insts, row)
		g.instKey[row.Key] = i
		g.add(r["name"], entry{Kind: eInst, Ref: i})
		for _, a := range splitList(r["aliases"]) {
			g.add(a, entry{Kind: eInst, Ref: i})
		}
		for _, a := range acr {
			g.add(a, entry{Kind: eAcronym, Ref: i})
		}
		names = append(names, append(append([]string{r["name"]}, splitList(r["aliases"])...), acr...))
	}
	g.addOrgans(names)

	if rows, err = readTSV("offices.tsv"); err != nil {
		return nil, err
	}
	for n, r := range rows {
		h := holder{Name: r["name"], QID: r["qid"], Office: r["office"], Of: r["of"]}
		if h.Start, err = parseDay(r["start"]); err != nil {
			return nil, fmt.Errorf("data/offices.tsv: row %d: start: %w", n+1, err)
		}
		if r["end"] != "" {
			if h.End, err = parseDay(r["end"]); err != nil {
				return nil, fmt.Errorf("data/offices.tsv: row %d: end: %w", n+1, err)
			}
		}
		i := len(g.holders)
		var names []string
		for _, nm := range append([]string{h.Name}, splitList(r["aliases"])...) {
			for _, v := range particleVariants(nm) {
				names = append(names, givenNameVariants(v)...)
				if w := undottedInitials(v); w != v {
					names = append(names, givenNameVariants(w)...)
				}
			}
		}
		seen := map[string]bool{}
		for _, nm := range names {
			g.add(nm, entry{Kind: ePerson, Ref: i})
			for _, t := range tokenize(nm, 0, len(nm)) {
				if t.Kind == tokWord && len(t.Fold) >= 2 && !nameParticle[t.Fold] && !seen[t.Fold] && !honorificTok(t) {
					seen[t.Fold] = true
					h.Tokens = append(h.Tokens, t.Fold)
					g.byToken[t.Fold] = append(g.byToken[t.Fold], i)
				}
			}
		}
		g.holders = append(g.holders, h)
	}

	if rows, err = readTSV("titles.tsv"); err != nil {
		return nil, err
	}
	g.officeWords = map[string][][]string{}
	for _, r := range rows {
		i := len(g.titles)
		g.titles = append(g.titles, titleRow{Title: r["title"], Office: r["office"], Of: r["of"]})
		g.add(r["title"], entry{Kind: eTitle, Ref: i})
		g.officeWords[r["office"]] = append(g.officeWords[r["office"]], titleWords(r["title"]))
	}

	if rows, err = readTSV("verbs.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		i := len(g.verbs)
		v := verbRow{Lemma: r["lemma"], CAMEO: r["cameo"], PLOVER: r["plover"]}
		needs := r["needs"]
		switch {
		case needs == "obj":
			v.Obj = true
		case needs == "said":
			v.Clause = true
		case needs == "opinion":
			v.Opinion = true
		case needs == "to":
			v.Order = true
		case strings.HasPrefix(needs, "prt:"):
			v.Particles = splitList(strings.TrimPrefix(needs, "prt:"))
		}
		g.verbs = append(g.verbs, v)
		past, ing, third := r["past"], r["ing"], r["third"]
		if past == "" {
			past, ing, third = inflect(v.Lemma)
		}
		// a past participle unlike the past: "drew|drawn", a past form
		past, participle, _ := strings.Cut(past, "|")
		forms := []struct {
			text string
			form int8
		}{{past, 0}, {ing, 1}, {third, 2}, {v.Lemma, 3}, {participle, 0}}
		for _, f := range forms {
			if f.text == "" {
				continue
			}
			if _, dup := g.verbForm[f.text]; !dup || f.form == 0 {
				g.verbForm[f.text] = verbMatch{Ref: i, Form: f.form}
			}
		}
	}
	return g, nil
}

// addOrgans names each organ of a body (a row with part_of) under every
// name of its body: the name it bears within the body, what its own names
// leave of the body's ("Permanent Council" of "OSCE Permanent Council" and
// "Permanent Council of the OSCE"), with "of the", "of" or before it each
// name and acronym of the body or the body's own parent, so "the Permanent
// Council of the Organization for Security and Co-operation in Europe" is
// the OSCE Permanent Council. That name is kept in g.organs when it has
// two words or more, one of them a body's head noun ("Council",
// "Assembly"): a lone "Council" or "Commission" names too many.
func (g *gazetteer) addOrgans(names [][]string) {
	g.organs = map[string][]int{}
	for i, row := range g.insts {
		var parents []string
		for p, n := row.PartOf, 0; p != "" && n < 2; n++ {
			pi, ok := g.instKey[p]
			if !ok {
				break
			}
			parents = append(parents, names[pi]...)
			p = g.insts[pi].PartOf
		}
		if len(parents) == 0 {
			continue
		}
		var locals []string
		for _, own := range names[i] {
			for _, pn := range parents {
				local, ok := strings.CutPrefix(own, pn+" ")
				if !ok {
					if local, ok = strings.CutSuffix(own, " of the "+pn); !ok {
						local, ok = strings.CutSuffix(own, " of "+pn)
					}
				}
				if ok && !slices.Contains(locals, local) && organName(local) {
					locals = append(locals, local)
				}
			}
		}
		for _, local := range locals {
			key := foldPhrase(local)
			if !slices.Contains(g.organs[key], i) {
				g.organs[key] = append(g.organs[key], i)
			}
			for _, pn := range parents {
				g.add(local+" of the "+pn, entry{Kind: eInst, Ref: i})
				g.add(local+" of "+pn, entry{Kind: eInst, Ref: i})
				g.add(pn+" "+local, entry{Kind: eInst, Ref: i})
			}
		}
	}
}

// organName reports whether an organ's name within its body can stand for
// it: two words or more, one of them a body's head noun, all of the first
// and last capitalised ("Permanent Council", "Board of Governors").
func organName(local string) bool {
	toks := tokenize(local, 0, len(local))
	if len(toks) < 2 || !toks[0].Cap || !toks[len(toks)-1].Cap {
		return false
	}
	for _, t := range toks {
		if instHeads[t.Fold] {
			return true
		}
	}
	return false
}

// foldPhrase returns the folded words of a phrase joined by spaces.
func foldPhrase(s string) string {
	var b strings.Builder
	for _, t := range tokenize(s, 0, len(s)) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Fold)
	}
	return b.String()
}

// inflect returns the regular past, -ing and third-person forms of an
// English verb lemma.
func inflect(l string) (past, ing, third string) {
	n := len(l)
	switch {
	case strings.HasSuffix(l, "ee"):
		past, ing = l+"d", l+"ing" // "agreeing", "guaranteeing"
	case strings.HasSuffix(l, "e"):
		past, ing = l+"d", l[:n-1]+"ing"
	case strings.HasSuffix(l, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(l[n-2])):
		past, ing = l[:n-1]+"ied", l+"ing"
	case l == "commit" || l == "concur" || l == "regret" || l == "pledge":
		if l == "pledge" {
			past, ing = "pledged", "pledging"
		} else {
			past, ing = l+l[n-1:]+"ed", l+l[n-1:]+"ing"
		}
	default:
		past, ing = l+"ed", l+"ing"
	}
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z"):
		third = l + "es"
	case strings.HasSuffix(l, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(l[n-2])):
		third = l[:n-1] + "ies"
	default:
		third = l + "s"
	}
	return past, ing, third
}

func parseDay(s string) (time.Time, error) {
	return time.Parse("2006-01-02", s)
}

// add puts phrase into the trie. An all-capitals phrase of letters and
// periods ("UN", "U.S.", "NATO") must later match exactly.
func (g *gazetteer) add(phrase string, e entry) {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return
	}
	toks := tokenize(phrase, 0, len(phrase))
	if len(toks) == 0 {
		return
	}
	if len(toks) == 1 && isAcronym(phrase) {
		e.Exact = phrase
	}
	n := g.root
	for _, t := range toks {
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[t.Fold]
		if c == nil {
			c = &trieNode{}
			n.next[t.Fold] = c
		}
		n = c
	}
	for _, x := range n.entries {
		if x == e {
			return
		}
	}
	n.entries = append(n.entries, e)
}

// isAcronym reports whether s is written in capitals ("UN", "U.S.", "OPEC+").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2 && letters <= 8
}

// match is a phrase of the text found in the trie: tokens [I, J).
type match struct {
	I, J    int
	Entries []entry
}

// lookup returns the longest phrase of the trie starting at token i whose
// entries accept the text's capitalisation, or ok=false.
func (g *gazetteer) lookup(toks []token, i int) (m match, ok bool) {
	n := g.root
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if j > i && toks[j-1].Sent != t.Sent {
			break
		}
		c := n.next[t.Fold]
		if c == nil {
			break
		}
		n = c
		if len(n.entries) == 0 {
			continue
		}
		var es []entry
		for _, e := range n.entries {
			if acceptCase(toks, i, j+1, e) {
				es = append(es, e)
			}
		}
		if len(es) > 0 {
			m, ok = match{I: i, J: j + 1, Entries: es}, true
		}
	}
	return m, ok
}

// acceptCase reports whether toks[i:j] is capitalised as entry e requires:
// acronyms exactly; one-word names capitalised; longer names with a
// capitalised first word, or in any case when they have three words or more.
func acceptCase(toks []token, i, j int, e entry) bool {
	if e.Exact != "" {
		return j-i == 1 && toks[i].Text == e.Exact
	}
	if e.Kind == eVerb {
		return true
	}
	if e.Kind == eTitle && !toks[i].Cap && i > 1 && toks[i-1].Cap && toks[i-1].Kind == tokWord && toks[i-2].Sent == toks[i].Sent && toks[i-2].Kind == tokWord {
		// a title in lower case after a capitalised word inside a
		// sentence: "the Chinese foreign minister", "US president"
		return true
	}
	if e.Kind == eTitle && !toks[i].Cap && i > 0 && toks[i-1].Text == "The" && (i == 1 || toks[i-2].Sent != toks[i-1].Sent) {
		// a title in lower case opening a sentence after "The": "The
		// minister stressed", "The foreign minister added"
		return true
	}
	if e.Kind == eTitle && !toks[i].Cap && i > 1 && toks[i-1].Text == "the" && toks[i-2].Text == "," && toks[i-2].Sent == toks[i].Sent {
		// or opening a clause after an introductory phrase: "At the
		// talks, the minister stressed"
		return true
	}
	if j-i == 1 {
		return toks[i].Cap
	}
	if toks[i].Cap {
		return true
	}
	if i > 0 && (toks[i-1].Fold == "a" || toks[i-1].Fold == "an") {
		// in lower case after an indefinite article, a kind of body, not
		// the one named: "support the work on a special tribunal for the
		// crime of aggression against Ukraine"
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		if toks[k].Kind == tokWord {
			words++
		}
	}
	return words >= 3 && e.Kind != ePerson && e.Kind != eTitle
}

// stateRef returns the index of the state iso3 in g.states, or -1 for ""
// or an unknown code.
func (g *gazetteer) stateRef(iso3 string) int {
	if i, ok := g.stateAt[iso3]; ok && iso3 != "" {
		return i
	}
	return -1
}

// holdersOn returns the holders of office of body on day, most recent first.
func (g *gazetteer) holdersOn(office, of string, day time.Time) []int {
	var out []int
	for i, h := range g.holders {
		if h.Office == office && (of == "" || h.Of == of) && h.heldOn(day) {
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return g.holders[out[a]].Start.After(g.holders[out[b]].Start) })
	return out
}

// heldOn reports whether the term includes day. A zero day matches any term.
func (h holder) heldOn(day time.Time) bool {
	if day.IsZero() {
		return true
	}
	return !day.Before(h.Start) && (h.End.IsZero() || !day.After(h.End))
}

// nameParticle are lower-case words inside personal names.
var nameParticle = map[string]bool{
	"da": true, "de": true, "do": true, "dos": true, "das": true, "von": true, "van": true,
	"der": true, "den": true, "bin": true, "bint": true, "ibn": true, "al": true, "el": true,
	"le": true, "la": true, "di": true, "du": true, "del": true, "y": true, "ter": true, "ben": true,
	"des": true, "della": true,
}

// honorific are forms of address that may precede a name.
var honorific = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "h.e": true, "he": false, "shri": true, "smt": true,
	"sir": true, "dame": true, "lord": true, "madam": true, "hon": true, "prof": true, "professor": true, "sheikh": true,
	"excellency": true, "highness": true, "majesty": true, "eminence": true, "holiness": true, "beatitude": true, "his": false, "her": false, "mister": true,
	"hrh": true, "hh": true, "hm": true, // abbreviated styles: "HRH the Crown Prince", "HM the King"
	"seyed": true, "sayyid": true, "ambassador": false, "prince": true, "princess": true, "royal": true,
	"sheikha": true, "sultan": false, "shaikh": true, "begum": true, "sri": true, "datuk": true, "tan": false,
	"dato": true, "dato'": true, "seri": true, "datin": true, "tun": true, "utama": true, "haji": true,
	"hajah": true, "hj": true, "yb": true, "yab": true, // Yang (Amat) Berhormat
	"setia": true, "awang": true, "dayang": true, "pengiran": true, // Brunei: "Dato Seri Setia Awang Haji Erywan"
	"berhormat": true, "pehin": true, "datu": true, // "Yang Berhormat Dato ...", "bin Pehin Datu ..."
	"honourable": true, "honorable": true, // "Senator the Honourable Dr. Amy Blake", Commonwealth styles
	"afioga": true, "susuga": true, // Samoan styles of a titled chief: "Afioga Tuilaepa ...", "Susuga ..."

	// abbreviated ranks and styles: "Maj. Gen. Ahmad Husni", "H.E. Amb. Selma
	// Haddadi", "the Rt. Hon. Winston Peters"
	"amb": true, "rt": true, "cdr": true, "cmdr": true, "lieut": true, "gen": true, "maj": true, "lt": true, "col": true, "brig": true, "adm": true, "capt": true, "sgt": true,
}

// particleForms match an Arabic article joined to the name after it by a
// hyphen or a space: "Al-Thani", "Al Thani", "al-Saud", "El-Sisi".
var (
	particleHyphen = regexp.MustCompile(`\b([Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]t|[Aa]z)-(\p{Lu})`)
	particleSpace  = regexp.MustCompile(`\b([Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]t|[Aa]z) (\p{Lu})`)
)

// particleVariants returns nm and, if it joins an Arabic article to the
// name after it, the same with the other joint: readouts write "Al Thani"
// and "Al-Thani" for one family.
func particleVariants(nm string) []string {
	out := []string{nm}
	for _, v := range []string{particleHyphen.ReplaceAllString(nm, "$1 $2"), particleSpace.ReplaceAllString(nm, "$1-$2")} {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// givenNameVariants returns nm and, when it opens with two given names,
// the same with them joined the other way: readouts write "Félix-Antoine
// Tshisekedi" and "Félix Antoine Tshisekedi", "Jean-Yves Le Drian" and
// "Jean Yves Le Drian" for one person.
func givenNameVariants(nm string) []string {
	out := []string{nm}
	w := strings.Fields(nm)
	if len(w) < 2 {
		return out
	}
	if a, b, ok := strings.Cut(w[0], "-"); ok && a != "" && b != "" && !strings.Contains(b, "-") && upperInitial(a) && upperInitial(b) {
		out = append(out, a+" "+b+" "+strings.Join(w[1:], " "))
	} else if len(w) >= 3 && !strings.Contains(w[0], "-") && !strings.Contains(w[1], "-") && upperInitial(w[0]) && upperInitial(w[1]) && !nameParticle[strings.ToLower(w[1])] {
		out = append(out, w[0]+"-"+w[1]+" "+strings.Join(w[2:], " "))
	}
	return out
}

// upperInitial reports whether s begins with an upper-case letter.
func upperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// honorificTok reports whether t is a form of address: one of honorific,
// or "HE" in capitals (His or Her Excellency, in Gulf states' readouts),
// which folds to the pronoun.
func honorificTok(t token) bool {
	return honorific[strings.TrimSuffix(t.Fold, ".")] || t.Text == "HE"
}

// dottedHonorific are abbreviated titles that are also surnames ("Hun
// Sen", "Minister Sen"): forms of address only with their full stop and a
// name after it ("Sen. Jeanne Shaheen", "Rep. Joe Wilson"; "Eng. Waleed
// Elkhereiji", an engineer, in Gulf states' readouts).
var dottedHonorific = map[string]bool{"sen": true, "rep": true, "gov": true, "eng": true}

// mostStyles are the styles "Most" raises: "the Most Honourable", "the
// Most Hon.", "the Most Reverend".
var mostStyles = map[string]bool{"hon": true, "honourable": true, "honorable": true, "rev": true, "reverend": true}

// honorificAt reports whether toks[k] is a form of address (see
// [honorificTok]) or one of dottedHonorific written as an abbreviation
// before a name.
func honorificAt(toks []token, k int) bool {
	t := toks[k]
	if honorificTok(t) {
		return true
	}
	if t.Fold == "yang" && t.Cap && k+1 < len(toks) && (toks[k+1].Fold == "berhormat" || toks[k+1].Fold == "amat" || toks[k+1].Fold == "mulia") {
		return true // "Yang Berhormat", "Yang Amat Berhormat", "Yang Mulia", not "Yang Jiechi"
	}
	if t.Fold == "most" && t.Cap && k+1 < len(toks) && (mostStyles[strings.TrimSuffix(toks[k+1].Fold, ".")]) {
		return true // "the Most Hon. Andrew ...", "the Most Reverend ...", not "Most members"
	}
	return dottedHonorific[t.Fold] && t.Cap && k+2 < len(toks) && toks[k+1].Text == "." && toks[k+1].Start == t.End &&
		toks[k+2].Kind == tokWord && toks[k+2].Cap && !sentenceStarters[toks[k+2].Fold]
}

// lookupAll returns every phrase of the trie starting at token i, shortest
// first, whose entries accept the text's capitalisation.
func (g *gazetteer) lookupAll(toks []token, i int) []match {
	var out []match
	n := g.root
	for j := i; j < len(toks); j++ {
		c := n.next[toks[j].Fold]
		if c == nil {
			break
		}
		n = c
		var es []entry
		for _, e := range n.entries {
			if acceptCase(toks, i, j+1, e) {
				es = append(es, e)
			}
		}
		if len(es) > 0 {
			out = append(out, match{I: i, J: j + 1, Entries: es})
		}
	}
	return out
}

// undottedInitials writes a name's initials without their full stops, as
// readouts often do: "K. P. Sharma Oli" -> "K P Sharma Oli".
func undottedInitials(name string) string {
	w := strings.Fields(name)
	for i, x := range w {
		if len(x) == 2 && x[1] == '.' && x[0] >= 'A' && x[0] <= 'Z' {
			w[i] = x[:1]
		}
	}
	return strings.Join(w, " ")
}
