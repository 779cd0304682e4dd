package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// publisherSig recognises an issuing office by its web domain or by the
// layout conventions of its readouts.
type publisherSig struct {
	Name   string
	Of     string   // ISO3 of the state, or the body key ("UN", "EU", "NATO")
	Domain []string // web domains of the source URL
	Marks  []string // phrases its readouts carry near the top or bottom
}

var publishers = []publisherSig{
	{"U.S. Department of State", "USA", []string{"state.gov"}, []string{"may be attributed to spokesperson", "is attributable to spokesperson", "following is attributable to"}},
	{"The White House", "USA", []string{"whitehouse.gov"}, []string{"readout of president biden", "readout of president trump", "readout of vice president", "the white house"}},
	{"Prime Minister's Office, 10 Downing Street", "GBR", []string{"gov.uk"}, []string{"pm call with", "pm meeting with", "pm speaks to", "pm's call with", "pm's meeting with", "10 downing street"}},
	{"President of Russia", "RUS", []string{"kremlin.ru", "en.kremlin.ru"}, nil},
	{"Ministry of Foreign Affairs of the People's Republic of China", "CHN", []string{"mfa.gov.cn", "fmprc.gov.cn"}, nil},
	{"Office of the President of the Republic of Azerbaijan", "AZE", []string{"president.az"}, nil},
	{"Ministry of Foreign Affairs of the Republic of Azerbaijan", "AZE", []string{"mfa.gov.az"}, []string{"press service department of the ministry of foreign affairs"}},
	{"Ministry of Foreign Affairs of the Republic of Armenia", "ARM", []string{"mfa.am"}, nil},
	{"Prime Minister of the Republic of Armenia", "ARM", []string{"primeminister.am"}, nil},
	{"Ministry of Foreign Affairs of Japan", "JPN", []string{"mofa.go.jp"}, []string{"the summary of the talk is as follows", "the overview of the meeting is as follows"}},
	{"Prime Minister's Office of Japan", "JPN", []string{"kantei.go.jp", "japan.kantei.go.jp"}, nil},
	{"Ministry of External Affairs, India", "IND", []string{"mea.gov.in"}, []string{"external affairs minister dr. s. jaishankar"}},
	{"Press Information Bureau, India", "IND", []string{"pib.gov.in"}, []string{"by pib delhi"}},
	{"President of the Republic of Kazakhstan (Akorda)", "KAZ", []string{"akorda.kz"}, nil},
	{"Presidency of the Republic of Türkiye", "TUR", []string{"tccb.gov.tr"}, nil},
	{"Saudi Press Agency", "SAU", []string{"spa.gov.sa"}, []string{", spa --", " spa -- ", "(spa)"}},
	{"Jordan News Agency (Petra)", "JOR", []string{"petra.gov.jo"}, []string{"(petra)"}},
	{"Emirates News Agency (WAM)", "ARE", []string{"wam.ae"}, []string{"(wam)", " wam --"}},
	{"Qatar News Agency", "QAT", []string{"qna.org.qa"}, []string{"(qna)"}},
	{"Oman News Agency", "OMN", []string{"omannews.gov.om"}, []string{"(ona)"}},
	{"Bahrain News Agency", "BHR", []string{"bna.bh"}, []string{"(bna)"}},
	{"Maghreb Arab Press (MAP)", "MAR", []string{"mapnews.ma"}, []string{"(map)"}},
	{"Algérie Presse Service", "DZA", []string{"aps.dz"}, []string{"(aps)"}},
	{"Agence Kampuchea Presse", "KHM", []string{"akp.gov.kh"}, []string{" akp --"}},
	{"National Information Agency of Tajikistan (Khovar)", "TJK", []string{"khovar.tj"}, []string{"\"khovar\""}},
	{"Egyptian Presidency", "EGY", []string{"presidency.eg"}, nil},
	{"Ministry of Foreign Affairs of Egypt", "EGY", []string{"mfa.gov.eg"}, nil},
	{"Kuwait News Agency (KUNA)", "KWT", []string{"kuna.net.kw"}, []string{"(kuna)"}},
	{"Ministry of Foreign Affairs of the Republic of Korea", "KOR", []string{"mofa.go.kr"}, nil},
	{"Office of the President of the Republic of Korea", "KOR", []string{"president.go.kr"}, nil},
	{"Prime Minister of Canada", "CAN", []string{"pm.gc.ca"}, nil},
	{"European Council", "EU", []string{"consilium.europa.eu"}, nil},
	{"European External Action Service", "EU", []string{"eeas.europa.eu"}, nil},
	{"European Commission", "EU", []string{"ec.europa.eu", "commission.europa.eu"}, nil},
	{"NATO", "NATO", []string{"nato.int"}, nil},
	{"United Nations Secretary-General", "UN", []string{"un.org", "press.un.org"}, []string{"readout of the secretary-general", "readout of the secretary general"}},
	{"Élysée", "FRA", []string{"elysee.fr"}, nil},
	{"Government of the Slovak Republic", "SVK", []string{"vlada.gov.sk", "mzv.sk"}, nil},
	{"Ministry of Foreign Affairs of Singapore", "SGP", []string{"mfa.gov.sg"}, nil},
	{"Prime Minister's Office of Singapore", "SGP", []string{"pmo.gov.sg"}, nil},
	{"Ministry of Foreign Affairs of Pakistan", "PAK", []string{"mofa.gov.pk"}, nil},
	{"Prime Minister's Office of Pakistan", "PAK", []string{"pmo.gov.pk"}, nil},
	{"Federal Department of Foreign Affairs", "CHE", []string{"eda.admin.ch"}, nil},
	// www.admin.ch alone: the other departments' hosts and the shared news
	// portal (news.admin.ch) are under admin.ch too
	{"The Federal Council", "CHE", []string{"www.admin.ch"}, nil},
}

