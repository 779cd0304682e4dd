package graph

import (
	"context"
	"reflect"
	"testing"
)

// TestTimelineView checks that the timeline and the claims by an entity,
// read from the entity, give, for every entity of the testdata corpus, what
// the view of the whole store gives.
func TestTimelineView(t *testing.T) {
	ctx := context.Background()
	recs := corpusRecords(t)
	for _, backend := range []string{"memory", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			s := openTest(t, backend)
			if _, err := s.Load(ctx, recs); err != nil {
				t.Fatal(err)
			}
			full, err := s.reader().view(ctx)
			if err != nil {
				t.Fatal(err)
			}
			checked, claimed := 0, 0
			for e := range full.kinds {
				want := full.timeline(e)
				part, err := s.reader().timelineView(ctx, e)
				if err != nil {
					t.Fatal(err)
				}
				if got := part.timeline(e); !reflect.DeepEqual(got, want) {
					t.Errorf("timeline of %s from the entity =\n%+v\nwant (whole view)\n%+v", e, got, want)
				}
				// The same from the view index, graph by graph.
				lazy, err := s.lazyView(ctx, false)
				if err != nil || lazy == nil {
					t.Fatalf("lazyView = %v, %v; want the complete index", lazy, err)
				}
				r := s.reader()
				r.lazy = lazy
				part, err = r.timelineView(ctx, e)
				if err != nil {
					t.Fatal(err)
				}
				if got := part.timeline(e); !reflect.DeepEqual(got, want) {
					t.Errorf("timeline of %s from the view index =\n%+v\nwant (whole view)\n%+v", e, got, want)
				}
				if len(want) > 0 {
					checked++
				}

				// Claims by e, alone and with one of their About entities.
				f := ClaimFilter{By: full.ref(e).ID}
				wantClaims, err := s.reader().claims(ctx, full, f, nil)
				if err != nil {
					t.Fatal(err)
				}
				filters := []ClaimFilter{f, {About: f.By}}
				if len(wantClaims) > 0 && len(wantClaims[0].About) > 0 {
					filters = append(filters, ClaimFilter{By: f.By, About: wantClaims[0].About[0].ID})
				}
				for _, f := range filters {
					r := s.reader()
					want, err := r.claims(ctx, full, f, nil)
					if err != nil {
						t.Fatal(err)
					}
					partial := r.claimsView
					if f.By == "" {
						partial = r.claimsAboutView
					}
					v, cands, err := partial(ctx, e)
					if err != nil {
						t.Fatal(err)
					}
					got, err := r.claims(ctx, v, f, cands)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("claims %+v from the entity =\n%+v\nwant (whole view)\n%+v", f, got, want)
					}
					// The same with the view index giving what it holds.
					lr := s.reader()
					if lr.lazy, err = s.lazyView(ctx, true); err != nil || lr.lazy == nil {
						t.Fatalf("lazyView = %v, %v; want the complete index", lr.lazy, err)
					}
					partial = lr.claimsView
					if f.By == "" {
						partial = lr.claimsAboutView
					}
					v, cands, err = partial(ctx, e)
					if err != nil {
						t.Fatal(err)
					}
					if got, err = lr.claims(ctx, v, f, cands); err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("claims %+v from the view index =\n%+v\nwant (whole view)\n%+v", f, got, want)
					}
					if len(want) > 0 {
						claimed++
					}
				}
			}
			if checked < 10 || claimed < 10 {
				t.Errorf("%d entities have a timeline and %d claim filters select claims, want at least 10 each", checked, claimed)
			}
		})
	}
}
