package extract

import (
	"slices"
	"strings"

	"github.com/readout/readout/schema"
)

// jointNouns make a joint subject with "the", "both" or "the two":
// "the leaders", "both sides", "the two ministers", "the interlocutors".
var jointNouns = map[string]bool{
	"leaders": true, "sides": true, "parties": true, "presidents": true, "ministers": true,
	"interlocutors": true, "counterparts": true, "delegations": true, "heads": true, "secretaries": true,
	"officials": true, "premiers": true, "chancellors": true, "participants": true, "governments": true,
	"countries": true, "nations": true, "two": true, "diplomats": true, "personalities": true, "dignitaries": true,
}

// bareJointNouns are the jointNouns that name the participants without a
// determiner when they open a sentence, as joint statements write:
// "Ministers reaffirmed", "Leaders agreed", "Parties noted".
var bareJointNouns = map[string]bool{
	"leaders": true, "ministers": true, "presidents": true, "premiers": true, "chancellors": true,
	"sides": true, "parties": true, "delegations": true, "participants": true, "interlocutors": true,
}

// listStart reports whether the sentence from sentStart reaches token p
// past nothing but a paragraph's number: "Ministers", "2. Ministers",
// "(3) Ministers".
func listStart(toks []token, sentStart, p int) bool {
	for q := sentStart; q < p; q++ {
		if toks[q].Kind != tokNum && toks[q].Text != "." && toks[q].Text != ")" && toks[q].Text != "(" {
			return false
		}
	}
	return true
}

// determiners dropped from a light verb's object.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "some": true,
}

// objectStops end a light verb's object.
var objectStops = map[string]bool{
	"for": true, "with": true, "over": true, "about": true, "at": true, "on": true, "in": true, "that": true,
	"to": true, "and": true, "of": true, "regarding": true, "as": true, "by": true, "from": true, "toward": true,
	"towards": true, "upon": true, "following": true, "after": true, "amid": true, "concerning": true, "ahead": true, "before": true,
	"into": true, "during": true, "under": true, "which": true, "who": true, "whether": true,
}

// modals that make a verb future or hypothetical.
var modals = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "to": true,
}

// verbHit is a reporting verb found in a sentence.
type verbHit struct {
	K        int // token of the verb
	End      int // token after the verb phrase (particles, object)
	Ref      int // verbs table row
	Form     int8
	Phrase   string // the verb as reported: "expressed deep concern"
	Passive  bool
	Modality string
}

// findClaims reads the reported speech acts of the participants.
func (a *analysis) findClaims() []Claim {
	var claims []Claim
	for s := a.bodySent; s < len(a.sents); s++ {
		i, j := a.sentToks(s)
		if a.isAttribution(i, j) {
			continue
		}
		hits := a.verbHits(i, j)
		var prev *verbHit
		var prevSpk []*ent
		for n := range hits {
			h := &hits[n]
			spk, ok := a.speaker(h, prev, prevSpk, i)
			if !ok {
				continue
			}
			prev, prevSpk = h, spk
			if len(spk) == 0 {
				continue
			}
			// the clause the verb governs: to the next claim verb or the sentence end
			end := j
			for m := n + 1; m < len(hits); m++ {
				if hits[m].K > h.End && a.startsClause(hits[m].K, h.End) && !a.inComplement(h, hits[m].K) &&
					!(hits[m].Passive && a.thatSubjectBefore(hits[m].K, h.End, i)) {
					end = a.clauseEnd(hits[m].K)
					break
				}
			}
			if len(spk) > 1 {
				spk = a.withoutPartner(spk, h.End, end)
			}
			c := a.makeClaim(h, spk, s, end)
			claims = append(claims, c)
		}
	}
	return claims
}

// withoutPartner returns the joint speakers spk without the one the
// clause [k, end) names as their partner after "with": "We look forward to
// working with Prime Minister Manele" is the other side's. spk is returned
// unchanged when no speaker is named so.
func (a *analysis) withoutPartner(spk []*ent, k, end int) []*ent {
	toks := a.toks
	for n := k; n < end; n++ {
		if toks[n].Fold != "with" {
			continue
		}
		q := n + 1
		for q < end && q < n+6 && (a.inT(q) || honorificAt(toks, q) || toks[q].Fold == "the" || toks[q].Text == ".") {
			q++
		}
		m := a.mAt(q)
		if q >= end || m == nil || m.Kind != mPerson || !slices.Contains(spk, m.E) {
			continue
		}
		var out []*ent
		for _, e := range spk {
			if e != m.E {
				out = append(out, e)
			}
		}
		return out
	}
	return spk
}

// inComplement reports whether the verb at k is inside the "that" clause
// h governs, with no "and", comma or semicolon between ("said that China
// appreciated Azerbaijan's efforts"): it does not end h's claim.
func (a *analysis) inComplement(h *verbHit, k int) bool {
	toks := a.toks
	if h.End >= len(toks) || toks[h.End].Fold != "that" && toks[h.End-1].Fold != "that" {
		return false
	}
	for q := h.End + 1; q < k; q++ {
		if f := toks[q].Fold; f == "and" || f == "but" || toks[q].Text == "," || toks[q].Text == ";" {
			return false
		}
	}
	return true
}

// isAttribution reports whether the sentence is a spokesperson line: "The
// following may be attributed to Spokesperson Matthew Miller:".
func (a *analysis) isAttribution(i, j int) bool {
	for k := i; k < j && k < i+6; k++ {
		f := a.toks[k].Fold
		if f == "attributed" || f == "attributable" {
			return true
		}
	}
	return false
}

