package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Document is one readout as read from its container, before extraction.
//
// Text is the whole readout after decoding and line-end normalisation
// (UTF-8, LF line ends; a UTF-8 BOM removed, UTF-16 decoded, CRLF and lone CR
// turned into LF), title line included: every offset (Body, DateSpan, and
// the offsets in a Record) is a byte offset into Text, not into Raw. For
// HTML, Text is the extracted text laid out like a .txt readout: the title
// line, a blank line, the date line as written on the page (when there is
// one) and a blank line, then the body paragraphs separated by blank lines.
type Document struct {
	Source    string // path (or path:line for JSON Lines) or URL
	URL       string // canonical URL when the container gives one
	Title     string // title from the container (HTML <title>, JSONL "title"); may be empty
	Published string // publication date from the container, "2024-06-21" or "2024-06-21T09:07"; may be empty
	Text      string // the readout text, UTF-8, LF line ends; offsets point into it
	Raw       []byte // the input bytes this document came from, for the content hash
	Line      int    // 1-based line in a JSON Lines file, 0 otherwise
	Body      int    // byte offset in Text where the body starts (after title and date line)
	DateSpan  [2]int // byte span of the date line or dateline in Text, {-1, -1} if none
}

// DefaultMaxBytes is the input size limit Read applies when
// ReadOptions.MaxBytes is 0: 8 MiB.
const DefaultMaxBytes = 8 << 20

// ReadOptions configures [Read].
type ReadOptions struct {
	// MaxBytes is the largest input Read accepts, in bytes: 0 means
	// DefaultMaxBytes, a negative value means no limit.
	MaxBytes int64
}

// Error is a problem with the input: a whole file (Line 0) or one line of
// a JSON Lines file. Line and Col are 1-based; 0 means unknown.
type Error struct {
	Source    string // the name passed to Read
	Line, Col int
	Msg       string
}

// Error formats the error as "src:line:col: msg", leaving out the line and
// column when they are 0.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
		if e.Col > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Col))
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is a list of input errors, as returned by [Read] for a JSON
// Lines file with bad lines. The zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an Error with the given position and message.
func (l *ErrorList) Add(src string, line, col int, msg string) {
	*l = append(*l, &Error{Source: src, Line: line, Col: col, Msg: msg})
}

// Len, Swap and Less implement sort.Interface, ordering by source, line,
// column and message.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	return a.Msg < b.Msg
}

// Sort sorts the list in place.
func (l ErrorList) Sort() { sort.Sort(l) }

// Error returns the first error and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Read turns the bytes of one input file into documents. name is the path
// or URL; it becomes Document.Source and selects the format with its
// extension:
//
//   - .jsonl, .ndjson: one document per non-empty line, each a JSON object
//     with "text" (or "body"), and optionally "title", "url" (or "source")
//     and "published" (or "date"). Source is name:line. When the text does
//     not start with the title, Text is the title, a blank line and the text.
//     MaxBytes limits each line, not the file.
//   - .html, .htm, .xhtml, or any other file that starts with
//     "<!doctype html" or "<html": one document, the page's main text (see
//     [Document]) without navigation, cookie banners, share links and
//     captions; a spokesperson attribution line is kept (it names a
//     person, and the extractor knows it makes no claim).
//   - anything else: one plain-text document. The title is the first
//     non-empty line; the publication date comes from a date line among the
//     first lines, a dateline opening the body ("WASHINGTON, March 3, 2023
//     —") or a date line ending the text ("New Delhi\nOctober 21, 2024").
//
// A problem with the whole file (empty, white space only, binary, invalid
// UTF-8, over opts.MaxBytes, an HTML page without readout text) is returned
// as an *Error with Line 0 and no documents. For JSON Lines, Read returns the good documents together with an
// [ErrorList] naming each bad line. Read is safe for concurrent use. The
// documents' Raw fields may share data's memory (for JSON Lines, each is its
// line): do not modify data while the documents are in use.
func Read(name string, data []byte, opts ReadOptions) ([]Document, error) {
	fail := func(format string, args ...any) ([]Document, error) {
		return nil, &Error{Source: name, Msg: fmt.Sprintf(format, args...)}
	}
	limit := opts.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	ext := strings.ToLower(filepath.Ext(name))
	jsonl := ext == ".jsonl" || ext == ".ndjson"
	if limit > 0 && int64(len(data)) > limit && !jsonl {
		return fail("file is %d bytes, over the --max-bytes limit of %d", len(data), limit)
	}
	if len(data) == 0 {
		return fail("empty file")
	}
	text, msg := decodeInput(data)
	if msg != "" {
		return fail("%s", msg)
	}
	if strings.TrimSpace(text) == "" {
		return fail("no text")
	}
	switch {
	case jsonl:
		return readJSONL(name, text, data, limit)
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksLikeHTML(text):
		doc, err := readHTML(name, text, data)
		if err != nil {
			return nil, err
		}
		return []Document{doc}, nil
	}
	doc := Document{Source: name, Text: text, Raw: data}
	doc.applyLayout(textLayout(text))
	return []Document{doc}, nil
}

// binaryMagic lists the signatures of the binary formats most often mistaken
// for readouts.
var binaryMagic = [...]struct{ magic, name string }{
	{"\x89PNG\r\n\x1a\n", "png"},
	{"\xff\xd8\xff", "jpeg"},
	{"GIF87a", "gif"},
	{"GIF89a", "gif"},
	{"%PDF-", "pdf"},
	{"\x1f\x8b", "gzip"},
	{"PK\x03\x04", "zip"},
	{"PK\x05\x06", "zip"},
	{"BZh", "bzip2"},
	{"\xfd7zXZ\x00", "xz"},
	{"\x28\xb5\x2f\xfd", "zstd"},
	{"7z\xbc\xaf\x27\x1c", "7z"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ms-office"},
	{"\x7fELF", "elf"},
	{"SQLite format 3\x00", "sqlite"},
	{"\x00asm", "wasm"},
	{"RIFF", "riff"},
}

// decodeInput turns data into normalised UTF-8 text, or returns why it
// cannot.
func decodeInput(data []byte) (string, string) {
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text = decodeUTF16(data[2:], data[0] == 0xFF)
		if strings.IndexByte(text, 0) >= 0 {
			return "", "binary file, not a readout"
		}
	default:
		for _, m := range binaryMagic {
			if bytes.HasPrefix(data, []byte(m.magic)) {
				if m.name == "bzip2" && (len(data) < 10 || string(data[4:10]) != "1AY&SY") {
					continue
				}
				if m.name == "riff" && (len(data) < 12 || string(data[8:12]) != "WEBP") {
					continue
				}
				return "", "binary file (" + m.name + "), not a readout"
			}
		}
		if bytes.IndexByte(data, 0) >= 0 {
			return "", "binary file, not a readout"
		}
		off := 0
		if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
			off = 3
		}
		if !utf8.Valid(data[off:]) {
			for i := off; i < len(data); {
				r, n := utf8.DecodeRune(data[i:])
				if r == utf8.RuneError && n <= 1 {
					return "", "invalid UTF-8 at byte " + strconv.Itoa(i)
				}
				i += n
			}
		}
		text = string(data[off:])
	}
	return normalizeNewlines(text), ""
}

