package graph

// Timeline from the entity: the interactions it, or someone who held one of
// its offices, took part in, read node by node from the entity, instead of
// the view of the whole store.

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// timelineView returns the part of the store's view that [view.timeline]
// of e reads: the interactions e, or a holder of one of e's offices, took
// part in, their readouts and participants, and all the roles of those
// participants. view.timeline gives the same entries on it as on the whole
// view.
func (r *reader) timelineView(ctx context.Context, e quad.IRI) (*view, error) {
	cands, ofE, _, err := r.timelineCands(ctx, e)
	if err != nil {
		return nil, err
	}
	// view.timeline reads roles only for the entries e is in through a
	// holder of one of its offices: with no role of e's, there are none.
	return r.partialView(ctx, cands, len(ofE) > 0)
}

// timelineCands returns the nodes the interactions of e's timeline are
// among, sorted (the interactions e and the holders of its offices took
// part in), the roles whose office is of e, and those roles' holders.
func (r *reader) timelineCands(ctx context.Context, e quad.IRI) (cands, ofE []quad.IRI, holders map[quad.Value][]quad.Value, err error) {
	direct, err := r.pairs(ctx, []quad.IRI{e}, schema.Participant, true)
	if err != nil {
		return nil, nil, nil, err
	}
	cands = iris(direct[e])
	of, err := r.pairs(ctx, []quad.IRI{e}, schema.Of, true)
	if err != nil {
		return nil, nil, nil, err
	}
	ofE = iris(of[e])
	if holders, err = r.pairs(ctx, ofE, schema.Role, true); err != nil {
		return nil, nil, nil, err
	}
	via, err := r.pairs(ctx, keysOf(holders), schema.Participant, true)
	if err != nil {
		return nil, nil, nil, err
	}
	cands = append(cands, keysOf(via)...)
	slices.Sort(cands)
	return slices.Compact(cands), ofE, holders, nil
}

// whoView returns the part of the store's view that [reader.profile] of e
// reads: e's timeline view with the roles of all its interactions'
// participants (for the counterparts), every role e held and every role
// held of e's offices (for the offices), with their readouts and holders,
// and e itself.
func (r *reader) whoView(ctx context.Context, e quad.IRI) (*view, error) {
	cands, ofE, holders, err := r.timelineCands(ctx, e)
	if err != nil {
		return nil, err
	}
	v, err := r.partialView(ctx, cands, true)
	if err != nil {
		return nil, err
	}
	if err := r.entityRefs(ctx, v, []quad.IRI{e}); err != nil || v.kinds[e] == "" {
		return v, err
	}
	typedAs := func(nodes []quad.IRI, class string) ([]quad.IRI, error) { return r.typedAs(ctx, nodes, class) }
	if err := r.addRoles(ctx, v, []quad.IRI{e}, typedAs); err != nil {
		return nil, err
	}
	held := map[quad.IRI][]quad.IRI{}
	for _, ri := range ofE {
		for _, h := range iris(holders[ri]) {
			held[h] = append(held[h], ri)
		}
	}
	if err := r.loadRoles(ctx, v, held, typedAs); err != nil {
		return nil, err
	}
	var ros, ents []quad.IRI
	for _, ro := range v.roles {
		if ro.holder != e && ro.of != e {
			continue
		}
		if v.readouts[ro.readout] == nil {
			ros = append(ros, ro.readout)
		}
		for _, x := range []quad.IRI{ro.holder, ro.of} {
			if _, ok := v.kinds[x]; x != "" && !ok {
				ents = append(ents, x)
			}
		}
	}
	slices.Sort(ros)
	if err := r.readoutRefs(ctx, v, slices.Compact(ros), typedAs); err != nil {
		return nil, err
	}
	slices.Sort(ents)
	return v, r.entityRefs(ctx, v, slices.Compact(ents))
}

// newPartialView returns an empty view for the partial views of one entity
// (timeline, claims --by, claims --about) to fill.
func newPartialView() *view {
	return &view{kinds: map[quad.IRI]schema.Kind{}, names: map[quad.IRI]string{},
		readouts: map[quad.IRI]*ReadoutRef{}, interactions: map[quad.IRI]*interaction{}, rolesOf: map[quad.IRI][]*role{}}
}

