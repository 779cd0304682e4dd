package graph

// One readout as the network page shows it: what `readout serve` answers at
// /api/readout/{id}.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// ReadoutView is a readout of the store with the interactions it reports
// and its claims.
type ReadoutView struct {
	Readout      ReadoutRef    `json:"readout"`
	Interactions []Interaction `json:"interactions"` // by date, undated last
	Claims       []Claim       `json:"claims"`       // as [Store.Claims] sorts them
}

// Readout returns the readout named r: its IRI (with or without angle
// brackets), the hash that ends it, or the source path or URL it was loaded
// from. It returns an error wrapping [ErrNoReadout] when the store has no
// such readout.
func (s *Store) Readout(ctx context.Context, r string) (*ReadoutView, error) {
	ctx, done := s.readView(ctx)
	defer done()
	rd := s.reader()
	v, err := rd.view(ctx)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	labels := readoutLabels(r)
	if !strings.ContainsAny(r, "/:<") {
		labels = append(labels, quad.IRI(schema.ReadoutNS+r))
	}
	var ref *ReadoutRef
	for _, l := range labels {
		if ref = v.readouts[l]; ref != nil {
			break
		}
	}
	if ref == nil {
		return nil, fmt.Errorf("readout %q: %w", r, ErrNoReadout)
	}
	out := &ReadoutView{Readout: *ref, Interactions: []Interaction{}, Claims: []Claim{}}
	iri := quad.IRI(ref.IRI)
	for _, in := range v.sortedInteractions() {
		if slices.Contains(in.readouts, iri) {
			out.Interactions = append(out.Interactions, v.interaction(in))
		}
	}
	claims, err := rd.claims(ctx, v, ClaimFilter{}, nil)
	if err != nil {
		return nil, &DBError{Op: "query", Path: s.db, Err: err}
	}
	for _, c := range claims {
		if c.Readout.IRI == ref.IRI {
			out.Claims = append(out.Claims, c)
		}
	}
	return out, nil
}
