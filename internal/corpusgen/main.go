// Command corpusgen writes a synthetic corpus of diplomatic readouts for
// benchmarks (make bench): deterministic from its seed, varied, and built
// from readout's own knowledge tables (extract/data/*.tsv): states, their
// office-holders on the readout's date, institutions, places, titles and
// the reporting verbs that make claims. Readouts come in the publisher
// styles of testdata/readouts (State Department, White House, Kremlin,
// Chinese MFA, No 10, MEA, Japan's MOFA, a generic ministry, the UN
// Secretary-General, the European Commission), cover every event type,
// use relative dates ("yesterday", "on Tuesday"), and about one in eight
// calls is also published by the other side, so that accounts merge into
// interactions as in real archives. About one in ten is HTML.
//
// The corpus is for measuring speed only: no test relies on what the
// extractor makes of it.
//
//	go run ./internal/corpusgen -n 100000 -o /tmp/corpus -seed 1
//
// Files go to DIR/NNN/NNNNNN-style.txt, 1,000 to a directory.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

func main() {
	n := flag.Int("n", 1000, "number of readouts to write")
	out := flag.String("o", "", "output `dir`ectory (created)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	data := flag.String("data", "extract/data", "`dir`ectory of readout's knowledge tables")
	flag.Parse()
	if *out == "" || *n < 0 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: corpusgen -n N -o DIR [-seed S] [-data extract/data]")
		os.Exit(2)
	}
	t, err := loadTables(*data)
	if err != nil {
		fmt.Fprintf(os.Stderr, "corpusgen: %v\n", err)
		os.Exit(1)
	}
	if err := write(t, *out, *n, *seed); err != nil {
		fmt.Fprintf(os.Stderr, "corpusgen: %v\n", err)
		os.Exit(1)
	}
}

// write generates readouts 0..n-1 into dir on all cores. Readout i depends
// only on (seed, i), so the corpus is the same however it is scheduled.
func write(t *tables, dir string, n int, seed uint64) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				for _, f := range t.readout(seed, i) {
					p := filepath.Join(dir, fmt.Sprintf("%03d", f.index/1000), f.name)
					err := os.MkdirAll(filepath.Dir(p), 0o755)
					if err == nil {
						err = os.WriteFile(p, []byte(f.text), 0o644)
					}
					if err != nil {
						mu.Lock()
						if first == nil {
							first = err
						}
						mu.Unlock()
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	return first
}

// state is a row of states.tsv.
type state struct {
	iso3, name, official, demonym, capital string
}

// holder is a row of offices.tsv: who held an office of a state when.
type holder struct {
	name, office, of string
	start, end       string // YYYY-MM-DD; "" open
}

type institution struct{ name, acronym string }

type verb struct{ lemma, past, needs string }

type tables struct {
	states       []state
	byISO        map[string]state
	holders      map[string][]holder // by state ISO3 + "/" + office
	isos         []string            // states with a head of state or government
	institutions []institution
	places       []string
	verbs        []verb
}

func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows, sc.Err()
}

func col(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

func loadTables(dir string) (*tables, error) {
	t := &tables{byISO: map[string]state{}, holders: map[string][]holder{}}
	rows, err := readTSV(filepath.Join(dir, "states.tsv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		s := state{iso3: col(r, 0), name: col(r, 2), official: col(r, 3),
			demonym: strings.Split(col(r, 5), "|")[0], capital: strings.Split(col(r, 6), "|")[0]}
		t.states = append(t.states, s)
		t.byISO[s.iso3] = s
	}
	if rows, err = readTSV(filepath.Join(dir, "offices.tsv")); err != nil {
		return nil, err
	}
	for _, r := range rows {
		h := holder{name: col(r, 0), office: col(r, 3), of: col(r, 4), start: col(r, 5), end: col(r, 6)}
		if h.start == "" {
			continue
		}
		k := h.of + "/" + h.office
		if h.office == "head_of_state" && len(t.holders[h.of+"/head_of_state"]) == 0 {
			t.isos = append(t.isos, h.of)
		}
		t.holders[k] = append(t.holders[k], h)
	}
	if rows, err = readTSV(filepath.Join(dir, "institutions.tsv")); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if k := col(r, 6); k == "igo" || k == "conference" || k == "format" || k == "organ" {
			t.institutions = append(t.institutions, institution{name: col(r, 2), acronym: strings.Split(col(r, 3), "|")[0]})
		}
	}
	if rows, err = readTSV(filepath.Join(dir, "places.tsv")); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if k := col(r, 1); k == "region" || k == "sea" || k == "territory" {
			t.places = append(t.places, col(r, 0))
		}
	}
	if rows, err = readTSV(filepath.Join(dir, "verbs.tsv")); err != nil {
		return nil, err
	}
	for _, r := range rows {
		v := verb{lemma: col(r, 0), past: col(r, 1), needs: col(r, 6)}
		if v.needs == "obj" || strings.Contains(v.lemma, " ") {
			continue
		}
		if v.past == "" {
			v.past = pastOf(v.lemma)
		}
		t.verbs = append(t.verbs, v)
	}
	if len(t.isos) < 3 || len(t.verbs) == 0 || len(t.institutions) == 0 || len(t.places) == 0 {
		return nil, fmt.Errorf("%s: tables too small to generate readouts", dir)
	}
	return t, nil
}

