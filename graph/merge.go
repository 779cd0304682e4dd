package graph

// Event merge: the readouts that report the same call, meeting or visit (the
// two governments' accounts of one phone call) point to one interaction.

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/schema"
)

// account is what a readout graph says about the interaction it reports:
// its main event's type, participants and day. The accounts of one
// interaction are merged by [groupAccounts].
type account struct {
	readout      quad.IRI // the readout graph
	event        quad.IRI // its main event
	typ          string   // ro:eventType
	participants []string // ro:participant IRIs, sorted, distinct
	day          string   // YYYY-MM-DD of schema:startDate; "" when undated
}

// equal reports whether a and b are the same account.
func (a account) equal(b account) bool {
	return a.readout == b.readout && a.event == b.event && a.typ == b.typ &&
		a.day == b.day && slices.Equal(a.participants, b.participants)
}

// group returns the label of the named graph holding a's interaction:
// [schema.InteractionNS] followed by the first 16 hex digits of the SHA-256
// of the event type and the sorted participant IRIs. Accounts of the same
// type among the same participants share it, whoever published them and
// whatever their dates; an event with fewer than two participants is not
// merged with other readouts', so its group also hashes the readout IRI.
func (a account) group() quad.IRI {
	h := sha256.New()
	h.Write([]byte(a.typ))
	for _, p := range a.participants {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	if len(a.participants) < 2 {
		h.Write([]byte{0, 0})
		h.Write([]byte(a.readout))
	}
	return quad.IRI(schema.InteractionNS + hex.EncodeToString(h.Sum(nil)[:8]))
}

// accountOf returns the account of the readout graph qs, labelled label:
// its ro:mainEvent. It reports false for a readout without a main event.
func accountOf(label quad.IRI, qs []quad.Quad) (account, bool) {
	r := label
	var event quad.IRI
	for _, q := range qs {
		if q.Subject == r && q.Predicate == quad.IRI(schema.MainEvent) {
			if e, ok := q.Object.(quad.IRI); ok && (event == "" || e < event) {
				event = e
			}
		}
	}
	if event == "" {
		return account{}, false
	}
	return eventAccount(label, event, qs), true
}

// eventAccount returns the account of event in the readout graph label,
// read from qs (which may hold other quads too).
func eventAccount(label, event quad.IRI, qs []quad.Quad) account {
	a := account{readout: label, event: event}
	for _, q := range qs {
		if q.Subject != event || q.Label != label {
			continue
		}
		switch q.Predicate {
		case quad.IRI(schema.EventTypeTerm):
			if s, ok := q.Object.(quad.String); ok && (a.typ == "" || string(s) < a.typ) {
				a.typ = string(s)
			}
		case quad.IRI(schema.Participant):
			if p, ok := q.Object.(quad.IRI); ok && !slices.Contains(a.participants, string(p)) {
				a.participants = append(a.participants, string(p))
			}
		case quad.IRI(schema.SchemaStartDate):
			if d := dayOf(q.Object); d != "" && (a.day == "" || d < a.day) {
				a.day = d
			}
		}
	}
	slices.Sort(a.participants)
	return a
}

// dayOf returns the YYYY-MM-DD day of an xsd:date or xsd:dateTime literal,
// or "" for any other value.
func dayOf(v quad.Value) string {
	t, ok := v.(quad.TypedString)
	if !ok || (t.Type != schema.XSDDate && t.Type != schema.XSDDateTime) || len(t.Value) < 10 {
		return ""
	}
	d := string(t.Value[:10])
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return ""
	}
	return d
}

// groupAccounts returns the quads of the interaction graph group, given the
// accounts currently in it (in any order), sorted. It is a function of the
// set of accounts, so the store's interactions do not depend on the order
// readouts were loaded in. No accounts give no quads: the graph goes with
// its last account.
//
// The dated accounts, in date order, are cut into interactions greedily:
// an interaction starts at the earliest day not yet taken and takes every
// account dated on that day or the next, so that all its accounts lie
// within a day of each other (a call late in the evening in one capital is
// the next morning in another) and an account never joins an interaction
// whose first day is more than a day away. Its IRI is group + "/" + that
// first day, which is also its schema:startDate. An undated account joins
// the group's one dated interaction if there is exactly one; otherwise (none,
// or several to choose from) it is an interaction of its own, group +
// "/undated-" + the readout's hash.
//
// Each interaction has rdf:type ro:Interaction, the type and participants
// of the group, its start date when dated, and one ro:interaction quad from
// each account's main event.
func groupAccounts(group quad.IRI, accts []account) []quad.Quad {
	if len(accts) == 0 {
		return nil
	}
	accts = slices.Clone(accts)
	slices.SortFunc(accts, func(a, b account) int {
		undated := func(a account) int {
			if a.day == "" {
				return 1
			}
			return 0
		}
		return cmp.Or(undated(a)-undated(b), strings.Compare(a.day, b.day), strings.Compare(string(a.event), string(b.event)))
	})
	type interaction struct {
		iri     quad.IRI
		day     string
		members []account
	}
	var (
		dated   []*interaction
		undated []account
	)
	for _, a := range accts {
		if a.day == "" {
			undated = append(undated, a)
			continue
		}
		if n := len(dated); n > 0 && withinDay(dated[n-1].day, a.day) {
			dated[n-1].members = append(dated[n-1].members, a)
			continue
		}
		dated = append(dated, &interaction{iri: group + "/" + quad.IRI(a.day), day: a.day, members: []account{a}})
	}
	all := dated
	for _, a := range undated {
		if len(dated) == 1 {
			dated[0].members = append(dated[0].members, a)
			continue
		}
		iri := group + "/undated-" + quad.IRI(schema.EscapeIRI(strings.TrimPrefix(string(a.readout), schema.ReadoutNS)))
		all = append(all, &interaction{iri: iri, members: []account{a}})
	}

	b := &builder{label: group}
	first := accts[0]
	for _, in := range all {
		b.add(in.iri, schema.RDFType, quad.IRI(schema.InteractionClass))
		b.str(in.iri, schema.EventTypeTerm, first.typ)
		for _, p := range first.participants {
			b.add(in.iri, schema.Participant, quad.IRI(p))
		}
		if in.day != "" {
			b.add(in.iri, schema.SchemaStartDate, dateValue(in.day))
		}
		for _, a := range in.members {
			b.add(a.event, schema.Interaction, in.iri)
		}
	}
	return b.sorted()
}