// decodeUTF16 decodes UTF-16 without its BOM; a trailing odd byte and
// unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, little bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if little {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	s := string(utf16.Decode(u))
	if len(b)%2 == 1 {
		s += "\uFFFD"
	}
	return s
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// looksLikeHTML reports whether text starts like an HTML page.
func looksLikeHTML(text string) bool {
	s := strings.TrimLeftFunc(text[:min(len(text), 1024)], unicode.IsSpace)
	for strings.HasPrefix(s, "<!--") {
		end := strings.Index(s, "-->")
		if end < 0 {
			return false
		}
		s = strings.TrimLeftFunc(s[end+3:], unicode.IsSpace)
	}
	if len(s) > 5 && strings.EqualFold(s[:5], "<?xml") {
		return strings.Contains(strings.ToLower(s), "<html")
	}
	return hasFoldPrefix(s, "<!doctype html") || hasFoldPrefix(s, "<html")
}

func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// readJSONL reads one document per non-empty line of text.
func readJSONL(name, text string, data []byte, limit int64) ([]Document, error) {
	var docs []Document
	var errs ErrorList
	lineNo := 0
	// Raw keeps the line's own bytes when the file needed no decoding.
	rawLines := string(data) == text
	off := 0
	for len(text) > 0 {
		lineNo++
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		start := off
		off += len(line) + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		if limit > 0 && int64(len(line)) > limit {
			errs.Add(name, lineNo, 0, fmt.Sprintf("line is %d bytes, over the --max-bytes limit of %d", len(line), limit))
			continue
		}
		doc, msg := jsonDocument(line)
		if msg != "" {
			errs.Add(name, lineNo, 0, msg)
			continue
		}
		doc.Source = name + ":" + strconv.Itoa(lineNo)
		doc.Line = lineNo
		if rawLines {
			doc.Raw = data[start : start+len(line)]
		} else {
			doc.Raw = []byte(line)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, &Error{Source: name, Msg: "no text"}
	}
	return docs, errs.Err()
}

// jsonDocument decodes one JSON Lines record, or says what is wrong with it.
func jsonDocument(line string) (Document, string) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &obj); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return Document{}, "not JSON: " + syn.Error()
		}
		return Document{}, "not a JSON object"
	}
	if obj == nil {
		return Document{}, "not a JSON object"
	}
	field := func(keys ...string) (string, bool, string) {
		for _, k := range keys {
			raw, ok := obj[k]
			if !ok || string(raw) == "null" {
				continue
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return "", true, strconv.Quote(k) + " is not a string"
			}
			return s, true, ""
		}
		return "", false, ""
	}
	text, found, msg := field("text", "body")
	switch {
	case msg != "":
		return Document{}, msg
	case !found:
		return Document{}, `missing "text"`
	}
	text = normalizeNewlines(strings.ReplaceAll(text, "\x00", ""))
	if strings.TrimSpace(text) == "" {
		return Document{}, "no text"
	}
	title, _, msg := field("title")
	if msg != "" {
		return Document{}, msg
	}
	url, _, msg := field("url", "source")
	if msg != "" {
		return Document{}, msg
	}
	pub, _, msg := field("published", "date")
	if msg != "" {
		return Document{}, msg
	}
	title = collapseSpace(title)
	if title != "" && firstLineOf(text) != title {
		text = title + "\n\n" + text
	}
	doc := Document{URL: url, Text: text}
	doc.applyLayout(textLayout(text))
	if p := publishedFromMeta(pub); p != "" {
		doc.Published = p
	}
	return doc, ""
}

// firstLineOf returns the first non-empty line of s, trimmed.
func firstLineOf(s string) string {
	for s != "" {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
	}
	return ""
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// publishedFromMeta reads a machine date ("2024-10-04T16:30:00+03:00",
// "2024-08-02") or a date line; a time of exactly midnight is dropped, as
// sites write it for dates without a time.
func publishedFromMeta(s string) string {
	m, ok := ParseDate(s)
	if !ok {
		return ""
	}
	if m.HasTime && m.Hour == 0 && m.Minute == 0 {
		m.HasTime = false
	}
	return formatPublished(m)
}

// formatPublished formats a date mention with a year as "2024-06-21" or
// "2024-06-21T09:07".
func formatPublished(m DateMention) string {
	s := fmt.Sprintf("%04d-%02d-%02d", m.Year, int(m.Month), m.Day)
	if m.HasTime {
		s += fmt.Sprintf("T%02d:%02d", m.Hour, m.Minute)
	}
	return s
}

// layout is what the plain-text layout tells about a readout.
type layout struct {
	title     string
	published string
	body      int
	dateSpan  [2]int
}

func (d *Document) applyLayout(l layout) {
	d.Title = l.title
	d.Published = l.published
	d.Body = l.body
	d.DateSpan = l.dateSpan
}

// lineSpan is a non-empty line of a text: [start, end) without the newline
// and without surrounding white space.
type lineSpan struct{ start, end int }

// nonEmptyLines returns the non-empty lines of text, trimmed.
func nonEmptyLines(text string) []lineSpan {
	var out []lineSpan
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		s, e := i, j
		for s < e && isLayoutSpace(text[s]) {
			s++
		}
		for e > s && isLayoutSpace(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, lineSpan{s, e})
		}
		i = j + 1
	}
	return out
}

func isLayoutSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// maxDateLine is the longest line (in bytes) taken for a date line.
const maxDateLine = 120