// partialView returns the view of the interactions among cands (other
// nodes are left out): as [reader.view] describes them, with their
// readouts, their participants as entities and, if roles is set, the
// roles of those participants [view.affiliations] reads.
func (r *reader) partialView(ctx context.Context, cands []quad.IRI, roles bool) (*view, error) {
	v := newPartialView()
	typedAs := func(nodes []quad.IRI, class string) ([]quad.IRI, error) { return r.typedAs(ctx, nodes, class) }
	props := func(nodes []quad.IRI, preds ...string) (map[string]map[quad.Value][]quad.Value, error) {
		m := map[string]map[quad.Value][]quad.Value{}
		for _, p := range preds {
			var err error
			if m[p], err = r.pairs(ctx, nodes, p, false); err != nil {
				return nil, err
			}
		}
		return m, nil
	}

	inters, err := typedAs(cands, schema.InteractionClass)
	if err != nil {
		return nil, err
	}
	accounts, err := r.pairs(ctx, inters, schema.Interaction, true)
	if err != nil {
		return nil, err
	}
	var ros []quad.IRI
	for _, e := range keysOf(accounts) {
		if ro := readoutOf(e); ro != "" {
			ros = append(ros, ro)
		}
	}
	slices.Sort(ros)
	if err := r.readoutRefs(ctx, v, slices.Compact(ros), typedAs); err != nil {
		return nil, err
	}
	ip, err := props(inters, schema.EventTypeTerm, schema.SchemaStartDate, schema.Participant)
	if err != nil {
		return nil, err
	}
	var parts []quad.IRI
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
		parts = append(parts, in.participants...)
	}
	slices.Sort(parts)
	parts = slices.Compact(parts)

	if err := r.entityRefs(ctx, v, parts); err != nil || !roles {
		return v, err
	}
	// The roles view.affiliations reads for the interactions.
	needs := roleNeeds{}
	for _, in := range v.interactions {
		for _, p := range in.participants {
			if k := v.kinds[p]; k != schema.State && k != schema.Institution {
				needs.need(p, in.readouts)
			}
		}
	}
	if err := r.addRolesFor(ctx, v, needs, typedAs); err != nil {
		return nil, err
	}
	return v, nil
}

// readoutRefs adds to v.readouts the readouts among ros, described as
// [reader.view] does.
func (r *reader) readoutRefs(ctx context.Context, v *view, ros []quad.IRI, typedAs func([]quad.IRI, string) ([]quad.IRI, error)) error {
	readouts, err := typedAs(ros, schema.Readout)
	if err != nil {
		return err
	}
	rp := map[string]map[quad.Value][]quad.Value{}
	for _, p := range []string{schema.DCTitle, schema.DCSource, schema.DCPublisher, schema.DCIssued, schema.MainEvent} {
		if rp[p], err = r.pairs(ctx, readouts, p, false); err != nil {
			return err
		}
	}
	mainDays, err := r.pairs(ctx, keysOf(rp[schema.MainEvent]), schema.SchemaStartDate, false)
	if err != nil {
		return err
	}
	for _, ro := range readouts {
		ref := &ReadoutRef{IRI: string(ro), Source: first(rp[schema.DCSource][ro]), Title: first(rp[schema.DCTitle][ro]),
			Publisher: first(rp[schema.DCPublisher][ro]), Published: first(rp[schema.DCIssued][ro])}
		if ev := rp[schema.MainEvent][ro]; len(ev) > 0 {
			ref.Date = dayOf(firstValue(mainDays[ev[0]]))
		}
		v.readouts[ro] = ref
	}
	return nil
}

// entityRefs adds to v the kinds and names of the entities among nodes, as
// [reader.entities] finds them. It reads each entity's own graph (labelled
// with its IRI, where Load writes its types and names), not all the quads
// from the entity: a busy person has one to each of thousands of roles.
func (r *reader) entityRefs(ctx context.Context, v *view, nodes []quad.IRI) error {
	for _, p := range nodes {
		if !strings.HasPrefix(string(p), schema.IDNS) {
			continue
		}
		var (
			qs  []quad.Quad
			err error
		)
		if r.lazy != nil {
			qs, err = r.lazy.graph(ctx, string(p))
		} else {
			qs, err = r.linked(ctx, quad.Label, p)
		}
		if err != nil {
			return err
		}
		var types, names []quad.Value
		for _, q := range qs {
			if q.Subject != quad.Value(p) {
				continue
			}
			switch q.Predicate {
			case quad.IRI(schema.RDFType):
				types = append(types, q.Object)
			case quad.IRI(schema.SchemaName):
				names = append(names, q.Object)
			}
		}
		slices.SortFunc(names, compareValues)
		for _, c := range entityClasses {
			if slices.Contains(types, quad.Value(quad.IRI(c.class))) {
				v.kinds[p] = c.kind
				v.names[p] = first(names)
				break
			}
		}
	}
	return nil
}

