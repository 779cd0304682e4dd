package graph

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"

	"github.com/readout/readout/schema"
)

// TestTimelineView checks that the timeline and the claims by an entity,
// read from the entity, give, for every entity of the testdata corpus, what
// the view of the whole store gives.
func TestTimelineView(t *testing.T) {
	ctx := context.Background()
	recs := corpusRecords(t)
	withCorpusLoaded(t, recs, func(t *testing.T, backend string, s *Store) {
		checkPartialViews(t, "views", s, backend == "bolt")

		// Another graph naming nodes of the readouts (as a raw write
		// may): their roles' offices and their interactions'
		// participants change, and the views from the entity must
		// still find every graph that names them.
		foreign := quad.IRI("https://example.org/annotations")
		writeAnnotations(t, s, foreign, quad.IRI(schema.EntityIRI("state/atlantis")), quad.IRI(schema.EntityIRI("state/atlantis")))
		// The claim rows hold what a readout's own graph says: they
		// do not answer where the annotations say more.
		if refused := checkPartialViews(t, "annotated", s, false); backend == "bolt" && refused == 0 {
			t.Error("the claim rows answer for every entity after a graph annotated readouts' roles")
		}
		// Not even for what only the annotations name as an office.
		if _, ok, err := s.claimsByIndex(ctx, ClaimFilter{By: "state/atlantis"}); err != nil || ok {
			t.Errorf("claims by state/atlantis: the claim rows answer: %v, %v", ok, err)
		}
		checkCrossReferences(t, s, string(foreign))
	})
}

