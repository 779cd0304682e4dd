package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Version names the extractor; it is written into every record.
const Version = "readout-extract/0.1"

// Options configure extraction. The zero value is ready to use.
type Options struct {
	// KeepText copies the readout text into Record.Text.
	KeepText bool
}

// DocumentHash is the Record.Hash that Extract gives doc: the hex SHA-256
// of its input bytes.
func DocumentHash(doc Document) string {
	sum := sha256.Sum256(doc.Raw)
	return hex.EncodeToString(sum[:])
}

// Extract returns the record of doc. It is deterministic: the same document
// and options give the same record. It never panics on any input.
func Extract(doc Document, opts Options) (*Record, error) {
	sum := sha256.Sum256(doc.Raw)
	r := &Record{
		ID:        "readout/" + hex.EncodeToString(sum[:8]),
		Source:    doc.Source,
		Title:     doc.Title,
		Hash:      DocumentHash(doc),
		Extractor: Version,
		Events:    []Event{},
		Entities:  []Entity{},
		Claims:    []Claim{},
		Sentences: []Span{},
	}
	if doc.Published != "" {
		p := doc.Published
		r.Published = &p
	}
	if opts.KeepText {
		r.Text = doc.Text
	}
	if r.Title == "" {
		r.Title = firstLine(doc.Text)
	}
	g, err := tables()
	if err != nil {
		return nil, err
	}
	a := analyze(g, doc)
	a.record(r)
	return r, nil
}

// firstLine returns the first non-empty line of text, trimmed.
func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}