// addRoles adds to v every role that holders held in a readout of the store
// (as [reader.view] finds roles), leaving out holders v has the roles of.
func (r *reader) addRoles(ctx context.Context, v *view, holders []quad.IRI, typedAs func([]quad.IRI, string) ([]quad.IRI, error)) error {
	if v.rolesDone == nil {
		v.rolesDone = map[quad.IRI]bool{}
	}
	var hs []quad.IRI
	for _, h := range holders {
		if !v.rolesDone[h] {
			v.rolesDone[h] = true
			hs = append(hs, h)
		}
	}
	held, err := r.pairs(ctx, hs, schema.Role, false)
	if err != nil {
		return err
	}
	all := map[quad.IRI][]quad.IRI{}
	for _, h := range hs {
		all[h] = iris(held[h])
	}
	return r.loadRoles(ctx, v, all, typedAs)
}

// roleNeeds maps holders to the readout sets [view.affiliated] will be
// called with for them.
type roleNeeds map[quad.IRI][][]quad.IRI

// need notes that affiliated will be called with holder h and readouts rs.
func (n roleNeeds) need(h quad.IRI, rs []quad.IRI) { n[h] = append(n[h], rs) }

// addRolesFor adds to v the roles [view.affiliated] reads when called as
// needs says: a holder's roles in those readouts, and, when in one of the
// sets none of them names what it served, every role the holder held
// (affiliated then falls back on all of them), or, from the view index,
// just what those roles are offices of (v.anywhere). This reads far less
// than [reader.addRoles] for a busy counterpart with thousands of roles,
// and affiliated answers the same. Holders v has every role of are left
// out.
func (r *reader) addRolesFor(ctx context.Context, v *view, needs roleNeeds, typedAs func([]quad.IRI, string) ([]quad.IRI, error)) error {
	var hs []quad.IRI
	for h := range needs {
		if !v.rolesDone[h] {
			hs = append(hs, h)
		}
	}
	slices.Sort(hs)
	within := map[quad.IRI][]quad.IRI{}
	for _, h := range hs {
		var rs []quad.IRI
		for _, set := range needs[h] {
			rs = append(rs, set...)
		}
		slices.Sort(rs)
		for _, ro := range slices.Compact(rs) {
			ris, err := r.rolesIn(ctx, h, ro)
			if err != nil {
				return err
			}
			within[h] = append(within[h], ris...)
		}
	}
	if err := r.loadRoles(ctx, v, within, typedAs); err != nil {
		return err
	}
	rest := map[quad.IRI][]quad.IRI{}
	for _, h := range hs {
		for _, rs := range needs[h] {
			if !servedIn(v.rolesOf[h], rs) {
				if r.lazy != nil {
					// What all h's roles are offices of is all
					// affiliated reads of them: the node index has it.
					aff, err := r.lazy.affiliations(ctx, h)
					if err != nil {
						return err
					}
					if v.anywhere == nil {
						v.anywhere = map[quad.IRI][]quad.IRI{}
					}
					v.anywhere[h] = aff
					v.offices = nil
					break
				}
				held, err := r.pairs(ctx, []quad.IRI{h}, schema.Role, false)
				if err != nil {
					return err
				}
				rest[h] = iris(held[h])
				if v.rolesDone == nil {
					v.rolesDone = map[quad.IRI]bool{}
				}
				v.rolesDone[h] = true
				break
			}
		}
	}
	return r.loadRoles(ctx, v, rest, typedAs)
}

