package extract

import (
	"slices"

	"github.com/readout/readout/schema"
)

// eventNouns name interactions a readout mentions besides the one it
// reports: "Prime Minister Modi's February visit", "their conversation in
// Astana", "the BRICS summit in Kazan".
var eventNouns = map[string]schema.EventType{
	"visit": schema.Visit, "visits": schema.Visit, "trip": schema.Visit,
	"call": schema.PhoneCall, "conversation": schema.PhoneCall, "conversations": schema.PhoneCall,
	"meeting": schema.Meeting, "meetings": schema.Meeting, "talks": schema.Meeting, "negotiations": schema.Meeting,
	"summit": schema.Other, "conference": schema.Other, "forum": schema.Other, "session": schema.Other,
	"letter": schema.Letter, "message": schema.Letter,
}

// timeWords qualify a mentioned event as another one than the reported
// interaction; the value is its modality.
var timeWords = map[string]string{
	"upcoming": "future", "next": "future", "forthcoming": "future", "planned": "future", "future": "future",
	"coming": "future", "prospective": "future", "annual": "", "last": "past", "previous": "past",
	"earlier": "past", "recent": "past", "past": "past", "first": "", "second": "", "latest": "past",
	"january": "", "february": "", "march": "", "april": "", "may": "", "june": "", "july": "",
	"august": "", "september": "", "october": "", "november": "", "december": "",
}

// mentionedEvents finds the other interactions the readout mentions, each
// with its type, the persons or bodies taking part and, when written, its
// place and date.
func (a *analysis) mentionedEvents() []Event {
	var out []Event
	toks := a.toks
	// the sentence after the event's that has the guest arrive for the visit
	arrival := -1
	if a.evType == schema.Visit && a.eventSent >= 0 {
		arrival = a.visitAfter(a.eventSent)
	}
	for s := a.bodySent; s < len(a.sents); s++ {
		if s == a.eventSent {
			continue
		}
		i, j := a.sentToks(s)
		for k := i; k < j; k++ {
			typ, ok := eventNouns[toks[k].Fold]
			if !ok || toks[k].Kind != tokWord || (s == a.frameSent || s == arrival) && typ == schema.Visit && a.evType == schema.Visit {
				continue // the visit that frames the event is the event
			}
			if toks[k].Fold == "call" && (k > i && toks[k-1].Fold == "courtesy" || k+1 < j && (toks[k+1].Fold == "for" || toks[k+1].Fold == "on" || toks[k+1].Fold == "upon")) {
				continue
			}
			if toks[k].Fold == "call" && k > i && toks[k-1].Fold == "courtesy" {
				typ = schema.Meeting
			}
			ev, ok := a.mentionedEvent(k, i, j, typ)
			if !ok || a.mainAgain(ev, k, i) {
				continue
			}
			ev.ID = "e" + itoa(len(out)+2)
			out = append(out, ev)
			k += 2
		}
	}
	return out
}

// mentionedEvent reads the event noun at k in tokens [i, j): its
// qualifiers (a person's or body's, "with X", "of X", "in PLACE", a time
// word). A bare "the conversation" is the reported event, not another.
func (a *analysis) mentionedEvent(k, i, j int, typ schema.EventType) (Event, bool) {
	toks := a.toks
	ev := Event{Type: typ, Participants: []string{}}
	qualified := false
	add := func(e *ent) {
		if e == nil {
			return
		}
		for _, p := range ev.Participants {
			if p == e.ID {
				return
			}
		}
		ev.Participants = append(ev.Participants, e.ID)
		qualified = true
	}
	// before the noun: "Modi's February visit", "the BRICS summit", "their trilateral summit"
	for p := k - 1; p >= i && p >= k-5; p-- {
		t := toks[p]
		if m := a.mAt(p); m != nil && m.E != nil && (m.Kind == mInst || m.Kind == mPerson || m.Kind == mTitle) {
			add(m.E)
			p = m.I
			continue
		}
		if e := a.rAt(p); e != nil {
			add(e)
			continue
		}
		if mod, ok := timeWords[t.Fold]; ok {
			qualified = true
			if mod != "" {
				ev.Modality = mod
			}
			continue
		}
		if t.Kind == tokPoss || t.Kind == tokWord && !t.Cap && (t.Fold == "phone" || t.Fold == "telephone" || t.Fold == "official" || t.Fold == "state" || t.Fold == "working" || t.Fold == "trilateral" || t.Fold == "bilateral" || t.Fold == "informal") {
			if t.Fold == "phone" || t.Fold == "telephone" {
				ev.Type = schema.PhoneCall
			}
			continue
		}
		break
	}
	// after the noun: "with President Erdoğan", "of President Xi Jinping", "in Kazan", "to Russia"
	for p := k + 1; p < j && p <= k+12; p++ {
		f := toks[p].Fold
		switch f {
		case "with", "of", "between", "by", "from":
			if e := a.personAfter(p+1, min(j, p+10)); e != nil {
				add(e)
			} else if m := a.mAt(p + 1); m != nil && m.Kind == mInst {
				add(m.E)
			} else if m := a.mAt(p + 2); m != nil && m.Kind == mInst && toks[p+1].Fold == "the" {
				add(m.E)
			}
		case "in", "to", "at":
			n := p + 1
			if n < j && toks[n].Fold == "the" {
				n++
			}
			if m := a.mAt(n); m != nil && m.E != nil && (m.Kind == mState) {
				id := m.E.ID
				ev.Location = &id
				qualified = true
			} else if n < j && toks[n].Cap && toks[n].Kind == tokWord && a.mAt(n) == nil {
				qualified = true // a venue the tables do not know: "in Kazan"
			}
			if f == "in" && ev.Type == schema.PhoneCall && toks[k].Fold == "conversation" && (k == 0 || toks[k-1].Fold != "phone" && toks[k-1].Fold != "telephone") {
				ev.Type = schema.Meeting // "their conversation in Astana"
			}
		}
		if toks[p].Text == "," || toks[p].Text == ";" || f == "and" || f == "which" || f == "who" {
			break
		}
	}
	if !qualified {
		return ev, false
	}
	sp := a.sents[toks[k].Sent]
	ev.Evidence = &Span{Start: sp.Start, End: sp.End}
	if d, text, ok := a.firstDate(toks[max(i, k-4)].Start, toks[min(j-1, k+8)].End); ok {
		ev.Date, ev.DateText = &d, text
	}
	return ev, true
}

// mainAgain reports whether ev, read at the event noun k of the sentence
// starting at token i, is the main event named again: of its type, with
// none but its participants, and no other date, place or time word
// ("welcomed Minister Iwaya's visit" in a readout of that visit).
func (a *analysis) mainAgain(ev Event, k, i int) bool {
	// a visit's talks ("The bilateral talks were attended by ...") are
	// its engagement
	typ := ev.Type == a.evType || ev.Type == schema.Meeting && a.evType == schema.Visit
	if !typ || ev.Date != nil || ev.Location != nil || len(ev.Participants) == 0 || a.plannedAt(k, i) {
		return false // "preparations for President Y's visit" is another
	}
	for _, id := range ev.Participants {
		if !slices.ContainsFunc(a.parts, func(e *ent) bool { return e.ID == id }) {
			return false
		}
	}
	for q := max(i, k-5); q < k; q++ {
		if _, ok := timeWords[a.toks[q].Fold]; ok {
			return false
		}
	}
	return true
}