// verbHits returns the reporting verbs of tokens [i, j) with their phrase.
func (a *analysis) verbHits(i, j int) []verbHit {
	var hits []verbHit
	toks := a.toks
	for k := i; k < j; k++ {
		t := toks[k]
		if t.Kind != tokWord {
			continue
		}
		vm, ok := a.g.verbForm[t.Fold]
		if !ok {
			continue
		}
		if t.Cap && !(k == i || toks[k-1].Text == "\"" || toks[k-1].Text == "“") {
			continue // "Security Council", a name
		}
		if a.mAt(k) != nil || a.inT(k) {
			continue
		}
		v := a.g.verbs[vm.Ref]
		if k > i && determiners[toks[k-1].Fold] && toks[k-1].Fold != "that" {
			continue // "the shared vision", "their stated aim": an adjective
		}
		if vm.Form == 1 && k > i && gerundPreps[toks[k-1].Fold] && !a.additiveBefore(k, i) {
			continue // "cooperate in responding to", "work on tackling": a gerund object
		}
		if v.Lemma == "call" && k+1 < j && (toks[k+1].Fold == "on" || toks[k+1].Fold == "upon") && !a.urges(k+2, j) {
			continue // "called on the President": a courtesy call, not an appeal
		}
		if v.Order && !a.urges(k+1, j) {
			continue // "efforts directed at": no instruction
		}
		addressed, addressedEnd := "", 0
		if v.Lemma == "address" && a.addressesAudience(k+1, j) {
			// "I address to you, on behalf of ..., my warmest
			// congratulations": wishes, a stance
			n := a.skipDative(k+1, j)
			obj, end := a.lightObject(n, j)
			if n == k+1 || !wishNouns[lastWord(obj)] {
				continue // "addressed a letter to", "addressed the summit": no stance
			}
			addressed, addressedEnd = obj, end
		}
		if v.Lemma == "welcome" && (a.hosts(k, j) || a.meetsOnArrival(k, j)) {
			// "welcomed Prime Minister Zaev to NATO Headquarters", "welcomed
			// her at the airport": hosting, not a stance
			continue
		}
		h := verbHit{K: k, End: k + 1, Ref: vm.Ref, Form: vm.Form}
		phrase := []string{t.Fold}
		if len(v.Particles) > 0 {
			if k+1 >= j || !contains(v.Particles, toks[k+1].Fold) {
				continue
			}
			if toks[k+1].Fold == "on" && k+2 < j && slices.Contains(weekdayNames[:], toks[k+2].Fold) {
				continue // "reported on Monday": a day, not a particle
			}
			phrase = append(phrase, toks[k+1].Fold)
			h.End = k + 2
		}
		if v.Clause && !(k+1 < j && (toks[k+1].Fold == "that" || toks[k+1].Text == ":" || toks[k+1].Text == "\"" || toks[k+1].Text == "“")) {
			if _, _, ok := a.quoteBefore(k); !ok {
				continue
			}
		}
		if addressed != "" {
			phrase = append(phrase, addressed)
			h.End = addressedEnd
		}
		if v.Obj {
			obj, end := a.lightObject(a.skipDative(k+1, j), j)
			b := k - 1
			for b > i && adverbs[toks[b].Fold] {
				b-- // "Mention was then made"
			}
			if obj == "" && b >= i+1 && (toks[b].Fold == "were" || toks[b].Fold == "was") && toks[b-1].Kind == tokWord && (!toks[b-1].Cap || b-1 == i) {
				obj = toks[b-1].Fold // "Views were exchanged"
				end = k + 1
				// its adjectives: "Particular attention was paid", "Great
				// importance was attached"
				for q := b - 2; q >= i && q >= b-3 && toks[q].Kind == tokWord && !objectStops[toks[q].Fold] && !determiners[toks[q].Fold] && (!toks[q].Cap || q == i); q-- {
					obj = toks[q].Fold + " " + obj
				}
			}
			switch {
			case obj == "" && v.Lemma == "exchange" && k+1 < j && (toks[k+1].Fold == "on" || toks[k+1].Fold == "about"):
				// "The two personalities also exchanged on the
				// preparations": views, unsaid (French "échanger sur")
			case obj == "" || !lightObjectFits(v.Lemma, obj):
				continue
			default:
				phrase = append(phrase, obj)
				h.End = end
			}
		}
		// base forms are claims only in first-person text ("I extend", "we
		// agree") or after a negated auxiliary ("did not discuss")
		negAux := k >= i+2 && (toks[k-1].Fold == "not" || toks[k-1].Fold == "never") && (toks[k-2].Fold == "did" || toks[k-2].Fold == "do" || toks[k-2].Fold == "does")
		voiced := a.firstPerson || a.quotedLetter() && a.qAt(k) // "we consider" in a letter's text
		if vm.Form == 3 && !voiced && !negAux {
			continue
		}
		if vm.Form == 2 && !voiced && !a.presentStyle && !a.presentAfterPerson(k, i, hits) {
			// but a quotation's attribution, "'...,' says Eide", and a
			// stance before what it holds, "Aliyev believes that"
			if _, _, ok := a.quoteBefore(k); !ok && !(k+1 < j && toks[k+1].Fold == "that" && v.Opinion) {
				continue
			}
		}
		// passive and modal context
		p := k - 1
		for p >= i && adverbs[toks[p].Fold] {
			p--
		}
		if r := p; r >= i && (toks[r].Fold == "which" || toks[r].Fold == "whom" || r > i && (toks[r].Fold == "have" || toks[r].Fold == "has" || toks[r].Fold == "had") && (toks[r-1].Fold == "which" || toks[r-1].Fold == "whom")) {
			continue // "the war, which has displaced millions, many of whom have sought refuge": no one's claim
		}
		if vm.Form == 0 && p == k-1 && p > i && toks[p].Text == "," && a.reducedPassive(k, j) {
			continue // "the M23 rebels, supported by the Rwandan army,", "the Declaration, agreed in Ankara": a noun's modifier
		}
		if p >= i && toks[p].Fold == "being" && p > i && toks[p-1].Kind == tokWord && !auxiliaries[toks[p-1].Fold] {
			continue // "the measures being considered by the government": a noun's modifier
		}
		if p >= i {
			switch toks[p].Fold {
			case "was", "were", "been", "being", "is", "are", "be":
				if vm.Form == 0 {
					h.Passive = true
				}
			case "to":
				if vm.Form != 1 || !a.additiveBefore(k, i) {
					continue // infinitive: "agreed to discuss"; not "in addition to discussing"
				}
			case "will", "would", "shall", "should", "can", "could", "may", "might", "must":
				continue // not a reported act of this event
			case "not", "never":
				h.Modality = "negated"
			}
			if h.Passive && (toks[p].Fold == "be" || p-1 >= i && (toks[p-1].Fold == "will" || toks[p-1].Fold == "would")) {
				// "will be discussed", "must involve Ukraine and be backed
				// by": a base-form passive follows a modal or "to", and
				// reports no act of this event
				continue
			}
			if h.Passive && a.inRelative(p, i) {
				continue // "the summit, to which both leaders have been invited"
			}
			if h.Passive && (toks[p].Fold == "is" || toks[p].Fold == "are") && len(hits) > 0 && a.thatBetween(hits[len(hits)-1].End, p) {
				// "He highlighted that the Government is committed to
				// ...": a state told inside the claim before, not one of
				// its own
				continue
			}
			if h.Passive && v.Lemma == "report" {
				continue // "it was reported that": news, no one's claim of the event
			}
		}
		h.Phrase = strings.Join(phrase, " ")
		hits = append(hits, h)
	}
	return hits
}

// thatBetween reports whether "that" opens a clause in tokens [k, j).
func (a *analysis) thatBetween(k, j int) bool {
	for q := k; q < j; q++ {
		if a.toks[q].Fold == "that" {
			return true
		}
	}
	return false
}

// reducedPassive reports whether the past form at k, right after a comma,
// opens a passive modifier of the noun before the comma rather than a
// verb of the sentence's subject: "by" and its agent follow ("the rebels,
// supported by the army,"), or a place ("in", "at") and no "to" or "that"
// before the clause ends ("the Declaration, agreed in the Turkish capital
// on 11 December,"); not "agreed in principle to".
func (a *analysis) reducedPassive(k, j int) bool {
	toks := a.toks
	n := k + 1
	if n >= j {
		return false
	}
	if m := a.mAt(k - 2); m != nil && m.Kind == mPerson {
		return false // "President Ruto, supported by ...": a person's act may follow
	}
	switch toks[n].Fold {
	case "by":
		return true
	case "in", "at":
		if n+1 < j && toks[n+1].Fold == "principle" {
			return false
		}
		for q := n + 1; q < j && toks[q].Text != "," && toks[q].Text != ";"; q++ {
			if toks[q].Fold == "to" || toks[q].Fold == "that" || toks[q].Fold == "and" {
				return false
			}
		}
		return true
	}
	return false
}

// presentAfterPerson reports whether the present-tense verb at k (in the
// sentence starting at i) follows a person named or referred to, as a
// message is summed up: "In this message, the King expresses his warmest
// congratulations", "King Mohammed VI highlights ... and reaffirms". A
// present verb after anything else ("The agreement says") stays no claim.
func (a *analysis) presentAfterPerson(k, i int, hits []verbHit) bool {
	toks := a.toks
	p := k - 1
	for p >= i && adverbs[toks[p].Fold] {
		p--
	}
	if p < i || a.qAt(k) {
		return false
	}
	if toks[p].Fold == "and" || toks[p].Text == "," && p > i && toks[p-1].Kind == tokWord {
		// "highlights the ties ... and reaffirms": after a present-tense
		// claim of the same sentence
		return len(hits) > 0 && hits[len(hits)-1].Form == 2
	}
	p = a.skipAside(p, i)
	if p < i {
		return false
	}
	if m := a.mAt(p); m != nil {
		return m.Kind == mPerson && m.E != nil && m.E.Part
	}
	e := a.refAt[p]
	return e != nil && e.Part && toks[p].Kind == tokWord && toks[p].Fold != "his" && toks[p].Fold != "her" && toks[p].Fold != "him"
}

// lightObject reads the object of a light verb: "deep concern", "views",
// "condolences"; determiners and possessives dropped, adjectives kept.
func (a *analysis) lightObject(k, j int) (string, int) {
	toks := a.toks
	var words []string
	n := k
	if n+1 < j && toks[n].Fold == "that" && (determiners[toks[n+1].Fold] || toks[n+1].Cap) {
		return "", k // a clause, no object: "The hope was expressed that the dialogue ..."
	}
	for n < j && (determiners[toks[n].Fold] || toks[n].Kind == tokPoss) {
		n++
	}
	// possessive NP: "India's deep concern", "Timor-Leste's appreciation"
	if n+1 < j && toks[n+1].Kind == tokPoss {
		n += 2
	} else if m := a.mAt(n); m != nil && m.I == n && m.J < j && toks[m.J].Kind == tokPoss {
		n = m.J + 1
	}
	for n < j && len(words) < 3 {
		t := toks[n]
		if m := a.mAt(n); m != nil && m.I == n && m.J < j && m.Kind == mState && toks[m.J].Kind == tokWord && !toks[m.J].Cap {
			n = m.J // a state's name as a modifier: "further New Zealand assistance"
			continue
		}
		if t.Kind != tokWord || objectStops[t.Fold] || t.Cap || strings.HasSuffix(t.Fold, "ly") && len(words) > 0 {
			break
		}
		words = append(words, t.Fold)
		n++
	}
	if len(words) == 0 {
		return "", k
	}
	return strings.Join(words, " "), n
}

// skipDative returns the token after a pronoun the verb at k-1 addresses
// and a parenthetical after it, before the verb's object: "extend to you,
// on behalf of the people of Senegal, my warmest congratulations"; or, after
// a style ("to Your Excellency"), the writer's "my" or "our" that opens the
// object; or k when there is no such pronoun.
func (a *analysis) skipDative(k, j int) int {
	toks := a.toks
	if k+2 < j && toks[k].Fold == "to" && toks[k+1].Fold == "your" && styleWords[toks[k+2].Fold] {
		// "extend to Your Majesty, to the bereaved families and to the
		// whole people my heartfelt condolences": the persons addressed,
		// up to the writer's own "my" or "our"
		for q := k + 3; q < j && q <= k+30; q++ {
			if toks[q].Fold == "my" || toks[q].Fold == "our" {
				return q
			}
		}
		return k
	}
	if k+1 >= j || toks[k].Fold != "to" || !dativePronouns[toks[k+1].Fold] {
		return k
	}
	n := k + 2
	if n < j && toks[n].Text == "," {
		for q := n + 1; q < j && q <= n+25; q++ {
			if toks[q].Text == "," {
				return q + 1
			}
		}
		return k
	}
	return n
}