// pastOf inflects a regular English verb.
func pastOf(lemma string) string {
	switch {
	case strings.HasSuffix(lemma, "e"):
		return lemma + "d"
	case strings.HasSuffix(lemma, "y") && !strings.ContainsAny(lemma[len(lemma)-2:len(lemma)-1], "aeiou"):
		return lemma[:len(lemma)-1] + "ied"
	}
	return lemma + "ed"
}

// holderOn returns who held office of iso on day, if anyone did.
func (t *tables) holderOn(iso, office, day string) (holder, bool) {
	for _, h := range t.holders[iso+"/"+office] {
		if h.start <= day && (h.end == "" || day < h.end) {
			return h, true
		}
	}
	return holder{}, false
}

// party is one side of a readout's event.
type party struct {
	st    state
	who   holder
	title string // "President", "Foreign Minister", ...
}

func (p party) full() string { return p.title + " " + p.who.name }

func (p party) short() string {
	parts := strings.Fields(p.who.name)
	return p.title + " " + parts[len(parts)-1]
}

var titles = map[string]string{
	"head_of_state":      "President",
	"head_of_government": "Prime Minister",
	"foreign_minister":   "Foreign Minister",
	"defence_minister":   "Defence Minister",
}

// publishers with a house style, by ISO3; other states get the generic
// ministry style.
var publishers = []string{"USA", "USA", "RUS", "CHN", "GBR", "IND", "JPN", "AZE", "TUR", "ARM", "FRA", "DEU", "UN", "EU"}

var eventTypes = []string{"phone_call", "phone_call", "phone_call", "video_call", "meeting", "meeting", "visit", "letter", "talks"}

// file is one generated readout.
type file struct {
	index      int
	name, text string
}

// readout returns readout i and, now and then, the other side's account of
// the same call (same index, another name).
func (t *tables) readout(seed uint64, i int) []file {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3450))
	ds := day.Format(time.DateOnly)
	typ := eventTypes[r.IntN(len(eventTypes))]
	pub := publishers[r.IntN(len(publishers))]
	if r.IntN(3) == 0 {
		pub = t.isos[r.IntN(len(t.isos))]
	}
	office := []string{"head_of_state", "head_of_state", "head_of_government", "foreign_minister", "foreign_minister", "defence_minister"}[r.IntN(6)]
	pick := func(iso string) (party, bool) {
		off := office
		if _, ok := t.holderOn(iso, off, ds); !ok {
			off = "head_of_state"
		}
		h, ok := t.holderOn(iso, off, ds)
		if !ok {
			return party{}, false
		}
		return party{st: t.byISO[iso], who: h, title: titles[off]}, true
	}
	var host, guest party
	var ok bool
	for range 50 {
		switch pub {
		case "UN", "EU":
			off := map[string]string{"UN": "un_secretary_general", "EU": "eu_commission_president"}[pub]
			var h holder
			if h, ok = t.holderOn(pub, off, ds); !ok {
				continue
			}
			title := map[string]string{"UN": "Secretary-General", "EU": "President"}[pub]
			host = party{st: state{iso3: pub, name: map[string]string{"UN": "the United Nations", "EU": "the European Union"}[pub], demonym: pub}, who: h, title: title}
		default:
			if host, ok = pick(pub); !ok {
				continue
			}
		}
		g := t.isos[r.IntN(len(t.isos))]
		if g == host.st.iso3 {
			continue
		}
		if guest, ok = pick(g); ok {
			break
		}
	}
	if !ok {
		host, guest = t.fallback(ds)
	}
	g := &gen{t: t, r: r, day: day, typ: typ, host: host, guest: guest, pub: pub}
	text := g.text()
	ext := ".txt"
	if r.IntN(10) == 0 {
		text, ext = htmlPage(text), ".html"
	}
	out := []file{{index: i, name: fmt.Sprintf("%06d-%s%s", i, strings.ToLower(pub), ext), text: text}}
	if typ == "phone_call" && pub != "UN" && pub != "EU" && r.IntN(8) == 0 {
		// The other side's readout of the same call, published the next
		// day in its own capital's time zone.
		mirror := &gen{t: t, r: r, day: day.AddDate(0, 0, r.IntN(2)), typ: typ, host: guest, guest: host, pub: guest.st.iso3}
		out = append(out, file{index: i, name: fmt.Sprintf("%06d-%s-mirror.txt", i, strings.ToLower(guest.st.iso3)), text: mirror.text()})
	}
	return out
}

