package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters, possibly with inner periods ("U.S.") or apostrophes ("d'Ivoire")
	tokNum                  // digits, possibly with inner separators ("2.5", "1,000", "4:15")
	tokPunct                // any other single rune
	tokPoss                 // the possessive "'s" or "’s" (or a lone apostrophe after an s)
)

// token is one word, number or punctuation mark of the text. Start and End
// are byte offsets into the text, end exclusive.
type token struct {
	Start, End int
	Text       string // text[Start:End], quotation marks as “ and ” (see quoteMark)
	Fold       string // lower case, diacritics removed, ’ -> '
	Kind       tokKind
	Cap        bool // first rune is upper case
	Upper      bool // every letter is upper case and there are at least two
	Sent       int  // index of the sentence
	NL         int  // number of line breaks between the previous token and this one
}

// tokenize splits text[start:end] into tokens. Hyphens, slashes and dashes are
// tokens of their own, so "Japan-Türkiye" is three tokens.
func tokenize(text string, start, end int) []token {
	toks := make([]token, 0, (end-start)/5+8)
	nl := 0
	low := false // inside „…“
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '\n':
			nl++
			i += size
			continue
		case unicode.IsSpace(r) || r == '\u00a0' || r == utf8.RuneError && size <= 1:
			i += size
			continue
		}
		j := i
		var kind tokKind
		switch {
		case isLetter(r):
			kind = tokWord
			j = scanWord(text, i, end)
		case r >= '0' && r <= '9':
			kind = tokNum
			j = scanNumber(text, i, end)
		case (r == '\'' || r == '’') && len(toks) > 0 && toks[len(toks)-1].End == i && toks[len(toks)-1].Kind == tokWord:
			// possessive: "Türkiye's", "Allies'"
			k := i + size
			if k < end && (text[k] == 's' || text[k] == 'S') && (k+1 >= end || !isLetterByte(text, k+1, end)) {
				kind, j = tokPoss, k+1
			} else {
				kind, j = tokPoss, k
			}
		default:
			kind = tokPunct
			j = i + size
		}
		t := token{Start: i, End: j, Text: text[i:j], Kind: kind, NL: nl}
		if kind == tokPunct {
			t.Text, low = quoteMark(t.Text, low)
		}
		t.Fold = fold(t.Text)
		if kind == tokWord {
			fr, _ := utf8.DecodeRuneInString(t.Text)
			t.Cap = unicode.IsUpper(fr)
			t.Upper = isAllUpper(t.Text)
		}
		toks = append(toks, t)
		nl = 0
		i = j
	}
	return toks
}

// quoteMark spells the quotation marks of other typographies as English
// ones, so that one opening “ and one closing ” mark every quotation: the
// low mark „ opens and the “ after it closes („…“ in German, Icelandic,
// Czech; „…” in Polish), and guillemets « » open and close. low reports
// whether a „ quotation is open, before and after the mark s.
func quoteMark(s string, low bool) (string, bool) {
	switch s {
	case "„", "«":
		return "“", s == "„"
	case "“":
		if low {
			return "”", false
		}
	case "”", "»":
		return "”", false
	}
	return s, low
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func isLetterByte(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return isLetter(r)
}

// scanWord returns the end of the word starting at i: letters, with inner
// apostrophes followed by a letter other than a possessive s ("d'Ivoire",
// "O'Brien"), and inner periods in abbreviations ("U.S.", "U.K.", "H.E.").
func scanWord(s string, i, end int) int {
	j := i
	letters := 0
	for j < end {
		r, size := utf8.DecodeRuneInString(s[j:end])
		if isLetter(r) || r == '\u0307' {
			j += size
			letters++
			continue
		}
		if (r == '\'' || r == '’') && j+size < end {
			nr, nsize := utf8.DecodeRuneInString(s[j+size : end])
			if isLetter(nr) && !((nr == 's' || nr == 'S') && (j+size+nsize >= end || !isLetterByte(s, j+size+nsize, end))) {
				j += size
				continue
			}
		}
		if r == '.' && letters <= 2 && j+1 < end {
			// an abbreviation such as U.S. or H.E.: a letter follows the period
			nr, nsize := utf8.DecodeRuneInString(s[j+1 : end])
			if isLetter(nr) && unicode.IsUpper(nr) {
				// must itself be short: U.S.A., H.E., not "end.The"
				k := j + 1 + nsize
				if k >= end || !isLetterByte(s, k, end) || (k < end && s[k] == '.') {
					j = k
					if j < end && s[j] == '.' {
						j++
						return j
					}
					continue
				}
			}
		}
		break
	}
	return j
}

func scanNumber(s string, i, end int) int {
	j := i
	for j < end {
		c := s[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == '.' || c == ',' || c == ':') && j+1 < end && s[j+1] >= '0' && s[j+1] <= '9' && j > i {
			j++
			continue
		}
		break
	}
	// ordinal suffixes and units glued to the number: 20th, 1st, 10am
	for j < end && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')) && j-i < 12 {
		j++
	}
	return j
}

func isAllUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// fold returns the matching key of a token or phrase: lower case, diacritics
// removed, typographic apostrophes and dashes replaced by ASCII ones.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || (s[i] >= 'A' && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
			continue
		}
		switch r {
		case '’', '‘', 'ʼ':
			b.WriteByte('\'')
			continue
		case '–', '—', '‑':
			b.WriteByte('-')
			continue
		case 'ı', 'İ':
			b.WriteByte('i')
			continue
		case 'ß':
			b.WriteString("ss")
			continue
		case 'ø', 'Ø':
			b.WriteByte('o')
			continue
		case 'ł', 'Ł':
			b.WriteByte('l')
			continue
		case 'đ', 'Đ':
			b.WriteByte('d')
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
}

// abbreviations that do not end a sentence when followed by a period.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "h.e": true, "st": true, "no": true,
	"jr": true, "sr": true, "gen": true, "lt": true, "col": true, "sen": true, "rep": true,
	"gov": true, "prof": true, "hon": true, "vs": true, "e.g": true, "i.e": true, "messrs": true,
	"amb": true, "rt": true, "sh": true, "smt": true, "shri": true, "adm": true, "maj": true,
	"capt": true, "brig": true, "sgt": true, "mt": true, "ft": true, "approx": true, "etc": false, "eng": true,
	"jan": true, "feb": true, "mar": false, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "a.m": false, "p.m": false, "u.s": false, "u.k": false,
}

// sentence starters that make a period after an abbreviation such as "U.S."
// or "p.m." end the sentence.
var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"in": true, "on": true, "during": true, "both": true, "this": true, "these": true,
	"at": true, "his": true, "her": true, "their": true, "our": true, "its": true,
	"following": true, "after": true, "earlier": true, "later": true, "there": true,
}