// textLayout finds the title, the date line or dateline and the start of the
// body of a plain-text readout.
func textLayout(text string) layout {
	l := layout{dateSpan: [2]int{-1, -1}, body: len(text)}
	lines := nonEmptyLines(text)
	if len(lines) == 0 {
		return l
	}
	str := func(s lineSpan) string { return text[s.start:s.end] }
	// a release's number above its title: "Press Release No. 98"
	if len(lines) > 2 && releaseNumber.MatchString(str(lines[0])) {
		lines = lines[1:]
	}
	setDate := func(m DateMention, start, end int) {
		l.published = formatPublished(m)
		l.dateSpan = [2]int{start, end}
	}
	bodyAfter := func(k int) {
		if k < len(lines) {
			l.body = lines[k].start
		}
	}
	titleAt := 0
	// a date line above the title ("New York, 17 October 2024")
	if len(lines) > 1 {
		if m, ok := dateLine(str(lines[0]), true); ok {
			setDate(m, lines[0].start, lines[0].end)
			titleAt = 1
		}
	}
	if titleAt == 1 && isSentenceLine(str(lines[1])) {
		// a date line, then the first sentence: no title
		l.body = lines[1].start
		return l
	}
	l.title = str(lines[titleAt])
	bodyAfter(titleAt + 1)
	if titleAt == 0 {
		// a date line among the next lines, before the first sentence
		for k := 1; k <= 3 && k < len(lines); k++ {
			s := str(lines[k])
			if len(s) > maxDateLine {
				break
			}
			if m, ok := dateLine(s, false); ok {
				setDate(m, lines[k].start, lines[k].end)
				// a byline under the date: "Press and information team of the EEAS"
				n := k + 1
				for n+1 < len(lines) && n <= k+2 && isBylineLine(str(lines[n])) {
					n++
				}
				bodyAfter(n)
				break
			}
			if strings.ContainsRune(".!?:;", rune(s[len(s)-1])) {
				break
			}
		}
	}
	if l.published != "" {
		return l
	}
	// a dateline opening the body: "WASHINGTON, March 3, 2023 — ..."
	if titleAt+1 < len(lines) {
		start := lines[titleAt+1].start
		if m, end, body, ok := dateline(text, start); ok {
			setDate(m, start, end)
			l.body = body
			return l
		}
	}
	// a date line ending the text: "New Delhi\nOctober 21, 2024"
	if last := len(lines) - 1; last > titleAt+1 {
		if m, ok := dateLine(str(lines[last]), false); ok {
			start := lines[last].start
			prev := lines[last-1]
			if last-1 > titleAt && isPlaceLine(str(prev)) && !strings.Contains(text[prev.end:lines[last].start], "\n\n") {
				start = prev.start
			}
			setDate(m, start, lines[last].end)
			return l
		}
	}
	// a date ending the title: "PM call with President Macron: 9 January 2025"
	if ms := FindDates(l.title, 0, len(l.title)); len(ms) > 0 {
		m := ms[len(ms)-1]
		if m.End == len(l.title) && m.Kind == AbsoluteDate && m.Gran == DayGranularity && m.Year != 0 {
			l.published = formatPublished(m)
		}
	}
	return l
}

// isBylineLine reports whether a line under the date line is a byline or
// label rather than the first paragraph: a few words with no closing
// punctuation ("Press and information team of the EEAS", "[The Prime
// Minister in Action]", "Office of the Spokesperson").
func isBylineLine(line string) bool {
	s := strings.TrimSpace(line)
	fs := strings.Fields(s)
	if len(fs) == 0 || len(fs) > 8 || strings.ContainsRune(".!?:;\"”'’", rune(s[len(s)-1])) {
		return false
	}
	if s[0] == '[' || s[0] == '(' || strings.ToUpper(s) == s {
		return true // "[The Prime Minister in Action]", "OFFICE OF THE SPOKESPERSON"
	}
	return bylineWords[strings.ToLower(strings.Trim(fs[0], ",:"))]
}

// bylineWords open bylines and section labels: "Press and information team
// of the EEAS", "Office of the Spokesperson", "Media Office", "Source:
// Department of Latin American and Caribbean Affairs".
var bylineWords = map[string]bool{
	"press": true, "office": true, "media": true, "spokesperson": true, "spokesperson's": true,
	"readout": true, "communications": true, "information": true, "department": true,
	"news": true, "statement": true, "statements": true, "embassy": true, "source": true,
}

// dateLine reports whether line (trimmed) is a date line: a date with a
// year, with at most a short capitalised prefix ("Published", "Posted On:",
// "Press Release,", a place: "Brussels,") and a time or a short "by ..."
// after it. firstLine asks for the stricter form used above a title: only a
// place or label separated by a comma or nothing.
func dateLine(line string, firstLine bool) (DateMention, bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > maxDateLine {
		return DateMention{}, false
	}
	if m, ok := ParseDate(s); ok {
		return m, true
	}
	if fields := strings.Split(s, "|"); len(fields) > 1 && !firstLine {
		// a row of fields, one a date line: "Press release | Date:
		// 05/02/2025 | No.: 014/25", "News item | 12-03-2025 | 16:45"
		var found []DateMention
		for _, f := range fields {
			f = strings.TrimSpace(f)
			if m, ok := dateLine(f, false); ok {
				found = append(found, m)
			} else if len(f) > 30 || len(strings.Fields(f)) > 4 || strings.HasSuffix(f, ".") {
				return DateMention{}, false
			}
		}
		if len(found) == 1 {
			return found[0], true
		}
		return DateMention{}, false
	}
	ms := FindDates(s, 0, len(s))
	if len(ms) == 0 {
		return DateMention{}, false
	}
	m := ms[0]
	if m.Kind != AbsoluteDate || m.Gran != DayGranularity || m.Year == 0 {
		return DateMention{}, false
	}
	prefix := strings.TrimRight(s[:m.Start], " \t")
	sep := ""
	if n := len(prefix); n > 0 && strings.ContainsRune(",:|", rune(prefix[n-1])) {
		sep = prefix[n-1:]
		prefix = strings.TrimRight(prefix[:n-1], " \t")
	}
	if firstLine && prefix != "" && sep != "," {
		return DateMention{}, false
	}
	if !isLabel(prefix, 4) {
		return DateMention{}, false
	}
	p := dateScanner{s: s}
	end := m.End
	if h, mi, k, ok := p.clockAfter(end); ok {
		m.Hour, m.Minute, m.HasTime = h, mi, true
		end = k
	}
	rest := strings.TrimSpace(s[end:])
	if rest == "." {
		rest = "" // "08.04.2025."
	}
	if rest != "" {
		if firstLine {
			return DateMention{}, false
		}
		// a place and a byline after a dash: "December 10, 2024 - Ottawa,
		// Ontario - Global Affairs Canada"
		if d := strings.TrimLeft(rest, "-–— "); d != rest && d != "" && len(d) <= 60 &&
			!strings.ContainsRune(".!?;", rune(d[len(d)-1])) && isLabel(strings.NewReplacer(",", " ", "-", " ").Replace(d), 8) {
			return m, true
		}
		if len(rest) > 40 {
			return DateMention{}, false
		}
		paren := rest[0] == '(' && strings.HasSuffix(rest, ")") && strings.Count(rest, "(") == 1 // "(updated)"
		if !strings.HasPrefix(rest, "by ") && !paren && rest[0] != '|' {
			return DateMention{}, false
		}
	}
	return m, true
}

