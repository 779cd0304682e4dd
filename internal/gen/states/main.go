// Command states generates extract/data/states.tsv, the table of states the
// extractor recognises, from the world-countries data set and a hand-curated
// overlay.
//
// Run it from the module root after fetching world-countries (ODbL-1.0) with
// npm into a directory outside the repository:
//
//	mkdir -p /tmp/wc && cd /tmp/wc && npm pack world-countries && tar xzf world-countries-*.tgz
//	go run ./internal/gen/states -countries /tmp/wc/package/countries.json -o extract/data/states.tsv
//
// The states kept are the 193 UN member states, the two observer states (the
// Holy See, VAT, and Palestine, PSE), Kosovo (XKX), Taiwan (TWN), the Cook
// Islands (COK) and Niue (NIU). Each
// output row has the columns
//
//	iso3 qid name official aliases demonyms capitals
//
// with lists separated by '|', sorted by iso3. From world-countries come the
// common and official names, the English alternative spellings (two-letter
// codes, non-ASCII, inverted "X, Republic of" and foreign-language forms are
// dropped), the English demonyms and the capitals.
//
// The overlay (overlay.tsv beside this file, read from
// internal/gen/states/overlay.tsv unless -overlay says otherwise; same
// columns, '#' comments) is applied on top: a non-empty qid, name or official replaces the source value;
// a list field appends its items, except that an item "-X" removes X from the
// source list and a field starting with "=" replaces the source list whole.
// Every kept state must have an overlay row with its QID.
//
// The generator fails, naming both rows, when two states share a name,
// official name, alias, demonym or capital (compared case- and
// diacritic-insensitively, as the extractor matches them), and when a state
// lacks a QID. The output is deterministic: the same inputs give the same
// bytes.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// observers are the UN General Assembly's non-member observer states.
// world-countries marks the Holy See as a member, so they are named here.
var observers = map[string]bool{"VAT": true, "PSE": true}

// extras are states outside the UN that readouts name as states: Kosovo,
// Taiwan, and the Cook Islands and Niue, which conduct their own foreign
// relations in free association with New Zealand.
var extras = map[string]bool{"XKX": true, "TWN": true, "COK": true, "NIU": true}

// rename maps world-countries cca3 codes that are not ISO 3166-1 codes to the
// codes the table uses (Kosovo's user-assigned code).
var rename = map[string]string{"UNK": "XKX"}

// wantMembers is the number of UN member states.
const wantMembers = 193

// columns of the overlay and of the output.
var columns = []string{"iso3", "qid", "name", "official", "aliases", "demonyms", "capitals"}

// foreignWords mark an alternative spelling as a native-language form.
var foreignWords = map[string]bool{
	"republik": true, "republica": true, "republika": true, "repubblica": true, "republiek": true,
	"republiken": true, "repoblikan'i": true, "repiblik": true, "ripablik": true, "ripublik": true,
	"respublika": true, "respublikasy": true, "respublikasi": true, "royaume": true, "reino": true,
	"koninkrijk": true, "kongeriket": true, "kongeriget": true, "konungariket": true, "jamhuri": true,
	"jamhuuriyadda": true, "dawlat": true, "estado": true, "estados": true, "principat": true,
	"umbuso": true, "muso": true, "lefatshe": true, "matanitu": true, "vabariik": true,
	"tasavalta": true, "mamlakat": true, "ribaberiki": true, "independen": true, "bilong": true,
	"de": true, "del": true, "du": true, "da": true, "do": true, "ya": true, "wa": true, "des": true,
	"y": true, "e": true, "ko": true, "oa": true, "er": true, "ng": true, "blong": true, "la": true,
}

var (
	qidRE      = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	demonymSep = regexp.MustCompile(`, | or `) // "Antiguan, Barbudan", "Kittitian or Nevisian"
)