// splitSentences assigns a sentence index to every token and returns the
// byte spans of the sentences. A sentence ends at ".", "!" or "?" followed
// by a capitalised word, a quote or a digit; at a blank line; and at a line
// break before a capitalised word (title and date lines).
func splitSentences(text string, toks []token) []Span {
	var spans []Span
	if len(toks) == 0 {
		return spans
	}
	start := 0
	sent := 0
	closeAt := func(last int) {
		spans = append(spans, Span{toks[start].Start, toks[last].End})
		for k := start; k <= last; k++ {
			toks[k].Sent = sent
		}
		sent++
		start = last + 1
	}
	for i := range toks {
		if i+1 >= len(toks) {
			closeAt(i)
			break
		}
		next := toks[i+1]
		if next.NL >= 2 || (next.NL == 1 && lineBreakEnds(toks, i)) {
			closeAt(i)
			continue
		}
		t := toks[i]
		end := false
		switch {
		case t.Kind == tokPunct && (t.Text == "!" || t.Text == "?" || t.Text == "."):
			end = startsSentence(toks, i+1)
			if end && t.Text == "." && i > 0 && toks[i-1].End == t.Start {
				p := toks[i-1]
				f := p.Fold
				if ab, ok := abbrev[f]; ok && ab {
					end = false
				} else if initialAt(toks, i-1) {
					// an initial: "Antony J. Blinken", "S. Jaishankar",
					// "Guðni Th. Jóhannesson", "Yu. Ushakov"
					end = false
				}
			}
		case t.Kind == tokWord && strings.HasSuffix(t.Text, ".") && strings.Count(t.Text, ".") >= 2:
			// "U.S." or "p.m." closing a sentence: only before a clear sentence starter
			end = startsSentence(toks, i+1) && sentenceStarters[toks[i+1].Fold] && !toks[i+1].Upper
		case t.Kind == tokPunct && (t.Text == "\"" || t.Text == "”" || t.Text == ")") && i > 0:
			prev := toks[i-1].Text
			end = (prev == "." || prev == "!" || prev == "?") && startsSentence(toks, i+1)
		}
		if end {
			closeAt(i)
		}
	}
	return spans
}

// lineBreakEnds reports whether a single line break after toks[i] ends a
// sentence: the line ends with sentence punctuation, or it is a short line
// (a title, a date line, a list heading).
func lineBreakEnds(toks []token, i int) bool {
	t := toks[i]
	if t.Kind == tokPunct && strings.ContainsAny(t.Text, ".!?:\"”") {
		return true
	}
	// A hard-wrapped paragraph continues in lower case; a heading, a date
	// line or a list item is followed by a capitalised word or a number.
	return startsSentence(toks, i+1)
}

func startsSentence(toks []token, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	switch t.Kind {
	case tokWord:
		return t.Cap
	case tokNum:
		return true
	case tokPunct:
		return t.Text == "\"" || t.Text == "“" || t.Text == "(" || t.Text == "'" || t.Text == "‘"
	}
	return false
}

// initialAt reports whether toks[i] is the initial of a name: a capital
// letter, or one of the two-letter initials that romanise one letter
// (Icelandic "Th.", Russian, Uzbek and Mongolian "Sh.", "Zh.", "Kh.", "Yu."),
// with a full stop right after it.
func initialAt(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Text != "." || toks[i+1].Start != toks[i].End {
		return false
	}
	t := toks[i]
	if t.Kind != tokWord || !t.Cap {
		return false
	}
	switch utf8.RuneCountInString(t.Text) {
	case 1:
		return true
	case 2:
		// "Ye", "Yu", "Ch" are also whole syllables of Chinese and
		// Korean names ending a sentence ("met Ambassador Zhang Ye. Wang
		// Yi said"): an initial is followed by one capitalised surname
		// that no capitalised word or sentence opener continues
		if !digraphInitials[t.Text] || i+2 >= len(toks) {
			return false
		}
		n := toks[i+2]
		if n.Kind != tokWord || !n.Cap || sentenceStarters[n.Fold] {
			return false
		}
		return i+3 >= len(toks) || !(toks[i+3].Kind == tokWord && toks[i+3].Cap && toks[i+3].Start == n.End+1 && toks[i+3].NL == 0)
	}
	return false
}

// digraphInitials are the two-letter initials written for one letter of
// another alphabet: Þ, Ш, Ж, Х, Ч, Ц, Ю, Я, Е and the South Slavic and
// Hungarian digraphs.
var digraphInitials = map[string]bool{
	"Th": true, "Sh": true, "Zh": true, "Kh": true, "Ch": true, "Ts": true,
	"Yu": true, "Ya": true, "Ye": true, "Yo": true,
	"Dj": true, "Dž": true, "Lj": true, "Nj": true, "Gj": true, "Sz": true, "Cs": true, "Gy": true, "Ny": true, "Zs": true,
}