// releaseNumber matches a line that only numbers a release: "Press Release
// No. 98", "Press Note No. 61", "Communiqué N° 12".
var releaseNumber = regexp.MustCompile(`(?i)^(press\s+(release|note|statement)|note|communiqu[eé]|statement|release)\s+(no\.?|nr\.?|n°|#)\s*[0-9][0-9/.-]*$`)

// isSentenceLine reports whether s reads as a sentence of the body rather
// than a title: twelve words or more, ending in a full stop.
func isSentenceLine(s string) bool {
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && len(strings.Fields(s)) >= 12
}

// isLabel reports whether s is empty or at most maxWords capitalised words
// without digits: a place or a label such as "Posted On" or "Press Release".
func isLabel(s string, maxWords int) bool {
	if s == "" {
		return true
	}
	if len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxWords {
		return false
	}
	// a house number opening an address label: "10 Downing Street"
	if len(words) > 1 && len(words[0]) <= 4 && strings.Trim(words[0], "0123456789") == "" {
		words = words[1:]
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			switch w {
			case "of", "on", "de", "la", "le", "the", "and", "am", "upon":
				continue
			}
			if labelWords[w] && w != words[0] {
				continue // "Press release", "Last updated"
			}
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// labelWords are the words in lower case a date's label may have after its
// first: "Press release 13.01.2025", "Last updated: 4 June 2024".
var labelWords = map[string]bool{"release": true, "releases": true, "updated": true, "published": true, "posted": true, "issued": true, "date": true, "statement": true}

// isPlaceLine reports whether s is a short place name on a line of its own
// ("New Delhi").
func isPlaceLine(s string) bool {
	return len(s) <= 40 && !strings.HasSuffix(s, ".") && isLabel(s, 4)
}

// dateline reads a dateline at the start of the paragraph at i: an optional
// place, a comma, a date with a year, an optional time and a dash or colon
// ("WASHINGTON, March 3, 2023 —", "New Delhi, 12 January 2025:"). end is
// the end of the separator, body where the text after it starts.
func dateline(text string, i int) (m DateMention, end, body int, ok bool) {
	return readDateline(text, i, true)
}

// readDateline is dateline, where the date needs no year unless withYear:
// "Manama, Dec. 10 (BNA) --" under a date line.
func readDateline(text string, i int, withYear bool) (m DateMention, end, body int, ok bool) {
	win := text[i:min(len(text), i+maxDateLine)]
	if nl := strings.IndexByte(win, '\n'); nl >= 0 {
		win = win[:nl]
	}
	ms := FindDates(win, 0, len(win))
	if len(ms) == 0 {
		return m, 0, 0, false
	}
	m = ms[0]
	if m.Kind != AbsoluteDate || m.Gran != DayGranularity || m.Year == 0 && withYear {
		return m, 0, 0, false
	}
	paren := false
	if m.Start > 0 {
		prefix := strings.TrimRight(win[:m.Start], " \t")
		// the date in parentheses after the place: "Bogotá (Aug. 21/24)."
		if strings.HasSuffix(prefix, "(") && strings.HasPrefix(win[m.End:], ")") {
			prefix = strings.TrimRight(strings.TrimSuffix(prefix, "("), " \t") + ","
			m.End++
			paren = true
		}
		// the place ends in a comma or, before a weekday, a full stop:
		// "Georgetown, Guyana. Monday 9 June 2025 -"
		if !strings.HasSuffix(prefix, ",") && !(strings.HasSuffix(prefix, ".") && m.HasWeekday) {
			return m, 0, 0, false
		}
		prefix = strings.TrimSuffix(strings.TrimSuffix(prefix, ","), ".")
		// the Hijri date before the Gregorian one: "Riyadh, Rajab 14,
		// 1446, January 14, 2025, SPA --"
		if h := hijriDate.FindStringIndex(prefix); h != nil {
			prefix = strings.TrimRight(prefix[:h[0]], " \t")
		}
		// a place of several parts: "Turkeyen, Greater Georgetown, Guyana"
		if !isLabel(strings.ReplaceAll(prefix, ", ", " "), 4) {
			return m, 0, 0, false
		}
	}
	p := dateScanner{s: win}
	e := m.End
	if h, mi, k, ok := p.clockAfter(e); ok {
		m.Hour, m.Minute, m.HasTime = h, mi, true
		e = k
	}
	k := e
	for k < len(win) && (win[k] == ' ' || win[k] == '\t') {
		k++
	}
	// a news agency's tag: "Amman, Jan. 14, 2025 (Petra) --", "January
	// 14, 2025, SPA --", "14.02.2025 /NIAT "Khovar"/."
	for _, tag := range []struct {
		open, close byte
		label       func(string) bool
	}{
		{'(', ')', func(t string) bool { return isLabel(t, 3) }},
		{',', '-', func(t string) bool { return isLabel(strings.TrimSpace(t), 3) }},
		{'/', '/', func(t string) bool { return isLabel(strings.NewReplacer("\"", "", "«", "", "»", "").Replace(t), 3) }},
	} {
		if !strings.HasPrefix(win[k:], string(tag.open)) {
			continue
		}
		c := strings.IndexByte(win[k+1:], tag.close) + 1
		if c <= 1 || c > 30 || !tag.label(win[k+1:k+c]) {
			continue
		}
		if tag.close == '-' {
			c-- // the dash is the separator
		} else {
			c++
		}
		k += c
		for k < len(win) && (win[k] == ' ' || win[k] == '\t') {
			k++
		}
		break
	}
	// an agency's acronym alone: "Kuala Lumpur, May 26, 2025 AKP --"
	if loc := agencyAcronym.FindStringSubmatchIndex(win[k:]); loc != nil {
		k += loc[3]
	}
	rest := win[k:]
	var sep int
	switch {
	case strings.HasPrefix(rest, "—"), strings.HasPrefix(rest, "–"):
		sep = len("—")
	case strings.HasPrefix(rest, "--"):
		sep = 2
	case strings.HasPrefix(rest, "-"), strings.HasPrefix(rest, ":"):
		sep = 1
	case (strings.HasPrefix(rest, ". ") || paren && strings.HasPrefix(rest, ".")) && m.Start > 0 && len(rest) > 2 && unicode.IsUpper(firstRune(strings.TrimLeft(rest[1:], " "))):
		// a place, the date and a full stop before the first sentence:
		// "Havana, February 19, 2025. The Minister ..."
		sep = 1
	default:
		return m, 0, 0, false
	}
	end = k + sep
	body = end
	for body < len(text)-i && (text[i+body] == ' ' || text[i+body] == '\t' || text[i+body] == '\n') {
		body++
	}
	return m, i + end, i + body, true
}

// agencyAcronym matches a news agency's acronym and the spaces after it,
// before a dash: "AKP --", "KUNA -".
var agencyAcronym = regexp.MustCompile(`^([A-Z]{2,6}[ \t]+)(?:--|-|—|–)`)

// hijriDate matches a Hijri date ending a dateline's place: ", Rajab 14,
// 1446" (Hijri years run from 1300 to 1499 in the years readouts cover).
var hijriDate = regexp.MustCompile(`,\s*(Muharram|Safar|Rabi[a-zA-Z'’ -]*|Jumad[a-zA-Z'’ -]*|Rajab|Sha['’]?ban|Ramadan|Shawwal|Dhu[a-zA-Z'’ -]*)\s+\d{1,2},\s*1[34]\d\d$`)

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// # HTML

// maxHTMLDepth is how deep readHTML nests elements; deeper start tags are
// ignored (their text is kept), so deeply nested pages cost linear time.
const maxHTMLDepth = 200

// maxHTMLElements is how many elements readHTML builds; later tags are
// ignored and their text kept. Real pages have a few thousand.
const maxHTMLElements = 100_000

// maxHTMLSearch is how many open elements an end tag looks through for its
// start tag.
const maxHTMLSearch = 100

// hnode is an element or text node of the simplified tree readHTML builds.
type hnode struct {
	tag    string // lower-case element name; "" for text
	text   string // text nodes only
	attrs  []html.Attribute
	parent *hnode
	kids   []*hnode
	drop   bool // not content: furniture, or taken for the title or date
	ptext  int  // bytes of paragraph text in the subtree
	tlen   int  // bytes of text in the subtree
}

func (n *hnode) attr(key string) string {
	for _, a := range n.attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func (n *hnode) hasAttr(key string) bool {
	for _, a := range n.attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

// keptAttrs are the attributes readHTML looks at.
var keptAttrs = map[string]bool{
	"id": true, "class": true, "role": true, "itemprop": true, "datetime": true,
	"property": true, "name": true, "content": true, "hidden": true,
	"aria-hidden": true, "type": true, "style": true,
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true, "keygen": true,
}

// blockElements start and end a paragraph.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"center": true, "dd": true, "details": true, "dialog": true, "div": true, "dl": true,
	"dt": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "menu": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tbody": true, "thead": true, "tfoot": true, "tr": true, "ul": true, "caption": true,
	"html": true, "title": true, "option": true, "legend": true, "hgroup": true,
}

// nonContent elements never hold readout text.
var nonContent = map[string]bool{
	"head": true, "script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "math": true, "iframe": true, "object": true, "embed": true,
	"canvas": true, "button": true, "select": true, "textarea": true, "input": true,
	"video": true, "audio": true, "picture": true, "map": true, "title": true,
	"option": true, "datalist": true, "frameset": true, "noframes": true, "dialog": true,
}

// furnitureElements are page chrome. Those mapped to true are chrome only
// when they do not hold most of the page's text: sites wrap whole pages in
// a <form> (ASP.NET) or an article in a <header>.
var furnitureElements = map[string]bool{
	"nav": false, "footer": false, "aside": false, "figure": false,
	"figcaption": false, "menu": false, "label": false,
	"header": true, "form": true,
}

// furnitureWords mark page chrome in class and id values; a class token
// starting with one ("navbar", "share-tools") counts.
var furnitureWords = [...]string{
	"cookie", "consent", "banner", "share", "sharing", "social", "related",
	"breadcrumb", "menu", "nav", "footer", "subscribe", "newsletter", "sidebar",
	"popup", "modal", "caption", "credit", "skip", "toolbar", "pagination",
	"pager", "comments", "masthead", "topbar", "print",
}

// furnitureRoles are ARIA landmark roles of page chrome.
var furnitureRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
}

// htmlPage is what readHTML collects from a page besides its tree.
type htmlPage struct {
	root      *hnode
	title     string // <title>
	ogTitle   string
	published string // from meta, <time datetime> or JSON-LD, as formatted by publishedFromMeta
	jsonLD    []string
}

// readHTML extracts the readout from an HTML page.
func readHTML(name, text string, raw []byte) (Document, error) {
	pg := parseHTMLPage(text)
	pg.markNonContent(pg.root)
	pg.root.measure()
	pg.markFurniture(pg.root, pg.root.ptext, pg.root.tlen)

	title := pg.pageTitle()
	dateText, dateNode := pg.visibleDate()
	if dateNode != nil {
		dateNode.drop = true
	}
	if pg.published == "" {
		for _, s := range pg.jsonLD {
			if p := jsonLDPublished(s); p != "" {
				pg.published = p
				break
			}
		}
	}

	content := pg.mainContent()
	paras := renderParagraphs(content)
	paras = cleanParagraphs(paras)
	// the title and date repeated at the top of the content
	for k := 0; k < 3 && k < len(paras); k++ {
		p := paras[k]
		switch {
		case title != "" && collapseSpace(p) == title:
		case dateText != "" && collapseSpace(p) == dateText:
		case dateText == "" && !strings.Contains(p, "\n"):
			if _, ok := dateLine(p, false); !ok {
				continue
			}
			dateText = collapseSpace(p)
		default:
			continue
		}
		paras = append(paras[:k], paras[k+1:]...)
		k--
	}
	if len(paras) == 0 {
		return Document{}, &Error{Source: name, Msg: "no readout text in HTML"}
	}
	if title == "" {
		// the first line of the text is the title; do not let a body
		// paragraph pose as one
		title = strings.TrimSpace(firstLineOf(paras[0]))
		if len(paras) > 1 || strings.Contains(paras[0], "\n") {
			_, rest, _ := strings.Cut(paras[0], "\n")
			if rest = strings.TrimSpace(rest); rest == "" {
				paras = paras[1:]
			} else {
				paras[0] = rest
			}
		} else {
			title = ""
		}
	}
	var b strings.Builder
	for _, s := range []string{title, dateText} {
		if s != "" {
			b.WriteString(s)
			b.WriteString("\n\n")
		}
	}
	b.WriteString(strings.Join(paras, "\n\n"))
	b.WriteByte('\n')
	doc := Document{Source: name, Text: b.String(), Raw: raw}
	doc.applyLayout(textLayout(doc.Text))
	if pg.published != "" {
		doc.Published = pg.published
	}
	return doc, nil
}

// parseHTMLPage builds a simplified element tree with the HTML tokenizer:
// implied end tags only for p, li, dt, dd, tr, td, th and option, and no
// more than maxHTMLDepth levels. It never fails: a broken page gives a
// partial tree.
func parseHTMLPage(text string) *htmlPage {
	pg := &htmlPage{root: &hnode{tag: "#root"}}
	z := html.NewTokenizer(strings.NewReader(text))
	stack := []*hnode{pg.root}
	ignored := 0  // start tags ignored past maxHTMLDepth and not yet closed
	elements := 0 // elements built
	// Consecutive text tokens go into one text node, collected in buf.
	var textNode *hnode
	var buf []byte
	flush := func() {
		if textNode != nil {
			textNode.text = string(buf)
			textNode, buf = nil, buf[:0]
		}
	}
	top := func() *hnode { return stack[len(stack)-1] }
	popTo := func(k int) { stack = stack[:k] }
	// find returns the index of the innermost open tag, stopping at a
	// scope boundary and after maxHTMLSearch levels.
	find := func(tag string, scope ...string) int {
		for k := len(stack) - 1; k > 0 && k >= len(stack)-maxHTMLSearch; k-- {
			if stack[k].tag == tag {
				return k
			}
			for _, s := range scope {
				if stack[k].tag == s {
					return -1
				}
			}
		}
		return -1
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return pg
		case html.TextToken:
			t := top()
			if n := len(t.kids); textNode == nil || n == 0 || t.kids[n-1] != textNode {
				flush()
				textNode = &hnode{parent: t}
				t.kids = append(t.kids, textNode)
			}
			buf = append(buf, z.Text()...)
			continue
		}
		if elements >= maxHTMLElements {
			switch tt {
			case html.StartTagToken:
				nameB, _ := z.TagName()
				if !voidElements[string(nameB)] {
					ignored++
				}
				continue
			case html.SelfClosingTagToken:
				continue
			}
		}
		flush()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			nameB, more := z.TagName()
			tag := string(nameB)
			n := &hnode{tag: tag}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if keptAttrs[string(k)] {
					n.attrs = append(n.attrs, html.Attribute{Key: string(k), Val: string(v)})
				}
			}
			switch tag {
			case "meta":
				pg.meta(n)
			case "p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
				"blockquote", "section", "article", "header", "footer", "nav", "aside",
				"pre", "dl", "figure", "form", "hr", "main", "address":
				if k := find("p", "div", "section", "article", "td", "li", "blockquote", "table", "button"); k > 0 {
					popTo(k)
				}
			case "li":
				if k := find("li", "ul", "ol", "menu"); k > 0 {
					popTo(k)
				}
			case "dt", "dd":
				if k := find("dd", "dl"); k > 0 {
					popTo(k)
				} else if k := find("dt", "dl"); k > 0 {
					popTo(k)
				}
			case "tr":
				if k := find("tr", "table"); k > 0 {
					popTo(k)
				}
			case "td", "th":
				if k := find("td", "tr", "table"); k > 0 {
					popTo(k)
				} else if k := find("th", "tr", "table"); k > 0 {
					popTo(k)
				}
			case "option":
				if k := find("option", "select"); k > 0 {
					popTo(k)
				}
			}
			elements++
			if tt == html.SelfClosingTagToken || voidElements[tag] {
				n.parent = top()
				n.parent.kids = append(n.parent.kids, n)
				continue
			}
			if len(stack) > maxHTMLDepth {
				ignored++
				continue
			}
			n.parent = top()
			n.parent.kids = append(n.parent.kids, n)
			stack = append(stack, n)
		case html.EndTagToken:
			nameB, _ := z.TagName()
			tag := string(nameB)
			if ignored > 0 {
				ignored--
				continue
			}
			switch tag {
			case "br":
				t := top()
				t.kids = append(t.kids, &hnode{tag: "br", parent: t})
				continue
			case "p":
				if find("p") < 0 {
					t := top()
					t.kids = append(t.kids, &hnode{tag: "p", parent: t})
					continue
				}
			}
			if k := find(tag); k > 0 {
				n := stack[k]
				popTo(k)
				switch {
				case tag == "title" && pg.title == "":
					pg.title = collapseSpace(n.textContent())
				case tag == "script" && strings.Contains(n.attr("type"), "ld+json"):
					pg.jsonLD = append(pg.jsonLD, n.textContent())
				}
			}
		}
	}
}

