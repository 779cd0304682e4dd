package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/readout/readout/schema"
)

// eventCue is what one sentence says about the interaction it reports.
type eventCue struct {
	Sent      int
	Type      schema.EventType
	Verb      int  // token index of the event verb, -1 if none
	Subject   *ent // who made the call, met, received, sent
	Object    *ent // the counterpart
	Initiator *ent
	Strength  int // how sure the sentence is an event sentence
}

// interaction verbs that report the main event; the value is the event type
// they suggest on their own ("" when the context decides).
var eventVerbs = map[string]schema.EventType{
	"spoke": schema.PhoneCall, "speaks": schema.PhoneCall, "spoken": schema.PhoneCall, "phoned": schema.PhoneCall, "telephoned": schema.PhoneCall,
	"called": schema.PhoneCall, "calls": schema.PhoneCall,
	"met": schema.Meeting, "meets": schema.Meeting, "received": schema.Meeting, "receives": schema.Meeting,
	"hosted": schema.Meeting, "hosts": schema.Meeting, "welcomed": "", "held": "", "holds": "", "had": "", "has": "",
	"visited": schema.Visit, "visits": schema.Visit, "visiting": schema.Visit,
	"sent": schema.Letter, "sends": schema.Letter, "wrote": schema.Letter, "addressed": schema.Letter,
	"took": "", "made": "", "makes": "", "paid": schema.Visit, "pays": schema.Visit, "conducted": "",
}

// eventNouns suggest a type when they occur in the event sentence or title.
func cueType(f string, next string) schema.EventType {
	switch f {
	case "video", "videoconference", "video-conference", "videocall", "virtual", "videolink":
		return schema.VideoCall
	case "online":
		// "held online talks", "an online meeting"
		if next == "talks" || next == "meeting" || next == "conversation" || next == "consultations" {
			return schema.VideoCall
		}
	case "phone", "telephone", "telephonic":
		return schema.PhoneCall
	case "letter", "message", "letters", "messages", "correspondence":
		return schema.Letter
	case "written", "writes", "wrote", "write":
		// "has written to Prime Minister Anwar", "writes to Malaysian PM"
		if next == "to" {
			return schema.Letter
		}
	case "call", "conversation":
		if next == "on" || next == "for" || next == "upon" {
			return ""
		}
		return schema.PhoneCall
	case "visit", "visiting", "visits", "visited", "travelled", "traveled", "arrived":
		return schema.Visit
	case "sidelines", "margins", "margin", "sideline":
		return schema.Talks
	case "meeting", "met", "meets", "talks", "negotiations", "received", "hosted", "receives", "hosts", "dialogue", "consultations":
		return schema.Meeting
	}
	return ""
}

// typeRank orders event types when several cues compete: the lower wins.
var typeRank = map[schema.EventType]int{
	schema.VideoCall: 0, schema.Letter: 1, schema.PhoneCall: 2, schema.Visit: 3, schema.Talks: 4, schema.Meeting: 5, schema.Other: 6, "": 7,
}

// findMainEvent chooses the sentence that reports the readout's interaction
// and reads its type, participants, initiator and date.
func (a *analysis) findMainEvent() *Event {
	best := -1
	bestScore := 0
	// The first sentence that names persons around an interaction verb; a
	// later one only when it is clearly better.
	for s := a.bodySent; s < len(a.sents) && s < a.bodySent+6; s++ {
		score := a.eventScore(s)
		if score > bestScore {
			best, bestScore = s, score
		}
		if score >= 3 || score >= 2 && a.hasEventVerb(s) {
			break
		}
	}
	a.markGenders()
	ev := &Event{ID: "e1", Main: true, Participants: []string{}}
	if best < 0 {
		a.warn("no event sentence found")
		ev.Type = a.typeFromTitle()
		if ev.Type == "" {
			ev.Type = schema.Other
		}
		a.setDate(ev, -1)
		return ev
	}
	a.eventSent = best
	sp := a.sents[best]
	ev.Evidence = &Span{Start: sp.Start, End: sp.End}

	// Participants: the persons of the event sentence and of sentences that
	// add someone to the event ("was joined by", "also took part", "also held
	// talks with", "paid a courtesy call on").
	parts := a.notDeceased(best, a.notSenders(best, a.notPlanned(best, a.reporters(best, a.personsIn(best)))))
	// "Foreign Minister Johann Wadephul arrived in Beirut today. He held
	// talks with ...": the pronoun opening the event's sentence is the
	// person the sentence before opened with. When that sentence has the
	// person arrive, it frames the event: a visit, where those who
	// received the visitor on the way ("He was welcomed at the airport by
	// ...") took part too.
	if e, p := a.antecedent(best); e != nil {
		if !slices.Contains(parts, e) {
			parts = append([]*ent{e}, parts...)
		}
		if a.arrives(p) {
			a.frameSent = p
			for s := p + 1; s <= best; s++ {
				if a.receivedBy(s) || a.receivesPronoun(s) {
					for _, e := range a.personsIn(s) {
						parts = appendEnt(parts, e)
					}
				}
			}
		}
	}
	if len(parts) < 2 && a.firstPerson {
		for _, e := range a.titlePersons() {
			parts = appendEnt(parts, e)
		}
	}
	// "I held talks with President Maia Sandu": the author of a
	// first-person statement takes part in what it says "I" did
	if a.firstPerson && a.author != nil && !slices.Contains(parts, a.author) && a.saysI(best) {
		parts = append([]*ent{a.author}, parts...)
	}
	visit := a.visitFramed()
	joined := func() {
		for s := best + 1; s < len(a.sents); s++ {
			if a.joinsEvent(s) || visit && a.visitEngagement(s, parts) {
				for _, e := range a.personsIn(s) {
					if !a.onlyConveyedFor(s, e) {
						parts = appendEnt(parts, e)
					}
				}
			}
		}
	}
	joined()
	// An own leader named only by title ("The Prime Minister spoke to ...").
	if len(parts) < 2 || a.bareTitleSubject(best) {
		if e := a.unnamedLeader(best, parts); e != nil {
			parts = append([]*ent{e}, parts...)
			if visit {
				// the engagements of a visitor found so: "the Secretary
				// General met with ... Today, Sinirlioğlu met with the
				// Speaker"
				joined()
			}
		}
	}
	if visit {
		for s := a.bodySent; s < len(a.sents); s++ {
			if e := a.audienceGranter(s, parts); e != nil && !slices.Contains(parts, e) {
				parts = append(parts, e)
			}
		}
	}
	for _, e := range parts {
		e.Part = true
		ev.Participants = append(ev.Participants, e.ID)
	}
	a.parts = parts
	a.rebindShared()
	a.resolveRefs()

	ev.Type = a.eventType(best)
	a.evType = ev.Type
	loc := a.eventLocation(best)
	if loc == nil && a.frameSent >= 0 {
		loc = a.eventLocation(a.frameSent)
	}
	if loc != nil && ev.Type != schema.PhoneCall && ev.Type != schema.VideoCall && ev.Type != schema.Letter {
		id := loc.ID
		ev.Location = &id
	}
	if init := a.initiator(best, ev.Type, parts); init != nil {
		id := init.ID
		ev.Initiator = &id
		a.initEnt = init
		if init.Kind == schema.Person && !init.Part {
			// "Foreign Minister X arrived in Astana on an official visit.
			// ... President Tokayev received him": the visitor, under a
			// pronoun where the event is told, takes part in it
			init.Part = true
			ev.Participants = append([]string{id}, ev.Participants...)
			a.parts = append([]*ent{init}, a.parts...)
		}
	}
	a.setDate(ev, best)
	return ev
}

