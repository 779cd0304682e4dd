package graph

// Claims by an entity, read from the entity: its claims and those of the
// holders of its offices, instead of the view of the whole store; claims
// about an entity, read from the entity the same way.

import (
	"context"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// claimsView returns the part of the store's view that [reader.claims]
// with ClaimFilter.By reads for the entity by, and the claims whose
// speakers include by or a holder of one of its offices: their readouts,
// interactions (with their days), speakers and what they are about as
// entities, and all the roles of by, of the holders of its offices and of
// the speakers. reader.claims gives the same claims on it, from those
// candidates, as on the whole view.
func (r *reader) claimsView(ctx context.Context, by quad.IRI) (*view, []quad.IRI, error) {
	v := newPartialView()
	typedAs := func(nodes []quad.IRI, class string) ([]quad.IRI, error) { return r.typedAs(ctx, nodes, class) }

	// The holders of by's offices, with all their roles.
	ofBy, err := r.pairs(ctx, []quad.IRI{by}, schema.Of, true)
	if err != nil {
		return nil, nil, err
	}
	holders, err := r.pairs(ctx, iris(ofBy[by]), schema.Role, true)
	if err != nil {
		return nil, nil, err
	}
	if err := r.addRoles(ctx, v, append(keysOf(holders), by), typedAs); err != nil {
		return nil, nil, err
	}
	speakers := []quad.IRI{by}
	for _, ro := range v.roles {
		if ro.of == by {
			speakers = append(speakers, ro.holder)
		}
	}
	slices.Sort(speakers)
	said, err := r.pairs(ctx, slices.Compact(speakers), schema.Speaker, true)
	if err != nil {
		return nil, nil, err
	}
	claims, err := typedAs(keysOf(said), schema.ClaimClass)
	if err != nil {
		return nil, nil, err
	}
	return v, claims, r.describeClaims(ctx, v, claims, true)
}

// claimsAboutView is claimsView for the claims about the entity about: the
// part of the view [reader.claims] with ClaimFilter.About (and no By)
// reads, and the claims about it.
func (r *reader) claimsAboutView(ctx context.Context, about quad.IRI) (*view, []quad.IRI, error) {
	v := newPartialView()
	of, err := r.pairs(ctx, []quad.IRI{about}, schema.About, true)
	if err != nil {
		return nil, nil, err
	}
	claims, err := r.typedAs(ctx, keysOf(of), schema.ClaimClass)
	if err != nil {
		return nil, nil, err
	}
	// Without By, reader.claims asks nothing of the speakers' roles.
	return v, claims, r.describeClaims(ctx, v, claims, false)
}

// describeClaims adds to v what [reader.claims] reads of claims: their
// readouts, speakers and what they are about as entities, the days of
// their interactions and, with roles, the speakers' roles in each claim's
// readout.
func (r *reader) describeClaims(ctx context.Context, v *view, claims []quad.IRI, roles bool) error {
	typedAs := func(nodes []quad.IRI, class string) ([]quad.IRI, error) { return r.typedAs(ctx, nodes, class) }
	var ros []quad.IRI
	for _, c := range claims {
		ros = append(ros, readoutOf(c))
	}
	slices.Sort(ros)
	if err := r.readoutRefs(ctx, v, slices.Compact(ros), typedAs); err != nil {
		return err
	}
	sp, err := r.pairs(ctx, claims, schema.Speaker, false)
	if err != nil {
		return err
	}
	ab, err := r.pairs(ctx, claims, schema.About, false)
	if err != nil {
		return err
	}
	ents := append(keysOf(sp), keysOf(ab)...)
	slices.Sort(ents)
	if err := r.entityRefs(ctx, v, slices.Compact(ents)); err != nil {
		return err
	}
	// The roles view.affiliated reads for the speakers: their roles in
	// each claim's readout.
	needs := roleNeeds{}
	for c, ss := range sp {
		if ci, ok := c.(quad.IRI); ok {
			for _, h := range iris(ss) {
				needs.need(h, []quad.IRI{readoutOf(ci)})
			}
		}
	}
	if roles {
		if err := r.addRolesFor(ctx, v, needs, typedAs); err != nil {
			return err
		}
	}
	evs, err := r.pairs(ctx, claims, schema.InEvent, false)
	if err != nil {
		return err
	}
	links, err := r.pairs(ctx, keysOf(evs), schema.Interaction, false)
	if err != nil {
		return err
	}
	return r.interactionDays(ctx, v, keysOf(links))
}

// interactionDays adds to v the interactions among nodes with their days
// alone: [reader.claims] reads nothing else of them.
func (r *reader) interactionDays(ctx context.Context, v *view, nodes []quad.IRI) error {
	inters, err := r.typedAs(ctx, nodes, schema.InteractionClass)
	if err != nil {
		return err
	}
	days, err := r.pairs(ctx, inters, schema.SchemaStartDate, false)
	if err != nil {
		return err
	}
	for _, i := range inters {
		v.interactions[i] = &interaction{iri: i, day: dayOf(firstValue(days[i]))}
	}
	return nil
}