// meta records the metadata a <meta> element carries.
func (pg *htmlPage) meta(n *hnode) {
	key := strings.ToLower(n.attr("property"))
	if key == "" {
		key = strings.ToLower(n.attr("name"))
	}
	if key == "" {
		key = strings.ToLower(n.attr("itemprop"))
	}
	content := n.attr("content")
	switch key {
	case "og:title":
		if pg.ogTitle == "" {
			pg.ogTitle = collapseSpace(content)
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publish-date",
		"publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
		"og:published_time", "sailthru.date", "parsely-pub-date":
		if pg.published == "" {
			pg.published = publishedFromMeta(content)
		}
	}
}

// textContent returns the text of the subtree.
func (n *hnode) textContent() string {
	var b strings.Builder
	var walk func(*hnode)
	walk = func(n *hnode) {
		if n.tag == "" {
			b.WriteString(n.text)
			return
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return b.String()
}

// markNonContent drops the elements that never hold readout text.
func (pg *htmlPage) markNonContent(n *hnode) {
	if n.tag != "" && (nonContent[n.tag] || n.hasAttr("hidden") || n.attr("aria-hidden") == "true" ||
		strings.Contains(strings.ReplaceAll(n.attr("style"), " ", ""), "display:none")) {
		n.drop = true
		return
	}
	for _, k := range n.kids {
		pg.markNonContent(k)
	}
}

// measure sets ptext and tlen over the kept part of the subtree.
func (n *hnode) measure() {
	n.ptext, n.tlen = 0, 0
	if n.drop {
		return
	}
	if n.tag == "" {
		n.tlen = len(strings.TrimSpace(n.text))
		return
	}
	for _, k := range n.kids {
		k.measure()
		n.tlen += k.tlen
		n.ptext += k.ptext
	}
	if n.tag == "p" {
		n.ptext = n.tlen
	}
}

// markFurniture drops page chrome: nav, header, footer, aside and the like,
// elements whose class or id names chrome, and ARIA chrome landmarks. An
// element that holds more than half of the page's paragraph text (or of its
// text, on a page without paragraphs) is kept whatever its name.
func (pg *htmlPage) markFurniture(n *hnode, ptotal, ttotal int) {
	if n.drop || n.tag == "" {
		return
	}
	if soft, ok := furnitureElements[n.tag]; ok && !soft {
		n.drop = true
		return
	}
	if isFurniture(n) {
		main := ptotal > 0 && n.ptext*2 > ptotal || ptotal == 0 && n.tlen*2 > ttotal
		if !main {
			n.drop = true
			return
		}
	}
	for _, k := range n.kids {
		pg.markFurniture(k, ptotal, ttotal)
	}
}

// isFurniture reports whether n is named as page chrome by its tag, ARIA
// role, class or id.
func isFurniture(n *hnode) bool {
	if _, ok := furnitureElements[n.tag]; ok || furnitureRoles[n.attr("role")] {
		return true
	}
	for _, v := range [2]string{n.attr("class"), n.attr("id")} {
		if v == "" {
			continue
		}
		for tok := range strings.FieldsFuncSeq(strings.ToLower(v), func(r rune) bool {
			return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
		}) {
			for _, w := range furnitureWords {
				if strings.HasPrefix(tok, w) {
					return true
				}
			}
		}
	}
	return false
}

// pageTitle chooses the title: og:title, the first <h1> outside page chrome,
// then <title>, without a " | Site" or " - Site" suffix. An <h1> that the
// chosen title merely extends is preferred. The <h1> used is dropped from
// the content.
func (pg *htmlPage) pageTitle() string {
	h1 := pg.root.find(func(n *hnode) bool { return n.tag == "h1" }, func(n *hnode) bool {
		return n.tag == "nav" || n.tag == "footer" || n.tag == "aside" || nonContent[n.tag]
	})
	h1Text := ""
	if h1 != nil {
		h1Text = collapseSpace(h1.textContent())
	}
	title := stripSiteSuffix(pg.ogTitle)
	if title == "" {
		title = h1Text
	}
	if title == "" {
		title = stripSiteSuffix(pg.title)
	}
	if h1Text != "" && title != h1Text && strings.Contains(title, h1Text) {
		title = h1Text
	}
	if h1 != nil && h1Text == title {
		h1.drop = true
	}
	return title
}

// stripSiteSuffix removes a trailing " | Site" (also " • ", " :: ") from a
// page title, and a " - Site" (also " – ", " — ") of at most six words.
func stripSiteSuffix(s string) string {
	s = collapseSpace(s)
	for _, sep := range [...]string{" | ", " • ", " :: ", " - ", " – ", " — "} {
		i := strings.LastIndex(s, sep)
		if i <= 0 {
			continue
		}
		if site := s[i+len(sep):]; sep[1] == '-' || sep == " – " || sep == " — " {
			if len(strings.Fields(site)) > 6 {
				continue
			}
		}
		return stripSiteSuffix(s[:i])
	}
	return s
}

// find returns the first node in document order for which ok holds,
// without entering the subtrees for which skip holds.
func (n *hnode) find(ok, skip func(*hnode) bool) *hnode {
	for _, k := range n.kids {
		if k.tag == "" || skip(k) {
			continue
		}
		if ok(k) {
			return k
		}
		if f := k.find(ok, skip); f != nil {
			return f
		}
	}
	return nil
}

// visibleDate finds the publication date as written on the page: the first
// <time> element, or element whose class or id mentions a date, whose text
// is a date line. It also takes the machine date of that <time>.
func (pg *htmlPage) visibleDate() (string, *hnode) {
	n := pg.root.find(func(n *hnode) bool {
		if n.tag != "time" && !dateClass(n.attr("class")) && !dateClass(n.attr("id")) && n.attr("itemprop") != "datePublished" {
			return false
		}
		s := collapseSpace(n.textContent())
		if _, ok := dateLine(s, false); !ok {
			if n.tag == "time" && pg.published == "" {
				pg.published = publishedFromMeta(n.attr("datetime"))
			}
			return false
		}
		return true
	}, func(n *hnode) bool {
		return nonContent[n.tag] || n.tag == "nav" || n.tag == "footer" || n.tag == "aside"
	})
	if n == nil {
		return "", nil
	}
	if pg.published == "" {
		if dt := n.attr("datetime"); dt != "" {
			pg.published = publishedFromMeta(dt)
		} else if c := n.attr("content"); c != "" {
			pg.published = publishedFromMeta(c)
		}
	}
	return collapseSpace(n.textContent()), n
}

func dateClass(v string) bool {
	v = strings.ToLower(v)
	return strings.Contains(v, "date") || strings.Contains(v, "publish") || strings.Contains(v, "posted") || strings.Contains(v, "time")
}

// jsonLDPublished returns the first datePublished in a JSON-LD script.
func jsonLDPublished(s string) string {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return ""
	}
	var walk func(v any, depth int) string
	walk = func(v any, depth int) string {
		if depth > 20 {
			return ""
		}
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok {
				if p := publishedFromMeta(s); p != "" {
					return p
				}
			}
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if p := walk(v[k], depth+1); p != "" {
					return p
				}
			}
		case []any:
			for _, e := range v {
				if p := walk(e, depth+1); p != "" {
					return p
				}
			}
		}
		return ""
	}
	return walk(v, 0)
}