// country is the part of a world-countries record the generator reads.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA3         string   `json:"cca3"`
	UNMember     bool     `json:"unMember"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// state is one output row.
type state struct {
	ISO3, QID, Name, Official   string
	Aliases, Demonyms, Capitals []string
}

func main() {
	countries := flag.String("countries", "", "world-countries countries.json (required)")
	overlay := flag.String("overlay", "internal/gen/states/overlay.tsv", "overlay TSV")
	out := flag.String("o", "extract/data/states.tsv", "output TSV")
	flag.Parse()
	if *countries == "" {
		fmt.Fprintln(os.Stderr, "states: -countries is required")
		flag.Usage()
		os.Exit(2)
	}
	b, err := generate(*countries, *overlay)
	if err != nil {
		fmt.Fprintln(os.Stderr, "states:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "states:", err)
		os.Exit(1)
	}
}

// generate reads the inputs and returns the bytes of states.tsv.
func generate(countriesPath, overlayPath string) ([]byte, error) {
	raw, err := os.ReadFile(countriesPath)
	if err != nil {
		return nil, err
	}
	var cs []country
	if err := json.Unmarshal(raw, &cs); err != nil {
		return nil, fmt.Errorf("parse %s: %w", countriesPath, err)
	}
	over, err := readOverlay(overlayPath)
	if err != nil {
		return nil, err
	}

	states := map[string]*state{}
	members := 0
	for _, c := range cs {
		iso3 := c.CCA3
		if r, ok := rename[iso3]; ok {
			iso3 = r
		}
		switch {
		case observers[iso3] || extras[iso3]:
		case c.UNMember:
			members++
		default:
			continue
		}
		states[iso3] = fromSource(iso3, c)
	}
	if members != wantMembers {
		return nil, fmt.Errorf("%s: %d UN member states, want %d", countriesPath, members, wantMembers)
	}
	for code := range observers {
		if states[code] == nil {
			return nil, fmt.Errorf("%s: observer state %s missing", countriesPath, code)
		}
	}
	for code := range extras {
		if states[code] == nil {
			return nil, fmt.Errorf("%s: %s missing", countriesPath, code)
		}
	}

	for iso3, row := range over {
		s := states[iso3]
		if s == nil {
			return nil, fmt.Errorf("%s: %s is not a kept state", overlayPath, iso3)
		}
		if err := apply(s, row); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", overlayPath, iso3, err)
		}
	}

	codes := make([]string, 0, len(states))
	for code := range states {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	owner := map[string]string{} // folded phrase -> "ISO3 column"
	var buf bytes.Buffer
	buf.WriteString(strings.Join(columns, "\t") + "\n")
	for _, code := range codes {
		s := states[code]
		tidy(s)
		if !qidRE.MatchString(s.QID) {
			return nil, fmt.Errorf("%s: missing or malformed qid %q", code, s.QID)
		}
		if s.Name == "" || s.Official == "" {
			return nil, fmt.Errorf("%s: empty name or official name", code)
		}
		for _, p := range phrases(s) {
			key := fold(p.text)
			if prev, ok := owner[key]; ok && !strings.HasPrefix(prev, code+" ") {
				return nil, fmt.Errorf("%q is shared by %s and %s %s", p.text, prev, code, p.column)
			}
			owner[key] = code + " " + p.column
		}
		fields := []string{s.ISO3, s.QID, s.Name, s.Official,
			strings.Join(s.Aliases, "|"), strings.Join(s.Demonyms, "|"), strings.Join(s.Capitals, "|")}
		for _, f := range fields {
			if strings.ContainsAny(f, "\t\n\r") {
				return nil, fmt.Errorf("%s: field %q has a tab or line break", code, f)
			}
		}
		buf.WriteString(strings.Join(fields, "\t") + "\n")
	}
	return buf.Bytes(), nil
}

// fromSource builds a state from its world-countries record, keeping only
// English forms.
func fromSource(iso3 string, c country) *state {
	s := &state{ISO3: iso3, Name: c.Name.Common, Official: c.Name.Official}
	for _, a := range c.AltSpellings {
		if englishAlias(a) {
			s.Aliases = append(s.Aliases, a)
		}
	}
	if d, ok := c.Demonyms["eng"]; ok {
		for _, g := range []string{d.M, d.F} {
			for _, part := range demonymSep.Split(g, -1) {
				if part = strings.TrimSpace(part); part != "" {
					s.Demonyms = append(s.Demonyms, part)
				}
			}
		}
	}
	s.Capitals = append(s.Capitals, c.Capital...)
	return s
}

// englishAlias reports whether a world-countries alternative spelling is an
// English form worth matching: not a two-letter code, ASCII, not an inverted
// or parenthesised ISO form, not led by "The", without native-language words.
func englishAlias(a string) bool {
	if len(a) <= 2 {
		return false
	}
	for _, r := range a {
		if r >= 0x80 {
			return false
		}
	}
	if strings.ContainsAny(a, ",()") || strings.HasPrefix(strings.ToLower(a), "the ") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if foreignWords[w] {
			return false
		}
	}
	return true
}

// overlayRow is one row of overlay.tsv.
type overlayRow map[string]string

func readOverlay(path string) (map[string]overlayRow, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	rows := map[string]overlayRow{}
	var header []string
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if header == nil {
			if strings.Join(f, "\t") != strings.Join(columns, "\t") {
				return nil, fmt.Errorf("%s:%d: header %q, want %q", path, n+1, line, strings.Join(columns, "\t"))
			}
			header = f
			continue
		}
		if len(f) > len(header) {
			return nil, fmt.Errorf("%s:%d: %d columns, header has %d", path, n+1, len(f), len(header))
		}
		row := overlayRow{}
		for i, h := range header {
			if i < len(f) {
				row[h] = strings.TrimSpace(f[i])
			}
		}
		code := row["iso3"]
		if _, dup := rows[code]; dup {
			return nil, fmt.Errorf("%s:%d: second row for %s", path, n+1, code)
		}
		rows[code] = row
	}
	return rows, nil
}

// apply lays an overlay row over a state.
func apply(s *state, row overlayRow) error {
	if v := row["qid"]; v != "" {
		s.QID = v
	}
	if v := row["name"]; v != "" {
		s.Name = v
	}
	if v := row["official"]; v != "" {
		s.Official = v
	}
	var err error
	if s.Aliases, err = merge(s.Aliases, row["aliases"]); err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	if s.Demonyms, err = merge(s.Demonyms, row["demonyms"]); err != nil {
		return fmt.Errorf("demonyms: %w", err)
	}
	if s.Capitals, err = merge(s.Capitals, row["capitals"]); err != nil {
		return fmt.Errorf("capitals: %w", err)
	}
	return nil
}

// merge applies an overlay list field to a source list.
func merge(src []string, field string) ([]string, error) {
	if strings.HasPrefix(field, "=") {
		return split(field[1:]), nil
	}
	out := append([]string(nil), src...)
	for _, item := range split(field) {
		if rm, ok := strings.CutPrefix(item, "-"); ok {
			i := index(out, rm)
			if i < 0 {
				return nil, fmt.Errorf("%q to remove is not in the source", rm)
			}
			out = append(out[:i], out[i+1:]...)
			continue
		}
		out = append(out, item)
	}
	return out, nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func index(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// tidy drops list items that repeat the name, the official name or an item
// of an earlier list of the same state, and demonyms and capitals equal to
// the name.
func tidy(s *state) {
	seen := map[string]bool{s.Name: true, s.Official: true}
	keep := func(list []string) []string {
		var out []string
		for _, x := range list {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
		return out
	}
	s.Aliases = keep(s.Aliases)
	s.Demonyms = keep(s.Demonyms)
	s.Capitals = keep(s.Capitals)
}

type phrase struct{ text, column string }

// phrases lists every phrase the extractor will match for a state.
func phrases(s *state) []phrase {
	ps := []phrase{{s.Name, "name"}, {s.Official, "official"}}
	for _, a := range s.Aliases {
		ps = append(ps, phrase{a, "aliases"})
	}
	for _, d := range s.Demonyms {
		ps = append(ps, phrase{d, "demonyms"})
	}
	for _, c := range s.Capitals {
		ps = append(ps, phrase{c, "capitals"})
	}
	return ps
}

// fold is the comparison key of a phrase: lower case, Latin diacritics
// removed, typographic apostrophes and dashes made ASCII, a leading "the "
// dropped (the extractor skips it).
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := latin[r]; ok {
			b.WriteString(f)
			continue
		}
		switch r {
		case '’', '‘', 'ʼ', 'ʻ':
			r = '\''
		case '–', '—', '‑':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// latin maps lower-case Latin letters with diacritics to their base letters.
var latin = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i"}
	for base, rs := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ",
		"i": "ìíîïĩīĭį", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏő",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range rs {
			m[r] = base
		}
	}
	return m
}()