// dativePronouns are the persons a letter's verb is addressed to.
var dativePronouns = map[string]bool{"you": true, "him": true, "her": true, "them": true}

// wishNouns are what one addresses to a person as a stance.
var wishNouns = map[string]bool{
	"congratulations": true, "wishes": true, "greetings": true, "condolences": true,
	"felicitations": true, "gratitude": true, "thanks": true, "sympathy": true,
}

// startsClause reports whether the verb at k starts a new reported clause
// rather than continuing the one begun at the previous verb.
func (a *analysis) startsClause(k, prevEnd int) bool {
	return true
}

// clauseEnd returns where the clause before the verb at k ends: before the
// ", and" or subject that introduces it.
func (a *analysis) clauseEnd(k int) int {
	toks := a.toks
	n := k
	// a passive's subject, back to the "and" or comma before it: ", and
	// attention was drawn to", ", and the role of the Mission along the
	// border was stressed"
	b := n
	for b > 0 && adverbs[toks[b-1].Fold] {
		b--
	}
	if b > 1 && (toks[b-1].Fold == "was" || toks[b-1].Fold == "were") && toks[b-2].Kind == tokWord {
		for q := b - 2; q > 0 && toks[q].Sent == toks[k].Sent; q-- {
			if toks[q].Fold == "and" || toks[q].Text == "," || toks[q].Text == ";" {
				n = q + 1
				break
			}
		}
	}
	// "..., and undertook to": the same subject, none to back over
	e := k
	for e > 0 && adverbs[toks[e-1].Fold] && toks[e-1].Fold != "both" {
		e--
	}
	elided := e > 0 && (toks[e-1].Fold == "and" || toks[e-1].Fold == "but" || toks[e-1].Text == ",")
	for n > 0 && (adverbs[toks[n-1].Fold] || toks[n-1].Fold == "and" || toks[n-1].Fold == "but" || toks[n-1].Text == ",") {
		n--
	}
	// back over the subject NP
	for !elided && n > 0 && toks[n-1].Sent == toks[k].Sent && (a.mAt(n-1) != nil && a.mAt(n-1).Kind != mState || a.rAt(n-1) != nil || a.inT(n-1) || jointNouns[toks[n-1].Fold]) {
		n--
		if n > 0 && (toks[n-1].Fold == "the" || toks[n-1].Fold == "both") {
			n--
		}
	}
	if strings.HasSuffix(toks[k].Fold, "ing") {
		// ", with HRH the Crown Prince stressing": the absolute
		// construction is the next claim's
		if q := a.withBefore(k-1, a.sentStart[toks[k].Sent]); q >= 0 && q < n {
			n = q
		}
	}
	for n > 0 && (toks[n-1].Text == "," || toks[n-1].Fold == "and") {
		n--
	}
	return n
}

// speaker resolves who performs the verb of h. ok=false means the verb is
// not a claim of this event (an embedded clause, a non-participant subject).
func (a *analysis) speaker(h *verbHit, prev *verbHit, prevSpk []*ent, sentStart int) ([]*ent, bool) {
	toks := a.toks
	k := h.K
	if a.inQuote(k) && !a.firstPerson && !a.quotedLetter() {
		return nil, false
	}
	if h.Passive {
		// "The invitation was (gladly) accepted": by whom it invited, in a
		// sentence before or earlier in this one ("invited Prime Minister
		// Abela to visit Tripoli, and the invitation was accepted")
		if a.g.verbs[h.Ref].Lemma == "accept" {
			if q := a.invitationBefore(h.K); q >= 0 {
				if e := a.lastInvitee(q); e != nil {
					return []*ent{e}, true
				}
			}
		}
		// "President Tinubu was briefed by President Mahama": the agent
		if agent, _, ok := a.passiveAgent(h); ok {
			if agent == nil || !agent.Part || a.g.verbs[h.Ref].Lemma == "welcome" && a.personWelcomed(h.K) {
				// a third person's act, or a ceremony: "the President was
				// welcomed by Prince Faisal at the airport" ("The proposal
				// was welcomed by President Tinubu" is a stance)
				return nil, false
			}
			return []*ent{agent}, true
		}
		// "assured his counterpart that the Government is committed to
		// ...": a passive inside the "that" clause of an earlier
		// reporting verb is what was said, not a new claim
		if prev != nil && a.thatSubjectBefore(k, prev.End, sentStart) {
			return nil, false
		}
		return a.parts, true
	}
	if h.Form == 1 { // -ing
		p := k - 1
		if p >= sentStart && toks[p].Fold == "by" { // "began by offering"
			return a.subjectOfClause(p, sentStart), true
		}
		if p < sentStart || (p == sentStart && adverbs[toks[p].Fold]) || (p >= sentStart && toks[p].Text == "\"") {
			if l := a.g.verbs[h.Ref].Lemma; l == "look" || l == "refer" {
				// "Looking ahead to the summit, ...", "Referring to the
				// resolution adopted by ..., X said": introduces a topic
				return nil, false
			}
			// "Noting that ..., President Aliyev stressed": the main clause's subject
			return a.mainSubjectAfter(k), true
		}
		// "..., in addition to discussing", "as well as reviewing": the
		// clause's subject goes on
		if toks[p].Text == "," || toks[p].Fold == "and" || a.additiveBefore(k, sentStart) {
			if prev != nil {
				return prevSpk, true
			}
			return a.subjectOfClause(p, sentStart), true
		}
		// "..., with Prince Salman stressing the importance of": the
		// subject of an absolute construction
		if q := a.withBefore(p, sentStart); q > sentStart {
			if spk, ok := a.subjectEndingAt(p, q+1); ok && len(spk) > 0 {
				return spk, true
			}
		}
		return nil, false
	}
	// "\"...,\" said Minister Lipavský": the speaker after the verb
	if e := a.invertedSpeaker(k); e != nil {
		return []*ent{e}, true
	}
	// finite verb: the subject right before it, past adverbs and a time
	// ("Ishiba on Tuesday reaffirmed")
	p := k - 1
	for {
		for p >= sentStart && (adverbs[toks[p].Fold] || toks[p].Fold == "not" || toks[p].Fold == "did" || toks[p].Fold == "has" || toks[p].Fold == "have") {
			if toks[p].Fold == "both" && (p == sentStart || toks[p-1].Text == "," || toks[p-1].Fold == "and" || toks[p-1].Fold == "where") {
				break // "Both agreed", "..., where both reiterated": the subject
			}
			p--
		}
		q := a.timeBefore(p, sentStart)
		if q == p {
			break
		}
		p = q
	}
	if p >= sentStart && toks[p].Fold == "had" {
		if !a.backshifted(p, sentStart) {
			return nil, false // past perfect: an earlier exchange, not this event's
		}
		p-- // "the spokesperson reported that the two leaders had agreed"
	}
	p = a.skipAside(p, sentStart)
	for q := p; q > sentStart && q > p-4; q-- {
		if toks[q].Fold == "which" && toks[q-1].Fold == "during" && toks[q].Sent != a.eventSent {
			// "recalled his phone conversation ..., during which they
			// discussed": another event's. In the main event's sentence
			// ("held a video call with X, during which they discussed")
			// it is this one's.
			return nil, false
		}
	}
	if p < sentStart {
		return nil, false
	}
	t := toks[p]
	switch {
	case t.Fold == "and" || t.Fold == "but" || (t.Text == "," && prev != nil):
		// coordination: "X thanked ... and expressed readiness", "X said
		// ..., but warned"
		q := p - 1
		if q >= sentStart && toks[q].Text == "," {
			q--
		}
		if prev != nil && a.sameForm(prev, h) {
			return prevSpk, true
		}
		// the subject of the event verb of this sentence ("The leaders
		// reviewed ... and agreed"): the nearest subject before
		if prev == nil {
			if spk := a.subjectOfClause(p, sentStart); len(spk) > 0 {
				return spk, true
			}
		}
		return nil, false
	case t.Fold == "who":
		if e := a.personEndingAt(p - 1); e != nil && e.Part {
			return []*ent{e}, true
		}
		// past an appositive title: "Narendra Modi, Prime Minister of the
		// Republic of India, who congratulated"
		if e := a.personBeforeTitle(p-1, sentStart); e != nil && e.Part {
			return []*ent{e}, true
		}
		return nil, false
	case t.Fold == "that" || t.Fold == "which":
		return nil, false
	}
	spk, isSubj := a.subjectEndingAt(p, sentStart)
	if !isSubj {
		return nil, false
	}
	// "recalled his trip to Dakar last August, when both governments
	// agreed": a speech act of that earlier event
	if q := a.subjectStart(p, sentStart) - 1; q > sentStart && toks[q].Fold == "when" && a.pastBefore(q, sentStart) {
		return nil, false
	}
	// "said that he looked forward", "said China hopes": a subject inside
	// the complement of an earlier reporting verb is not a new claim.
	if prev != nil {
		q := a.subjectStart(p, sentStart) - 1
		if q >= sentStart && (toks[q].Fold == "that" || q == prev.End-1 || q == prev.End) {
			return nil, false
		}
	}
	return spk, true
}