// mainContent chooses the element that holds the readout: an
// [itemprop=articleBody], the <article>, <main> or [role=main] with most
// of the page's paragraph text, else the element whose paragraphs (as
// children, or half-weighted as grandchildren) hold the most text, else the
// whole page.
func (pg *htmlPage) mainContent() *hnode {
	total := pg.root.ptext
	if total == 0 {
		return pg.root
	}
	var best *hnode
	var bestScore int
	consider := func(n *hnode, score int) {
		if score > bestScore {
			best, bestScore = n, score
		}
	}
	var walk func(n *hnode)
	walk = func(n *hnode) {
		for _, k := range n.kids {
			if k.tag == "" || k.drop {
				continue
			}
			switch {
			case k.attr("itemprop") == "articleBody":
				consider(k, 4*total+k.ptext)
			case k.tag == "article":
				if k.ptext*2 > total {
					consider(k, 3*total+k.ptext)
				}
			case k.tag == "main" || k.attr("role") == "main":
				if k.ptext*2 > total {
					consider(k, 2*total+k.ptext)
				}
			}
			walk(k)
		}
	}
	walk(pg.root)
	if best != nil {
		return best
	}
	scores := map[*hnode]int{}
	var order []*hnode
	var score func(n *hnode)
	score = func(n *hnode) {
		for _, k := range n.kids {
			if k.tag == "" || k.drop {
				continue
			}
			if k.tag == "p" {
				for w, a := 2, n; a != nil && w > 0; w, a = w-1, a.parent {
					if _, ok := scores[a]; !ok {
						order = append(order, a)
					}
					scores[a] += k.ptext * w
				}
			}
			score(k)
		}
	}
	score(pg.root)
	for _, n := range order {
		consider(n, scores[n])
	}
	if best == nil {
		return pg.root
	}
	return best
}

