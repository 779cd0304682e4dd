package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gold is one annotated readout, in the format of shared/corpus/dev/gold.jsonl.
type Gold struct {
	ID           string          `json:"id"`
	File         string          `json:"file"`
	Publisher    string          `json:"publisher"`
	Published    *string         `json:"published"`
	EventType    string          `json:"event_type"`
	EventDate    *string         `json:"event_date"`
	Initiator    *string         `json:"initiator"`
	Participants []GoldPerson    `json:"participants"`
	States       []string        `json:"states"`
	Institutions []string        `json:"institutions"`
	PersonsOther []string        `json:"persons_other"`
	Claims       []GoldClaim     `json:"claims"`
	Extra        json.RawMessage `json:"-"`
}

// GoldPerson is a participant of a gold annotation.
type GoldPerson struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	State string `json:"state"`
}

// GoldClaim is a claim of a gold annotation: speaker name, "BOTH" or "ALL",
// and the verb.
type GoldClaim struct {
	Speaker string `json:"speaker"`
	Verb    string `json:"verb"`
}

// PRF counts matches of one field: true positives, predictions and gold items.
type PRF struct {
	TP, Pred, Gold int
}

// P returns the precision; 1 when nothing was predicted and nothing expected.
func (f PRF) P() float64 {
	if f.Pred == 0 {
		if f.Gold == 0 {
			return 1
		}
		return 0
	}
	return float64(f.TP) / float64(f.Pred)
}

// R returns the recall; 1 when nothing was expected.
func (f PRF) R() float64 {
	if f.Gold == 0 {
		return 1
	}
	return float64(f.TP) / float64(f.Gold)
}