// thatSubjectBefore reports whether the passive verb at k follows a
// short subject that a "that" after an earlier verb ending at prevEnd
// opens: "that the Government is committed".
func (a *analysis) thatSubjectBefore(k, prevEnd, sentStart int) bool {
	toks := a.toks
	q := k - 1
	for q > sentStart && adverbs[toks[q].Fold] {
		q--
	}
	q-- // the auxiliary
	for n := 0; q >= sentStart && q >= prevEnd && n < 6; q, n = q-1, n+1 {
		switch {
		case toks[q].Fold == "that":
			return true
		case toks[q].Kind != tokWord || toks[q].Fold == "and" || toks[q].Fold == "but":
			return false
		}
	}
	return false
}

// backshifted reports whether the "had" at p is the past perfect of
// reported speech, the tense a past reporting verb puts this event's acts
// in: the "had" follows the subject of a "that" clause after a verb of
// saying ("Spokesperson Manuel Adorni reported that the two leaders had
// agreed", "told reporters that"), and nothing in the sentence places the
// act before the event ("had agreed last year", "in 2019": an earlier one).
func (a *analysis) backshifted(p, sentStart int) bool {
	toks := a.toks
	q := a.subjectStart(p-1, sentStart) - 1
	if q <= sentStart || toks[q].Fold != "that" {
		return false
	}
	_, end := a.sentToks(toks[p].Sent)
	if a.pastBefore(end, sentStart) || a.earlierAside(p, end) {
		return false
	}
	for v := q - 1; v >= sentStart && v >= q-5 && toks[v].Text != ","; v-- {
		if sayingVerbs[toks[v].Fold] && !toks[v].Cap {
			return true
		}
	}
	return false
}

// sayingVerbs report what was said or done, not remembered: a past act
// they report in the past perfect is of the event.
var sayingVerbs = map[string]bool{
	"said": true, "reported": true, "stated": true, "announced": true, "told": true, "added": true,
	"explained": true, "confirmed": true, "indicated": true, "informed": true, "disclosed": true,
	"revealed": true, "noted": true, "specified": true, "clarified": true,
}

// personBeforeTitle returns the person named before the appositive title
// that ends at the comma p: "Narendra Modi, Prime Minister of the
// Republic of India," (the title's words, states and bodies, "of" and
// "the"), or nil.
func (a *analysis) personBeforeTitle(p, sentStart int) *ent {
	if q := a.nameBeforeTitle(p, sentStart); q >= 0 {
		return a.mAt(q).E
	}
	return nil
}

// nameBeforeTitle returns the last token of the person's name before the
// appositive title that ends at the comma p ("Sheikh Tamim bin Hamad Al
// Thani, Amir of the State of Qatar,"), or -1.
func (a *analysis) nameBeforeTitle(p, sentStart int) int {
	toks := a.toks
	if p <= sentStart || toks[p].Text != "," {
		return -1
	}
	q := p - 1
	title := false
	for q > sentStart {
		m := a.mAt(q)
		switch {
		case a.inT(q):
			title = true
		case m != nil && (m.Kind == mState || m.Kind == mInst):
			q = m.I
		case toks[q].Fold == "of" || toks[q].Fold == "the" || appositiveWords[toks[q].Fold]:
		default:
			if !title || toks[q].Text != "," {
				return -1
			}
			if m := a.mAt(q - 1); m != nil && m.Kind == mPerson && m.E != nil {
				return q - 1
			}
			return -1
		}
		q--
	}
	return -1
}

// appositiveWords open or qualify an appositive title: "Baron Waqa, a
// former President of Nauru, said".
var appositiveWords = map[string]bool{"a": true, "an": true, "former": true, "himself": true, "herself": true}

// additiveBefore reports whether the -ing verb at k follows "in addition
// to", "as well as" or "besides".
func (a *analysis) additiveBefore(k, sentStart int) bool {
	toks := a.toks
	switch {
	case k-1 >= sentStart && toks[k-1].Fold == "besides":
		return true
	case k-3 >= sentStart && toks[k-3].Fold == "in" && toks[k-2].Fold == "addition" && toks[k-1].Fold == "to":
		return true
	case k-3 >= sentStart && toks[k-3].Fold == "as" && toks[k-2].Fold == "well" && toks[k-1].Fold == "as":
		return true
	}
	return false
}

// pastBefore reports whether the tokens from sentStart up to k place
// something in the past: "last August", "two years ago", "recalled", "in
// 2019".
func (a *analysis) pastBefore(k, sentStart int) bool {
	for q := sentStart; q < k; q++ {
		t := a.toks[q]
		if pastWords[t.Fold] || t.Kind == tokNum && len(t.Text) == 4 && q > sentStart && a.toks[q-1].Fold == "in" {
			return true
		}
	}
	return false
}

// timeBefore returns the token before a time adjunct that ends at token p
// ("today", "on Tuesday", "this morning", "on 5 May"), or p when there is
// none.
func (a *analysis) timeBefore(p, sentStart int) int {
	toks := a.toks
	if p <= sentStart || toks[p].Kind != tokWord && toks[p].Kind != tokNum {
		return p
	}
	switch f := toks[p].Fold; {
	case f == "today" || f == "yesterday" || f == "tonight":
		return p - 1
	case f == "morning" || f == "afternoon" || f == "evening":
		if w := toks[p-1].Fold; w == "this" || w == "yesterday" || slices.Contains(weekdayNames[:], w) {
			p--
			if p > sentStart && toks[p-1].Fold == "on" {
				p--
			}
			return p - 1
		}
	case slices.Contains(weekdayNames[:], f):
		if toks[p-1].Fold == "on" {
			return p - 2
		}
	}
	// "on 5 May", "on May 5": a date ending at p after "on"
	for q := p - 1; q > sentStart && q >= p-4; q-- {
		if toks[q].Fold != "on" {
			continue
		}
		for _, d := range FindDates(a.text, toks[q+1].Start, toks[p].End) {
			if d.Start == toks[q+1].Start && d.End == toks[p].End {
				return q - 1
			}
		}
	}
	return p
}

// leaderNouns name the leaders of a joint subject: "both Leaders", "the two
// presidents", not the ministers with them.
var leaderNouns = map[string]bool{"leaders": true, "presidents": true, "premiers": true, "chancellors": true}

// leaders returns the participants who lead their state or body, leaving
// out those known only as ministers or advisers ("Both Leaders reaffirmed"
// in a meeting their foreign ministers attended), then a vice president
// beside two leaders; all participants when fewer than two remain.
func (a *analysis) leaders() []*ent {
	var heads, withVP []*ent
	for _, e := range a.parts {
		if a.ministerOnly(e) {
			continue
		}
		withVP = append(withVP, e)
		if !slices.Contains(e.Offices, "vice_president") || len(e.Offices) > 1 {
			heads = append(heads, e)
		}
	}
	switch {
	case len(heads) >= 2:
		return heads
	case len(withVP) >= 2:
		return withVP
	}
	return a.parts
}

// ministerOnly reports whether a person is known only as a minister or an
// adviser: "foreign_minister", "deputy_prime_minister", "minister_of_state",
// "ambassador", or a title the table lacks, "Minister of Trade".
func (a *analysis) ministerOnly(e *ent) bool {
	if len(e.Offices) > 0 {
		for _, o := range e.Offices {
			if !strings.Contains(o, "minister") && o != "national_security_advisor" && o != "ambassador" {
				return false
			}
		}
		return true
	}
	if len(e.Titles) == 0 {
		return false
	}
	for _, t := range e.Titles {
		t = strings.ToLower(t)
		if !(strings.Contains(t, "minister") && !strings.Contains(t, "prime") || strings.Contains(t, "ambassador")) {
			return false
		}
	}
	return true
}

// withBefore returns the "with" that opens the subject ending at p, across
// titles, names, honorifics and "and" ("with HRH the Crown Prince and Prime
// Minister stressing"), or -1.
func (a *analysis) withBefore(p, sentStart int) int {
	toks := a.toks
	for q := p; q >= sentStart && q > p-10; q-- {
		t := toks[q]
		switch {
		case t.Fold == "with":
			if q == p {
				return -1
			}
			return q
		case a.mAt(q) != nil && a.mAt(q).Kind == mPerson, a.rAt(q) != nil, a.inT(q), honorificAt(toks, q),
			t.Fold == "the" || t.Fold == "and" || t.Text == ".":
			continue
		}
		return -1
	}
	return -1
}

