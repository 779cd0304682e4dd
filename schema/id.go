package schema

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Entity IDs are short, stable and readable: "state/AZE", "person/ilham-aliyev",
// "institution/osce-minsk-group". The same real thing gets the same ID in every
// readout. Its IRI in the graph is IDNS + the ID percent-encoded: see EntityIRI.

// StateID returns the entity ID of the state with ISO 3166-1 alpha-3 code iso3.
func StateID(iso3 string) string { return "state/" + strings.ToUpper(iso3) }

// PersonID returns the entity ID of the person with canonical name name.
func PersonID(name string) string { return "person/" + Slug(name) }

// InstitutionID returns the entity ID of an institution given its table key
// or, for an institution not in the table, its canonical name.
func InstitutionID(key string) string { return "institution/" + Slug(key) }

// Slug folds s to a lower-case ASCII key: diacritics removed, letters that
// carry no diacritic to decompose spelled as they are romanised (ø o, ł l,
// ð and đ d, þ th, æ ae, œ oe, ß ss), runs of other characters replaced by
// one '-'. Slug("Recep Tayyip Erdoğan") is "recep-tayyip-erdogan" and
// Slug("Guðni Th. Jóhannesson") "gudni-th-johannesson". It returns "x" for a
// string with no letter or digit.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ı':
			r = 'i'
		case r == 'ø' || r == 'Ø':
			r = 'o'
		case r == 'ł' || r == 'Ł':
			r = 'l'
		case r == 'ð' || r == 'Ð' || r == 'đ' || r == 'Đ':
			r = 'd'
		case r == 'ħ' || r == 'Ħ':
			r = 'h'
		case ligature[r] != "":
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteString(ligature[r])
			dash = false
			continue
		}
		r = unicode.ToLower(r)
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// ligature holds the letters Slug spells with two ASCII letters.
var ligature = map[rune]string{
	'ß': "ss", 'þ': "th", 'Þ': "th", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
}
