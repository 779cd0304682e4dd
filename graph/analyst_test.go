package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/graph"
	"github.com/readout/readout/graph/graphtest"
	"github.com/readout/readout/schema"
)

// analystStore returns a memory store holding every testdata readout,
// shared by the tests, which only read it.
func analystStore(t testing.TB) *graph.Store {
	t.Helper()
	s, err := analystCorpus()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var analystCorpus = sync.OnceValues(func() (*graph.Store, error) {
	files, err := corpus()
	if err != nil {
		return nil, err
	}
	var recs []*extract.Record
	for _, f := range files {
		recs = append(recs, f.recs...)
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Memory, graph.Options{})
	if err != nil {
		return nil, err
	}
	if _, err := s.Load(ctx, recs); err != nil {
		return nil, err
	}
	return s, nil
})

// findEdge returns the edge of level between a and b (entity IDs, in either
// order), or nil.
func findEdge(edges []graph.Edge, level graph.Level, a, b string) *graph.Edge {
	if b < a {
		a, b = b, a
	}
	for i, e := range edges {
		if e.Level == level && e.Source.ID == a && e.Target.ID == b {
			return &edges[i]
		}
	}
	return nil
}

// TestNetworkCorpus checks edges counted by hand on testdata/readouts.
// Blinken and Aliyev took part in one interaction: the call of 000-seed.
// The United States and Azerbaijan in two: that call (Blinken, Secretary of
// State, and Aliyev, President of Azerbaijan) and 040 (Bayramov, Foreign
// Minister of Azerbaijan, and Rubio, Secretary of State). Putin and Erdoğan
// in one, reported twice (008 by the Kremlin, 009 by the Presidency of
// Türkiye).
func TestNetworkCorpus(t *testing.T) {
	ctx := context.Background()
	s := analystStore(t)
	edges, err := s.Network(ctx, graph.NetworkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		level             graph.Level
		a, b              string
		weight            int
		first, last, name string
	}{
		{graph.PersonLevel, "person/antony-blinken", "person/ilham-aliyev", 1, "2024-06-20", "2024-06-20", "Antony Blinken"},
		{graph.StateLevel, "state/USA", "state/AZE", 2, "2024-06-20", "2025-07-24", "Azerbaijan"},
		{graph.PersonLevel, "person/vladimir-putin", "person/recep-tayyip-erdogan", 1, "2024-10-04", "2024-10-04", "Recep Tayyip Erdoğan"},
		{graph.StateLevel, "state/RUS", "state/TUR", 1, "2024-10-04", "2024-10-04", "Russia"},
		{graph.PersonLevel, "person/emmanuel-macron", "person/keir-starmer", 2, "2025-01-09", "2025-06-12", "Emmanuel Macron"},
	} {
		e := findEdge(edges, tc.level, tc.a, tc.b)
		if e == nil {
			t.Errorf("Network() has no %s edge %s–%s", tc.level, tc.a, tc.b)
			continue
		}
		if e.Weight != tc.weight || e.First != tc.first || e.Last != tc.last || e.Source.Name != tc.name || len(e.Interactions) != tc.weight {
			t.Errorf("Network() edge %s–%s = %+v, want weight %d from %s to %s, source named %s", tc.a, tc.b, *e, tc.weight, tc.first, tc.last, tc.name)
		}
	}
	// No edge ties a person to a state, nobody to themselves, and edges come
	// persons first, heaviest first.
	for i, e := range edges {
		if e.Source.Kind != schema.Kind(e.Level) || e.Target.Kind != schema.Kind(e.Level) || e.Source.ID >= e.Target.ID {
			t.Errorf("edge %+v: want two %s entities, Source < Target", e, e.Level)
		}
		if i > 0 && e.Level == edges[i-1].Level && e.Weight > edges[i-1].Weight {
			t.Errorf("edge %d (weight %d) after edge %d (weight %d)", i, e.Weight, i-1, edges[i-1].Weight)
		}
	}

	for _, tc := range []struct {
		name string
		opts graph.NetworkOptions
		ok   func(graph.Edge) bool
	}{
		{"state AZE", graph.NetworkOptions{State: "AZE", Level: graph.StateLevel},
			func(e graph.Edge) bool { return e.Source.ID == "state/AZE" || e.Target.ID == "state/AZE" }},
		{"persons of AZE", graph.NetworkOptions{State: "AZE", Level: graph.PersonLevel},
			func(e graph.Edge) bool {
				return slices.Contains([]string{"person/ilham-aliyev", "person/jeyhun-bayramov"}, e.Source.ID) ||
					slices.Contains([]string{"person/ilham-aliyev", "person/jeyhun-bayramov"}, e.Target.ID)
			}},
		{"min weight", graph.NetworkOptions{MinWeight: 2}, func(e graph.Edge) bool { return e.Weight >= 2 }},
		{"dates", graph.NetworkOptions{From: "2025-01-01", To: "2025-03-31"},
			func(e graph.Edge) bool { return e.First >= "2025-01-01" && e.Last <= "2025-03-31" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Network(ctx, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || len(got) >= len(edges) {
				t.Errorf("Network(%+v) gave %d edges of %d", tc.opts, len(got), len(edges))
			}
			for _, e := range got {
				if !tc.ok(e) || tc.opts.Level != "" && e.Level != tc.opts.Level {
					t.Errorf("Network(%+v) gave %+v", tc.opts, e)
				}
			}
		})
	}
	got, err := s.Network(ctx, graph.NetworkOptions{State: "AZE"})
	if err != nil {
		t.Fatal(err)
	}
	if e := findEdge(got, graph.StateLevel, "state/USA", "state/AZE"); e == nil || e.Weight != 2 {
		t.Errorf("Network(State: AZE) USA–AZE = %+v, want weight 2", e)
	}
}

func TestTimelineCorpus(t *testing.T) {
	ctx := context.Background()
	s := analystStore(t)
	ref, err := s.Resolve(ctx, "Ilham Aliyev")
	if err != nil {
		t.Fatal(err)
	}
	tl, err := s.Timeline(ctx, ref.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl {
		for _, r := range e.Readouts {
			got = append(got, e.Date+" "+strings.TrimPrefix(r.Source, "testdata/readouts/"))
		}
	}
	want := []string{
		"2024-02-09 039-az-xi-letter.txt",
		"2024-06-20 000-seed.txt",
		"2024-10-17 032-un-sg-aliyev-call.txt",
		"2024-11-25 007-az-aliyev-tokayev-call.txt",
		"2025-05-14 038-az-aliyev-fidan-meeting.txt",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Timeline(Ilham Aliyev) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A state takes part through its office-holders.
	tl, err = s.Timeline(ctx, "state/AZE")
	if err != nil {
		t.Fatal(err)
	}
	if len(tl) != 8 {
		t.Errorf("Timeline(state/AZE) has %d interactions, want 8 (5 of Aliyev, 3 of Bayramov)", len(tl))
	}
	for _, e := range tl {
		if len(e.Via) != 1 || (e.Via[0].ID != "person/ilham-aliyev" && e.Via[0].ID != "person/jeyhun-bayramov") {
			t.Errorf("Timeline(state/AZE) entry %s via %+v, want Aliyev or Bayramov", e.IRI, e.Via)
		}
	}
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	s := analystStore(t)
	for _, tc := range []struct{ name, want string }{
		{"Ilham Aliyev", "person/ilham-aliyev"},
		{"person/ilham-aliyev", "person/ilham-aliyev"},
		{"<https://readout.dev/id/person/ilham-aliyev>", "person/ilham-aliyev"},
		{"ilham aliyev", "person/ilham-aliyev"},
		{"Aliyev", "person/ilham-aliyev"},
		{"erdogan", "person/recep-tayyip-erdogan"},
		{"AZE", "state/AZE"},
		{"Azerbaijan", "state/AZE"},
		{"U.S.", "state/USA"},
	} {
		got, err := s.Resolve(ctx, tc.name)
		if err != nil || got.ID != tc.want {
			t.Errorf("Resolve(%q) = %+v, %v, want %s", tc.name, got, err, tc.want)
		}
	}
	// The name and kind, whether an exact match (from the entity's own
	// graph) or a folded one (from every entity) found it.
	for _, name := range []string{"person/ilham-aliyev", "ilham aliyev"} {
		want := graph.EntityRef{ID: "person/ilham-aliyev", Name: "Ilham Aliyev", Kind: schema.Person}
		if got, err := s.Resolve(ctx, name); err != nil || got != want {
			t.Errorf("Resolve(%q) = %+v, %v, want %+v", name, got, err, want)
		}
	}
	_, err := s.Resolve(ctx, "David")
	var ae *graph.AmbiguousError
	if !errors.As(err, &ae) || len(ae.Candidates) != 2 || ae.Candidates[0].ID != "person/david-cameron" || ae.Candidates[1].ID != "person/david-lammy" {
		t.Errorf("Resolve(David) = %v, want an AmbiguousError listing David Cameron and David Lammy", err)
	}
	for _, name := range []string{"nobody", "", "person/nobody", "Q57371"} {
		if got, err := s.Resolve(ctx, name); !errors.Is(err, graph.ErrNoEntity) {
			t.Errorf("Resolve(%q) = %+v, %v, want %v", name, got, err, graph.ErrNoEntity)
		}
	}
}

func TestClaimsCorpus(t *testing.T) {
	ctx := context.Background()
	s := analystStore(t)
	all, err := s.Claims(ctx, graph.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range allRecords(t) {
		n += len(r.Claims)
	}
	if len(all) != n {
		t.Errorf("Claims() gave %d claims, want the corpus's %d", len(all), n)
	}
	for i, c := range all {
		if i > 0 && c.Date != "" && all[i-1].Date > c.Date {
			t.Errorf("claim %s (%s) after one of %s", c.IRI, c.Date, all[i-1].Date)
		}
		if c.Readout.Source == "" || c.End <= c.Start || c.Verb == "" {
			t.Errorf("claim %+v lacks its source, offsets or verb", c)
		}
	}
	// Each account of the Putin–Erdoğan call keeps its claims, under the
	// one interaction.
	pair := map[string]int{}
	for _, c := range all {
		if strings.Contains(c.Readout.Source, "-putin-erdogan-") || strings.Contains(c.Readout.Source, "-erdogan-putin-") {
			if c.Interaction == "" || c.Interaction != all[slices.IndexFunc(all, func(x graph.Claim) bool { return x.Readout.Source == c.Readout.Source })].Interaction {
				t.Errorf("claim %s: interaction %q", c.IRI, c.Interaction)
			}
			pair[c.Interaction]++
		}
	}
	if len(pair) != 1 {
		t.Errorf("the claims of 008 and 009 fall in %d interactions, want 1: %v", len(pair), pair)
	}

	for _, tc := range []struct {
		f  graph.ClaimFilter
		ok func(graph.Claim) bool
	}{
		{graph.ClaimFilter{By: "person/ilham-aliyev"}, func(c graph.Claim) bool { return hasRef(c.Speakers, "person/ilham-aliyev") }},
		{graph.ClaimFilter{By: "state/AZE"}, func(c graph.Claim) bool {
			return hasRef(c.Speakers, "person/ilham-aliyev") || hasRef(c.Speakers, "person/jeyhun-bayramov")
		}},
		{graph.ClaimFilter{About: "state/ARM"}, func(c graph.Claim) bool { return hasRef(c.About, "state/ARM") }},
		{graph.ClaimFilter{Verb: "Expressed"}, func(c graph.Claim) bool { return strings.HasPrefix(c.Verb, "expressed") }},
		{graph.ClaimFilter{CAMEO: "04"}, func(c graph.Claim) bool { return strings.HasPrefix(c.CAMEO, "04") }},
		{graph.ClaimFilter{By: "person/ilham-aliyev", Verb: "stressed"}, func(c graph.Claim) bool {
			return hasRef(c.Speakers, "person/ilham-aliyev") && c.Verb == "stressed"
		}},
	} {
		got, err := s.Claims(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, c := range all {
			if tc.ok(c) {
				want++
			}
		}
		if len(got) != want || want == 0 {
			t.Errorf("Claims(%+v) gave %d claims, want %d", tc.f, len(got), want)
		}
		for _, c := range got {
			if !tc.ok(c) {
				t.Errorf("Claims(%+v) gave %+v", tc.f, c)
			}
		}
	}
}

func hasRef(es []graph.EntityRef, id string) bool {
	return slices.ContainsFunc(es, func(e graph.EntityRef) bool { return e.ID == id })
}

func TestWhoCorpus(t *testing.T) {
	ctx := context.Background()
	s := analystStore(t)
	p, err := s.Who(ctx, "person/ilham-aliyev")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Offices) != 1 || p.Offices[0].Office != "head_of_state" || p.Offices[0].Of == nil || p.Offices[0].Of.ID != "state/AZE" ||
		len(p.Offices[0].Observed) != 5 || p.Offices[0].First != "2024-02-09" || p.Offices[0].Last != "2025-05-14" {
		t.Errorf("Who(Aliyev).Offices = %+v, want head of state of Azerbaijan seen in 5 readouts, 2024-02-09 to 2025-05-14", p.Offices)
	}
	var met []string
	for _, c := range p.Counterparts {
		met = append(met, c.Entity.ID)
	}
	slices.Sort(met)
	if want := []string{"person/antonio-guterres", "person/antony-blinken", "person/hakan-fidan", "person/kassym-jomart-tokayev", "person/xi-jinping"}; !slices.Equal(met, want) {
		t.Errorf("Who(Aliyev).Counterparts = %q, want %q", met, want)
	}
	if p.Interactions != 5 || p.QID == "" || len(p.Institutions) == 0 {
		t.Errorf("Who(Aliyev) = %+v, want 5 interactions, a QID and institutions", p)
	}
	// A state: the persons who held its offices.
	p, err = s.Who(ctx, "state/AZE")
	if err != nil {
		t.Fatal(err)
	}
	if p.ISO3 != "AZE" || len(p.Offices) != 0 || !slices.ContainsFunc(p.Holders, func(o graph.Office) bool {
		return o.Holder.ID == "person/jeyhun-bayramov" && o.Office == "foreign_minister"
	}) {
		t.Errorf("Who(AZE) = %+v, want Bayramov as foreign minister among its holders", p)
	}
	if hasRef(counterpartRefs(p), "person/ilham-aliyev") || !hasRef(counterpartRefs(p), "person/antony-blinken") {
		t.Errorf("Who(AZE).Counterparts = %+v, want Blinken and not Aliyev", p.Counterparts)
	}
	if _, err := s.Who(ctx, "person/nobody"); !errors.Is(err, graph.ErrNoEntity) {
		t.Errorf("Who(person/nobody) = %v, want %v", err, graph.ErrNoEntity)
	}
}

func counterpartRefs(p *graph.Profile) []graph.EntityRef {
	var out []graph.EntityRef
	for _, c := range p.Counterparts {
		out = append(out, c.Entity)
	}
	return out
}

func TestStatsCorpus(t *testing.T) {
	s := analystStore(t)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	recs := allRecords(t)
	events, claims := 0, 0
	for _, r := range recs {
		events += len(r.Events)
		claims += len(r.Claims)
	}
	want := graph.Stats{Readouts: len(recs), Events: events, Interactions: len(recs) - 1, Merged: 1,
		Persons: 52, States: st.States, Institutions: st.Institutions, Claims: claims, Quads: int64(len(graphtest.AllQuads(recs...)))}
	if st != want {
		t.Errorf("Stats() = %+v, want %+v", st, want)
	}
}

// analystSnapshot returns everything the analyst views say about a store,
// for the entities ids, as JSON.
func analystSnapshot(t testing.TB, s *graph.Store, ids []string) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	add := func(name string, v any, err error) {
		if err != nil {
			v = "error: " + err.Error()
		}
		j, jerr := json.Marshal(v)
		if jerr != nil {
			t.Fatal(jerr)
		}
		b.WriteString(name + " " + string(j) + "\n")
	}
	st, err := s.Stats(ctx)
	add("stats", st, err)
	net, err := s.Network(ctx, graph.NetworkOptions{})
	add("network", net, err)
	cl, err := s.Claims(ctx, graph.ClaimFilter{})
	add("claims", cl, err)
	for _, id := range ids {
		ref, err := s.Resolve(ctx, id)
		add("resolve "+id, ref, err)
		tl, err := s.Timeline(ctx, id)
		add("timeline "+id, tl, err)
		p, err := s.Who(ctx, id)
		add("who "+id, p, err)
		cl, err := s.Claims(ctx, graph.ClaimFilter{By: id})
		add("claims by "+id, cl, err)
	}
	return b.String()
}

// TestAnalystNoTrace loads, replaces and deletes readouts and checks that
// every analyst view then says exactly what it says of a new store that
// only ever held the surviving versions. On bolt, deleted nodes stay in
// g.V() (cayley#617); the views must not see them.
func TestAnalystNoTrace(t *testing.T) {
	seed := devRecord(t, "000-seed")
	kremlin, tccb := devRecord(t, "008-kremlin-putin-erdogan-call"), devRecord(t, "009-tccb-erdogan-putin-call")
	// The seed's source now holds another call: Blinken with Fidan, no
	// Aliyev, other claims.
	other := devRecord(t, "001-state-blinken-fidan-call")
	replaced := graphtest.Clone(t, other)
	replaced.Source = seed.Source
	// The entities the replaced and deleted readouts name, and others.
	ids := []string{"person/antony-blinken", "person/ilham-aliyev", "person/hakan-fidan", "person/vladimir-putin",
		"state/AZE", "state/TUR", "institution/osce-minsk-group"}
	fresh := func(recs ...*extract.Record) string {
		s := openMemoryStore(t, graph.Options{})
		if len(recs) > 0 {
			graphtest.Load(t, s, recs...)
		}
		return analystSnapshot(t, s, ids)
	}
	snapshots := map[string]string{}
	for _, step := range []struct {
		name string
		recs []*extract.Record
	}{{"loading", []*extract.Record{seed, kremlin, tccb}}, {"replacing the seed", []*extract.Record{replaced, kremlin, tccb}}, {"deleting everything", nil}} {
		snapshots[step.name] = fresh(step.recs...)
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			s := b.open(t, graph.Options{})
			graphtest.Load(t, s, seed, kremlin, tccb)
			check := func(step string) {
				t.Helper()
				if got, want := analystSnapshot(t, s, ids), snapshots[step]; got != want {
					t.Errorf("after %s, the analyst views differ from a new store's:\n%s", step, diffLines(want, got))
				}
			}
			check("loading")
			graphtest.Load(t, s, replaced)
			check("replacing the seed")
			for _, r := range []*extract.Record{kremlin, replaced, tccb} {
				if ok, err := s.Delete(ctx, r.Source); err != nil || !ok {
					t.Fatalf("Delete(%s) = %v, %v", r.Source, ok, err)
				}
			}
			check("deleting everything")
			if st, err := s.Stats(ctx); err != nil || st != (graph.Stats{}) {
				t.Errorf("Stats() of an emptied store = %+v, %v, want zeros", st, err)
			}
		})
	}
}

// TestRecipesAgree checks that the Gizmo recipes of testdata/queries give
// what the analyst views give.
func TestRecipesAgree(t *testing.T) {
	ctx := context.Background()
	s := analystStore(t)
	run := func(name string, out any) {
		t.Helper()
		q, err := os.ReadFile(filepath.Join("..", "testdata", "queries", name))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := s.Query(ctx, "gizmo", string(q), &buf, graph.QueryOptions{}); err != nil {
			t.Fatalf("Query(%s) = %v", name, err)
		}
		if err := json.Unmarshal(buf.Bytes(), out); err != nil {
			t.Fatalf("Query(%s) = %s: %v", name, buf.String(), err)
		}
	}

	var pairs []struct {
		Pair         string
		Interactions int
	}
	run("who-talked-to-whom.js", &pairs)
	edges, err := s.Network(ctx, graph.NetworkOptions{Level: graph.PersonLevel})
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, p := range pairs {
		got = append(got, fmt.Sprintf("%s %d", p.Pair, p.Interactions))
	}
	for _, e := range edges {
		a, b := e.Source.Name, e.Target.Name
		if b < a {
			a, b = b, a
		}
		want = append(want, fmt.Sprintf("%s – %s %d", a, b, e.Weight))
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("who-talked-to-whom.js differs from Network(person):\n%s", diffLines(strings.Join(want, "\n"), strings.Join(got, "\n")))
	}

	var timeline []struct{ Date, Type, Readout string }
	run("aliyev-timeline.js", &timeline)
	tl, err := s.Timeline(ctx, "person/ilham-aliyev")
	if err != nil {
		t.Fatal(err)
	}
	got, want = nil, nil
	for _, r := range timeline {
		got = append(got, r.Date+" "+r.Type+" "+r.Readout)
	}
	for _, e := range tl {
		for _, r := range e.Readouts {
			want = append(want, e.Date+" "+e.Type+" "+r.Source)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("aliyev-timeline.js = %q, Timeline gives %q", got, want)
	}

	var said []struct {
		Readout    string
		Start, End int
		Verb, Text string
	}
	run("claims-by-person.js", &said)
	claims, err := s.Claims(ctx, graph.ClaimFilter{By: "person/ilham-aliyev"})
	if err != nil {
		t.Fatal(err)
	}
	got, want = nil, nil
	for _, c := range said {
		got = append(got, fmt.Sprintf("%s %d-%d %s %s", c.Readout, c.Start, c.End, c.Verb, c.Text))
	}
	for _, c := range claims {
		want = append(want, fmt.Sprintf("%s %d-%d %s %s", c.Readout.Source, c.Start, c.End, c.Verb, c.Text))
	}
	// The recipe sorts by source, Claims by date first.
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("claims-by-person.js differs from Claims(By Aliyev):\n%s", diffLines(strings.Join(want, "\n"), strings.Join(got, "\n")))
	}
}

// BenchmarkAnalyst times each analyst view on the testdata corpus.
func BenchmarkAnalyst(b *testing.B) {
	ctx := context.Background()
	for _, backend := range backends {
		s := backend.open(b, graph.Options{})
		graphtest.Load(b, s, allRecords(b)...)
		for _, v := range []struct {
			name string
			run  func() error
		}{
			{"network", func() error { _, err := s.Network(ctx, graph.NetworkOptions{}); return err }},
			{"timeline", func() error { _, err := s.Timeline(ctx, "person/ilham-aliyev"); return err }},
			{"claims", func() error { _, err := s.Claims(ctx, graph.ClaimFilter{}); return err }},
			{"claims-by", func() error { _, err := s.Claims(ctx, graph.ClaimFilter{By: "person/ilham-aliyev"}); return err }},
			{"who", func() error { _, err := s.Who(ctx, "person/ilham-aliyev"); return err }},
			{"stats", func() error { _, err := s.Stats(ctx); return err }},
			{"resolve", func() error { _, err := s.Resolve(ctx, "Aliyev"); return err }},
		} {
			b.Run(backend.name+"/"+v.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := v.run(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