// detectPublisher names the issuing office from the source URL, a footer
// naming it ("Publisher: ..."), the readout's layout, or its name on a line
// of its own near the top or bottom, and remembers its state for bare titles ("the Prime
// Minister" in a 10 Downing Street readout is the UK's).
func (a *analysis) detectPublisher(doc Document) {
	url := strings.ToLower(doc.URL)
	if url == "" && strings.Contains(doc.Source, "://") {
		url = strings.ToLower(doc.Source)
	}
	if url != "" {
		host := url
		if i := strings.Index(host, "://"); i >= 0 {
			host = host[i+3:]
		}
		if i := strings.IndexAny(host, "/?#"); i >= 0 {
			host = host[:i]
		}
		for _, p := range publishers {
			for _, d := range p.Domain {
				if host == d || strings.HasSuffix(host, "."+d) {
					a.publisher, a.pubOf = p.Name, p.Of
					return
				}
			}
		}
	}
	head := strings.ToLower(a.text[:min(len(a.text), 600)])
	for _, p := range publishers {
		for _, m := range p.Marks {
			if strings.Contains(head, m) {
				a.publisher, a.pubOf = p.Name, p.Of
				return
			}
		}
	}
	// a footer that says so: "Publisher: Federal Department of Foreign
	// Affairs" (after the layout's marks, which also know the state)
	if name, start := publisherLabel(a.text); name != "" {
		a.publisher, a.pubOf = name, a.publisherOf(name, start, start+len(name))
		return
	}
	if name, of := a.publisherOwnLine(); name != "" {
		a.publisher, a.pubOf = name, of
	}
}

// publisherLabels open a line that names the issuing office.
var publisherLabels = []string{"publisher", "published by", "issued by", "herausgeber", "éditeur", "editeur", "editore", "editor responsable"}