// statesParticipants returns the participants of the states named by the
// mentions joined by "and" or commas that end at token q ("French and
// German"), or nil unless each has one.
func (a *analysis) statesParticipants(q, sentStart int) []*ent {
	var out []*ent
	for q >= sentStart {
		m := a.mAt(q)
		if m == nil || m.Kind != mState {
			return nil
		}
		e := a.participantOf(m.E, a.parts)
		if e == nil {
			return nil
		}
		out = appendEnt(out, e)
		q = m.I - 1
		if q < sentStart || a.toks[q].Fold != "and" && a.toks[q].Text != "," {
			break
		}
		q--
	}
	slices.Reverse(out)
	return out
}

// eventSubjects name the event itself as the subject of a claim verb.
var eventSubjects = map[string]bool{
	"call": true, "conversation": true, "talks": true, "meeting": true, "discussion": true,
	"discussions": true, "negotiations": true, "consultations": true,
}

// asideWords make up a parenthetical between a subject and its verb:
// "Prime Minister Conte, for his part, commended", "The Minister, in turn,
// noted", "President Mahama, on his part, briefed".
var asideWords = map[string]bool{
	"for": true, "his": true, "her": true, "their": true, "its": true, "part": true,
	"in": true, "on": true, "turn": true, "however": true, "meanwhile": true, "too": true, "also": true,
}

// skipAside returns the token before the parenthetical that ends at p (a
// comma), or p when there is none.
func (a *analysis) skipAside(p, sentStart int) int {
	toks := a.toks
	if p < sentStart || toks[p].Text != "," {
		return p
	}
	// a relative clause: "President Mahama, who was accompanied by the
	// Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, said"
	for q := p - 2; q > sentStart && q >= p-30; q-- {
		if toks[q].Fold == "who" && toks[q-1].Text == "," {
			if q-2 >= sentStart && (a.mAt(q-2) != nil && a.mAt(q-2).Kind == mPerson || a.rAt(q-2) != nil) {
				// or a title referring to one: "The Ghanaian leader, who ..."
				return q - 2
			}
			break
		}
	}
	for q := p - 1; q >= sentStart && q >= p-4; q-- {
		if toks[q].Text == "," {
			if q < p-1 && q > sentStart {
				return q - 1
			}
			break
		}
		if toks[q].Kind != tokWord || !asideWords[toks[q].Fold] {
			break
		}
	}
	// an appositive title: "Mark Rutte, Secretary General of NATO, said"
	if q := a.nameBeforeTitle(p, sentStart); q >= 0 {
		return q
	}
	return p
}

// subjectStart returns the first token of the subject noun phrase that
// ends at token p.
func (a *analysis) subjectStart(p, sentStart int) int {
	if m := a.mAt(p); m != nil {
		p = m.I
	} else if r := a.rAt(p); r != nil {
		for p > sentStart && a.rAt(p-1) == r {
			p--
		}
	}
	for p > sentStart && (a.toks[p-1].Fold == "the" || a.toks[p-1].Fold == "both" || a.toks[p-1].Fold == "two" || honorificAt(a.toks, p-1) || a.toks[p-1].Text == ".") {
		p--
	}
	return p
}

// sameForm reports whether two verbs share tense, so the second can
// continue the first's subject.
func (a *analysis) sameForm(x, y *verbHit) bool {
	return x.Form == y.Form || (a.firstPerson && (x.Form == 3 || y.Form == 3))
}

// inQuote reports whether token k is inside quotation marks.
func (a *analysis) inQuote(k int) bool {
	return a.qAt(k)
}

// subjectEndingAt reads the subject noun phrase that ends at token p:
// a person, a bare title, a pronoun, a joint phrase ("the two leaders",
// "both sides", "they"), "X and Y", or a state's side ("the Turkish side").
// It returns isSubj=false when the word before the verb is no subject of a
// participant.
func (a *analysis) subjectEndingAt(p, sentStart int) ([]*ent, bool) {
	toks := a.toks
	t := toks[p]
	switch t.Fold {
	case "they", "we":
		if t.Fold == "we" && a.quotedLetter() && a.inQuote(p) {
			return []*ent{a.author}, true // the writer of a quoted letter
		}
		if t.Fold == "we" && !a.firstPerson {
			return nil, false
		}
		return a.parts, true
	case "i":
		if (a.firstPerson || a.quotedLetter() && a.inQuote(p)) && a.author != nil {
			return []*ent{a.author}, true
		}
		return nil, false
	case "both", "all":
		return a.parts, true
	}
	if (t.Fold == "government" || t.Fold == "state" || t.Fold == "delegation" || t.Fold == "delegations" || t.Fold == "diplomacy") &&
		p-2 >= sentStart && toks[p-1].Fold == "of" && jointNouns[toks[p-2].Fold] {
		// "the two heads of government", "the heads of state", "the heads
		// of diplomacy" (foreign ministers, in readouts translated from
		// Slavic and Romance languages)
		p -= 2
		t = toks[p]
	}
	if t.Fold == "authorities" && p > sentStart && (toks[p-1].Fold == "the" || toks[p-1].Fold == "both") {
		// "the authorities agreed": both sides ("the Syrian authorities"
		// are a third party's)
		return a.parts, true
	}
	if jointNouns[t.Fold] {
		// "the leaders", "the two ministers", "both sides", "the Secretary and his counterparts"
		q := p - 1
		// "the two leaders", "the prime ministers", "both foreign ministers",
		// "The two Foreign Ministers"
		for n := 0; n < 3 && q >= sentStart && toks[q].Kind == tokWord && (!toks[q].Cap || q > sentStart) && !determiners[toks[q].Fold] && toks[q].Fold != "both" && toks[q].Fold != "all" && a.mAt(q) == nil; n++ {
			q--
		}
		if q >= sentStart && (toks[q].Fold == "the" || toks[q].Fold == "both" || toks[q].Fold == "his" || toks[q].Fold == "her" || toks[q].Fold == "their" || toks[q].Fold == "all") {
			if two := a.theTwo(q, p, sentStart); two != nil {
				return two, true
			}
			if leaderNouns[t.Fold] {
				return a.leaders(), true
			}
			return a.parts, true
		}
		if m := a.mAt(q); q >= sentStart && m != nil && m.Kind == mState {
			// "the Japanese and Indian sides": the participants of those
			// states ("The French and German ministers assured their
			// Polish counterpart": not the Polish one)
			if spk := a.statesParticipants(q, sentStart); len(spk) > 0 {
				return spk, true
			}
			return a.parts, true
		}
		if bareJointNouns[t.Fold] && listStart(toks, sentStart, p) {
			// a joint statement's "Ministers reaffirmed", "Leaders
			// welcomed": the noun alone opens its sentence or numbered
			// paragraph
			return a.parts, true
		}
		return nil, false
	}
	if eventSubjects[t.Fold] && p > sentStart && (toks[p-1].Fold == "the" || toks[p-1].Fold == "telephone" || toks[p-1].Fold == "phone") {
		// "The call addressed ...", "The talks also reviewed ...": both sides
		return a.parts, true
	}
	// "The message also affirmed ...": in a letter's readout, its writer
	if (t.Fold == "message" || t.Fold == "letter") && p > sentStart && toks[p-1].Fold == "the" && a.quotedLetter() {
		return []*ent{a.author}, true
	}
	// "the Turkish side", "the Moldovan official", "the head of Romanian
	// diplomacy": that state's participant
	if t.Fold == "side" || t.Fold == "official" || t.Fold == "diplomat" ||
		t.Fold == "diplomacy" && p-3 >= sentStart && toks[p-2].Fold == "of" && toks[p-3].Fold == "head" ||
		t.Fold == "diplomacy" && p-4 >= sentStart && toks[p-2].Fold == "the" && toks[p-3].Fold == "of" && toks[p-4].Fold == "head" {
		// "the Head of the Kazakh diplomacy"
		if m := a.mAt(p - 1); p-1 >= sentStart && m != nil && m.Kind == mState {
			if e := a.participantOf(m.E, a.parts); e != nil {
				return []*ent{e}, true
			}
		}
		return nil, false
	}
	var e *ent
	start := p
	if m := a.mAt(p); m != nil && m.Kind == mPerson {
		e, start = m.E, m.I
	} else if r := a.rAt(p); r != nil {
		e = r
		start = p
		for start > sentStart && a.rAt(start-1) == r {
			start--
		}
	} else if t.Text == ")" {
		// "Dr. S. Jaishankar (EAM)"
		return nil, false
	}
	if e == nil {
		return nil, false
	}
	if !e.Part {
		return nil, false
	}
	// "X and Y reviewed": collect the conjoined subjects
	spk := []*ent{e}
	poss := false
	q := a.beforeName(start-1, sentStart)
	if q == start-1 && q > sentStart && (toks[q].Fold == "his" || toks[q].Fold == "her") && toks[q-1].Fold == "and" && a.rAt(start) != nil {
		// "the Chancellor and his counterpart exchanged views": the
		// possessive of a role joins the one before, whose counterpart it is
		q--
		poss = true
	}
	for first := true; q >= sentStart && (toks[q].Fold == "and" || toks[q].Text == ","); first = false {
		if first && toks[q].Text == "," {
			// a list's last subject follows "and" ("X, Y and Z said"); a
			// comma alone ends a phrase before the subject: "Having
			// greeted his interlocutor, the head of Turkmenistan said"
			break
		}
		q--
		if q < sentStart {
			break
		}
		// past the appositive title of the one before: "X, Prime
		// Minister of Y, and Z said"
		if n := a.nameBeforeTitle(q, sentStart); n >= 0 {
			q = n
		}
		var e2 *ent
		if m := a.mAt(q); m != nil && m.Kind == mPerson {
			e2 = m.E
			q = m.I - 1
		} else if r := a.rAt(q); r != nil {
			e2 = r
			for q >= sentStart && a.rAt(q) == r {
				q--
			}
		}
		if e2 == nil && poss && len(spk) == 1 && len(a.parts) == 2 && a.titleSubject(sentStart, q) {
			// "The head of the FDFA and his Finnish counterpart
			// reaffirmed": an unnamed office whose counterpart is one
			// participant is the other
			other := a.parts[0]
			if other == spk[0] {
				other = a.parts[1]
			}
			return []*ent{other, spk[0]}, true
		}
		if e2 == nil || !e2.Part {
			break
		}
		if poss && e2 == spk[0] && len(spk) == 1 && len(a.parts) == 2 {
			// "his counterpart" read as the counterpart of the name before
			// the conjunction, not of the one named last
			spk[0] = a.parts[0]
			if a.parts[0] == e2 {
				spk[0] = a.parts[1]
			}
		}
		spk = append([]*ent{e2}, spk...)
		q = a.beforeName(q, sentStart)
	}
	return spk, true
}