func appendEnt(list []*ent, e *ent) []*ent {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// eventScore rates how clearly sentence s reports an interaction between
// persons: an interaction verb with persons on both sides.
func (a *analysis) eventScore(s int) int {
	i, j := a.sentToks(s)
	persons := len(a.personsIn(s))
	verb := false
	cue := false
	for k := i; k < j; k++ {
		f := a.toks[k].Fold
		if k > i && a.toks[k-1].Fold == "had" && (f == "received" || f == "met" || f == "hosted" || f == "visited") {
			// "recalled that the Register had already received more than
			// 20,000 claims", "had met in May": an earlier act
			continue
		}
		if k > i+1 && a.toks[k-2].Fold == "had" && adverbs[a.toks[k-1].Fold] && (f == "received" || f == "met" || f == "hosted" || f == "visited") {
			continue
		}
		if _, ok := eventVerbs[f]; ok && !a.toks[k].Cap {
			verb = true
		}
		next := ""
		if k+1 < j {
			next = a.toks[k+1].Fold
		}
		if cueType(f, next) != "" {
			cue = true
		}
		if (f == "signed" || f == "signs") && !a.toks[k].Cap && persons >= 2 && a.signers(k, i) {
			// "X and Y today signed an agreement": the signing is the
			// interaction, unless a later sentence tells a meeting
			verb = true
		}
	}
	score := 0
	if verb {
		score++
	}
	if cue {
		score++
	}
	if persons >= 2 || (persons >= 1 && (a.firstPerson || a.hasTitleRef(s))) {
		score++
	}
	if persons == 0 && !a.hasTitleRef(s) {
		return 0
	}
	return score
}

// hasTitleRef reports whether sentence s refers to a person by title only.
func (a *analysis) hasTitleRef(s int) bool {
	i, j := a.sentToks(s)
	for k := i; k < j; k++ {
		if r := a.tAt(k); r != nil && !r.Used {
			return true
		}
	}
	return false
}

// personsIn returns the persons of sentence s in order: named persons and
// title references resolved to one.
func (a *analysis) personsIn(s int) []*ent {
	i, j := a.sentToks(s)
	var out []*ent
	for _, m := range a.ms {
		if m.I >= i && m.I < j && (m.Kind == mPerson) && m.E != nil {
			out = appendEnt(out, m.E)
		}
	}
	return out
}

// notSenders drops from persons, those of sentence s, the sender of a
// message someone else delivers by hand: "received X, who delivered to him
// a written message from President Y". It keeps them all if fewer than two
// would be left.
func (a *analysis) notSenders(s int, persons []*ent) []*ent {
	i, j := a.sentToks(s)
	if a.deliveredAt(i, j) < 0 {
		return persons
	}
	return a.keepNamed(s, persons, func(m *mention) bool {
		// past the name's title and an appositive's: "a message from
		// the President of Burkina Faso, Captain Ibrahim Traoré"
		b := m.I
		for b > i && (a.inT(b-1) || honorificAt(a.toks, b-1) || a.toks[b-1].Text == ".") {
			b--
		}
		if b-1 > i && a.toks[b-1].Text == "," {
			if r := a.gEnd(b - 2); r != nil && r.I > i {
				b = r.I
			}
		}
		for q := b - 1; q > i+1 && q >= b-6; q-- {
			if a.toks[q].Fold == "from" && (a.toks[q-1].Fold == "message" || a.toks[q-1].Fold == "letter") {
				return false
			}
		}
		return true
	})
}

// notDeceased drops from persons, those of sentence s, the ones it names
// only as dead: "a message of condolences to X over the death of President
// Y, Foreign Minister Z and other members", "in memory of the late W". It
// keeps them all if fewer than two would be left.
func (a *analysis) notDeceased(s int, persons []*ent) []*ent {
	i, j := a.sentToks(s)
	dead := map[*mention]bool{}
	prevEnd, prevDead := -1, false
	for _, m := range a.ms {
		if m.I < i || m.I >= j || m.Kind != mPerson || m.E == nil {
			continue
		}
		b := m.I
		for b > i && (a.inT(b-1) || honorificAt(a.toks, b-1) || a.toks[b-1].Text == ".") {
			b--
		}
		d := false
		switch {
		case b-2 >= i && a.toks[b-1].Fold == "late" && a.toks[b-2].Fold == "the":
			d = true
		case b-2 >= i && a.toks[b-1].Fold == "of" && deathNouns[a.toks[b-2].Fold]:
			d = true
		case b-3 >= i && a.toks[b-1].Fold == "of" && a.toks[b-2].Fold == "away" && a.toks[b-3].Fold == "passing":
			d = true
		case prevDead && prevEnd == b-1 && (a.toks[b-1].Text == "," || a.toks[b-1].Fold == "and"):
			// the list goes on: "the death of President Y, Foreign Minister Z"
			d = true
		}
		if d {
			dead[m] = true
		}
		prevEnd, prevDead = m.J, d
	}
	if len(dead) == 0 {
		return persons
	}
	return a.keepNamed(s, persons, func(m *mention) bool { return !dead[m] })
}

// deathNouns name a person's death: "the death of", "the passing of".
var deathNouns = map[string]bool{
	"death": true, "passing": true, "demise": true, "killing": true, "assassination": true,
	"murder": true, "loss": true, "memory": true, "funeral": true,
}

// onlyConveyedFor reports whether sentence s names e only as the one whose
// greetings, message or behalf someone else brings: "paid a courtesy call
// on the Prime Minister and conveyed the greetings of President Yoon Suk
// Yeol", who does not take part.
func (a *analysis) onlyConveyedFor(s int, e *ent) bool {
	i, j := a.sentToks(s)
	named := false
	for _, m := range e.Ms {
		if m.I < i || m.I >= j || m.Kind != mPerson {
			continue
		}
		named = true
		q := m.I - 1
		for q > i && a.inT(q) {
			q-- // past a title: "greetings of President Yoon"
		}
		if q > i && a.toks[q].Text == "," {
			// past an appositive's title: "greetings of the President
			// of the Republic of Peru, Dina Boluarte"
			if r := a.gEnd(q - 1); r != nil && r.I > i {
				q = r.I - 1
				if q > i && a.toks[q].Fold == "the" {
					q--
				}
			}
		}
		if q <= i || a.toks[q].Fold != "of" && a.toks[q].Fold != "from" || !conveyedNouns[a.toks[q-1].Fold] {
			return false
		}
	}
	return named
}

// conveyedNouns are what one brings for another: "the greetings of", "a
// message from", "on behalf of".
var conveyedNouns = map[string]bool{
	"greetings": true, "regards": true, "wishes": true, "message": true, "letter": true,
	"behalf": true, "congratulations": true, "condolences": true, "invitation": true,
}

// keepNamed returns the persons that sentence s names at least once where
// keep holds, or all of them if fewer than two would be left.
func (a *analysis) keepNamed(s int, persons []*ent, keep func(*mention) bool) []*ent {
	i, j := a.sentToks(s)
	var out []*ent
	for _, e := range persons {
		for _, m := range e.Ms {
			if m.I >= i && m.I < j && m.Kind == mPerson && keep(m) {
				out = append(out, e)
				break
			}
		}
	}
	if len(out) < 2 {
		return persons
	}
	return out
}

// deliveredAt returns the token of a verb of delivering by hand in the
// tokens [i, j) ("delivered", "handed over", "carried" a message), or -1.
func (a *analysis) deliveredAt(i, j int) int {
	for k := i; k < j; k++ {
		switch a.toks[k].Fold {
		case "delivered", "handed", "delivering", "handing", "carried", "carrying":
			return k
		}
	}
	return -1
}

// notPlanned drops from persons, those of sentence s, the ones it names
// only as the guests of a planned event: "received a telephone call from X
// to discuss the upcoming visit of Prime Minister Y to Dhaka". It keeps
// them all if fewer than two would be left.
func (a *analysis) notPlanned(s int, persons []*ent) []*ent {
	i, _ := a.sentToks(s)
	return a.keepNamed(s, persons, func(m *mention) bool {
		for q := m.I - 1; q > i && q >= m.I-5; q-- {
			f := a.toks[q].Fold
			if f != "of" && f != "by" {
				continue
			}
			switch a.toks[q-1].Fold {
			case "visit", "trip", "tour", "summit", "meeting", "talks":
				return !a.plannedAt(q-1, i)
			}
			return true
		}
		return true
	})
}

// titlePersons returns the persons named in the title.
func (a *analysis) titlePersons() []*ent {
	var out []*ent
	for _, m := range a.ms {
		if m.I < a.body && m.Kind == mPerson && m.E != nil {
			out = appendEnt(out, m.E)
		}
	}
	return out
}

// joinsEvent reports whether sentence s adds participants to the main
// event: "was joined by", "was accompanied by", "also took part", "also held
// talks with", "also met", "paid a courtesy call on", "greeted", "who
// joined the talks".
func (a *analysis) joinsEvent(s int) bool {
	i, j := a.sentToks(s)
	if len(a.personsIn(s)) == 0 {
		return false
	}
	for k := i; k < j; k++ {
		f := a.toks[k].Fold
		next := ""
		if k+1 < j {
			next = a.toks[k+1].Fold
		}
		switch {
		case (f == "joined" || f == "accompanied" || f == "greeted") && next == "by":
			return true
		case f == "took" && next == "part":
			return true
		case (f == "participated" || f == "participates") && next == "in" && a.namesEvent(k, j):
			// "Minister X also participated in the discussion"
			return true
		case f == "attended" && next == "by" && a.namesEvent(i, k):
			// "The meeting was attended by the Crown Prince and ..."
			return true
		case f == "joining" && k == i && slices.ContainsFunc(a.toks[k:j], func(t token) bool { return t.Fold == "were" || t.Fold == "was" }):
			// "Joining the President in the bilateral meeting were ..."
			return true
		case f == "taking" && next == "part" && a.namesEvent(k, j):
			// "Taking part in the meeting on the Russian side were ..."
			return true
		case f == "present" && k > i && (a.toks[k-1].Fold == "also" || a.toks[k-1].Fold == "were"):
			// "Also present were ..."
			return true
		case f == "present" && k == i && (next == "were" || next == "was" || next == "at"):
			// "Present were ...", "Present at the talks were ..."
			return true
		case (f == "was" || f == "were") && k > i && (next == "at" || next == "present" && k+2 < j && (a.toks[k+2].Fold == "at" || a.toks[k+2].Fold == "during")) && a.namesEvent(k, j):
			// "The Minister of Foreign Affairs, Yusuf Tuggar, was at the
			// meeting", "... were present at the talks"
			return true
		case f == "courtesy" && next == "call":
			// "paid a courtesy call on", not "is scheduled to pay" one
			// nor one he "will pay": another event, still to come
			return !slices.ContainsFunc(a.toks[max(i, k-4):k], func(t token) bool {
				return t.Fold == "to" || t.Fold == "will" || plannedWords[t.Fold]
			})
		case f == "joined" && (next == "the" || next == "in") && a.namesEvent(k+1, min(k+4, j)) && (k == i || a.toks[k-1].Fold != "had" && a.toks[k-1].Fold != "to" && a.toks[k-1].Fold != "will"):
			// "Minister for Trade X, who joined the talks, said"
			return true
		case f == "also" && (next == "held" || next == "met" || next == "joined" || next == "attended"):
			// not "he had also held a meeting with X": an earlier one;
			// nor, outside a visit, "Earlier the same day, X also met Y"
			if a.earlierAside(i, j) && !a.visitFramed() {
				return false
			}
			return k == i || a.toks[k-1].Fold != "had"
		case f == "held" && k+2 < j && a.toks[k+1].Fold == "the" && a.inst(k+2) != nil:
			return true
		case f == "presence" && next == "of" && k >= i+2 && a.toks[k-1].Fold == "the" && a.toks[k-2].Fold == "in" && a.namesEvent(i, k) &&
			!slices.ContainsFunc(a.toks[i:k], func(t token) bool { return t.Fold == "will" || t.Fold == "to" || plannedWords[t.Fold] }):
			// "The audience took place in the presence of the Minister of
			// State, ..., Mr. Léon Kacou Adom"
			return true
		case (f == "delegation" || f == "delegations") && a.composedOf(k+1, min(k+5, j)):
			// "The Argentine delegation was made up of the Chief of
			// Cabinet, ...", "the delegation included"
			return true
		}
	}
	return false
}

// composedOf reports whether toks[i:j] holds a verb of composition: "was
// made up of", "consisted of", "comprised", "included".
func (a *analysis) composedOf(i, j int) bool {
	for k := i; k < j; k++ {
		switch a.toks[k].Fold {
		case "included", "includes", "including", "comprised", "comprises", "comprising":
			return true
		case "composed", "consisted", "consisting", "consists":
			return k+1 < j && a.toks[k+1].Fold == "of"
		case "made":
			return k+2 < j && a.toks[k+1].Fold == "up" && a.toks[k+2].Fold == "of"
		}
	}
	return false
}

// antecedent returns, when "he" or "she" is the subject of sentence s's
// event verb, the person the sentence before opens with (past a title) and
// that sentence; or nil. Sentences opening with the pronoun too pass it
// back, twice at most: "X arrived in Beirut. He was welcomed at the airport
// by Y. He then held talks with Z." So does one whose subject received the
// person under the pronoun as object: "X arrived in Nairobi. President Y
// welcomed her at the airport. She then held talks with Z" (X, not Y). A
// person known to be of the other gender is no antecedent.
func (a *analysis) antecedent(s int) (*ent, int) {
	if s == 0 {
		return nil, -1
	}
	pron := a.pronounSubject(s, true)
	if pron == "" {
		return nil, -1
	}
	p := s - 1
	for n := 0; n < 2 && p > a.bodySent && a.pronounSubject(p, false) != ""; n++ {
		p--
	}
	var other *ent // the subject of a sentence with the pronoun as object
	if p > a.bodySent && a.objectPronounIn(p, pron) {
		if e := a.opener(p); e != nil {
			other = e
			p--
			for n := 0; n < 2 && p > a.bodySent && a.pronounSubject(p, false) != ""; n++ {
				p--
			}
		}
	}
	e := a.opener(p)
	if e == nil || e == other || pron == "she" && e.Male || pron == "he" && e.Female {
		return nil, -1
	}
	return e, p
}

// opener returns the person sentence p opens with, past a title (and past
// a dateline opening the body), or nil.
func (a *analysis) opener(p int) *ent {
	pi, pj := a.sentToks(p)
	if pi < a.body {
		// the sentence opens the body after a dateline ("Beirut, 12 March
		// 2025 - Foreign Minister ... arrived"), or is the title's
		if a.body >= pj {
			return nil
		}
		pi = a.body
	}
	for k := pi; k < pj && k < pi+12; k++ {
		m := a.mAt(k)
		if m != nil && m.Kind == mPerson {
			return m.E
		}
		if m == nil && !a.inT(k) && !a.toks[k].Cap && a.toks[k].Fold != "the" {
			return nil // the opening words are no subject
		}
	}
	return nil
}

// objectPronounIn reports whether sentence p has the object pronoun of
// the subject pronoun pron ("him" for "he", "her" for "she") right after
// a verb: "welcomed her at the airport", "received him".
func (a *analysis) objectPronounIn(p int, pron string) bool {
	obj := "him"
	if pron == "she" {
		obj = "her"
	}
	i, j := a.sentToks(p)
	for k := i + 1; k < j; k++ {
		if a.toks[k].Fold == obj && a.objectPronoun(k) && a.toks[k-1].Kind == tokWord && !a.toks[k-1].Cap {
			return true
		}
	}
	return false
}

// pronounSubject returns "he" or "she" when sentence s opens with the
// pronoun or, when verb is set, has it right before its first event verb
// ("In Beirut, he held talks with", "He then held talks with", "Upon
// arrival, he was received by"); else "".
func (a *analysis) pronounSubject(s int, verb bool) string {
	i, j := a.sentToks(s)
	if i >= j {
		return ""
	}
	if a.toks[i].Text == "He" || a.toks[i].Text == "She" {
		return a.toks[i].Fold
	}
	for k := i + 1; k < j && verb; k++ {
		if _, ok := eventVerbs[a.toks[k].Fold]; ok && !a.toks[k].Cap {
			q := k - 1
			if q > i && (sequenceAdverbs[a.toks[q].Fold] || a.toks[q].Fold == "was") {
				q-- // "he then held", "he was received by"
			}
			if f := a.toks[q].Fold; f == "he" || f == "she" {
				return f
			}
			return ""
		}
	}
	return ""
}

// sequenceAdverbs may stand between a subject and its verb: "he then held".
var sequenceAdverbs = map[string]bool{"then": true, "later": true, "also": true, "subsequently": true, "afterwards": true}

// arrives reports whether sentence s has someone arrive or visit: "arrived
// in Beirut today", "on a working visit to Lebanon"; not a planned arrival
// or visit.
func (a *analysis) arrives(s int) bool {
	i, j := a.sentToks(s)
	for k := i; k < j; k++ {
		switch a.toks[k].Fold {
		case "arrived", "arrives", "arriving":
			if !slices.ContainsFunc(a.toks[max(i, k-2):k], func(t token) bool { return t.Fold == "will" || t.Fold == "to" }) {
				return true // not "will be arriving", "is due to arrive"
			}
		case "visit", "visiting", "visits":
			if !a.plannedAt(k, i) {
				return true
			}
		}
	}
	return false
}

// receptionVerbs receive a visitor: "was received by", "welcomed her".
var receptionVerbs = map[string]bool{"received": true, "welcomed": true, "greeted": true, "met": true}

// receivedBy reports whether sentence s has its subject received by
// someone: "He was received at the airport by Crown Prince ...", "was
// welcomed by", "was met on arrival by".
func (a *analysis) receivedBy(s int) bool {
	i, j := a.sentToks(s)
	for k := i; k+1 < j; k++ {
		if f := a.toks[k].Fold; f != "was" && f != "were" {
			continue
		}
		if !receptionVerbs[a.toks[k+1].Fold] {
			continue
		}
		for q := k + 2; q < j && q <= k+8; q++ {
			if a.toks[q].Fold == "by" {
				return true
			}
		}
	}
	return false
}

// receivesPronoun reports whether sentence s has its subject receive
// someone under an object pronoun: "President Ruto welcomed her at the
// airport", "received him".
func (a *analysis) receivesPronoun(s int) bool {
	i, j := a.sentToks(s)
	for k := i; k+1 < j; k++ {
		if receptionVerbs[a.toks[k].Fold] && a.objectPronoun(k+1) {
			return true
		}
	}
	return false
}

// pastWords place a meeting before the visit a readout reports.
var pastWords = map[string]bool{"last": true, "previous": true, "previously": true, "ago": true, "recalled": true, "recalling": true, "since": true}

// visitEngagement reports whether sentence s, in a readout of a visit
// ([analysis.visitFramed], which the caller checks), has a participant
// meet someone: "Later, Anwar held a meeting with Sultan Hassanal
// Bolkiah", "The Minister also met ..." (the visit's engagements all
// belong to it); not one planned ("is to meet", "will hold talks") or past
// ("had met", "when they last met").
func (a *analysis) visitEngagement(s int, parts []*ent) bool {
	i, j := a.sentToks(s)
	subject := false
	for k := i; k < j; k++ {
		if pastWords[a.toks[k].Fold] || a.toks[k].Kind == tokNum && len(a.toks[k].Text) == 4 && k > i && a.toks[k-1].Fold == "in" {
			return false // "when they last met in Kazan", "met President Xi in 2023"
		}
		// a person named or referred to: the subject so far
		m, e := a.mAt(k), a.rAt(k)
		if m != nil && m.Kind == mPerson {
			e = m.E
		}
		if e != nil {
			subject = slices.Contains(parts, e)
			if m != nil {
				k = m.J - 1
			}
			continue
		}
		if r := a.gAt(k); r != nil && !r.Used && k > i && a.toks[k-1].Fold == "the" && a.mAt(r.J) == nil {
			// a bare title, not yet resolved: the participant it fits
			// ("In Kyiv, the Foreign Minister held talks with ...")
			subject = slices.ContainsFunc(parts, func(e *ent) bool { return a.fits(e, r) })
			k = r.J - 1
			continue
		}
		f := a.toks[k].Fold
		if (f == "he" || f == "she") && a.rAt(k) == nil && s > 0 {
			// not yet resolved: one of the persons the sentence before
			// named, when they all take part
			prev := a.personsIn(s - 1)
			subject = len(prev) > 0 && !slices.ContainsFunc(prev, func(e *ent) bool { return !slices.Contains(parts, e) })
			continue
		}
		if (f == "was" || f == "were") && subject && k+1 < j && (receptionVerbs[a.toks[k+1].Fold] || k+2 < j && adverbs[a.toks[k+1].Fold] && receptionVerbs[a.toks[k+2].Fold]) {
			// "This morning, he was received by President Félix
			// Tshisekedi", "was also received by": the visitor's host
			for q := k + 2; q < j && q <= k+9; q++ {
				if a.toks[q].Fold == "by" {
					return true
				}
			}
		}
		verb := f == "met" || f == "meets" ||
			(f == "held" || f == "holds") && slices.ContainsFunc(a.toks[k+1:min(k+4, j)], func(t token) bool {
				return t.Fold == "talks" || t.Fold == "meeting" || t.Fold == "discussions" || t.Fold == "consultations"
			}) ||
			// "The Foreign Secretary also called on Lyonpo X": a courtesy call
			(f == "called" || f == "calls") && a.courtesyCallOn(k, j)
		if !verb {
			continue
		}
		if k > i && (a.toks[k-1].Fold == "to" || a.toks[k-1].Fold == "will" || a.toks[k-1].Fold == "had" || a.toks[k-1].Fold == "was" || a.toks[k-1].Fold == "were") {
			return false // planned, earlier, or a passive ("was met by")
		}
		return subject
	}
	return false
}

// saysI reports whether sentence s has "I" as a word.
func (a *analysis) saysI(s int) bool {
	i, j := a.sentToks(s)
	for k := i; k < j; k++ {
		if a.toks[k].Text == "I" && a.toks[k].Kind == tokWord {
			return true
		}
	}
	return false
}

// earlierAside reports whether the tokens [i, j) place what they report
// before the main event: "Earlier the same day", "previously".
func (a *analysis) earlierAside(i, j int) bool {
	for k := i; k < j; k++ {
		if f := a.toks[k].Fold; f == "earlier" || f == "previously" {
			return true
		}
	}
	return false
}

// visitFramed reports whether the main event's sentence or the title
// speaks of a visit, or the visitor arrives before it ([analysis.frameSent]),
// whose engagements all belong to it.
func (a *analysis) visitFramed() bool {
	if a.frameSent >= 0 {
		return true // the visitor arrives in the sentence before
	}
	i, j := a.sentToks(a.eventSent)
	for k := i; k < j; k++ {
		if f := a.toks[k].Fold; f == "visit" || f == "visiting" || f == "visits" {
			return true
		}
	}
	// "X is on a working visit to Y from 22 to 24 April. Yesterday
	// evening, the Minister held talks with ...": the visit told first
	return a.titleVisitor() || a.visitBefore(a.eventSent) >= 0
}

// plannedWords put an event in the future: "the upcoming visit", "his
// forthcoming State Visit", "the next summit".
var plannedWords = map[string]bool{
	"upcoming": true, "forthcoming": true, "next": true, "future": true, "planned": true,
	"proposed": true, "expected": true, "possible": true, "prospective": true,
	"preparations": true, "preparation": true, "preparing": true, "ahead": true, // "preparations for the visit", "ahead of the visit"
}

// plannedAt reports whether the event noun at k is qualified as planned,
// within the three words before it, or is what someone was invited to:
// "invited him to visit Samarkand", "an invitation to pay a visit".
func (a *analysis) plannedAt(k, i int) bool {
	for q := k - 1; q >= i && q >= k-3; q-- {
		if plannedWords[a.toks[q].Fold] {
			return true
		}
	}
	// the infinitive: "to visit", "to pay a visit"
	to := k - 1
	if to-2 >= i && a.toks[to].Fold == "a" && (a.toks[to-1].Fold == "pay" || a.toks[to-1].Fold == "make") {
		to -= 2
	}
	if to < i || a.toks[to].Fold != "to" {
		return false
	}
	for q := to - 1; q >= i && q >= to-4; q-- {
		if strings.HasPrefix(a.toks[q].Fold, "invit") {
			return true
		}
	}
	return false
}

// bareTitleSubject reports whether sentence s opens with a title naming no
// one: "The Prime Minister hosted a virtual meeting with leaders ...".
func (a *analysis) bareTitleSubject(s int) bool {
	i, j := a.sentToks(s)
	if i < j && a.toks[i].Fold == "the" {
		i++
	}
	r := a.gAt(i)
	if r == nil || r.Used || r.J >= j {
		return false
	}
	// "Head of State Kassym-Jomart Tokayev sent": the title of a name
	next := a.toks[r.J]
	return !next.Cap && a.mAt(r.J) == nil && next.Text != ","
}

// namesEvent reports whether tokens [i, j) name the event itself: "the
// meeting", "the talks", "the conversation".
func (a *analysis) namesEvent(i, j int) bool {
	for k := i; k < j; k++ {
		switch a.toks[k].Fold {
		case "meeting", "talks", "conversation", "call", "negotiations", "session", "consultations", "discussions", "discussion", "audience":
			return true
		}
	}
	return false
}

func (a *analysis) inst(k int) *ent {
	if m := a.mAt(k); m != nil && m.Kind == mInst {
		return m.E
	}
	return nil
}

// eventType reads the type from the event sentence and the title.
func (a *analysis) eventType(s int) schema.EventType {
	best := schema.EventType("")
	i, j := a.sentToks(s)
	visitGuest := false
	handed := false
	for k := i; k < j; k++ {
		next := ""
		if k+1 < j {
			next = a.toks[k+1].Fold
		}
		f := a.toks[k].Fold
		t := cueType(f, next)
		if f == "call" && k > 0 && a.toks[k-1].Fold == "courtesy" {
			t = schema.Meeting
		}
		if t == schema.Visit && a.plannedAt(k, i) {
			t = "" // "to discuss preparations for the upcoming State Visit"
		}
		if t == schema.Meeting && a.bodysMeeting(k, i) {
			t = "" // "ahead of the Pacific Islands Forum Leaders Meeting"
		}
		if t == schema.Meeting && a.betweenParties(k, j) {
			t = "" // "the opening of accession negotiations between the European Union and the Republic of Moldova"
		}
		attend := t == schema.Visit && a.toAttendMeeting(k, j)
		if attend {
			// "who has travelled to Tianjin to attend the meeting of
			// foreign ministers of the SCO ..., met ...": talks on its
			// sidelines, not a visit to the host
			t = schema.Talks
		}
		if t == schema.Letter && a.deliveredAt(i, k) >= 0 {
			// "received X, who delivered to him a written message from
			// Y": the envoy's audience, not the letter
			t = schema.Meeting
			handed = true
		}
		if (f == "welcomed" || f == "welcomes") && a.hosts(k, j) {
			t = schema.Meeting // "welcomed Prime Minister Zaev to NATO Headquarters"
		}
		if t == schema.Visit {
			visitGuest = true
		}
		if t == schema.Talks && !attend && !sidelines(a.toks, k) {
			t = ""
		}
		if typeRank[t] < typeRank[best] {
			best = t
		}
		// "met ... at the G20 Leaders' Summit": talks on the sidelines of a summit.
		if (f == "at" || f == "during") && k+2 < j {
			if m := a.mAt(k + 1); m == nil || m.Kind != mInst {
				if m2 := a.mAt(k + 2); m2 != nil && m2.Kind == mInst && summitAfter(a.toks, m2.J, j) {
					if typeRank[schema.Talks] < typeRank[best] {
						best = schema.Talks
					}
				}
			}
		}
	}
	if best == "" {
		// the verb's own type: "spoke with" is a call, "met" a meeting
		for k := i; k < j; k++ {
			if t, ok := eventVerbs[a.toks[k].Fold]; ok && t != "" && !a.toks[k].Cap && typeRank[t] < typeRank[best] {
				if (a.toks[k].Fold == "called" || a.toks[k].Fold == "calls") && k+1 < j && (a.toks[k+1].Fold == "for" || a.toks[k+1].Fold == "on" || a.toks[k+1].Fold == "upon") {
					if a.courtesyCallOn(k, j) && typeRank[schema.Meeting] < typeRank[best] {
						best = schema.Meeting // "X called on President Y": a visit of courtesy
					}
					continue
				}
				best = t
			}
		}
	}
	tt := a.typeFromTitle()
	switch {
	case best == "":
		best = tt
	case (tt == schema.VideoCall || tt == schema.PhoneCall || tt == schema.Letter && !handed) && typeRank[tt] < typeRank[best] && best != schema.Visit:
		// not a title's "receives message" when the body has an envoy
		// deliver it: "received X, who delivered a special message from Y"
		best = tt
	case tt == schema.Visit && !visitGuest && (best == schema.Meeting || best == schema.Talks) && a.titleVisitor():
		best = schema.Visit
	case best == schema.Meeting && (a.visitBefore(s) >= 0 || a.visitAfter(s) >= 0):
		// "Foreign Minister Wadephul travelled to Beirut today for his
		// first visit to Lebanon. In Beirut, he held talks with ...", or
		// "X held a meeting with Y. The meeting was held during X's
		// working visit to ..."
		best = schema.Visit
	}
	if best == "" {
		best = schema.Other
	}
	return best
}

// visitBefore returns the first body sentence before s that frames a visit
// that is not planned (the talks of s are its engagements), or -1.
func (a *analysis) visitBefore(s int) int {
	for s2 := a.bodySent; s2 < s; s2++ {
		i, j := a.sentToks(s2)
		for k := i; k < j; k++ {
			next := ""
			if k+1 < j {
				next = a.toks[k+1].Fold
			}
			if cueType(a.toks[k].Fold, next) == schema.Visit && !a.plannedAt(k, i) && (!a.toks[k].Cap || a.visitNounAt(k, i)) {
				return s2
			}
		}
	}
	return -1
}

// visitAfter returns s+1 if the sentence after s names the event and
// places it within a visit that is not planned ("The meeting was held
// during FM Retno's working visit to the Netherlands", "The talks took
// place as part of ..."), or has the guest arrive for one ("President Faye
// arrived in Kigali yesterday evening for a two-day State Visit"), else
// -1. "On the eve of the visit" does not.
func (a *analysis) visitAfter(s int) int {
	if s < 0 || s+1 >= len(a.sents) {
		return -1
	}
	i, j := a.sentToks(s + 1)
	if a.arrivesForVisit(i, j) {
		return s + 1
	}
	if i+1 >= j || a.toks[i].Fold != "the" || !a.namesEvent(i+1, i+2) {
		return -1
	}
	for k := i + 2; k < j; k++ {
		f := a.toks[k].Fold
		within := f == "during" ||
			f == "of" && k > i && (a.toks[k-1].Fold == "part" || a.toks[k-1].Fold == "framework" || a.toks[k-1].Fold == "course")
		if !within {
			continue
		}
		for q := k + 1; q < j && q <= k+6; q++ {
			if f := a.toks[q].Fold; (f == "visit" || f == "visits") && !a.plannedAt(q, i) {
				return s + 1
			}
		}
		return -1
	}
	return -1
}

// arrivesForVisit reports whether tokens [i, j) have someone arrive for
// or on a visit that is not planned: "President Faye arrived in Kigali
// yesterday evening for a two-day State Visit", "She arrived on Sunday on
// an official visit". Not "will arrive", "is due to arrive", nor an
// arrival for talks alone.
func (a *analysis) arrivesForVisit(i, j int) bool {
	for k := i; k < j; k++ {
		if f := a.toks[k].Fold; f != "arrived" || k > i && (a.toks[k-1].Fold == "had" || a.toks[k-1].Fold == "to") {
			continue
		}
		for q := k + 1; q < j && q <= k+12; q++ {
			switch f := a.toks[q].Fold; {
			case f == ";" || f == "and" || f == "but":
				return false
			case f == "after" || f == "from" || f == "following" || f == "back" || f == "returning":
				// home "after a state visit to China": another visit
				return false
			case (f == "visit" || f == "visits") && !a.plannedAt(q, i):
				// "for a three-day State Visit", "on an official visit":
				// "for" or "on" right before the visit's words
				for n := q - 1; n > k && n >= q-8; n-- {
					if g := a.toks[n].Fold; g == "for" || g == "on" {
						return true
					}
				}
				return false
			}
		}
		return false
	}
	return false
}

// bodysMeeting reports whether the capitalised meeting noun at k (in the
// sentence starting at i) ends the name of a body's meeting, a known body
// within three words before it: "the Pacific Islands Forum Leaders
// Meeting", "the SCO Summit Talks". Such a meeting is where or before
// which the event happens, not the event's kind.
func (a *analysis) bodysMeeting(k, i int) bool {
	if !a.toks[k].Cap || k == i {
		return false
	}
	for q := k - 1; q >= i && q >= k-3; q-- {
		if a.inst(q) != nil {
			return true
		}
		if !a.toks[q].Cap {
			return false
		}
	}
	return false
}

// betweenParties reports whether the meeting noun at k (before j) is
// followed by "between" and a named state or body: "accession negotiations
// between the European Union and Moldova", "talks between Russia and
// Ukraine". Such talks are a process the event speaks of, not the event;
// so are accession or membership negotiations ("opens the first cluster
// of accession negotiations with the European Union").
func (a *analysis) betweenParties(k, j int) bool {
	switch a.toks[k].Fold {
	case "negotiations", "talks", "dialogue", "consultations", "meeting":
	default:
		return false
	}
	if k > 0 && (a.toks[k-1].Fold == "accession" || a.toks[k-1].Fold == "membership") && a.toks[k].Fold != "meeting" {
		return true
	}
	n := k + 1
	if n >= j || a.toks[n].Fold != "between" {
		return false
	}
	n++
	if n < j && a.toks[n].Fold == "the" {
		n++
	}
	m := a.mAt(n)
	return n < j && m != nil && (m.Kind == mState || m.Kind == mInst)
}

// attendVerbs bring someone to a multilateral meeting: "to attend the
// summit", "to take part in the session".
var attendVerbs = map[string]bool{"attend": true, "attending": true, "participate": true, "participating": true, "part": true}

// toAttendMeeting reports whether the travel or visit word at k (before
// j) brings someone to a body's meeting: "travelled to Tianjin to attend
// the meeting of foreign ministers of the Shanghai Cooperation
// Organisation", "is in Kazan to take part in the BRICS Summit". The
// meeting's noun follows the verb within four words, and a known body is
// named within four words before it or ten after it.
func (a *analysis) toAttendMeeting(k, j int) bool {
	toks := a.toks
	if toks[k].Fold == "visit" && k > 0 && visitKinds[toks[k-1].Fold] {
		// "on a state visit to Kyrgyzstan to participate in the meeting
		// of the Supreme Interstate Council": a visit whose programme
		// holds a body's meeting is still the visit
		return false
	}
	for q := k + 1; q < j && q <= k+8; q++ {
		if toks[q].Text == "," || toks[q].Text == ";" {
			return false
		}
		if !attendVerbs[toks[q].Fold] || toks[q].Fold == "part" && (q+1 >= j || toks[q+1].Fold != "in") {
			continue
		}
		for n := q + 1; n < j && n <= q+6; n++ {
			switch toks[n].Fold {
			case "summit", "meeting", "meetings", "session", "conference", "forum", "ministerial", "council":
			default:
				continue
			}
			for b := max(q+1, n-4); b < min(j, n+10); b++ {
				if a.inst(b) != nil {
					return true
				}
			}
			return false
		}
		return false
	}
	return false
}

// visitNounAt reports whether the capitalised "Visit" at k (in the
// sentence starting at i) is a visit's kind as publishers capitalise it,
// "is on a State Visit to Kenya", "undertook a Working Visit", not a name
// or a title's first word.
func (a *analysis) visitNounAt(k, i int) bool {
	toks := a.toks
	if toks[k].Fold != "visit" || k-1 < i {
		return false
	}
	q := k - 1
	if visitKinds[toks[q].Fold] {
		q--
	}
	if q < i {
		return false
	}
	switch toks[q].Fold {
	case "a", "an", "his", "her", "their", "this":
		return true
	}
	return false
}

// visitKinds qualify a visit: "a State Visit", "an official visit".
var visitKinds = map[string]bool{
	"state": true, "official": true, "working": true, "private": true, "friendship": true,
	"fraternal": true, "bilateral": true,
}

// sidelines reports whether "sidelines"/"margins" at k is "on the sidelines of".
func sidelines(toks []token, k int) bool {
	return k >= 2 && toks[k-1].Fold == "the" && (toks[k-2].Fold == "on" || toks[k-2].Fold == "at" || toks[k-2].Fold == "in")
}

// summitAfter reports whether a summit word follows an institution name.
func summitAfter(toks []token, k, end int) bool {
	for n := k; n < end && n < k+4; n++ {
		switch toks[n].Fold {
		case "summit", "meeting", "meetings", "session", "conference", "forum", "ministerial":
			return true
		}
	}
	return false
}

// typeFromTitle reads the event type from the title line.
func (a *analysis) typeFromTitle() schema.EventType {
	best := schema.EventType("")
	for k := 0; k < a.body && k < len(a.toks); k++ {
		next := ""
		if k+1 < len(a.toks) {
			next = a.toks[k+1].Fold
		}
		t := cueType(a.toks[k].Fold, next)
		if a.toks[k].Fold == "call" && k > 0 && a.toks[k-1].Fold == "courtesy" {
			t = schema.Meeting
		}
		if t == schema.Talks && !sidelines(a.toks, k) {
			t = ""
		}
		if typeRank[t] < typeRank[best] {
			best = t
		}
	}
	return best
}

// titleVisitor reports whether the title frames a visit by a person: "X
// visits Y", "Visit to Japan by X".
func (a *analysis) titleVisitor() bool {
	for k := 0; k < a.body && k < len(a.toks); k++ {
		switch a.toks[k].Fold {
		case "visits", "visiting":
			return true
		case "visit":
			if k+1 < a.body && (a.toks[k+1].Fold == "to" || a.toks[k+1].Fold == "of") {
				return true
			}
		}
	}
	return false
}

// initiator finds who made the call, paid the visit or sent the letter, only
// where the text says so.
func (a *analysis) initiator(s int, typ schema.EventType, parts []*ent) *ent {
	i, j := a.sentToks(s)
	toks := a.toks
	for k := i; k < j; k++ {
		f := toks[k].Fold
		switch {
		case f == "made" || f == "placed" || f == "makes":
			// "X made a phone call to Y"
			if a.phraseAhead(k+1, j, "call", "to") || a.phraseAhead(k+1, j, "call", "with") {
				return a.subjectBefore(k)
			}
		case (f == "called" || f == "calls") && typ != schema.Visit && a.courtesyCallOn(k, j):
			return a.subjectBefore(k)
		case f == "called" || f == "phoned" || f == "telephoned" || f == "calls" || f == "dialled":
			// "called this Monday the Minister of ...": the day before
			// the one called
			o := a.timeAfter(k+1, j)
			if o < j && toks[o].Fold != "for" && toks[o].Fold != "on" && toks[o].Fold != "upon" && toks[o].Fold != "in" {
				if e := a.personAt(o); e != nil || toks[o].Cap {
					return a.subjectBefore(k)
				}
			}
		case f == "received" || f == "receives" || f == "got":
			// "X received a telephone call from Y", "received a letter from
			// Y", "received this Monday 22 July a telephone call from Y"
			o := a.timeAfter(k+1, j) - 1
			if a.phraseAhead(o+1, j, "from") || a.phraseAhead(o+1, j, "courtesy", "call", "by") {
				// "received a courtesy call by X": X called on the host
				for n := o + 1; n < j; n++ {
					if toks[n].Fold == "from" || toks[n].Fold == "by" && toks[n-1].Fold == "call" {
						q := n + 1
						if q < j && (toks[q].Fold == "his" || toks[q].Fold == "her") {
							q++ // "from his Turkish counterpart": the counterpart, not the receiver
						}
						if e := a.personAfter(q, j); e != nil {
							return e
						}
					}
				}
			} else if n := a.callFrom(o, j); n >= 0 {
				if e := a.personAfter(n+1, j); e != nil {
					return e
				}
			}
		case (f == "paid" || f == "pays" || f == "made") && a.phraseAhead(k+1, min(j, k+4), "courtesy", "call"):
			// "X paid a courtesy call on Y": a visit X made
			return a.subjectBefore(k)
		case f == "sent" || f == "sends" || f == "wrote" || f == "addressed" || f == "written" || f == "writes":
			if typ == schema.Letter {
				return a.subjectBefore(k)
			}
		case f == "initiative" || f == "request" || f == "invitation":
			// "at the initiative of the Turkish side", "at request", "at X's invitation"
			if e := a.initiativeOf(k, j, f, parts); e != nil {
				return e
			}
		}
	}
	// "The conversation was initiated by the Uzbek side", in the event's
	// sentence or the two after it
	for t := s; t < len(a.sents) && t <= s+2; t++ {
		ti, tj := a.sentToks(t)
		for k := ti; k+1 < tj; k++ {
			if toks[k].Fold != "initiated" || toks[k+1].Fold != "by" {
				continue
			}
			n := k + 2
			if n < tj && toks[n].Fold == "the" {
				n++
			}
			if m := a.mAt(n); m != nil && m.Kind == mState {
				if e := a.participantOf(m.E, parts); e != nil {
					return e
				}
			}
			if e := a.personAfter(n, tj); e != nil && slices.Contains(parts, e) {
				return e
			}
		}
	}
	// a visit: the guest ("who is in Moscow on a working visit", "is visiting")
	if typ == schema.Visit {
		if e := a.visitor(s, parts); e != nil {
			return e
		}
	}
	// a meeting framed as a visit elsewhere ("on the eve of the visit"):
	// the guest received by the host.
	if typ == schema.Meeting && a.mentionsVisit() {
		for k := i; k < j; k++ {
			if toks[k].Fold == "received" || toks[k].Fold == "receives" {
				if e := a.personAfter(k+1, j); e != nil {
					return e
				}
			}
		}
	}
	// the initiative stated in another sentence of the first paragraph,
	// of the event ("The conversation took place at the initiative of"),
	// not of something else it names ("the resolution ..., adopted at the
	// initiative of Turkmenistan")
	for s2 := s + 1; s2 < len(a.sents) && s2 <= s+2; s2++ {
		i2, j2 := a.sentToks(s2)
		for k := i2; k < j2; k++ {
			if f := toks[k].Fold; (f == "initiative" || f == "request") && a.eventWordBefore(i2, k) {
				if e := a.initiativeOf(k, j2, f, parts); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// eventWordBefore reports whether a word that names or frames an event
// comes in toks[i:k]: "The conversation", "The meeting was held", "took
// place".
func (a *analysis) eventWordBefore(i, k int) bool {
	for n := i; n < k; n++ {
		next := ""
		if n+1 < k {
			next = a.toks[n+1].Fold
		}
		switch f := a.toks[n].Fold; {
		case cueType(f, next) != "", f == "place" && n > i && a.toks[n-1].Fold == "took", f == "held", f == "organised", f == "organized":
			return true
		}
	}
	return false
}

// callFrom returns the index of "from" when the verb at k receives a call or
// a letter whose sender comes after a time ("received a phone call this
// Tuesday (20) from the Prime Minister of Canada"), else -1. The noun is
// within three words of the verb and "from" within twelve of the noun, in
// the same clause.
func (a *analysis) callFrom(k, j int) int {
	for n := k + 1; n < j && n <= k+4; n++ {
		switch a.toks[n].Fold {
		case "call", "letter", "message":
		default:
			continue
		}
		for q := n + 1; q < j && q <= n+12; q++ {
			switch a.toks[q].Fold {
			case "from":
				return q
			case ",", ";", "and", "which", "who", "during", "to", "with":
				return -1
			}
		}
		return -1
	}
	return -1
}

// mentionsVisit reports whether the body calls the guest's presence a visit.
func (a *analysis) mentionsVisit() bool {
	for k := a.body; k < len(a.toks); k++ {
		if a.toks[k].Fold == "visit" && k > 0 && a.toks[k-1].Fold == "the" && k+1 < len(a.toks) && a.toks[k+1].Kind == tokPunct {
			return true
		}
	}
	return false
}

// audienceGranter returns who, in sentence s, granted an audience to a
// participant of a visit ("His Majesty The Druk Gyalpo granted an Audience
// to the Foreign Secretary"): the person named before the verb, else the
// holder of the title before it on the readout's date; or nil.
func (a *analysis) audienceGranter(s int, parts []*ent) *ent {
	i, j := a.sentToks(s)
	toks := a.toks
	for k := i; k+3 < j; k++ {
		if toks[k].Fold != "granted" && toks[k].Fold != "grants" {
			continue
		}
		n := k + 1
		if toks[n].Fold == "an" {
			n++
		}
		if n+1 >= j || toks[n].Fold != "audience" || toks[n+1].Fold != "to" {
			return nil
		}
		q := n + 2
		if q < j && toks[q].Fold == "the" {
			q++
		}
		guest := false
		if m := a.mAt(q); m != nil && m.Kind == mPerson {
			guest = slices.Contains(parts, m.E)
		} else if r := a.gAt(q); r != nil {
			guest = slices.ContainsFunc(parts, func(e *ent) bool { return a.fitTier(e, r) == 2 })
		}
		if !guest {
			return nil
		}
		for p := i; p < k; p++ {
			if m := a.mAt(p); m != nil && m.Kind == mPerson {
				return m.E
			}
		}
		for p := i; p < k; p++ {
			if r := a.gAt(p); r != nil && !r.Used && r.J <= k {
				if e := a.holderForRole(r, parts); e != nil {
					a.addMention(&mention{I: r.I, J: r.J, Kind: mTitle, E: e, How: "title-on-date"})
					a.refAt[r.I] = e
					return e
				}
			}
		}
		return nil
	}
	return nil
}

// timeAfter returns the token after a time adverbial that opens at k, before
// a verb's object ("this Monday", "this Monday 22 July 2024", "today", "on
// 3 May"), or k when none does.
func (a *analysis) timeAfter(k, j int) int {
	toks := a.toks
	n := k
	if n+1 < j && (toks[n].Fold == "this" || toks[n].Fold == "on" || toks[n].Fold == "last") && (isWeekday(toks[n+1].Fold) || toks[n].Fold != "on" && dayParts[toks[n+1].Fold]) {
		n += 2
	} else if n < j && (toks[n].Fold == "today" || toks[n].Fold == "yesterday") {
		n++
	} else if !(n+1 < j && toks[n].Fold == "on" && toks[n+1].Kind == tokNum) {
		return k
	}
	// the date itself: "22 July 2024", "on 3 May", "on July 22, 2024"
	if n < j && toks[n].Fold == "on" {
		n++
	}
	for n < j && (toks[n].Kind == tokNum || isMonthName(toks[n].Fold) || toks[n].Text == "," && n+1 < j && toks[n+1].Kind == tokNum) {
		n++
	}
	if n < j && toks[n].Text == "," {
		n++ // "called on Monday, the Minister"
	}
	return n
}

// dayParts follow "this" as a time of day: "this morning".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "week": true}

func isWeekday(f string) bool { return slices.Contains(weekdayNames[:], f) }

func isMonthName(f string) bool {
	for _, mn := range monthNames[:12] {
		if f == mn.name {
			return true
		}
	}
	return false
}

// phraseAhead reports whether the words appear in order within a few tokens.
func (a *analysis) phraseAhead(k, j int, words ...string) bool {
	w := 0
	for n := k; n < j && n < k+8 && w < len(words); n++ {
		if a.toks[n].Fold == words[w] {
			w++
		}
	}
	return w == len(words)
}

// initiativeOf reads "at the initiative of X", "at the request of X", "at
// X's request", "at request" (the other side asked: Chinese style), "at the
// invitation of X" (the invited side is the visitor).
func (a *analysis) initiativeOf(k, j int, word string, parts []*ent) *ent {
	toks := a.toks
	if k+1 < j && toks[k+1].Fold == "of" {
		n := k + 2
		if n < j && toks[n].Fold == "the" {
			n++
		}
		if word == "invitation" {
			return nil
		}
		// "at the request of the latter": the last person named before
		if n < j && (toks[n].Fold == "latter" || toks[n].Fold == "former") {
			return a.latterOrFormer(k, toks[n].Fold)
		}
		if e := a.personAfter(n, j); e != nil && n < j && a.mAt(n) != nil && a.mAt(n).Kind == mPerson {
			return e
		}
		// "of the Turkish side", "of the U.S. side": the participant of that state
		if m := a.mAt(n); m != nil && m.Kind == mState {
			return a.participantOf(m.E, parts)
		}
		if e := a.personAfter(n, j); e != nil {
			return e
		}
		return nil
	}
	// "at X's request", "at the latter's request"
	if k >= 2 && toks[k-1].Kind == tokPoss && (toks[k-2].Fold == "latter" || toks[k-2].Fold == "former") {
		return a.latterOrFormer(k, toks[k-2].Fold)
	}
	if k >= 2 && toks[k-1].Kind == tokPoss {
		if m := a.mAt(k - 2); m != nil {
			if m.Kind == mPerson {
				return m.E
			}
			if m.Kind == mState {
				return a.participantOf(m.E, parts)
			}
		}
		// "at the Hungarian side's initiative"
		if k >= 3 && toks[k-2].Fold == "side" {
			if m := a.mAt(k - 3); m != nil && m.Kind == mState {
				return a.participantOf(m.E, parts)
			}
		}
	}
	// "at request": the counterpart of the publisher's own side
	if word == "request" && k >= 1 && toks[k-1].Fold == "at" && len(parts) >= 2 {
		return parts[len(parts)-1]
	}
	return nil
}

// visitorTo returns, for "visit to X" or "visiting X" at k (X a state,
// before j), the one participant who is not of X when another is.
func (a *analysis) visitorTo(k, j int, parts []*ent) *ent {
	n := k + 1
	if a.toks[k].Fold == "visit" {
		if n >= j || a.toks[n].Fold != "to" {
			return nil
		}
		n++
	}
	if n < j && a.toks[n].Fold == "the" {
		n++
	}
	m := a.mAt(n)
	if n >= j || m == nil || m.Kind != mState || m.Sub != eState {
		return nil
	}
	// a participant of no known state or body is the guest only when no
	// one else can be ("the Director General held talks with Mohammad
	// Eslami": Eslami's office is unknown, the Director General's is not)
	var guests, unknown []*ent
	host := false
	for _, p := range parts {
		switch {
		case p.Of == m.E:
			host = true
		case p.Of == nil:
			unknown = append(unknown, p)
		default:
			guests = append(guests, p)
		}
	}
	if !host {
		return nil
	}
	if len(guests) == 0 {
		guests = unknown
	}
	if len(guests) != 1 {
		return nil
	}
	return guests[0]
}

// latterOrFormer returns the person "the latter" (the last named before
// token k in its sentence) or "the former" (the first) refers to, or nil
// if fewer than two are named.
func (a *analysis) latterOrFormer(k int, which string) *ent {
	var named []*ent
	for q := a.sentStart[a.toks[k].Sent]; q < k; q++ {
		if m := a.mAt(q); m != nil && m.Kind == mPerson && m.I == q {
			named = appendEnt(named, m.E)
		}
	}
	if len(named) < 2 {
		return nil
	}
	if which == "latter" {
		return named[len(named)-1]
	}
	return named[0]
}

// participantOf returns the participant who serves state st.
func (a *analysis) participantOf(st *ent, parts []*ent) *ent {
	for _, p := range parts {
		if p.Of == st {
			return p
		}
	}
	for _, p := range parts {
		if p.Holder >= 0 && a.g.holders[p.Holder].Of == st.ISO3 {
			return p
		}
	}
	return nil
}

// visitor returns the guest of a visit: the person said to be "in X on a
// visit" or "visiting", or the subject of "visits"/"paid a visit".
func (a *analysis) visitor(s int, parts []*ent) *ent {
	check := []int{s}
	if s2 := a.visitAfter(s); s2 >= 0 {
		check = append(check, s2) // "The meeting was held during X's visit to ..."
	}
	for s2 := a.bodySent; s2 < len(a.sents) && s2 < a.bodySent+3; s2++ {
		if !slices.Contains(check, s2) {
			check = append(check, s2)
		}
	}
	for _, sent := range check {
		i, j := a.sentToks(sent)
		for k := i; k < j; k++ {
			f := a.toks[k].Fold
			if f == "visit" || f == "visiting" || f == "visits" || f == "visited" || f == "travelled" || f == "traveled" || f == "arrived" {
				if f == "visit" && k > 0 && a.toks[k-1].Fold == "the" {
					continue
				}
				// "received the visiting Foreign Minister X": the one after
				if f == "visiting" && k > i && a.toks[k-1].Fold == "the" {
					if e := a.personAfter(k+1, min(j, k+16)); e != nil && e.Kind == schema.Person && slices.Contains(parts, e) {
						return e
					}
				}
				// "during his official visit to Iran": the participant who is
				// not of that state, when another is
				if e := a.visitorTo(k, j, parts); e != nil {
					return e
				}
				// "who is in Moscow on a working visit": the antecedent of who
				for n := k; n >= i; n-- {
					if a.toks[n].Fold == "who" && n >= 2 {
						if e := a.personEndingAt(n - 1); e != nil {
							return e
						}
					}
				}
				// "X held talks with Y, as part of a working visit to ...":
				// the visit is the subject's, not the nearest person's
				if e := a.adjunctVisitor(k, i, parts); e != nil {
					return e
				}
				if e := a.subjectBefore(k); e != nil && e.Kind == schema.Person {
					return e
				}
			}
		}
	}
	// the title: "NATO Secretary General visits Türkiye", "Visit to Japan by X"
	for k := 0; k < a.body; k++ {
		switch a.toks[k].Fold {
		case "visits", "visiting":
			for _, p := range parts {
				for _, m := range p.Ms {
					if m.I < k {
						return p
					}
				}
			}
			// the visitor named by title in the title line
			if r := a.titleRefBefore(k); r != nil {
				for _, p := range parts {
					if a.fits(p, r) {
						return p
					}
				}
			}
		case "by":
			if k > 0 && a.toks[0].Fold == "visit" {
				if e := a.personAfter(k+1, a.body); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// titleRefBefore returns a title group that ends before token k in the same
// sentence.
func (a *analysis) titleRefBefore(k int) *roleSpan {
	for n := k - 1; n >= 0 && a.toks[n].Sent == a.toks[k].Sent; n-- {
		if r := a.gAt(n); r != nil {
			return r
		}
	}
	return nil
}

// personEndingAt returns the person whose mention ends at token k (or k is
// a comma after it).
func (a *analysis) personEndingAt(k int) *ent {
	if k >= 0 && a.toks[k].Text == "," {
		k--
	}
	if k < 0 {
		return nil
	}
	if m := a.mAt(k); m != nil && m.Kind == mPerson {
		return m.E
	}
	return nil
}

// subjectBefore returns the person who is the subject of the verb at k: the
// nearest person mention before it in the sentence.
// adjunctVisitor returns, when the visit noun at k is in an adjunct of its
// clause after a comma (", as part of a working visit"), the participant
// the sentence, starting at i, opens with: the clause's subject. Else nil.
func (a *analysis) adjunctVisitor(k, i int, parts []*ent) *ent {
	toks := a.toks
	p := k - 1
	for p > i && k-p <= 4 && !(toks[p].Fold == "of" && toks[p-1].Fold == "part") {
		p--
	}
	if p-3 < i || toks[p].Fold != "of" || toks[p-1].Fold != "part" || toks[p-2].Fold != "as" || toks[p-3].Text != "," {
		return nil
	}
	for n := i; n < p-3; n++ {
		if _, ev := eventVerbs[a.toks[n].Fold]; ev || a.isVerbAt(n) {
			break // the clause's verb: its subject comes before
		}
		if m := a.mAt(n); m != nil && m.Kind == mPerson && slices.Contains(parts, m.E) {
			return m.E
		}
	}
	return nil
}

func (a *analysis) subjectBefore(k int) *ent {
	sent := a.toks[k].Sent
	for n := k - 1; n >= 0 && a.toks[n].Sent == sent; n-- {
		if m := a.mAt(n); m != nil && m.Kind == mPerson {
			return m.E
		}
		if r := a.rAt(n); r != nil {
			return r
		}
	}
	return nil
}

// personAt returns the person mentioned at token k (after honorifics and
// titles), or nil.
func (a *analysis) personAt(k int) *ent {
	return a.personAfter(k, min(len(a.toks), k+12))
}

// courtesyCallOn reports whether "called on" at k, in a sentence ending at
// j, is a visit of courtesy to a person ("Minister X called on President
// Y at the Presidential Secretariat"), not an appeal ("called on Y to
// ...", "called on the parties to").
func (a *analysis) courtesyCallOn(k, j int) bool {
	toks := a.toks
	if k+2 >= j || toks[k+1].Fold != "on" && toks[k+1].Fold != "upon" {
		return false
	}
	n := k + 2
	for n < j && (toks[n].Fold == "the" || honorificAt(toks, n) || toks[n].Text == ".") {
		n++
	}
	var end int
	if m := a.mAt(n); m != nil && m.Kind == mPerson {
		end = m.J
	} else if r := a.gAt(n); r != nil {
		end = r.J
		if m := a.mAt(end); m != nil && m.Kind == mPerson {
			end = m.J
		}
	} else {
		return false
	}
	return !a.urges(end, j) // the appeal test the claims apply to "called on"
}

// personAfter returns the first person mentioned in tokens [k, j).
func (a *analysis) personAfter(k, j int) *ent {
	for n := k; n < j && n < len(a.toks); n++ {
		if m := a.mAt(n); m != nil && m.Kind == mPerson {
			return m.E
		}
		if r := a.rAt(n); r != nil {
			return r
		}
	}
	return nil
}

// principalOf reports whether the title r is the principal named in
// another title just before it, whose holder serves r's: "Special
// Representative of the UN Secretary-General", "Adviser to the President".
func (a *analysis) principalOf(r *roleSpan) bool {
	toks := a.toks
	q := r.I - 1
	if q >= 0 && toks[q].Fold == "the" {
		q--
	}
	if q < 1 || toks[q].Fold != "of" && toks[q].Fold != "to" || toks[q].Sent != toks[r.I].Sent {
		return false
	}
	return a.gEnd(q-1) != nil || toks[q-1].Cap && roleNoun(toks[q-1])
}

// unnamedLeader resolves an event-sentence subject named only by title ("The
// Prime Minister spoke to President Macron", "The Secretary-General met")
// to the office-holder on the readout's date.
func (a *analysis) unnamedLeader(s int, parts []*ent) *ent {
	i, j := a.sentToks(s)
	for k := i; k < j; k++ {
		r := a.gAt(k)
		if r == nil || r.Used || a.principalOf(r) {
			continue
		}
		if e := a.holderForRole(r, parts); e != nil {
			a.addMention(&mention{I: r.I, J: r.J, Kind: mTitle, E: e, How: "title-on-date"})
			a.refAt[r.I] = e
			return e
		}
	}
	if a.firstPerson {
		if a.publisherEnt != nil {
			return a.publisherEnt
		}
		if e := a.impliedAuthor(parts); e != nil {
			return e
		}
	}
	return nil
}

// impliedAuthor returns the writer of a first-person release ("Today I met
// with Prime Minister Modi") whose publisher nothing names: the holder, on
// the readout's date, of a counterpart's office in the state the text
// mentions that no named person serves (leaders meet leaders, ministers
// ministers; see [analysis.impliedHome]), or nil.
func (a *analysis) impliedAuthor(parts []*ent) *ent {
	k := a.plainI()
	if a.author != nil || a.pubOf != "" || k < 0 {
		return nil
	}
	for _, p := range parts {
		for _, office := range p.Offices {
			st := a.impliedHome(office, parts)
			if st == "" {
				continue
			}
			hs := a.g.holdersOn(office, st, a.ref)
			e := a.holderEnt(hs[0])
			a.setOfFromHolder(e)
			a.addMention(&mention{I: k, J: k + 1, Kind: mTitle, E: e, How: "first-person"})
			a.author, a.pubOf, a.pubHolder = e, st, e
			return e
		}
	}
	return nil
}

// impliedHome returns the state of an unknown publisher whose office-holder
// the text names by the title of office alone: the first state the body
// mentions that no named person serves and that has a holder of office on
// the readout's date; "" if none.
func (a *analysis) impliedHome(office string, parts []*ent) string {
	served := map[*ent]bool{}
	for _, e := range a.ents {
		if e.Kind == schema.Person && e.Of != nil {
			served[e.Of] = true
		}
	}
	for _, p := range parts {
		if p.Of != nil {
			served[p.Of] = true
		}
	}
	for _, m := range a.ms {
		if m.Kind != mState || m.I < a.body || m.E == nil || served[m.E] || m.E.ISO3 == "" {
			continue
		}
		if len(a.g.holdersOn(office, m.E.ISO3, a.ref)) > 0 {
			return m.E.ISO3
		}
	}
	return ""
}

// namedHolder returns the one person, other than parts, the text names
// with office, or nil if none or several. Of several, the one named with
// no title or with this title counts alone: "the Minister of Foreign
// Affairs and Trade" is not the "Belarusian Minister of Foreign Affairs"
// but Péter Szijjártó, named without a title.
func (a *analysis) namedHolder(office, title string, parts []*ent) *ent {
	var cands []*ent
	for _, e := range a.ents {
		if e.Kind != schema.Person || slices.Contains(parts, e) {
			continue
		}
		// its office as the text gives it, or as the tables do on the
		// date for a holder named without a title
		if slices.Contains(e.Offices, office) || e.Holder >= 0 && a.g.holders[e.Holder].Office == office && a.g.holders[e.Holder].heldOn(a.ref) {
			cands = append(cands, e)
		}
	}
	if len(cands) > 1 {
		cands = slices.DeleteFunc(cands, func(e *ent) bool {
			return len(e.Titles) > 0 && !slices.ContainsFunc(e.Titles, func(t string) bool { return strings.EqualFold(t, title) })
		})
	}
	if len(cands) != 1 {
		return nil
	}
	return cands[0]
}

// introducedAs returns the one person, other than parts, whom the text
// introduced with a title that bare title r repeats and who serves a state
// of the text's own naming, or nil if none or several.
func (a *analysis) introducedAs(r *roleSpan, parts []*ent) *ent {
	var found *ent
	for _, e := range a.ents {
		if e.Kind != schema.Person || slices.Contains(parts, e) || e.Of == nil || e.OfTitle || a.fitTier(e, r) != 2 || len(e.Titles) == 0 {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// namedSecretariatHead returns the one person, other than parts, the text
// names with a body's office of the kind office ("secretary_general":
// "OSCE Secretary General Feridun Sinirlioğlu", office
// osce_secretary_general), or nil if none or several.
func (a *analysis) namedSecretariatHead(office string, parts []*ent) *ent {
	var found *ent
	for _, e := range a.ents {
		if e.Kind != schema.Person || slices.Contains(parts, e) || !slices.ContainsFunc(e.Offices, func(o string) bool { return strings.HasSuffix(o, "_"+office) }) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// holderForRole finds the office-holder a bare title refers to on the
// readout's date: the title's own body ("Secretary-General" is the UN's),
// the state or institution named with it, else the publisher's state.
func (a *analysis) holderForRole(r *roleSpan, parts []*ent) *ent {
	office := r.Office
	of := r.OfKey
	if r.Of != nil {
		if r.Of.ISO3 != "" {
			of = r.Of.ISO3
		} else {
			of = strings.ToUpper(r.Of.Acronym)
		}
	}
	lt := strings.ToLower(strings.ReplaceAll(r.Title, "-", " "))
	if of == "" && a.pubOf == "" && secretariatHeads[office] {
		// "the Secretary General met with" in a text whose publisher is
		// unknown and that names "OSCE Secretary General Feridun
		// Sinirlioğlu": that body's head, not the UN's
		if e := a.namedSecretariatHead(office, parts); e != nil {
			a.setRole(e, r)
			return e
		}
	}
	if r.Of == nil && r.OfKey != "" {
		// "Vikram Misri, Foreign Secretary of India ... the Foreign
		// Secretary called on": the one the text introduced with the
		// title, not the holder of the state the title alone implies
		if e := a.introducedAs(r, parts); e != nil {
			return e
		}
	}
	if of == "" && strings.Contains(lt, "secretary general") {
		of = "UN"
	}
	if of == "" {
		of = a.pubOf
	}
	if of == "" && office != "" {
		// A title alone, publisher unknown, for the one person the text
		// names with that office ("President William Ruto has said ...
		// The President spoke when he hosted Prime Minister Abiy").
		if e := a.namedHolder(office, r.Title, parts); e != nil {
			a.setRole(e, r)
			return e
		}
		// A readout that names its own leader by title alone ("The
		// President of the Republic spoke with President Zelensky") is
		// that leader's office's: take its state as the publisher's.
		if of = a.impliedHome(office, parts); of != "" {
			a.pubOf = of
		}
	}
	if of == "" || office == "" {
		return nil
	}
	for _, h := range a.g.holdersOn(office, of, a.ref) {
		e := a.holderEnt(h)
		taken := false
		for _, p := range parts {
			if p == e {
				taken = true
			}
		}
		if !taken {
			a.setRole(e, r)
			if of == a.pubOf {
				a.pubHolder = e // the publisher's own office-holder, by title only
			}
			return e
		}
	}
	// secretaries-general are stored under body-specific offices
	if strings.Contains(lt, "secretary general") {
		for h, hr := range a.g.holders {
			if hr.Of == of && strings.HasSuffix(hr.Office, "secretary_general") && hr.heldOn(a.ref) {
				e := a.holderEnt(h)
				a.setRole(e, r)
				return e
			}
		}
	}
	return nil
}

// setDate resolves the event's date: a date in the event sentence or the
// first paragraph, else the publication date.
func (a *analysis) setDate(ev *Event, s int) {
	var ranges [][2]int
	if s >= 0 && a.frameSent >= 0 && ev.Type == schema.Visit {
		// a visit's first day is its visitor's arrival ("X arrived in
		// Tokyo. He was met by Y. On Wednesday, X held talks with Z"),
		// not the day of an engagement that follows
		for _, n := range []int{a.frameSent, s} {
			ranges = append(ranges, [2]int{a.sents[n].Start, a.sents[n].End})
		}
	} else if s >= 0 {
		sp := a.sents[s]
		ranges = append(ranges, [2]int{sp.Start, sp.End})
		if s+1 < len(a.sents) && a.toks[a.sentStart[s+1]].NL < 2 {
			ranges = append(ranges, [2]int{a.sents[s+1].Start, a.sents[s+1].End})
		}
	}
	for _, r := range ranges {
		if d, text, ok := a.eventDate(r[0], r[1]); ok {
			if ev.Type == schema.Visit {
				d, text = a.visitStart(r[0], r[1], d, text)
				// the visit's days, in a sentence before: "X is on an
				// official visit to India from 02-04 January 2025. ...
				// held talks with X in New Delhi today"
				for _, s2 := range []int{a.visitBefore(s), a.visitAfter(s)} {
					if s2 >= 0 {
						d, text = a.visitStart(a.sents[s2].Start, a.sents[s2].End, d, text)
					}
				}
			}
			ev.Date = &d
			ev.DateText = text
			return
		}
	}
	// no date with the persons: the sentence before that has the event
	// held ("Political consultations ... were held in Tashkent on 11
	// March. The Uzbek delegation was headed by ...")
	dateFrom := func(s2 int) bool { // the date of sentence s2, if any
		if s2 < 0 {
			return false
		}
		d, text, ok := a.eventDate(a.sents[s2].Start, a.sents[s2].End)
		if ok {
			ev.Date, ev.DateText = &d, text
		}
		return ok
	}
	if s >= 0 && dateFrom(a.heldBefore(s)) {
		return
	}
	// a letter's sending, told after the event's sentence: "... has
	// written to Prime Minister Anwar ... The letter was sent on Sunday"
	if s >= 0 && ev.Type == schema.Letter && dateFrom(a.letterSentAfter(s)) {
		return
	}
	// a letter quoted in full, dated at its foot after the body, as
	// letters are signed: "Yaoundé, 15 April 2025" above the signature
	if s >= 0 && ev.Type == schema.Letter {
		if d, text, ok := a.footDate(a.sents[s].End); ok {
			ev.Date, ev.DateText = &d, text
			return
		}
	}
	// no date with the talks: the visit's, in a sentence before ("X
	// undertook an official visit to Kenya on 26 February. President Ruto
	// held talks with X ...")
	if s >= 0 && ev.Type == schema.Visit {
		if s2 := a.visitBefore(s); s2 >= 0 {
			sp := a.sents[s2]
			if d, text, ok := a.eventDate(sp.Start, sp.End); ok {
				d, text = a.visitStart(sp.Start, sp.End, d, text)
				ev.Date = &d
				ev.DateText = text
				return
			}
		}
	}
	if a.pubDay != "" {
		d := a.pubDay
		ev.Date = &d
		return
	}
	// no publication date: a date anywhere in the text
	if d, text, ok := a.firstDate(a.bodyStart, len(a.text)); ok {
		ev.Date = &d
		ev.DateText = text
	}
}

// heldBefore returns the sentence, one or two before the event's sentence s
// in the body, that has an interaction held or take place ("Political
// consultations between the two ministries were held in Tashkent on 11
// March", "The talks took place on Monday"), not one planned ("will be
// held") or earlier ("were last held in 2023"); or -1.
func (a *analysis) heldBefore(s int) int {
	toks := a.toks
	for s2 := s - 1; s2 >= a.bodySent && s2 >= s-2; s2-- {
		i, j := a.sentToks(s2)
		noun := false
		for k := i; k < j; k++ {
			f := toks[k].Fold
			if pastWords[f] || f == "will" || f == "earlier" {
				break
			}
			if eventSubjects[f] || f == "consultation" || f == "session" || f == "dialogue" {
				noun = true
				continue
			}
			held := (f == "held" || f == "conducted") && k > i && (toks[k-1].Fold == "was" || toks[k-1].Fold == "were") ||
				f == "took" && k+1 < j && toks[k+1].Fold == "place"
			if noun && held {
				return s2
			}
		}
	}
	return -1
}

// letterSentAfter returns the sentence, one of the three after the event's
// sentence s, that tells the letter or message sent or delivered ("The
// letter was sent on Sunday", "The message was delivered to ... on
// Monday"), or -1.
func (a *analysis) letterSentAfter(s int) int {
	toks := a.toks
	for s2 := s + 1; s2 < len(a.sents) && s2 <= s+3; s2++ {
		i, j := a.sentToks(s2)
		noun := false
		for k := i; k < j; k++ {
			f := toks[k].Fold
			if f == "will" || f == "earlier" || pastWords[f] {
				break
			}
			if f == "letter" || f == "message" || f == "letters" || f == "messages" {
				noun = true
				continue
			}
			if noun && k > i && (toks[k-1].Fold == "was" || toks[k-1].Fold == "were") &&
				(f == "sent" || f == "delivered" || f == "dispatched" || f == "handed" || f == "transmitted") {
				return s2
			}
		}
	}
	return -1
}

// footDate returns the date of a line, one of the last four after byte
// offset from, that is only a place and a full date, or only a full date,
// as a letter is dated above its signature: "Yaoundé, 15 April 2025",
// "10 June 2024". A date after the publication's does not count.
func (a *analysis) footDate(from int) (string, string, bool) {
	end := len(a.text)
	for n := 0; n < 4 && end > from; {
		i := strings.LastIndexByte(a.text[:end], '\n') + 1
		if i < from {
			break
		}
		line := a.text[i:end]
		end = max(i-1, 0)
		trim := strings.Trim(line, " \t\r\"'“”‘’.")
		if trim == "" {
			continue
		}
		n++
		off := i + strings.Index(line, trim)
		ms := FindDates(a.text, off, off+len(trim))
		if len(ms) != 1 {
			continue
		}
		m := ms[0]
		if m.Kind != AbsoluteDate || m.Gran != DayGranularity || m.Year == 0 || m.End != off+len(trim) {
			continue
		}
		if place := strings.TrimSpace(a.text[off:m.Start]); place != "" &&
			(!strings.HasSuffix(place, ",") || !isLabel(strings.TrimSuffix(place, ","), 3)) {
			continue
		}
		t, ok := m.Resolve(a.ref)
		if !ok || !a.ref.IsZero() && t.After(a.ref) {
			continue
		}
		return t.Format("2006-01-02"), a.text[m.Start:m.End], true
	}
	return "", "", false
}

// eventDate is firstDate for the event's sentences, leaving out a date
// that another noun's participle carries: "congratulating him on his
// victory in the presidential election held on Sunday".
func (a *analysis) eventDate(start, end int) (string, string, bool) {
	// "Manama, Dec. 10 (BNA) -- His Majesty ... held a telephone call
	// yesterday evening": a dateline opening the sentence's paragraph
	// dates the report, not the event
	dl := -1
	ref := a.ref
	// (opening the sentence, or its line before it)
	if m, dlEnd, _, ok := readDateline(a.text, strings.LastIndexByte(a.text[:start], '\n')+1, false); ok {
		if dlEnd > start {
			dl = dlEnd
		}
		// the day the report was written, up to a week before the
		// date line's ("DOHA, March 3, 2025 (QNA) -- ... received
		// today" under "4 March 2025"): what it calls today, or
		// Monday, counts from it
		if t, ok := m.Resolve(a.ref); ok && (a.ref.IsZero() || !t.After(a.ref) && a.ref.Sub(t) <= 7*24*time.Hour) {
			ref = t
		}
	}
	d, text, ok := a.firstDateFrom(start, end, ref, func(off int) bool {
		return off < dl || a.otherNounsDate(off)
	})
	if !ok && dl >= 0 {
		// no date of its own: the report's is the best the text gives
		// ("Doha, March 3 (QNA) -- The Amir received ...")
		return a.firstDateExcept(start, end, a.otherNounsDate)
	}
	return d, text, ok
}

// otherNounsDate reports whether the date starting at byte offset off
// follows "<noun> held on" (or scheduled, signed, ...) with a noun that names
// no interaction, or ends a phrase "following the <noun> of ..." that
// dates what the noun names ("following the passing of President Geingob
// in Windhoek yesterday").
func (a *analysis) otherNounsDate(off int) bool {
	q := sort.Search(len(a.toks), func(n int) bool { return a.toks[n].Start >= off })
	if q < 3 || q >= len(a.toks) || a.toks[q].Start != off {
		return false
	}
	if a.followingNoun(q) {
		return true
	}
	if f := a.toks[q-1].Fold; f != "on" && f != "for" {
		return false
	}
	switch a.toks[q-2].Fold {
	case "held", "scheduled", "planned", "signed", "adopted", "concluded":
	default:
		return false
	}
	noun := a.toks[q-3]
	if noun.Kind != tokWord || noun.Cap {
		return false
	}
	switch noun.Fold {
	case "meeting", "talks", "call", "conversation", "consultations", "negotiations", "visit", "summit", "session", "discussion", "discussions":
		return false
	}
	return true
}

// followingNoun reports whether token q, a date, ends a phrase that
// opens with "following the" or "after the" and a noun that names no
// interaction, in the same clause: "following the passing of President
// Geingob in Windhoek yesterday". "After the talks on Monday" dates the
// talks.
func (a *analysis) followingNoun(q int) bool {
	toks := a.toks
	for k := q - 1; k >= 2 && k >= q-14 && toks[k].Sent == toks[q].Sent; k-- {
		t := toks[k]
		if t.Kind == tokPunct && t.Text != "-" && t.Text != "'" && t.Text != "’" || eventVerbs[t.Fold] != "" {
			return false
		}
		if t.Fold != "the" || toks[k-1].Fold != "following" && toks[k-1].Fold != "after" || k+1 >= q {
			continue
		}
		n := toks[k+1]
		if n.Kind != tokWord || n.Cap || cueType(n.Fold, "") != "" || eventSubjects[n.Fold] {
			return false
		}
		return true
	}
	return false
}

// visitStart returns the first day of a visit: "On June 19, Prime Minister
// Kishida held a summit meeting with Prime Minister Luxon, who is visiting
// Japan from June 18 to 20" dates the visit June 18. Only days up to a week
// before the first date found count.
func (a *analysis) visitStart(start, end int, day, text string) (string, string) {
	first, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day, text
	}
	best := first
	for _, d := range FindDates(a.text, start, end) {
		t, ok := d.Resolve(a.ref)
		if !ok || d.Gran != DayGranularity {
			continue
		}
		if t.Before(best) && first.Sub(t) <= 7*24*time.Hour {
			best, text = t, a.text[d.Start:d.End]
		}
	}
	if best.Equal(first) {
		// "concluded a two-day visit to Kyrgyzstan today": the day this
		// sentence gives is the visit's last; the day found may be an
		// engagement's of another sentence ("On Tuesday, ... met")
		n := a.endedVisitDays(start, end)
		if n <= 1 {
			// "today met ... on the second day of his visit": the
			// visit began n-1 days before the day this sentence gives
			n = a.visitDayOrdinal(start, end)
		}
		if n > 1 {
			last := first
			if d, _, ok := a.eventDate(start, end); ok {
				if t, err := time.Parse("2006-01-02", d); err == nil {
					last = t
				}
			}
			if t := last.AddDate(0, 0, -(n - 1)); t.Before(best) {
				best = t
			}
		}
	}
	return best.Format("2006-01-02"), text
}

// endedVisitDays returns N if the text between byte offsets start and end
// ends an N-day visit ("concluded a two-day visit", "wrapped up his
// three-day State Visit", "concluded on 12 May a two-day visit"), else 0.
func (a *analysis) endedVisitDays(start, end int) int {
	toks := a.toks
	i := sort.Search(len(toks), func(n int) bool { return toks[n].Start >= start })
	for k := i; k < len(toks) && toks[k].Start < end; k++ {
		switch toks[k].Fold {
		case "concluded", "concludes", "completed", "completes", "ended", "ends", "wrapped", "wraps", "ending", "concluding":
		default:
			continue
		}
		// the day between the verb and its object: "concluded on 22
		// July a two-day visit", "ended today a three-day visit"
		from, lim := k+1, k+4
		if f := toks[from].Fold; f == "today" || f == "yesterday" {
			from, lim = from+1, lim+1
		} else if f == "on" && from+1 < len(toks) {
			if ms := FindDates(a.text, toks[from+1].Start, end); len(ms) > 0 && ms[0].Start == toks[from+1].Start {
				q := from + 1
				for q < len(toks) && toks[q].Start < ms[0].End {
					q++
				}
				lim += q - from
				from = q
			}
		}
		for q := from; q+2 < len(toks) && q <= lim && toks[q].Start < end; q++ {
			n, ok := dayCounts[toks[q].Fold]
			if !ok {
				n, _ = strconv.Atoi(toks[q].Text)
			}
			if n < 2 || n > 14 || toks[q+1].Text != "-" || toks[q+2].Fold != "day" {
				continue
			}
			for v := q + 3; v < len(toks) && v <= q+5; v++ {
				if toks[v].Fold == "visit" {
					return n
				}
			}
		}
	}
	return 0
}

// visitDayOrdinal returns N if the text between byte offsets start and
// end places its event on the N-th day of a visit ("on the second day of
// his visit to the Islamic Republic of Iran"), else 0.
func (a *analysis) visitDayOrdinal(start, end int) int {
	toks := a.toks
	i := sort.Search(len(toks), func(n int) bool { return toks[n].Start >= start })
	for k := i + 1; k+2 < len(toks) && toks[k+2].Start < end; k++ {
		n, ok := dayOrdinals[toks[k].Fold]
		if !ok || toks[k-1].Fold != "the" || toks[k+1].Fold != "day" || toks[k+2].Fold != "of" {
			continue
		}
		for v := k + 3; v < len(toks) && v <= k+7 && toks[v].Start < end; v++ {
			if toks[v].Fold == "visit" {
				return n
			}
		}
	}
	return 0
}

// dayOrdinals are the ordinal words of a visit's day: "on the second day
// of his visit".
var dayOrdinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}

// dayCounts are the number words of a visit's length: "a two-day visit".
var dayCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// signers reports whether the signing verb at token k follows its subject,
// a person or a person's appositive title ("X and Y signed", "X, Minister
// for Foreign Affairs of Iceland, today signed"), not a noun it qualifies
// ("the agreement signed by").
func (a *analysis) signers(k, i int) bool {
	q := k - 1
	for {
		for q > i && adverbs[a.toks[q].Fold] {
			q--
		}
		n := a.timeBefore(q, i) // "today", "on Tuesday"
		if n == q {
			break
		}
		q = n
	}
	if q <= i {
		return false
	}
	if m := a.mAt(q); m != nil && m.Kind == mPerson {
		return true
	}
	return a.toks[q].Text == "," || a.rAt(q) != nil
}

// hasEventVerb reports whether sentence s has an interaction verb.
func (a *analysis) hasEventVerb(s int) bool {
	i, j := a.sentToks(s)
	for k := i; k < j; k++ {
		if _, ok := eventVerbs[a.toks[k].Fold]; ok && !a.toks[k].Cap && a.toks[k].Fold != "had" && a.toks[k].Fold != "has" {
			return true
		}
	}
	return false
}

// reporters drops from the persons of the event sentence those who only
// report it: "Spokesman for the Presidency Ambassador Ahmed Fahmy said that
// President El-Sisi received a phone call from ...".
func (a *analysis) reporters(s int, persons []*ent) []*ent {
	i, j := a.sentToks(s)
	var out []*ent
	for _, e := range persons {
		reporter := false
		for _, t := range e.Titles {
			lt := strings.ToLower(t)
			if strings.Contains(lt, "spokes") || strings.Contains(lt, "press secretary") {
				reporter = true
			}
		}
		for _, m := range e.Ms {
			if m.I < i || m.I >= j {
				continue
			}
			// "The Spokesman for the Presidency, Ambassador X, stated"
			for q := m.I - 1; q >= i && q >= m.I-8; q-- {
				if o := a.mAt(q); o != nil && o.E != e || a.toks[q].Fold == "that" || a.isVerbAt(q) {
					break // "Spokesperson Zakharova said that Lavrov"
				}
				if strings.HasPrefix(a.toks[q].Fold, "spokes") {
					reporter = true
				}
			}
			k := m.J
			if k < j && a.toks[k].Text == "," {
				k++ // the end of an appositive
			}
			for k < j && adverbs[a.toks[k].Fold] {
				k++
			}
			if vm, ok := a.g.verbForm[a.toks[min(k, len(a.toks)-1)].Fold]; ok && k < j && vm.Form == 0 && k+1 < j && a.toks[k+1].Fold == "that" {
				reporter = true
			}
		}
		if !reporter {
			out = append(out, e)
		}
	}
	return out
}

// eventLocation finds where the event of sentence s took place: "in
// Washington", "in Almaty", "at the Kremlin", "in St Petersburg". The place
// becomes an entity of kind place (a state when the text names a state).
func (a *analysis) eventLocation(s int) *ent {
	i, j := a.sentToks(s)
	toks := a.toks
	for k := i; k+1 < j; k++ {
		if f := toks[k].Fold; f != "in" && f != "at" {
			continue
		}
		n := k + 1
		if toks[n].Fold == "the" {
			n++
		}
		if n >= j || !toks[n].Cap || toks[n].Kind != tokWord {
			continue
		}
		if m := a.mAt(n); m != nil {
			switch {
			case m.Kind == mState && m.E != nil && m.Sub == eState:
				return m.E
			case m.Kind == mPlace:
				name := a.span(m.I, m.J)
				return a.placeEnt(name, m)
			}
			continue
		}
		// a venue the tables do not know: a run of capitalised words
		e := n
		for e < j && toks[e].Kind == tokWord && (toks[e].Cap || nameParticle[toks[e].Fold] && e+1 < j && toks[e+1].Cap) && a.mAt(e) == nil && !a.inT(e) {
			e++
		}
		if e == n || notNameWords[toks[n].Fold] || a.headlineVerb(toks[n].Fold) {
			continue
		}
		if e-n > 4 {
			continue
		}
		m := &mention{I: n, J: e, Kind: mPlace, How: "pattern"}
		a.addMention(m)
		return a.placeEnt(a.span(n, e), m)
	}
	return nil
}

// placeEnt returns the place entity named name and records mention m of it.
func (a *analysis) placeEnt(name string, m *mention) *ent {
	e := a.entity("place/"+schema.Slug(name), schema.Place, name)
	if m.E == nil {
		m.E = e
		e.Ms = append(e.Ms, m)
	}
	return e
}