// writeAnnotations writes, through LoadQuads, a graph labelled foreign
// that names nodes of s's readouts as a raw write may: the office of one
// role in three is also of, and one interaction in four has participant
// too.
func writeAnnotations(t *testing.T, s *Store, foreign, of, participant quad.IRI) {
	t.Helper()
	ctx := context.Background()
	full, err := s.reader().view(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	w := nquads.NewWriter(&b)
	for i, ro := range full.roles {
		if i%3 == 0 && ro.of != "" {
			w.WriteQuad(quad.Quad{Subject: quad.IRI(fmt.Sprintf("%s/role/%s/1", string(ro.readout), strings.TrimPrefix(string(ro.holder), schema.IDNS))),
				Predicate: quad.IRI(schema.Of), Object: of, Label: foreign})
		}
	}
	for i, in := range slices.Sorted(maps.Keys(full.interactions)) {
		if i%4 == 0 {
			w.WriteQuad(quad.Quad{Subject: in, Predicate: quad.IRI(schema.Participant), Object: participant, Label: foreign})
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LoadQuads(ctx, strings.NewReader(b.String())); err != nil {
		t.Fatal(err)
	}
}

// checkCrossReferences checks that Verify finds the readout
// cross-references of s's view index right, and reports one taken out: one
// of the readouts whose nodes the graph labelled foreign names.
func checkCrossReferences(t *testing.T, s *Store, foreign string) {
	t.Helper()
	ctx := context.Background()
	if problems, _, err := s.Verify(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("Verify = %v, %v", problems, err)
	}
	if s.views.kv == nil {
		return // the memory store finds the graphs naming a node in its map
	}
	var key []byte
	err := hkv.Update(ctx, s.views.kv, func(tx hkv.Tx) error {
		err := hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
			if key == nil && strings.HasSuffix(string(k[len(k)-1]), "\x00"+foreign) {
				key = slices.Clone(k[len(k)-1])
			}
			return nil
		}, hopts.WithPrefixKV(inBucket(xrefBucket)))
		if err != nil || key == nil {
			return err
		}
		return tx.Del(ctx, hkv.Key{xrefBucket, key})
	})
	if err != nil || key == nil {
		t.Fatalf("no cross-reference to %s: %v", foreign, err)
	}
	problems, _, err := s.Verify(ctx)
	if err != nil || len(problems) != 1 || problems[0].Readout != string(xrefBucket) {
		t.Errorf("Verify with the cross-reference %q taken out = %v, %v; want one problem of %s", key, problems, err, xrefBucket)
	}
}

// checkPartialViews checks, in a subtest name with one per entity, that
// the timeline and the claims by and about each entity of s, read from the
// entity (from the quads and from the view index), give what the view of
// the whole store gives. So do the claim rows for the claims by an entity
// where they answer; with rows, they must answer for every entity. It
// returns how many times they did not.
func checkPartialViews(t *testing.T, name string, s *Store, rows bool) (refused int) {
	t.Helper()
	ctx := context.Background()
	full, err := s.reader().view(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The entities' checks only read s: they run in parallel, in a group
	// that returns when all have. A view memoises what it is asked, so
	// each check reads one whole view that no other is reading: free
	// holds the views not in use.
	var (
		mu                                   sync.Mutex
		free                                 = []*view{full}
		checked, claimed, profiled, refusals atomic.Int32
	)
	take := func(t *testing.T) *view {
		t.Helper()
		mu.Lock()
		if n := len(free); n > 0 {
			v := free[n-1]
			free = free[:n-1]
			mu.Unlock()
			return v
		}
		mu.Unlock()
		v, err := s.reader().view(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	t.Run(name, func(t *testing.T) {
		for e := range full.kinds {
			t.Run(full.ref(e).ID, func(t *testing.T) {
				t.Parallel()
				full := take(t)
				defer func() {
					mu.Lock()
					free = append(free, full)
					mu.Unlock()
				}()
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
					checked.Add(1)
				}

				// Who, from the entity, without and with the view index.
				wantP, err := s.reader().profile(ctx, full, e)
				if err != nil {
					t.Fatal(err)
				}
				for _, lazy := range []bool{false, true} {
					r := s.reader()
					if lazy {
						r.lazy, _ = s.lazyView(ctx, false)
					}
					v, err := r.whoView(ctx, e)
					if err != nil {
						t.Fatal(err)
					}
					gotP, err := r.profile(ctx, v, e)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(gotP, wantP) {
						t.Errorf("who %s from the entity (view index %v) =\n%+v\nwant (whole view)\n%+v", e, lazy, gotP, wantP)
					}
				}
				if len(wantP.Offices)+len(wantP.Holders) > 0 && len(wantP.Counterparts) > 0 {
					profiled.Add(1)
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
				if len(wantClaims) > 0 {
					// the first word of a verb, and a CAMEO code's first two digits
					c := wantClaims[len(wantClaims)-1]
					filters = append(filters, ClaimFilter{By: f.By, Verb: strings.Fields(c.Verb)[0]}, ClaimFilter{By: f.By, CAMEO: c.CAMEO[:min(2, len(c.CAMEO))]})
				}
				// A verb or a CAMEO code narrows the claims by e to those whose
				// rows it selects: the whole view's query for such a filter is
				// f's, whose claims are thus its candidates.
				var byE []quad.IRI
				for _, c := range wantClaims {
					byE = append(byE, quad.IRI(c.IRI))
				}
				slices.Sort(byE)
				byE = slices.Compact(byE)
				for i, f := range filters {
					r := s.reader()
					want := wantClaims // filters[0] is f
					if i > 0 {
						var cands []quad.IRI // nil: the whole view's query for f
						if f.By != "" && f.About == "" {
							cands = byE
						}
						if want, err = r.claims(ctx, full, f, cands); err != nil {
							t.Fatal(err)
						}
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
					{
						got, ok, err := s.claimsByIndex(ctx, f)
						switch {
						case err != nil:
							t.Fatal(err)
						case !ok && rows:
							t.Fatalf("claims %+v: the claim rows do not answer", f)
						case !ok:
							refusals.Add(1)
						case !reflect.DeepEqual(got, want):
							t.Errorf("claims %+v from the claim rows =\n%+v\nwant (whole view)\n%+v", f, got, want)
						}
					}
					if len(want) > 0 {
						claimed.Add(1)
					}
				}
			})
		}
	})
	if checked.Load() < 10 || claimed.Load() < 10 || profiled.Load() < 10 {
		t.Errorf("%d entities have a timeline, %d claim filters select claims and %d profiles have offices and counterparts, want at least 10 each", checked.Load(), claimed.Load(), profiled.Load())
	}
	return int(refusals.Load())
}