// fallback returns two parties that always exist (the tables hold the
// US and Russian heads of state).
func (t *tables) fallback(day string) (party, party) {
	a, _ := t.holderOn("USA", "head_of_state", day)
	b, _ := t.holderOn("RUS", "head_of_state", day)
	return party{st: t.byISO["USA"], who: a, title: "President"}, party{st: t.byISO["RUS"], who: b, title: "President"}
}

// gen writes one readout.
type gen struct {
	t           *tables
	r           *rand.Rand
	day         time.Time
	typ         string
	host, guest party
	pub         string
	b           strings.Builder
}

func (g *gen) one(xs ...string) string { return xs[g.r.IntN(len(xs))] }

// when is a relative date for the event: today, yesterday, a weekday.
func (g *gen) when() (string, time.Time) {
	switch g.r.IntN(4) {
	case 0:
		return "today", g.day
	case 1:
		return "yesterday", g.day.AddDate(0, 0, -1)
	case 2:
		d := g.day.AddDate(0, 0, -1-g.r.IntN(5))
		return "on " + d.Weekday().String(), d
	}
	return "on " + g.day.Format("January 2"), g.day
}

func (g *gen) verbPhrase() string {
	switch g.typ {
	case "phone_call":
		return g.one("spoke by phone with", "held a telephone conversation with", "had a phone call with", "received a telephone call from")
	case "video_call":
		return g.one("held a video call with", "held a videoconference with")
	case "meeting":
		return g.one("met with", "held a meeting with", "received")
	case "visit":
		return g.one("received", "hosted", "welcomed")
	case "letter":
		return g.one("sent a letter to", "addressed a message to")
	}
	return g.one("held talks with", "held consultations with")
}

func (g *gen) noun() string {
	return map[string]string{"phone_call": "Call", "video_call": "Video Call", "meeting": "Meeting",
		"visit": "Meeting", "letter": "Letter", "talks": "Talks"}[g.typ]
}

// headline and dateline in the publisher's style.
func (g *gen) head() {
	h, gs := g.host, g.guest
	long := g.day.Format("January 2, 2006")
	euro := g.day.Format("2 January 2006")
	switch g.pub {
	case "USA":
		fmt.Fprintf(&g.b, "Readout of %s's %s with %s of %s\n%s\n\n", h.short(), g.noun(), gs.short(), gs.st.name, long)
	case "RUS":
		fmt.Fprintf(&g.b, "%s with %s of %s %s\n%s, %02d:%02d\n\n", g.noun(), gs.title, gs.st.name, gs.who.name, long, 9+g.r.IntN(10), g.r.IntN(60))
	case "CHN":
		fmt.Fprintf(&g.b, "%s Holds %s with %s %s %s\n%s %02d:%02d\n\n", h.who.name, g.noun(), gs.st.demonym, gs.title, gs.who.name, g.day.Format(time.DateOnly), 8+g.r.IntN(12), g.r.IntN(60))
	case "GBR":
		fmt.Fprintf(&g.b, "PM %s with %s of %s: %s\nPublished %s\n\n", strings.ToLower(g.noun()), gs.short(), gs.st.name, euro, euro)
	case "IND":
		fmt.Fprintf(&g.b, "%s between %s and %s of %s\n\n", g.noun(), h.title, gs.title, gs.st.name)
	case "JPN":
		fmt.Fprintf(&g.b, "Japan-%s %s %s\n%s\n\n", gs.st.name, h.title, g.noun(), long)
	case "UN":
		fmt.Fprintf(&g.b, "New York, %s\n\nReadout of the Secretary-General's %s with H.E. %s, %s of %s\n\n", euro, strings.ToLower(g.noun()), gs.who.name, gs.title, gs.st.official)
	case "EU":
		fmt.Fprintf(&g.b, "Statement by %s following the %s with %s\nBrussels, %s\n\n", h.short(), strings.ToLower(g.noun()), gs.short(), euro)
	default:
		fmt.Fprintf(&g.b, "%s of the %s of %s with the %s of %s\n%s\n\n", g.noun(), h.title, h.st.name, gs.title, gs.st.name, euro)
	}
}