// publisherLabel returns the office a line of the text names after a
// publisher's label ("Publisher: Federal Department of Foreign Affairs",
// as the Swiss federal administration signs its releases, "Issued by:
// ..."), or on the line after a label alone ("Publisher:" over the name),
// and the name's byte offset; or "", -1.
func publisherLabel(text string) (string, int) {
	off := 0
	for line := range strings.SplitAfterSeq(text, "\n") {
		start := off
		off += len(line)
		l := strings.TrimSpace(line)
		colon := strings.IndexByte(l, ':')
		if colon < 0 || !slices.Contains(publisherLabels, strings.ToLower(strings.TrimSpace(l[:colon]))) {
			continue
		}
		name := strings.TrimSpace(l[colon+1:])
		at := start + strings.Index(line, l) + colon + 1
		if name == "" {
			// the name on the next line that is not empty
			rest := text[off:]
			n := strings.TrimLeft(rest, " \t\n")
			name, _, _ = strings.Cut(n, "\n")
			name = strings.TrimSpace(name)
			at = off + len(rest) - len(n)
		}
		name = strings.TrimSuffix(name, ".")
		if strings.Contains(name, ":") {
			continue // the next label ("Internet: https://...")
		}
		if r, _ := utf8.DecodeRuneInString(name); len(name) < 3 || len(name) > 150 || !unicode.IsUpper(r) {
			continue
		}
		return name, at + strings.Index(text[at:], name)
	}
	return "", -1
}

// publisherOf returns the state or body key of a publisher named in
// text[start:end]: a known publisher's, else that of the state its name
// names ("Ministry of Foreign Affairs of the Republic of Latvia"), else "".
func (a *analysis) publisherOf(name string, start, end int) string {
	for _, p := range publishers {
		if strings.EqualFold(p.Name, name) {
			return p.Of
		}
	}
	for k, t := range a.toks {
		if t.Start < start || t.End > end {
			continue
		}
		if m, ok := a.g.lookup(a.toks, k); ok && a.toks[m.J-1].End <= end {
			for _, e := range m.Entries {
				if e.Kind == eState {
					return a.g.states[e.Ref].ISO3
				}
			}
		}
	}
	return ""
}

// tagHeadings head the lists of tags and links under a web page's text.
var tagHeadings = map[string]bool{
	"tags": true, "topics": true, "related": true, "related articles": true, "related content": true,
	"related news": true, "see also": true, "share": true, "share this": true, "keywords": true,
}

// publisherOwnLine returns a known publisher named on a line of its own
// among the first lines under the title or the last lines of the text
// ("European Council" under the title), or a foreign ministry signing
// with its state ("MINISTRY OF FOREIGN AFFAIRS" over "SINGAPORE", as
// Singapore's ministry ends its releases), with its state or body key; or
// "", "".
func (a *analysis) publisherOwnLine() (string, string) {
	var lines []string
	for l := range strings.SplitSeq(a.text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return "", "" // an empty text
	}
	var near []int // indexes into lines: the three under the title, the last four
	for i := 1; i < len(lines) && i <= 3; i++ {
		near = append(near, i)
	}
	tagged := false // the text ends with a list of tags or links, not a signature
	for _, l := range lines[max(1, len(lines)-10):] {
		tagged = tagged || tagHeadings[strings.ToLower(strings.TrimSuffix(l, ":"))]
	}
	for i := max(4, len(lines)-4); i < len(lines) && !tagged; i++ {
		near = append(near, i)
	}
	for _, i := range near {
		l := strings.TrimSuffix(lines[i], ".")
		for _, p := range publishers {
			if strings.EqualFold(p.Name, l) {
				return p.Name, p.Of
			}
		}
		if !strings.EqualFold(l, "Ministry of Foreign Affairs") || i+1 >= len(lines) {
			continue
		}
		for _, st := range a.g.states {
			if strings.EqualFold(lines[i+1], st.Name) {
				for _, p := range publishers {
					if p.Of == st.ISO3 && strings.HasPrefix(p.Name, "Ministry of Foreign Affairs") {
						return p.Name, p.Of
					}
				}
				return "Ministry of Foreign Affairs of " + st.Name, st.ISO3
			}
		}
	}
	return "", ""
}