// F1 returns the harmonic mean of P and R.
func (f PRF) F1() float64 {
	p, r := f.P(), f.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Score is the result of comparing records with gold annotations, with the
// same matching rules as shared/eval/score.py.
type Score struct {
	Readouts int
	Missing  []string
	Fields   map[string]*PRF     // participants, states, institutions, persons_other, claims
	Accuracy map[string][2]int   // event_type, event_date, initiator: correct, total
	Diffs    map[string][]string // per gold id: the fields that differ, for --verbose
}

// FieldNames lists the P/R/F1 fields of a Score in report order.
var FieldNames = []string{"participants", "states", "institutions", "persons_other", "claims"}

// AccuracyNames lists the accuracy fields of a Score in report order.
var AccuracyNames = []string{"event_type", "event_date", "initiator"}

var (
	nonWord = regexp.MustCompile(`[^a-z0-9' ]+`)
	stopRe  = regexp.MustCompile(`\b(the|of|and|for|h e|mr|mrs|ms|dr)\b`)
)

// evalNorm folds a name for comparison as score.py's norm does.
func evalNorm(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	s = strings.ToLower(b.String())
	s = strings.ReplaceAll(s, "’", "'")
	s = nonWord.ReplaceAllString(s, " ")
	s = stopRe.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

func personKey(name string) string {
	var toks []string
	for _, t := range strings.Fields(evalNorm(name)) {
		if len(t) > 1 || (t[0] >= '0' && t[0] <= '9') {
			toks = append(toks, t)
		}
	}
	if len(toks) == 0 {
		return ""
	}
	return toks[0][:1] + ":" + toks[len(toks)-1]
}

// SamePerson reports whether two names are one person: same surname and
// first initial, or same surname where one name is the surname alone.
func SamePerson(a, b string) bool {
	ka, kb := personKey(a), personKey(b)
	if ka != "" && ka == kb {
		return true
	}
	ta, tb := strings.Fields(evalNorm(a)), strings.Fields(evalNorm(b))
	return len(ta) > 0 && len(tb) > 0 && ta[len(ta)-1] == tb[len(tb)-1] && (len(ta) == 1 || len(tb) == 1)
}

func acronymOf(s string) string {
	toks := strings.Fields(evalNorm(s))
	if len(toks) < 2 {
		return ""
	}
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte(t[0])
	}
	return b.String()
}

// SameInstitution reports whether two institution names match: equal after
// folding, one the acronym of the other, or word overlap of at least 0.6.
func SameInstitution(a, b string) bool {
	na, nb := evalNorm(a), evalNorm(b)
	if na == "" || nb == "" {
		return false
	}
	if na == nb || strings.ReplaceAll(na, " ", "") == strings.ReplaceAll(nb, " ", "") {
		return true
	}
	if acronymOf(a) == strings.ReplaceAll(nb, " ", "") || acronymOf(b) == strings.ReplaceAll(na, " ", "") {
		return true
	}
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(na) {
		sa[w] = true
	}
	for _, w := range strings.Fields(nb) {
		sb[w] = true
	}
	inter, union := 0, len(sb)
	for w := range sa {
		if sb[w] {
			inter++
		} else {
			union++
		}
	}
	return union > 0 && float64(inter)/float64(union) >= 0.6
}

func verbEq(gold, pred string) bool {
	g, p := strings.Fields(evalNorm(gold)), strings.Fields(evalNorm(pred))
	if len(g) == 0 || len(p) == 0 || g[0] != p[0] {
		return false
	}
	return subset(g, p) || subset(p, g)
}

type claimKey struct{ speaker, verb string }

func claimEq(g, p claimKey) bool {
	if !verbEq(g.verb, p.verb) {
		return false
	}
	gs := g.speaker
	if gs == "ALL" {
		gs = "BOTH"
	}
	if gs == "BOTH" || p.speaker == "BOTH" {
		return gs == p.speaker
	}
	return SamePerson(gs, p.speaker)
}

func matchCount[T any](gold, pred []T, eq func(T, T) bool) int {
	used := make([]bool, len(pred))
	n := 0
	for _, g := range gold {
		for i, p := range pred {
			if !used[i] && eq(g, p) {
				used[i] = true
				n++
				break
			}
		}
	}
	return n
}

func (f *PRF) add(tp, pred, gold int) { f.TP += tp; f.Pred += pred; f.Gold += gold }

// recordView is a record reduced to the gold fields.
type recordView struct {
	eventType, eventDate, initiator string
	participants, states, insts     []string
	personsOther                    []string
	claims                          []claimKey
}

func view(r *Record) recordView {
	var v recordView
	ents := map[string]*Entity{}
	for i := range r.Entities {
		ents[r.Entities[i].ID] = &r.Entities[i]
	}
	name := func(id string) string {
		if e := ents[id]; e != nil && e.Name != "" {
			return e.Name
		}
		return id
	}
	pset := map[string]bool{}
	if len(r.Events) > 0 {
		ev := r.Events[0]
		v.eventType = string(ev.Type)
		if ev.Date != nil {
			v.eventDate = *ev.Date
		}
		if ev.Initiator != nil {
			v.initiator = name(*ev.Initiator)
		}
		for _, p := range ev.Participants {
			v.participants = append(v.participants, name(p))
			pset[p] = true
		}
	}
	states := map[string]bool{}
	for _, e := range r.Entities {
		switch e.Kind {
		case "state":
			if e.ISO3 != "" {
				states[strings.ToUpper(e.ISO3)] = true
			}
		case "institution":
			v.insts = append(v.insts, e.Name)
		case "person":
			if !pset[e.ID] {
				v.personsOther = append(v.personsOther, e.Name)
			}
		}
	}
	for s := range states {
		v.states = append(v.states, s)
	}
	sort.Strings(v.states)
	for _, c := range r.Claims {
		who := ""
		switch {
		case len(c.Speaker) >= 2:
			who = "BOTH"
		case len(c.Speaker) == 1:
			who = name(c.Speaker[0])
		}
		v.claims = append(v.claims, claimKey{who, evalNorm(c.Verb)})
	}
	return v
}

// Evaluate scores records against gold annotations. Records are matched to
// gold lines by the base name of their source, else by ID.
func Evaluate(gold []Gold, recs []*Record) *Score {
	s := &Score{Fields: map[string]*PRF{}, Accuracy: map[string][2]int{}, Diffs: map[string][]string{}}
	for _, f := range FieldNames {
		s.Fields[f] = &PRF{}
	}
	byFile, byID := map[string]*Record{}, map[string]*Record{}
	for _, r := range recs {
		byFile[path.Base(r.Source)] = r
		byID[r.ID] = r
	}
	acc := func(k string, ok bool) {
		a := s.Accuracy[k]
		a[1]++
		if ok {
			a[0]++
		}
		s.Accuracy[k] = a
	}
	for _, g := range gold {
		s.Readouts++
		r := byFile[path.Base(g.File)]
		if r == nil {
			r = byID[g.ID]
		}
		if r == nil {
			s.Missing = append(s.Missing, g.ID)
			r = &Record{}
		}
		v := view(r)
		var gp []string
		for _, p := range g.Participants {
			gp = append(gp, p.Name)
		}
		diff := func(field string, gv, pv any) {
			s.Diffs[g.ID] = append(s.Diffs[g.ID], fmt.Sprintf("%s: gold=%v got=%v", field, gv, pv))
		}
		add := func(field string, tp, np, ng int, gv, pv any) {
			s.Fields[field].add(tp, np, ng)
			if tp != np || tp != ng {
				diff(field, gv, pv)
			}
		}
		add("participants", matchCount(gp, v.participants, SamePerson), len(v.participants), len(gp), gp, v.participants)
		add("states", matchCount(g.States, v.states, func(a, b string) bool { return strings.EqualFold(a, b) }), len(v.states), len(g.States), g.States, v.states)
		add("institutions", matchCount(g.Institutions, v.insts, SameInstitution), len(v.insts), len(g.Institutions), g.Institutions, v.insts)
		add("persons_other", matchCount(g.PersonsOther, v.personsOther, SamePerson), len(v.personsOther), len(g.PersonsOther), g.PersonsOther, v.personsOther)
		var gc []claimKey
		for _, c := range g.Claims {
			gc = append(gc, claimKey{c.Speaker, c.Verb})
		}
		add("claims", matchCount(gc, v.claims, claimEq), len(v.claims), len(gc), gc, v.claims)
		gt := g.EventType
		acc("event_type", gt == v.eventType)
		if gt != v.eventType {
			diff("event_type", gt, v.eventType)
		}
		gd := ""
		if g.EventDate != nil {
			gd = *g.EventDate
		}
		acc("event_date", gd == v.eventDate)
		if gd != v.eventDate {
			diff("event_date", gd, v.eventDate)
		}
		gi := ""
		if g.Initiator != nil {
			gi = *g.Initiator
		}
		ok := (gi == "" && v.initiator == "") || (gi != "" && v.initiator != "" && SamePerson(gi, v.initiator))
		acc("initiator", ok)
		if !ok {
			diff("initiator", gi, v.initiator)
		}
	}
	return s
}

// ReadGold reads gold annotations, one JSON object per line; name is used in
// error messages ("gold.jsonl:3: ...").
func ReadGold(name string, r io.Reader) ([]Gold, error) {
	var gold []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, &Error{Source: name, Line: line, Msg: "not JSON: " + err.Error()}
		}
		if g.ID == "" && g.File == "" {
			return nil, &Error{Source: name, Line: line, Msg: `gold line has neither "id" nor "file"`}
		}
		gold = append(gold, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return gold, nil
}