// titleSubject reports whether tokens i..q, opening their sentence, are a
// definite noun phrase naming an office, no person: "The head of the FDFA",
// "The Federal Councillor".
func (a *analysis) titleSubject(i, q int) bool {
	if q < i || q-i > 7 || a.toks[i].Fold != "the" {
		return false
	}
	for k := i; k <= q; k++ {
		if a.toks[k].Kind != tokWord || a.finiteVerbAt(k) || a.mAt(k) != nil && a.mAt(k).Kind == mPerson {
			return false
		}
	}
	return true
}

// beforeName returns the token before the forms of address and the
// attached title that end at q, before a name: "the", "His Highness
// Sheikh", "President", "Prime Minister"; or q when there are none.
func (a *analysis) beforeName(q, sentStart int) int {
	toks := a.toks
	for q >= sentStart && (toks[q].Fold == "the" || toks[q].Text == "." || honorificAt(toks, q) ||
		(toks[q].Fold == "his" || toks[q].Fold == "her") && q+1 < len(toks) && styleWords[toks[q+1].Fold]) {
		q--
	}
	if r := a.gEnd(q); r != nil && r.Used && q >= sentStart {
		q = r.I - 1 // the title of the name: "Prime Minister Modi"
	}
	return q
}

// subjectOfClause finds the subject of the clause that token p belongs to:
// the first subject noun phrase followed by a verb, scanning from the
// sentence start.
func (a *analysis) subjectOfClause(p, sentStart int) []*ent {
	// "X had a phone call with Y on January 23 and congratulated him": the
	// subject of the clause's first verb, not the nearest name (Y)
	toks := a.toks
	for q := sentStart + 1; q < p; q++ {
		if a.finiteVerbAt(q) && !a.inT(q) {
			n := q - 1
			for {
				for n > sentStart && adverbs[toks[n].Fold] {
					n--
				}
				// "President Tinubu on Thursday received": past the time
				m := a.timeBefore(n, sentStart)
				if m == n {
					break
				}
				n = m
			}
			if spk, ok := a.subjectEndingAt(a.skipAside(n, sentStart), sentStart); ok && len(spk) > 0 {
				return spk
			}
			break
		}
	}
	for n := p - 1; n >= sentStart; n-- {
		if spk, ok := a.subjectEndingAt(n, sentStart); ok && len(spk) > 0 {
			return spk
		}
	}
	return nil
}

// finiteVerbAt reports whether token q is a finite verb that can follow a
// subject: a claim verb's past form or an event verb ("had", "met"), in
// lower case and not part of a name.
func (a *analysis) finiteVerbAt(q int) bool {
	t := a.toks[q]
	vm, isVerb := a.g.verbForm[t.Fold]
	return (isVerb && vm.Form == 0 || subjectVerbs[t.Fold]) && !t.Cap && a.mAt(q) == nil
}

// mainSubjectAfter finds the subject of the main clause after a fronted
// participle: "Noting that ..., the Secretary of State underlined".
func (a *analysis) mainSubjectAfter(k int) []*ent {
	toks := a.toks
	sent := toks[k].Sent
	for n := k + 1; n < len(toks) && toks[n].Sent == sent; n++ {
		if toks[n].Text != "," {
			continue
		}
		// the subject starts after a comma and runs up to a finite verb
		for q := n + 1; q < len(toks) && toks[q].Sent == sent && q < n+16; q++ {
			if a.finiteVerbAt(q) {
				p := q - 1
				for p > n && adverbs[toks[p].Fold] {
					p--
				}
				if spk, ok := a.subjectEndingAt(p, n+1); ok && len(spk) > 0 {
					return spk
				}
				break
			}
		}
	}
	return nil
}

// makeClaim builds the claim of verb h spoken by spk in sentence s, its text
// running from the verb phrase to token end.
func (a *analysis) makeClaim(h *verbHit, spk []*ent, s, end int) Claim {
	toks := a.toks
	v := a.g.verbs[h.Ref]
	ts := h.End
	if ts < len(toks) && (toks[ts].Fold == "that" || toks[ts].Text == ":" || toks[ts].Text == ",") {
		ts++
	}
	te := end
	// "\"We had a frank discussion,\" Director General Grossi said after
	// the meeting": the quotation before the subject is what was said
	if qs, qe, ok := a.quoteBefore(h.K); ok {
		ts, te = qs, qe
	}
	// an opening quotation mark whose close the text does not reach
	if ts < te && (toks[ts].Text == "\"" || toks[ts].Text == "“") && !slices.ContainsFunc(toks[ts+1:te], func(t token) bool { return t.Text == "\"" || t.Text == "”" }) {
		ts++
	}
	for te > ts && (toks[te-1].Kind == tokPunct && toks[te-1].Text != ")" && toks[te-1].Text != "\"" && toks[te-1].Text != "”" || toks[te-1].Fold == "and" || toks[te-1].Fold == "but") {
		te--
	}
	if _, n, ok := a.passiveAgent(h); ok && h.Passive && ts <= n && n <= te {
		ts = n // what follows the agent: "briefed by X on his consultations"
		if ts < te && toks[ts].Text == "," {
			ts++
		}
	}
	if te <= ts && h.Passive {
		// a passive that ends its clause: what was discussed is its
		// subject ("During the meeting, issues of ... were discussed")
		ts, te = a.passiveSubject(h.K)
	}
	c := Claim{
		Verb:     h.Phrase,
		CAMEO:    v.CAMEO,
		PLOVER:   v.PLOVER,
		Event:    "e1",
		Sentence: s,
		Modality: h.Modality,
		VerbSpan: Span{Start: toks[h.K].Start, End: toks[h.End-1].End},
		About:    []string{},
	}
	if code := objectCAMEO(h.Phrase); code != "" {
		c.CAMEO, c.PLOVER = code, ploverOf(code)
	}
	if te > ts {
		c.Start, c.End = toks[ts].Start, toks[te-1].End
		c.Text = a.text[c.Start:c.End]
	} else {
		c.Start, c.End = c.VerbSpan.Start, c.VerbSpan.End
	}
	for _, e := range spk {
		// "The Deputy Prime Minister and Foreign Minister conveyed": one
		// person under two titles
		if !slices.Contains(c.Speaker, e.ID) {
			c.Speaker = append(c.Speaker, e.ID)
		}
	}
	seen := map[string]bool{}
	for _, m := range a.ms {
		if m.E == nil || m.Kind == mPlace || m.I < ts || m.J > te || seen[m.E.ID] {
			continue
		}
		seen[m.E.ID] = true
		c.About = append(c.About, m.E.ID)
	}
	return c
}

// ploverOf returns the PLOVER type of the CAMEO codes objectCAMEO gives
// (spec/codes.md): none for making statements (01, 02).
func ploverOf(cameo string) string {
	switch {
	case strings.HasPrefix(cameo, "03"):
		return "AGREE"
	case strings.HasPrefix(cameo, "04"):
		return "CONSULT"
	case strings.HasPrefix(cameo, "05"):
		return "SUPPORT"
	case strings.HasPrefix(cameo, "11"):
		return "ACCUSE"
	}
	return ""
}

