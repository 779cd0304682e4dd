package extract

import "github.com/readout/readout/schema"

// Record is the extraction record of one readout: the contract of
// `readout extract --json`, specified in shared/spec/extraction.md. Fields may
// be added; none may be renamed or dropped. Optional values are pointers or
// omitempty so that "unknown" prints as null or is absent, never as "".
type Record struct {
	ID        string  `json:"id"`                  // stable: same input bytes, same ID
	Source    string  `json:"source"`              // path or URL the readout came from
	Title     string  `json:"title"`               // first line or <title>
	Published *string `json:"published"`           // "2024-06-21T09:07", "2024-06-21" or null
	Publisher *string `json:"publisher,omitempty"` // issuing office when known
	Language  string  `json:"language,omitempty"`  // BCP 47 tag of the text, "en"
	Hash      string  `json:"sha256"`              // hex SHA-256 of the input bytes
	Extractor string  `json:"extractor"`           // extractor name and version
	Text      string  `json:"text,omitempty"`      // the text offsets point into (with Options.KeepText)

	Events   []Event  `json:"events"`   // events[0] is the main event
	Entities []Entity `json:"entities"` // every entity referenced by ID above
	Claims   []Claim  `json:"claims"`   // reported speech acts, in text order

	// Sentences are the byte spans of the text's sentences, in order; claims and
	// mentions refer to them by index.
	Sentences []Span `json:"sentences"`

	// Warnings are notes on what could not be read (no event found, ...).
	Warnings []string `json:"warnings,omitempty"`
}

// Span is a byte range [Start, End) of the readout text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Event is an interaction the readout reports or mentions.
type Event struct {
	ID           string           `json:"id"`
	Type         schema.EventType `json:"type"`
	Date         *string          `json:"date"`      // YYYY-MM-DD, relative dates resolved
	Initiator    *string          `json:"initiator"` // entity ID of who called/visited/wrote
	Participants []string         `json:"participants"`
	Location     *string          `json:"location,omitempty"` // entity ID
	CAMEO        string           `json:"cameo,omitempty"`
	PLOVER       string           `json:"plover,omitempty"`
	Mode         string           `json:"plover_mode,omitempty"` // PLOVER mode: phone, visit, ...
	Main         bool             `json:"main"`                  // the event the readout reports
	Evidence     *Span            `json:"evidence,omitempty"`    // the sentence that established it
	DateText     string           `json:"date_text,omitempty"`   // the date as written
	Modality     string           `json:"modality,omitempty"`    // mentioned events: "future", "past"
}

// Entity is a person, state, institution, event or place named in the readout.
type Entity struct {
	ID       string      `json:"id"`
	Kind     schema.Kind `json:"kind"`
	Name     string      `json:"name"`
	ISO3     string      `json:"iso3,omitempty"`
	QID      string      `json:"qid,omitempty"` // Wikidata QID when known
	Acronym  string      `json:"acronym,omitempty"`
	PartOf   string      `json:"part_of,omitempty"` // entity ID of the parent institution
	Roles    []Role      `json:"roles,omitempty"`
	Aliases  []string    `json:"aliases,omitempty"` // other names used in this readout
	Mentions []Mention   `json:"mentions"`
}

// Role is an office an entity held on the readout's date.
type Role struct {
	Title  string `json:"title"`            // as written, e.g. "Secretary of State"
	Office string `json:"office,omitempty"` // canonical key, e.g. "foreign_minister"
	Of     string `json:"of,omitempty"`     // entity ID of the state or institution, when mentioned
	Body   string `json:"body,omitempty"`   // ISO3 of the state or acronym of the institution served
}

// Mention is one place in the text where an entity is named or referred to.
// Start and End are byte offsets, end exclusive; Text is text[Start:End].
type Mention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`    // index into Record.Sentences
	Resolved string `json:"resolved_by"` // table, alias, title, title-on-date, coreference, name, pattern
}

// Claim is a reported speech act or stance of a participant.
type Claim struct {
	ID       string   `json:"id"`
	Speaker  []string `json:"speaker"` // entity IDs; all participants for "they", "both sides"
	Verb     string   `json:"verb"`    // as written, lower case: "welcomed", "expressed satisfaction"
	CAMEO    string   `json:"cameo,omitempty"`
	PLOVER   string   `json:"plover,omitempty"`
	Text     string   `json:"text"`  // the clause the verb governs
	About    []string `json:"about"` // entity IDs mentioned in Text
	Event    string   `json:"event"` // event ID
	Start    int      `json:"start"` // byte span of Text
	End      int      `json:"end"`
	Sentence int      `json:"sentence"`           // index into Record.Sentences
	Modality string   `json:"modality,omitempty"` // "negated", "future", "" for asserted
	VerbSpan Span     `json:"verb_span"`
}
