package graph

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// WriteNQuads writes qs to w as N-Quads, one per line, in the given order.
func WriteNQuads(w io.Writer, qs []quad.Quad) error {
	bw := bufio.NewWriter(w)
	var b strings.Builder
	for _, q := range qs {
		b.Reset()
		writeNQuad(&b, q)
		if _, err := bw.WriteString(b.String()); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeNQuad writes q as one line of N-Quads.
func writeNQuad(b *strings.Builder, q quad.Quad) {
	writeTerm(b, q.Subject)
	b.WriteByte(' ')
	writeTerm(b, q.Predicate)
	b.WriteByte(' ')
	writeTerm(b, q.Object)
	if q.Label != nil {
		b.WriteByte(' ')
		writeTerm(b, q.Label)
	}
	b.WriteString(" .\n")
}

// DecodeNQuads parses N-Quads from r. Typed literals are kept as
// quad.TypedString with their full datatype IRI.
func DecodeNQuads(r io.Reader) ([]quad.Quad, error) {
	keepTypedLiterals()
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	var out []quad.Quad
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			return out, nil
		} else if err != nil {
			return out, err
		}
		out = append(out, q)
	}
}

var typedOnce sync.Once

// keepTypedLiterals turns off nquads.AutoConvertTypedString, a package-level
// knob of Cayley's N-Quads reader that is on by default: it converts
// "2024-06-20"^^<http://www.w3.org/2001/XMLSchema#date> into a quad.Time that
// prints as a dateTime with a prefixed "xsd:" datatype, which json-gold and
// rdflib reject, and xsd:integer into schema.org's Integer. readout never
// wants the conversion, so the knob is set once, on the first Open or
// DecodeNQuads, before any reader runs; nothing in readout sets it back.
func keepTypedLiterals() {
	typedOnce.Do(func() { nquads.AutoConvertTypedString = false })
}

// writeTerm writes v in N-Quads syntax. Cayley's writer puts IRIs between
// angle brackets unescaped and leaves control characters raw in literals;
// this one percent-encodes characters IRIs may not hold and escapes
// literals fully, replacing invalid UTF-8 with U+FFFD.
func writeTerm(b *strings.Builder, v quad.Value) {
	switch v := v.(type) {
	case nil:
	case quad.IRI:
		b.WriteByte('<')
		writeIRI(b, string(v))
		b.WriteByte('>')
	case quad.BNode:
		b.WriteString("_:")
		writeBNode(b, string(v))
	case quad.String:
		writeLiteral(b, string(v))
	case quad.TypedString:
		writeLiteral(b, string(v.Value))
		b.WriteString("^^<")
		writeIRI(b, string(v.Type))
		b.WriteByte('>')
	case quad.LangString:
		writeLiteral(b, string(v.Value))
		b.WriteByte('@')
		b.WriteString(v.Lang)
	default:
		// Native values (quad.Int, quad.Time, ...) readout never writes.
		if ts, ok := v.(quad.TypedStringer); ok {
			writeTerm(b, ts.TypedString())
			return
		}
		writeLiteral(b, v.String())
	}
}

// iriEscape marks the bytes writeIRI percent-encodes: controls, space and
// the characters N-Quads forbids in an IRIREF.
var iriEscape = func() (t [256]bool) {
	for c := 0; c <= ' '; c++ {
		t[c] = true
	}
	for _, c := range []byte("<>\"{}|^`\\\x7f") {
		t[c] = true
	}
	return t
}()

func writeIRI(b *strings.Builder, s string) {
	const hexDigits = "0123456789ABCDEF"
	clean := utf8.ValidString(s)
	for i := 0; clean && i < len(s); i++ {
		clean = !iriEscape[s[i]]
	}
	if clean {
		b.WriteString(s)
		return
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	for i := 0; i < len(s); i++ {
		c := s[i]
		if iriEscape[c] {
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
			continue
		}
		b.WriteByte(c)
	}
}

// escapedIRI returns s as writeIRI writes it, without the angle brackets.
func escapedIRI(s string) string {
	var b strings.Builder
	writeIRI(&b, s)
	return b.String()
}

func writeBNode(b *strings.Builder, s string) {
	if s == "" {
		s = "b"
	}
	for i, r := range s {
		ok := r == '_' || r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') ||
			i > 0 && (r == '-')
		if ok {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(b, "x%X", r)
		}
	}
}

func writeLiteral(b *strings.Builder, s string) {
	b.WriteByte('"')
	clean := utf8.ValidString(s)
	for i := 0; clean && i < len(s); i++ {
		c := s[i]
		clean = c >= ' ' && c != '"' && c != '\\' && c != 0x7f
	}
	if clean {
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < ' ' || r == 0x7f {
				fmt.Fprintf(b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}