// rolesIn returns the role nodes of holder h in the readout graph ro. [Quads]
// numbers an entity's roles in a readout from 1 (ro/role/ID/1, ro/role/ID/2,
// ...), so rolesIn looks them up in turn, keeping those h links with
// ro:role, until one is missing: a few lookups, where the quads from h name
// every role it held in every readout.
func (r *reader) rolesIn(ctx context.Context, h, ro quad.IRI) ([]quad.IRI, error) {
	id, ok := strings.CutPrefix(string(h), schema.IDNS)
	if !ok {
		held, err := r.pairs(ctx, []quad.IRI{h}, schema.Role, false)
		var out []quad.IRI
		for _, ri := range iris(held[h]) {
			if readoutOf(ri) == ro {
				out = append(out, ri)
			}
		}
		return out, err
	}
	var out []quad.IRI
	for n := 1; ; n++ {
		ri := quad.IRI(string(ro) + "/role/" + id + "/" + strconv.Itoa(n))
		if r.lazy != nil {
			held, err := r.pairs(ctx, []quad.IRI{ri}, schema.Role, true)
			if err != nil || !r.lazy.named(ri) {
				return out, err
			}
			if slices.Contains(held[ri], quad.Value(h)) {
				out = append(out, ri)
			}
			continue
		}
		qs, err := r.linked(ctx, quad.Object, ri)
		if err != nil || len(qs) == 0 {
			return out, err
		}
		for _, q := range qs {
			if q.Subject == quad.Value(h) && q.Predicate == quad.IRI(schema.Role) {
				out = append(out, ri)
				break
			}
		}
	}
}

// servedIn reports whether one of roles, in one of the readouts rs, names
// what its holder served.
func servedIn(roles []*role, rs []quad.IRI) bool {
	for _, ro := range roles {
		if ro.of != "" && slices.Contains(rs, ro.readout) {
			return true
		}
	}
	return false
}

// loadRoles adds to v the roles among each holder's role nodes that are
// typed ro:Role in a readout of the store, leaving out those v has.
func (r *reader) loadRoles(ctx context.Context, v *view, held map[quad.IRI][]quad.IRI, typedAs func([]quad.IRI, string) ([]quad.IRI, error)) error {
	if v.rolesRead == nil {
		v.rolesRead = map[[2]quad.IRI]bool{}
	}
	var cands []quad.IRI
	for h, ris := range held {
		for _, ri := range ris {
			if !v.rolesRead[[2]quad.IRI{h, ri}] {
				cands = append(cands, ri)
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	roles, err := typedAs(cands, schema.RoleClass)
	if err != nil {
		return err
	}
	var roleReadouts []quad.IRI
	for _, ri := range roles {
		roleReadouts = append(roleReadouts, readoutOf(ri))
	}
	slices.Sort(roleReadouts)
	live, err := typedAs(slices.Compact(roleReadouts), schema.Readout)
	if err != nil {
		return err
	}
	op := map[string]map[quad.Value][]quad.Value{}
	for _, p := range []string{schema.Of, schema.RoleTitle, schema.Office} {
		if op[p], err = r.pairs(ctx, roles, p, false); err != nil {
			return err
		}
	}
	for _, p := range slices.Sorted(maps.Keys(held)) {
		for _, ri := range held[p] {
			if v.rolesRead[[2]quad.IRI{p, ri}] {
				continue
			}
			if _, ok := slices.BinarySearch(roles, ri); !ok {
				continue
			}
			if _, ok := slices.BinarySearch(live, readoutOf(ri)); !ok {
				continue
			}
			ro := role{readout: readoutOf(ri), holder: p, title: first(op[schema.RoleTitle][ri]), office: first(op[schema.Office][ri])}
			if of := iris(op[schema.Of][ri]); len(of) > 0 {
				ro.of = of[0]
			}
			v.roles = append(v.roles, ro)
		}
	}
	for h, ris := range held {
		for _, ri := range ris {
			v.rolesRead[[2]quad.IRI{h, ri}] = true
		}
	}
	v.rolesOf = map[quad.IRI][]*role{}
	v.offices = nil
	for i := range v.roles {
		ro := &v.roles[i]
		v.rolesOf[ro.holder] = append(v.rolesOf[ro.holder], ro)
	}
	return nil
}

// typedAs returns the nodes among nodes typed class, in their order.
func (r *reader) typedAs(ctx context.Context, nodes []quad.IRI, class string) ([]quad.IRI, error) {
	var (
		ts  map[quad.Value][]quad.Value
		err error
	)
	if r.lazy != nil && slices.Contains(viewClasses, class) {
		ts, err = r.lazy.pairs(ctx, nodes, schema.RDFType, false)
	} else {
		ts, err = r.pairs(ctx, nodes, schema.RDFType, false)
	}
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	for _, n := range nodes {
		if slices.Contains(ts[n], quad.Value(quad.IRI(class))) {
			out = append(out, n)
		}
	}
	return out, nil
}