// renderParagraphs turns the kept part of a subtree into paragraphs: block
// elements separate paragraphs, <br> separates lines, other white space
// collapses to one space.
func renderParagraphs(n *hnode) []string {
	var w textWriter
	w.render(n)
	var out []string
	for _, p := range strings.Split(w.b.String(), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// textWriter accumulates rendered text with pending breaks.
type textWriter struct {
	b       strings.Builder
	pending int // newlines owed before the next text: 0, 1 or 2
	space   bool
	pre     int
}

func (w *textWriter) brk(n int) {
	w.pending = max(w.pending, n)
	w.space = false
}

func (w *textWriter) render(n *hnode) {
	if n.drop {
		return
	}
	if n.tag == "" {
		w.text(n.text)
		return
	}
	switch n.tag {
	case "br":
		w.brk(1)
		return
	case "td", "th":
		w.space = true
	case "pre":
		w.pre++
		defer func() { w.pre-- }()
	}
	block := blockElements[n.tag]
	if block {
		w.brk(2)
	}
	for _, k := range n.kids {
		w.render(k)
	}
	if block {
		w.brk(2)
	}
}

func (w *textWriter) text(s string) {
	for _, r := range s {
		if w.pre > 0 && r == '\n' {
			w.brk(1)
			continue
		}
		if unicode.IsSpace(r) {
			w.space = true
			continue
		}
		if w.b.Len() > 0 {
			switch {
			case w.pending == 2:
				w.b.WriteString("\n\n")
			case w.pending == 1:
				w.b.WriteByte('\n')
			case w.space:
				w.b.WriteByte(' ')
			}
		}
		w.pending, w.space = 0, false
		w.b.WriteRune(r)
	}
}

// furnitureLines are whole lines of page chrome, lower case, without final
// punctuation.
var furnitureLines = map[string]bool{
	"share": true, "print": true, "related": true, "tweet": true, "email": true,
	"e-mail": true, "back to top": true, "top": true, "share this": true,
	"share this page": true, "share this article": true, "facebook": true,
	"twitter": true, "x": true, "linkedin": true, "whatsapp": true, "telegram": true,
	"copy link": true, "print this page": true, "print page": true,
	"related articles": true, "related news": true, "related links": true,
	"related content": true, "related information": true, "related stories": true,
	"read more": true, "download": true, "download pdf": true, "subscribe": true,
	"close": true, "accept": true, "accept all": true, "reject all": true,
	"decline": true, "cookie settings": true, "manage cookies": true,
	"skip to main content": true, "skip to content": true, "menu": true,
	"search": true, "home": true, "print version": true, "email this page": true,
	"send by email": true, "listen": true, "share on facebook": true,
	"share on twitter": true, "share on x": true, "share on linkedin": true,
	"got it": true, "ok": true, "i agree": true, "more": true, "see also": true,
}

// captionPrefixes start photo captions and credits.
var captionPrefixes = [...]string{
	"photo:", "photos:", "photo credit", "(photo", "[photo", "photo by", "photo courtesy",
	"image:", "image credit", "(image", "credit:", "caption:", "file photo", "pictured:",
	"(pictured", "photograph:", "(credit",
}

// cleanParagraphs drops page furniture from rendered paragraphs, line by
// line: share and print links, cookie notices and photo captions. A
// spokesperson attribution line ("The following may be attributed to
// Spokesperson X:") is kept: it names a person, and the extractor knows it
// makes no claim.
func cleanParagraphs(paras []string) []string {
	out := paras[:0]
	for _, p := range paras {
		lines := strings.Split(p, "\n")
		kept := lines[:0]
		for _, line := range lines {
			line = strings.TrimSpace(line)
			if line == "" || isFurnitureLine(line) {
				continue
			}
			kept = append(kept, line)
		}
		if len(kept) > 0 {
			out = append(out, strings.Join(kept, "\n"))
		}
	}
	return out
}

// isFurnitureLine reports whether a line of HTML-derived text is page chrome.
func isFurnitureLine(line string) bool {
	l := strings.ToLower(collapseSpace(line))
	if len(l) > 400 {
		return false
	}
	// "Share | Print | Email", "Facebook Twitter LinkedIn"
	all := true
	n := 0
	for part := range strings.FieldsFuncSeq(l, func(r rune) bool { return strings.ContainsRune("|•·/", r) }) {
		part = strings.Trim(strings.TrimSpace(part), ".:!›»>")
		if part == "" {
			continue
		}
		n++
		if !furnitureLines[part] {
			all = false
			break
		}
	}
	if n > 0 && all {
		return true
	}
	if fs := strings.Fields(l); len(fs) > 1 && len(fs) <= 6 {
		all = true
		for _, f := range fs {
			if !furnitureLines[strings.Trim(f, ".:!")] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	for _, p := range captionPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if strings.Contains(l, "cookie") && (strings.Contains(l, "we use") || strings.Contains(l, "this site") ||
		strings.Contains(l, "this website") || strings.Contains(l, "accept") || strings.Contains(l, "consent") ||
		strings.Contains(l, "privacy")) {
		return true
	}
	return false
}