// theTwo returns, for "the two" or "both" among more than two participants
// (a visit's several meetings), the two meant: the two participants the
// sentence names by name before the phrase at [q, p], or the one it names
// and the event's initiator (when it names none there, those of the
// sentence before in its paragraph); else nil.
// "During talks with Foreign Minister Kulubaev, the two discussed".
func (a *analysis) theTwo(q, p, sentStart int) []*ent {
	toks := a.toks
	if len(a.parts) <= 2 || !(toks[q].Fold == "both" || q+1 <= p && toks[q+1].Fold == "two") {
		return nil
	}
	named := a.partsNamed(sentStart, q)
	if len(named) == 0 && toks[sentStart].NL < 2 && sentStart > a.body {
		// the sentence opens with them: the ones the sentence before, in
		// its paragraph, names ("Later, Anwar held a meeting with Sultan
		// Hassanal Bolkiah. The two leaders discussed")
		i, _ := a.sentToks(toks[sentStart-1].Sent)
		named = a.partsNamed(max(i, a.body), sentStart)
	}
	switch {
	case len(named) == 2:
		return named
	case len(named) == 1 && a.initEnt != nil && a.initEnt != named[0]:
		return []*ent{a.initEnt, named[0]}
	}
	return nil
}

// partsNamed returns the participants named by name in tokens [i, j), in
// order.
func (a *analysis) partsNamed(i, j int) []*ent {
	var named []*ent
	for k := i; k < j; k++ {
		if m := a.mAt(k); m != nil && m.Kind == mPerson && slices.Contains(a.parts, m.E) && !slices.Contains(named, m.E) {
			named = append(named, m.E)
		}
	}
	return named
}

// invitationBefore returns the position of "invitation" when it is the
// subject of the passive verb at k, past its auxiliaries and adverbs ("The
// invitation was accepted", "The invitation was gladly accepted", "the
// invitation has been accepted with pleasure"), else -1.
func (a *analysis) invitationBefore(k int) int {
	toks := a.toks
	for q := k - 1; q >= 0 && q >= k-5 && toks[q].Sent == toks[k].Sent; q-- {
		switch f := toks[q].Fold; {
		case f == "invitation":
			if q < k-1 {
				return q
			}
			return -1
		case auxiliaries[f] || f == "has" || f == "had" || adverbs[f]:
		default:
			return -1
		}
	}
	return -1
}

// lastInvitee returns the participant the last "invited" before token end
// invited: the first participant named after it in its sentence.
func (a *analysis) lastInvitee(end int) *ent {
	toks := a.toks
	for k := end - 1; k >= a.body; k-- {
		if toks[k].Fold != "invited" {
			continue
		}
		for n := k + 1; n < len(toks) && toks[n].Sent == toks[k].Sent; n++ {
			if toks[n].Fold == "his" || toks[n].Fold == "her" || toks[n].Fold == "their" {
				continue // "invited his counterpart": the counterpart, not the one "his" is
			}
			e := a.rAt(n)
			if m := a.mAt(n); m != nil && m.Kind == mPerson {
				e = m.E
			}
			if e != nil && slices.Contains(a.parts, e) {
				return e
			}
		}
		return nil
	}
	return nil
}