// lead is the event sentence.
func (g *gen) lead() {
	h, gs := g.host, g.guest
	rel, d := g.when()
	switch g.pub {
	case "UN":
		fmt.Fprintf(&g.b, "The Secretary-General %s H.E. Mr. %s, %s of %s, %s.\n\n", g.verbPhrase(), gs.who.name, gs.title, gs.st.official, rel)
	case "EU":
		fmt.Fprintf(&g.b, "%s %s %s %s %s of %s %s.\n\n", h.title, h.who.name, g.verbPhrase(), gs.title, gs.who.name, gs.st.name, rel)
	case "CHN":
		fmt.Fprintf(&g.b, "On %s, %s %s %s %s %s %s.\n\n", d.Format("January 2, 2006"), h.title, h.who.name, g.verbPhrase(), gs.st.demonym, gs.title, gs.who.name)
	case "JPN":
		fmt.Fprintf(&g.b, "On %s, commencing at %d:%02d p.m. for approximately %d minutes, %s %s of %s %s H.E. %s %s of %s.\n\n",
			d.Format("January 2"), 1+g.r.IntN(8), 5*g.r.IntN(12), 10+5*g.r.IntN(8), h.title, h.who.name, h.st.name, g.verbPhrase(), gs.title, gs.who.name, gs.st.official)
	default:
		fmt.Fprintf(&g.b, "%s %s %s %s %s of %s %s.", h.title, h.who.name, g.verbPhrase(), gs.title, gs.who.name, gs.st.name, rel)
		if g.r.IntN(3) == 0 {
			fmt.Fprintf(&g.b, " The conversation took place at the initiative of the %s side.", gs.st.demonym)
		}
		g.b.WriteString("\n\n")
	}
}

func (g *gen) topic() string {
	t := g.t
	inst := t.institutions[g.r.IntN(len(t.institutions))]
	place := t.places[g.r.IntN(len(t.places))]
	third := t.states[g.r.IntN(len(t.states))]
	switch g.r.IntN(7) {
	case 0:
		return "the situation in " + place
	case 1:
		return "cooperation within the " + inst.name
	case 2:
		return fmt.Sprintf("bilateral trade and investment between %s and %s", g.host.st.name, g.guest.st.name)
	case 3:
		return fmt.Sprintf("the upcoming %s meeting in %s", inst.name, third.capital)
	case 4:
		return fmt.Sprintf("developments in %s and their consequences for %s", third.name, place)
	case 5:
		return "energy security and connectivity projects"
	}
	return fmt.Sprintf("the %s-%s strategic partnership", g.host.st.demonym, g.guest.st.demonym)
}

// claim is a sentence in which a side says something.
func (g *gen) claim() string {
	v := g.t.verbs[g.r.IntN(len(g.t.verbs))]
	speaker := g.host.short()
	if g.r.IntN(2) == 0 {
		speaker = g.guest.short()
	}
	if g.pub == "UN" && g.r.IntN(2) == 0 {
		speaker = "The Secretary-General"
	}
	past := v.past
	if p, ok := strings.CutPrefix(v.needs, "prt:"); ok {
		past += " " + strings.Split(p, "|")[0]
	}
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s %s %s.", speaker, past, g.topic())
	case 1:
		return fmt.Sprintf("%s %s that %s would continue to support %s.", speaker, past, g.host.st.name, g.topic())
	case 2:
		return fmt.Sprintf("The two sides %s %s.", g.one("discussed", "exchanged views on", "reviewed"), g.topic())
	}
	return fmt.Sprintf("%s %s the importance of %s, and %s %s.", speaker, past, g.topic(), g.one("stressed", "noted", "underlined"), g.topic())
}

func (g *gen) text() string {
	g.head()
	g.lead()
	for p := range 1 + g.r.IntN(4) {
		if g.pub == "IND" || g.pub == "JPN" {
			fmt.Fprintf(&g.b, "%d. ", p+2)
		}
		for s := range 1 + g.r.IntN(3) {
			if s > 0 {
				g.b.WriteByte(' ')
			}
			g.b.WriteString(g.claim())
		}
		g.b.WriteString("\n\n")
	}
	if g.r.IntN(3) == 0 {
		fmt.Fprintf(&g.b, "The leaders agreed to %s.\n", g.one("maintain contacts", "meet at the earliest opportunity", "stay in close touch", "continue the dialogue"))
	}
	return g.b.String()
}

// htmlPage wraps text as a publisher's web page: the first line the title.
func htmlPage(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n\n")
	var b strings.Builder
	head := strings.SplitN(lines[0], "\n", 2)
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head><title>%s</title></head>\n<body>\n<nav><a href=\"/\">Home</a></nav>\n<article>\n<h1>%s</h1>\n", html.EscapeString(head[0]), html.EscapeString(head[0]))
	if len(head) > 1 {
		fmt.Fprintf(&b, "<p class=\"date\">%s</p>\n", html.EscapeString(head[1]))
	}
	for _, p := range lines[1:] {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</article>\n<footer>Press office</footer>\n</body></html>\n")
	return b.String()
}