// withinDay reports whether day b (YYYY-MM-DD, not before a) is a or the
// day after.
func withinDay(a, b string) bool {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	return err1 == nil && err2 == nil && tb.Sub(ta) <= 24*time.Hour
}

// InteractionQuads returns the quads of the interaction graphs of a store
// holding recs (a later record from the same source replacing an earlier
// one, as in [Store.Load]), sorted: for each group of main events of the
// same type among the same participants, the interactions they report and
// the ro:interaction link from each main event, as [Store.Load] maintains
// them. A store holding recs holds their [Quads], their [EntityQuads] and
// these.
func InteractionQuads(recs ...*extract.Record) []quad.Quad {
	bySource := map[quad.IRI]*extract.Record{}
	for _, r := range recs {
		if r != nil {
			bySource[quad.IRI(schema.ReadoutIRI(r.Source))] = r
		}
	}
	groups := map[quad.IRI][]account{}
	for label, r := range bySource {
		if a, ok := accountOf(label, Quads(r)); ok {
			groups[a.group()] = append(groups[a.group()], a)
		}
	}
	var qs []quad.Quad
	for _, g := range slices.Sorted(maps.Keys(groups)) {
		qs = append(qs, groupAccounts(g, groups[g])...)
	}
	return sortQuads(qs)
}

// noteAccount records in b how replacing the readout graph label's quads
// have with want changes its account, if at all: the interaction graphs of
// the old and the new account are then recomputed by [Store.regroup]. An
// unchanged account that no interaction links (a store loaded before
// interactions existed) is recorded too, so that loading the same files
// again adds the interactions.
func (s *Store) noteAccount(ctx context.Context, b *batch, label quad.IRI, have, want []quad.Quad) error {
	old, hadOld := accountOf(label, have)
	cur, hasNew := accountOf(label, want)
	if hadOld && hasNew && old.equal(cur) {
		qs, err := s.quadsWith(ctx, quad.Subject, cur.event)
		if err != nil {
			return err
		}
		for _, q := range qs {
			if q.Predicate == quad.IRI(schema.Interaction) {
				return nil
			}
		}
	} else if !hadOld && !hasNew {
		return nil
	}
	if hadOld {
		b.groups[old.group()] = true
	}
	if hasNew {
		b.groups[cur.group()] = true
		b.accounts[label] = &cur
	} else {
		b.accounts[label] = nil
	}
	return nil
}

// regroup adds to b the changes to the interaction graphs whose accounts b
// changes. The accounts of a graph are those it links (read back from their
// readout graphs, which b leaves alone) and those b adds; the accounts of
// the readouts b replaces or deletes are left out.
func (s *Store) regroup(ctx context.Context, b *batch) error {
	for _, g := range slices.Sorted(maps.Keys(b.groups)) {
		have, err := s.graphQuads(ctx, g)
		if err != nil {
			return err
		}
		var (
			accts []account
			seen  = map[quad.IRI]bool{}
		)
		for _, q := range have {
			e, ok := q.Subject.(quad.IRI)
			if !ok || q.Predicate != quad.IRI(schema.Interaction) || seen[e] {
				continue
			}
			seen[e] = true
			r := readoutOf(e)
			if _, changed := b.accounts[r]; changed || r == "" {
				continue
			}
			eqs, err := s.quadsWith(ctx, quad.Subject, e)
			if err != nil {
				return err
			}
			if a := eventAccount(r, e, eqs); a.group() == g {
				accts = append(accts, a)
			}
		}
		for _, a := range b.accounts {
			if a != nil && a.group() == g {
				accts = append(accts, *a)
			}
		}
		add, del := diffQuads(have, groupAccounts(g, accts))
		b.adds = append(b.adds, add...)
		b.dels = append(b.dels, del...)
		b.stats.Quads += len(add)
		b.stats.Removed += len(del)
	}
	return nil
}

// readoutOf returns the readout IRI a node minted by [Quads] lives under
// (https://readout.dev/readout/<hash>/event/e1 gives
// https://readout.dev/readout/<hash>), or "" for another IRI.
func readoutOf(iri quad.IRI) quad.IRI {
	rest, ok := strings.CutPrefix(string(iri), schema.ReadoutNS)
	if !ok {
		return ""
	}
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		rest = rest[:i]
	}
	if rest == "" {
		return ""
	}
	return quad.IRI(schema.ReadoutNS + rest)
}