// passiveAgent reads the agent of a passive verb, "by" and a person named
// or referred to right after it ("was briefed by President Mahama"): the
// person, nil for one who is not known, and the token after the agent;
// ok=false when no "by" and person follow.
func (a *analysis) passiveAgent(h *verbHit) (agent *ent, end int, ok bool) {
	toks := a.toks
	n := h.End
	sent := toks[h.K].Sent
	if n < len(toks) && (toks[n].Fold == "at" || toks[n].Fold == "on" || toks[n].Fold == "upon") {
		// a short place or moment first: "was welcomed at the airport by",
		// "was received on arrival by"
		for q := n + 1; q < len(toks) && q <= n+4 && toks[q].Sent == sent && toks[q].Text != ","; q++ {
			if toks[q].Fold == "by" {
				n = q
				break
			}
		}
	}
	if n >= len(toks) || toks[n].Fold != "by" {
		return nil, 0, false
	}
	for q := n + 1; q < len(toks) && q <= n+8 && toks[q].Sent == sent; q++ {
		if m := a.mAt(q); m != nil && m.Kind == mPerson {
			return m.E, m.J, true
		}
		if r := a.rAt(q); r != nil && toks[q].Fold != "his" && toks[q].Fold != "her" {
			for q < len(toks) && a.rAt(q) == r {
				q++
			}
			return r, q, true
		}
		if t := toks[q]; t.Fold != "the" && t.Fold != "his" && t.Fold != "her" && !honorificAt(toks, q) && !a.inT(q) && t.Text != "." {
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// personWelcomed reports whether the subject of the passive verb at k is
// a person: "the President was welcomed by".
func (a *analysis) personWelcomed(k int) bool {
	p := k - 1
	for p > 0 && adverbs[a.toks[p].Fold] {
		p--
	}
	p-- // the auxiliary
	if p < 0 {
		return false
	}
	m := a.mAt(p)
	return m != nil && m.Kind == mPerson || a.rAt(p) != nil
}

// passiveSubject returns the tokens [ts, te) of the subject of the passive
// verb at k: back from its auxiliary to the comma (and an "and" after it)
// or the sentence start before it.
func (a *analysis) passiveSubject(k int) (ts, te int) {
	toks := a.toks
	te = k
	for te > 0 && adverbs[toks[te-1].Fold] {
		te--
	}
	te-- // the auxiliary
	ts = te
	for ts > 0 && toks[ts-1].Sent == toks[k].Sent && toks[ts-1].Text != "," && toks[ts-1].Text != ";" {
		ts--
	}
	if ts < te && (toks[ts].Fold == "and" || toks[ts].Fold == "but") {
		ts++
	}
	return ts, te
}

// quoteBefore returns the tokens [qs, qe) of a quotation that ends, with
// a comma inside or before its closing mark, right before the subject of
// the verb at k ("\"...,\" Director General Grossi said"), the subject
// being a person, a title or a pronoun.
func (a *analysis) quoteBefore(k int) (qs, qe int, ok bool) {
	toks := a.toks
	p := k - 1
	for p >= 0 && (a.mAt(p) != nil && a.mAt(p).Kind == mPerson || a.inT(p) || a.rAt(p) != nil || toks[p].Text == "." || honorificAt(toks, p) || toks[p].Fold == "he" || toks[p].Fold == "she" || toks[p].Fold == "the" && p+1 < k && a.inT(p+1) || nameParticle[toks[p].Fold] && p+1 < k && a.mAt(p+1) != nil) && toks[p].Sent == toks[k].Sent {
		p--
	}
	if p < 1 || p == k-1 && a.invertedSpeaker(k) == nil || toks[p].Sent != toks[k].Sent || !a.qAt(p-1) || toks[p].Kind != tokPunct {
		return 0, 0, false
	}
	close := p
	if toks[close-1].Text == "," {
		close-- // ",\"" as well as "\","
	}
	q := close - 1
	for q >= 0 && a.qAt(q) {
		q--
	}
	if q+1 >= close {
		return 0, 0, false
	}
	return q + 1, close, true
}

// invertedSpeaker returns the person named right after the verb at k, past
// titles and honorifics, when a quotation ends right before the verb:
// "\"...,\" said Minister Lipavský"; else nil.
func (a *analysis) invertedSpeaker(k int) *ent {
	toks := a.toks
	if k < 2 || toks[k-1].Kind != tokPunct || !a.qAt(k-2) || a.qAt(k) {
		return nil
	}
	for n := k + 1; n < len(toks) && n <= k+6 && toks[n].Sent == toks[k].Sent; n++ {
		if m := a.mAt(n); m != nil && m.Kind == mPerson {
			return m.E
		}
		if e := a.rAt(n); e != nil && e.Kind == schema.Person {
			return e // "said the Chilean Foreign Minister"
		}
		m := a.mAt(n)
		if !(a.inT(n) || honorificAt(toks, n) || toks[n].Text == "." || toks[n].Fold == "the" || nameParticle[toks[n].Fold] ||
			m != nil && m.Kind == mState) {
			return nil
		}
	}
	return nil
}

// objectCAMEO refines the code of a light verb by its object.
func objectCAMEO(phrase string) string {
	w := strings.Fields(phrase)
	if len(w) < 2 {
		return ""
	}
	switch w[len(w)-1] {
	case "concern", "alarm", "worry":
		return "012"
	case "regret", "disappointment", "dismay":
		return "110"
	case "rejection", "opposition", "condemnation":
		return "111"
	case "attention":
		return "010"
	case "optimism", "confidence":
		return "013"
	case "condolences", "sympathy", "solidarity":
		return "018"
	case "satisfaction", "gratitude", "appreciation", "support", "congratulations", "tribute":
		return "051"
	case "readiness", "willingness", "commitment", "interest", "intention":
		return "030"
	case "hope", "wish", "expectation":
		return "020"
	case "views", "view", "opinions", "stock":
		return "040"
	}
	return ""
}

// addressedNouns are what one addresses without taking a stance: a
// letter sent, an audience spoken to.
var addressedNouns = map[string]bool{
	"letter": true, "letters": true, "message": true, "messages": true, "note": true, "conference": true,
	"summit": true, "session": true, "meeting": true, "forum": true, "assembly": true, "nation": true,
	"media": true, "press": true, "reporters": true, "journalists": true, "participants": true,
	"audience": true, "gathering": true, "ceremony": true, "event": true, "opening": true, "plenary": true,
	"parliament": true, "students": true, "members": true, "delegates": true, "leaders": true, "him": true,
	"her": true, "them": true, "invitation": true, "congratulations": true, "greetings": true, "appeal": true,
}

// addressesAudience reports whether the object of "address" from token k
// (to j) is a letter or an audience ("addressed a letter to", "addressed
// the plenary session", "addressed to"), not a matter ("addressed regional
// security").
func (a *analysis) addressesAudience(k, j int) bool {
	toks := a.toks
	for n := k; n < j && n < k+5; n++ {
		t := toks[n]
		if m := a.mAt(n); m != nil && m.Kind == mState {
			n = m.J - 1 // "addressed the Indian side's concerns"
			continue
		}
		if t.Fold == "to" || addressedNouns[t.Fold] || t.Cap || a.mAt(n) != nil || a.inT(n) {
			return true // "addressed the UN General Assembly", "addressed President X"
		}
		if determiners[t.Fold] || t.Kind == tokPoss || t.Kind == tokWord && !objectStops[t.Fold] && n < k+2 {
			continue
		}
		break
	}
	return false
}

// auxiliaries may precede "being" in a passive: "were being discussed".
var auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true}

// lightObjects limits the objects of light verbs that are claims only with
// certain nouns: "paid tribute" is a claim, "paid a courtesy call" is not.
var lightObjects = map[string][]string{
	"pay":        {"tribute", "homage", "attention", "respects"},
	"draw":       {"attention"},                                    // "attention was drawn to"
	"place":      {"emphasis", "importance", "priority", "stress"}, // "emphasis was placed on"
	"make":       {"mention"},                                      // "mention was made of"
	"offer":      {"condolences", "support", "assistance", "sympathy", "congratulations", "help", "mediation", "cooperation"},
	"extend":     {"congratulations", "condolences", "invitation", "greetings", "support", "wishes", "gratitude", "thanks", "sympathy", "felicitations"},
	"coordinate": {"positions", "position", "approaches", "steps", "actions", "efforts"}, // "coordinated positions"
}

func lightObjectFits(lemma, obj string) bool {
	nouns, ok := lightObjects[lemma]
	if !ok {
		return true
	}
	w := strings.Fields(obj)
	return contains(nouns, w[len(w)-1])
}

// urges reports whether an appeal follows "called on": "called on all
// parties to exercise restraint" has "to" and a verb within the clause.
// An aside between commas that singles out part of the object ("called on
// the international community, in particular the Security Council, to
// act") is skipped.
func (a *analysis) urges(k, j int) bool {
	aside, end := false, k+14
	for n := k; n < j && n < end; n++ {
		t := a.toks[n]
		if t.Text == "," && aside {
			aside = false
			continue
		}
		if t.Text == "," && n+1 < j && (asideOpeners[a.toks[n+1].Fold] ||
			a.toks[n+1].Fold == "in" && n+2 < j && a.toks[n+2].Fold == "particular") {
			aside, end = true, end+8
			continue
		}
		if t.Text == "," || t.Text == ";" {
			return false
		}
		if t.Fold == "to" && n+1 < j && !a.toks[n+1].Cap && a.toks[n+1].Fold != "the" {
			return true
		}
	}
	return false
}

// asideOpeners open an aside that singles out part of what comes before it.
var asideOpeners = map[string]bool{
	"particularly": true, "especially": true, "notably": true, "including": true, "namely": true,
}

// quotedLetter reports whether the readout is a letter with a known writer,
// so that its quoted text is the writer's.
func (a *analysis) quotedLetter() bool {
	return a.evType == schema.Letter && a.author != nil
}

// gerundPreps govern a gerund that is the object of another verb.
var gerundPreps = map[string]bool{
	"in": true, "on": true, "for": true, "of": true, "at": true, "about": true, "towards": true,
	"toward": true, "with": true, "to": true,
}

// inRelative reports whether the clause ending at token p opens with a
// relative pronoun ("to which ...", "whom ...").
func (a *analysis) inRelative(p, i int) bool {
	for q := p; q >= i && q > p-10; q-- {
		switch a.toks[q].Fold {
		case "which", "whom", "whose":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// hosts reports whether the verb at k welcomes a guest to a place ("welcomed
// Prime Minister Zaev to NATO Headquarters", "welcomed President Moon to the
// White House"): the verb's object is a person, named or by title, followed
// by "to" and a place.
func (a *analysis) hosts(k, j int) bool {
	n, person := a.personObject(k, j)
	if !person || n+1 >= j || a.toks[n].Fold != "to" {
		return false
	}
	next := a.toks[n+1]
	return next.Cap || next.Fold == "the" && n+2 < j && a.toks[n+2].Cap
}

// meetsOnArrival reports whether the verb at k receives a person at a
// place or on arrival, a ceremony rather than a stance: "welcomed her at
// the airport", "welcomed President Hassan warmly at State House",
// "welcomed him upon his arrival". The object is an object pronoun or a
// person, named or by title; a time after "at" ("welcomed Prime Minister
// Luxon at the start of the talks") or anything else after the person
// ("on his first visit to Japan", "and the accompanying delegation") keeps
// the welcome a claim.
func (a *analysis) meetsOnArrival(k, j int) bool {
	toks := a.toks
	n := k + 1
	if n < j && (toks[n].Fold == "him" || toks[n].Fold == "them" || toks[n].Fold == "her" && a.objectPronoun(n)) {
		n++
	} else {
		var person bool
		if n, person = a.personObject(k, j); !person {
			return false
		}
	}
	for n < j && (adverbs[toks[n].Fold] || receptionAdverbs[toks[n].Fold]) {
		n++
	}
	if n+1 >= j {
		return false
	}
	switch toks[n].Fold {
	case "at":
		q := n + 1
		if toks[q].Fold == "the" && q+1 < j {
			q++
		}
		return toks[q].Kind == tokWord && !momentNouns[toks[q].Fold]
	case "on", "upon":
		q := n + 1
		if q+1 < j && (toks[q].Fold == "his" || toks[q].Fold == "her" || toks[q].Fold == "their") {
			q++
		}
		return toks[q].Fold == "arrival" || toks[q].Fold == "landing"
	}
	return false
}

// receptionAdverbs may stand between a welcome's object and its place:
// "welcomed him warmly at the airport".
var receptionAdverbs = map[string]bool{"cordially": true, "personally": true, "officially": true, "ceremonially": true}

// momentNouns after "at" name a time, not a place: "at the beginning of the
// meeting".
var momentNouns = map[string]bool{
	"beginning": true, "start": true, "outset": true, "opening": true, "end": true, "close": true,
	"conclusion": true, "onset": true, "time": true, "occasion": true, "invitation": true, "request": true,
}

// personObject reads the person the verb at k takes as its object, named
// or by title ("President Moon Jae-in of the Republic of Korea", "the
// President of Finland, Alexander Stubb,"): the token after it, and
// whether there is one.
func (a *analysis) personObject(k, j int) (int, bool) {
	n := k + 1
	for n < j && (a.toks[n].Fold == "the" || a.toks[n].Fold == "his" || a.toks[n].Fold == "her") {
		n++
	}
	person := false
	for n < j {
		if m := a.mAt(n); m != nil && m.Kind == mPerson {
			person = true
			n = max(m.J, n+1)
			continue
		}
		if a.rAt(n) != nil || a.tAt(n) != nil {
			person = true
			n++
			continue
		}
		if a.inT(n) || a.toks[n].Cap && a.toks[n].Kind == tokWord {
			n++
			continue
		}
		if person && (a.toks[n].Fold == "of" || a.toks[n].Fold == "the") && n+1 < j && (a.toks[n+1].Cap || a.toks[n+1].Fold == "the") {
			n++ // "President Moon Jae-in of the Republic of Korea"
			continue
		}
		if person && a.toks[n].Text == "," && n+1 < j && a.toks[n+1].Cap {
			n++ // "the President of Finland, Alexander Stubb, to NATO Headquarters"
			continue
		}
		if person && a.toks[n].Text == "," && n+1 < j && a.toks[n+1].Fold == "to" {
			n++
			continue
		}
		break
	}
	return n, person
}
