package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// docView is the part of a Document the reader tests compare.
type docView struct {
	Title, Published, URL string
	Body                  string // the first line of Text[Body:]
	Date                  string // Text[DateSpan[0]:DateSpan[1]], "" when none
	Source                string
	Line                  int
}

func viewDoc(tb testing.TB, d Document) docView {
	tb.Helper()
	checkDocument(tb, d)
	v := docView{Title: d.Title, Published: d.Published, URL: d.URL, Source: d.Source, Line: d.Line}
	body, _, _ := strings.Cut(d.Text[d.Body:], "\n")
	v.Body = body
	if d.DateSpan[0] >= 0 {
		v.Date = d.Text[d.DateSpan[0]:d.DateSpan[1]]
	}
	return v
}

// checkDocument checks the invariants every Document from Read keeps.
func checkDocument(tb testing.TB, d Document) {
	tb.Helper()
	if !utf8.ValidString(d.Text) {
		tb.Fatalf("Read(%q): Text is not valid UTF-8", d.Source)
	}
	if strings.Contains(d.Text, "\r") {
		tb.Fatalf("Read(%q): Text has a CR", d.Source)
	}
	if d.Body < 0 || d.Body > len(d.Text) {
		tb.Fatalf("Read(%q): Body = %d, outside the text of %d bytes", d.Source, d.Body, len(d.Text))
	}
	s, e := d.DateSpan[0], d.DateSpan[1]
	if !(s == -1 && e == -1) && !(0 <= s && s < e && e <= len(d.Text)) {
		tb.Fatalf("Read(%q): DateSpan = %v, outside the text of %d bytes", d.Source, d.DateSpan, len(d.Text))
	}
	if d.Published != "" {
		if _, ok := ParseDate(d.Published); !ok {
			tb.Fatalf("Read(%q): Published = %q, not a date", d.Source, d.Published)
		}
	}
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           docView
	}{
		{"title date body", "a.txt", "Title line\n21 June 2024, 09:07\n\nOn June 20, they spoke.\n",
			docView{Title: "Title line", Published: "2024-06-21T09:07", Body: "On June 20, they spoke.", Date: "21 June 2024, 09:07"}},
		{"blank line before date", "a.txt", "\n\n  Title line  \n\n2025-01-24 08:15\n\nBody.",
			docView{Title: "Title line", Published: "2025-01-24T08:15", Body: "Body.", Date: "2025-01-24 08:15"}},
		{"month first with time", "a.txt", "T\nOctober 4, 2024, 16:30\n\nBody.",
			docView{Title: "T", Published: "2024-10-04T16:30", Body: "Body.", Date: "October 4, 2024, 16:30"}},
		{"month first", "a.txt", "T\nApril 15, 2024\n\nBody.",
			docView{Title: "T", Published: "2024-04-15", Body: "Body.", Date: "April 15, 2024"}},
		{"day first", "a.txt", "T\n14 March 2025\nBody.",
			docView{Title: "T", Published: "2025-03-14", Body: "Body.", Date: "14 March 2025"}},
		{"label", "a.txt", "T\nPress Release, 3 March 2023\n\nBody.",
			docView{Title: "T", Published: "2023-03-03", Body: "Body.", Date: "Press Release, 3 March 2023"}},
		{"published label", "a.txt", "PM call: 9 January 2025\nPublished 9 January 2025\n\nBody.",
			docView{Title: "PM call: 9 January 2025", Published: "2025-01-09", Body: "Body.", Date: "Published 9 January 2025"}},
		{"posted on", "a.txt", "T\nPosted On: 14 APR 2025 6:52PM by PIB Delhi\n\nBody.",
			docView{Title: "T", Published: "2025-04-14T18:52", Body: "Body.", Date: "Posted On: 14 APR 2025 6:52PM by PIB Delhi"}},
		{"weekday date line", "a.txt", "T\nFriday, March 14, 2025\n\nBody.",
			docView{Title: "T", Published: "2025-03-14", Body: "Body.", Date: "Friday, March 14, 2025"}},
		{"dotted date line", "a.txt", "T\n14.03.2025\n\nBody.",
			docView{Title: "T", Published: "2025-03-14", Body: "Body.", Date: "14.03.2025"}},
		{"label in lower case", "a.txt", "T\nPress release 13.01.2025\n\nBody.",
			docView{Title: "T", Published: "2025-01-13", Body: "Body.", Date: "Press release 13.01.2025"}},
		{"place and byline after a dash", "a.txt", "T\nReadout\nDecember 10, 2024 - Ottawa, Ontario - Global Affairs Canada\n\nBody.",
			docView{Title: "T", Published: "2024-12-10", Body: "Body.", Date: "December 10, 2024 - Ottawa, Ontario - Global Affairs Canada"}},
		{"dateline with an agency's tag", "a.txt", "T\n\nAmman, Jan. 14, 2025 (Petra) -- His Majesty received a call.",
			docView{Title: "T", Published: "2025-01-14", Body: "His Majesty received a call.", Date: "Amman, Jan. 14, 2025 (Petra) --"}},
		{"subtitle then date", "a.txt", "T\nA subtitle\n3 March 2023\n\nBody.",
			docView{Title: "T", Published: "2023-03-03", Body: "Body.", Date: "3 March 2023"}},
		{"dateline em dash", "a.txt", "T\n\nWASHINGTON, March 3, 2023 — The Secretary spoke.",
			docView{Title: "T", Published: "2023-03-03", Body: "The Secretary spoke.", Date: "WASHINGTON, March 3, 2023 —"}},
		{"dateline colon", "a.txt", "T\n\nNew Delhi, 12 January 2025: EAM met.",
			docView{Title: "T", Published: "2025-01-12", Body: "EAM met.", Date: "New Delhi, 12 January 2025:"}},
		{"dateline hyphen", "a.txt", "T\n\nBAKU, 3 May 2024 - The minister met.",
			docView{Title: "T", Published: "2024-05-03", Body: "The minister met.", Date: "BAKU, 3 May 2024 -"}},
		{"date at the end", "a.txt", "T\n\nEAM met.\n\nNew Delhi\nOctober 21, 2024\n",
			docView{Title: "T", Published: "2024-10-21", Body: "EAM met.", Date: "New Delhi\nOctober 21, 2024"}},
		{"date at the end one line", "a.txt", "T\n\nEAM met.\n\nNew Delhi, October 21, 2024",
			docView{Title: "T", Published: "2024-10-21", Body: "EAM met.", Date: "New Delhi, October 21, 2024"}},
		{"date line above title", "a.txt", "New York, 17 October 2024\n\nReadout of the call\n\nThe Secretary-General spoke.",
			docView{Title: "Readout of the call", Published: "2024-10-17", Body: "The Secretary-General spoke.", Date: "New York, 17 October 2024"}},
		{"date in the title", "a.txt", "PM call with President Macron: 9 January 2025\n\nThe Prime Minister spoke.",
			docView{Title: "PM call with President Macron: 9 January 2025", Published: "2025-01-09", Body: "The Prime Minister spoke."}},
		{"no date", "a.txt", "President Erdoğan holds phone call\n\nPresident Erdoğan held a call on Monday (25 November 2024).",
			docView{Title: "President Erdoğan holds phone call", Body: "President Erdoğan held a call on Monday (25 November 2024)."}},
		{"sentence is not a date line", "a.txt", "T\nThe ministers met on 3 March 2023 in Baku.\n",
			docView{Title: "T", Body: "The ministers met on 3 March 2023 in Baku."}},
		{"title only", "a.txt", "Just a title", docView{Title: "Just a title"}},
		{"unknown extension", "readout", "T\n3 March 2023\n\nBody.",
			docView{Title: "T", Published: "2023-03-03", Body: "Body.", Date: "3 March 2023"}},
		{"CRLF", "a.txt", "T\r\n3 March 2023\r\n\r\nBody one.\r\nBody two.\r\n",
			docView{Title: "T", Published: "2023-03-03", Body: "Body one.", Date: "3 March 2023"}},
		{"lone CR", "a.txt", "T\r3 March 2023\r\rBody.\r",
			docView{Title: "T", Published: "2023-03-03", Body: "Body.", Date: "3 March 2023"}},
		{"UTF-8 BOM", "a.txt", "\xEF\xBB\xBFT\n3 March 2023\n\nBody.",
			docView{Title: "T", Published: "2023-03-03", Body: "Body.", Date: "3 March 2023"}},
		{"UTF-16LE", "a.txt", utf16Bytes("T\r\n3 March 2023\r\n\r\nTürkiye.", true),
			docView{Title: "T", Published: "2023-03-03", Body: "Türkiye.", Date: "3 March 2023"}},
		{"UTF-16BE", "a.txt", utf16Bytes("T\n3 March 2023\n\nBody 😀.", false),
			docView{Title: "T", Published: "2023-03-03", Body: "Body 😀.", Date: "3 March 2023"}},
		{"attribution kept in text", "a.txt", "T\nAugust 2, 2024\n\nThe following may be attributed to Spokesperson Matthew Miller:\n\nBody.",
			docView{Title: "T", Published: "2024-08-02", Body: "The following may be attributed to Spokesperson Matthew Miller:", Date: "August 2, 2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read(tt.file, []byte(tt.in), ReadOptions{})
			if err != nil {
				t.Fatalf("Read(%q) error: %v", tt.in, err)
			}
			if len(docs) != 1 {
				t.Fatalf("Read(%q) = %d documents, want 1", tt.in, len(docs))
			}
			tt.want.Source = tt.file
			if got := viewDoc(t, docs[0]); got != tt.want {
				t.Errorf("Read(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			if string(docs[0].Raw) != tt.in {
				t.Errorf("Read(%q).Raw = %q, want the input", tt.in, docs[0].Raw)
			}
		})
	}
}

// utf16Bytes encodes s as UTF-16 with a BOM.
func utf16Bytes(s string, little bool) string {
	var b []byte
	put := func(u uint16) {
		if little {
			b = append(b, byte(u), byte(u>>8))
		} else {
			b = append(b, byte(u>>8), byte(u))
		}
	}
	put(0xFEFF)
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xD800 + r>>10))
			put(uint16(0xDC00 + r&0x3FF))
			continue
		}
		put(uint16(r))
	}
	return string(b)
}

func TestReadTextOffsets(t *testing.T) {
	in := "T\r\n3 March 2023\r\n\r\nBody."
	docs, err := Read("a.txt", []byte(in), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	want := Document{Source: "a.txt", Title: "T", Published: "2023-03-03", Text: "T\n3 March 2023\n\nBody.",
		Raw: []byte(in), Body: 16, DateSpan: [2]int{2, 14}}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("Read(%q) = %+v, want %+v", in, d, want)
	}
}

func TestReadErrors(t *testing.T) {
	big := strings.Repeat("x", 101)
	tests := []struct {
		name, file, in string
		opts           ReadOptions
		want           string
	}{
		{"empty", "x.txt", "", ReadOptions{}, "x.txt: empty file"},
		{"white space", "x.txt", " \n\t\r\n ", ReadOptions{}, "x.txt: no text"},
		{"BOM only", "x.txt", "\xEF\xBB\xBF\n", ReadOptions{}, "x.txt: no text"},
		{"png", "x.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ReadOptions{}, "x.txt: binary file (png), not a readout"},
		{"gzip", "x.txt", "\x1f\x8b\x08\x00", ReadOptions{}, "x.txt: binary file (gzip), not a readout"},
		{"zip", "x.html", "PK\x03\x04\x14\x00", ReadOptions{}, "x.html: binary file (zip), not a readout"},
		{"pdf", "x.txt", "%PDF-1.7\n%âãÏÓ\n", ReadOptions{}, "x.txt: binary file (pdf), not a readout"},
		{"jpeg", "x.txt", "\xff\xd8\xff\xe0", ReadOptions{}, "x.txt: binary file (jpeg), not a readout"},
		{"NUL bytes", "x.txt", "abc\x00def", ReadOptions{}, "x.txt: binary file, not a readout"},
		{"UTF-16 with NUL", "x.txt", "\xFF\xFEa\x00\x00\x00", ReadOptions{}, "x.txt: binary file, not a readout"},
		{"invalid UTF-8", "x.txt", "Title\nBad \xff byte", ReadOptions{}, "x.txt: invalid UTF-8 at byte 10"},
		{"invalid UTF-8 after BOM", "x.txt", "\xEF\xBB\xBFab\xc3", ReadOptions{}, "x.txt: invalid UTF-8 at byte 5"},
		{"too big", "x.txt", big, ReadOptions{MaxBytes: 100}, "x.txt: file is 101 bytes, over the --max-bytes limit of 100"},
		{"too big html", "x.html", big, ReadOptions{MaxBytes: 100}, "x.html: file is 101 bytes, over the --max-bytes limit of 100"},
		{"no HTML text", "x.html", "<!doctype html><html><head><title>Home | Site</title></head><body><nav><a>Home</a></nav><footer>(c) 2024</footer></body></html>",
			ReadOptions{}, "x.html: no readout text in HTML"},
		{"HTML title only", "x.html", "<html><body><h1>Readout</h1><script>var x = 1;</script></body></html>",
			ReadOptions{}, "x.html: no readout text in HTML"},
		{"JSONL blank", "x.jsonl", "\n\n  \n", ReadOptions{}, "x.jsonl: no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read(tt.file, []byte(tt.in), tt.opts)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("Read(%q) = %d documents, %v, want error %q", tt.in, len(docs), err, tt.want)
			}
			if docs != nil {
				t.Errorf("Read(%q) = %d documents with the error, want none", tt.in, len(docs))
			}
			var e *Error
			if !errors.As(err, &e) || e.Line != 0 || e.Source != tt.file {
				t.Errorf("Read(%q) error = %#v, want an *Error for the whole file", tt.in, err)
			}
		})
	}
}

func TestReadMaxBytes(t *testing.T) {
	tests := []struct {
		name string
		size int
		max  int64
		ok   bool
	}{
		{"default allows 8 MiB", DefaultMaxBytes, 0, true},
		{"default refuses more", DefaultMaxBytes + 1, 0, false},
		{"negative means no limit", DefaultMaxBytes + 1, -1, true},
		{"at the limit", 10, 10, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte("T\n\n" + strings.Repeat("a", tt.size-3))
			_, err := Read("x.txt", data, ReadOptions{MaxBytes: tt.max})
			if (err == nil) != tt.ok {
				t.Errorf("Read(%d bytes, MaxBytes %d) error = %v, want ok %v", tt.size, tt.max, err, tt.ok)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"url": "https://example.org/1", "title": "Call with Fidan", "published": "2024-08-02", "text": "Call with Fidan\n\nThe Secretary spoke today."}`,
		``,
		`{"url": "https://example.org/2", "title": broken`,
		`{"source": "https://example.org/4", "title": "Meeting", "date": "2024-10-04T16:30:00+03:00", "body": "Putin met Erdogan.\r\nThey agreed."}`,
		`{"title": "No text"}`,
		`["an", "array"]`,
		`{"text": 5}`,
		`{"text": "   "}`,
		`{"text": "Readout title\nWASHINGTON, March 3, 2023 — Body."}`,
		`   `,
	}, "\n")
	docs, err := Read("x.jsonl", []byte(in), ReadOptions{})
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Read(x.jsonl) error = %v, want an ErrorList", err)
	}
	var gotErrs []string
	for _, e := range list {
		gotErrs = append(gotErrs, e.Error())
	}
	wantErrs := []string{
		`x.jsonl:3: not JSON: invalid character 'b' looking for beginning of value`,
		`x.jsonl:5: missing "text"`,
		`x.jsonl:6: not a JSON object`,
		`x.jsonl:7: "text" is not a string`,
		`x.jsonl:8: no text`,
	}
	if !reflect.DeepEqual(gotErrs, wantErrs) {
		t.Errorf("Read(x.jsonl) errors = %q, want %q", gotErrs, wantErrs)
	}
	var got []docView
	for _, d := range docs {
		got = append(got, viewDoc(t, d))
	}
	want := []docView{
		{Title: "Call with Fidan", Published: "2024-08-02", URL: "https://example.org/1", Body: "The Secretary spoke today.", Source: "x.jsonl:1", Line: 1},
		{Title: "Meeting", Published: "2024-10-04T16:30", URL: "https://example.org/4", Body: "Putin met Erdogan.", Source: "x.jsonl:4", Line: 4},
		{Title: "Readout title", Published: "2023-03-03", Body: "Body.", Date: "WASHINGTON, March 3, 2023 —", Source: "x.jsonl:9", Line: 9},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read(x.jsonl) = %+v, want %+v", got, want)
	}
	if len(docs) == 3 {
		if w := "Meeting\n\nPutin met Erdogan.\nThey agreed."; docs[1].Text != w {
			t.Errorf("Read(x.jsonl)[1].Text = %q, want %q", docs[1].Text, w)
		}
		if w := strings.Split(in, "\n")[0]; string(docs[0].Raw) != w {
			t.Errorf("Read(x.jsonl)[0].Raw = %q, want %q", docs[0].Raw, w)
		}
	}
}

func TestReadJSONLMaxBytes(t *testing.T) {
	in := `{"text": "short"}` + "\n" + `{"text": "` + strings.Repeat("long ", 20) + `"}` + "\n"
	docs, err := Read("x.jsonl", []byte(in), ReadOptions{MaxBytes: 50})
	want := "x.jsonl:2: line is 112 bytes, over the --max-bytes limit of 50"
	if err == nil || err.Error() != want || len(docs) != 1 {
		t.Errorf("Read(x.jsonl) = %d documents, %v, want 1 and %q", len(docs), err, want)
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Errorf("ErrorList{}.Err() = %v, want nil", l.Err())
	}
	l.Add("b.jsonl", 2, 0, "second")
	l.Add("a.jsonl", 9, 3, "third")
	l.Add("b.jsonl", 1, 0, "first")
	l.Add("", 0, 0, "bare")
	l.Sort()
	var got []string
	for _, e := range l {
		got = append(got, e.Error())
	}
	want := []string{"bare", "a.jsonl:9:3: third", "b.jsonl:1: first", "b.jsonl:2: second"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sorted ErrorList = %q, want %q", got, want)
	}
	if got, want := l.Err().Error(), "bare (and 3 more errors)"; got != want {
		t.Errorf("ErrorList.Error() = %q, want %q", got, want)
	}
	if got, want := l[1:2].Error(), "a.jsonl:9:3: third"; got != want {
		t.Errorf("ErrorList.Error() = %q, want %q", got, want)
	}
	if got, want := (&Error{Source: "x.txt", Col: 4, Msg: "m"}).Error(), "x.txt: m"; got != want {
		t.Errorf("Error.Error() = %q, want %q", got, want)
	}
}

// TestReadCorpus reads the seed and the dev readouts and checks the layout
// against the gold publication dates.
func TestReadCorpus(t *testing.T) {
	tests := []struct {
		file string
		want docView
	}{
		{"000-seed.txt", docView{Title: "U. S. Secretary of State Antony Blinken made a phone call to President of the Republic of Azerbaijan Ilham Aliyev",
			Published: "2024-06-21T09:07", Date: "21 June 2024, 09:07", Body: "On June 20, U.S. Secretary of State Antony Blinken made a phone call to President of the Republic of Azerbaijan Ilham Aliyev."}},
		{"001-state-blinken-fidan-call.txt", docView{Title: "Secretary Blinken's Call with Turkish Foreign Minister Fidan",
			Published: "2024-08-02", Date: "August 2, 2024", Body: "The following may be attributed to Spokesperson Matthew Miller:"}},
		{"002-state-rubio-jaishankar-call.txt", docView{Title: "Secretary Rubio's Call with Indian External Affairs Minister Jaishankar",
			Published: "2025-03-14", Date: "WASHINGTON, March 14, 2025 —", Body: "The following may be attributed to Spokesperson Tammy Bruce:"}},
		{"008-kremlin-putin-erdogan-call.txt", docView{Title: "Telephone conversation with President of Türkiye Recep Tayyip Erdogan",
			Published: "2024-10-04T16:30", Date: "October 4, 2024, 16:30", Body: "Vladimir Putin had a telephone conversation with President of the Republic of Türkiye Recep Tayyip Erdogan. The conversation took place at the initiative of the Turkish side."}},
		{"009-tccb-erdogan-putin-call.txt", docView{Title: "President Erdoğan holds phone call with President Putin of Russia",
			Body: "President Recep Tayyip Erdoğan held a phone call with President Vladimir Putin of the Russian Federation."}},
		{"013-china-wangyi-barrot-call.txt", docView{Title: "Wang Yi Holds Phone Talks with French Foreign Minister Jean-Noël Barrot",
			Published: "2025-01-24T08:15", Date: "2025-01-24 08:15", Body: "On the evening of January 23, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held phone talks with French Minister for Europe and Foreign Affairs Jean-Noël Barrot."}},
		{"016-uk-pm-macron-call.txt", docView{Title: "PM call with President Macron of France: 9 January 2025",
			Published: "2025-01-09", Date: "Published 9 January 2025", Body: "The Prime Minister spoke to President Emmanuel Macron of France this afternoon."}},
		{"020-mea-jaishankar-araghchi-call.txt", docView{Title: "Telephone conversation between External Affairs Minister and Foreign Minister of Iran",
			Published: "2024-10-03", Date: "New Delhi\nOctober 03, 2024", Body: "External Affairs Minister Dr. S. Jaishankar received a telephone call today from Foreign Minister of the Islamic Republic of Iran, H.E. Mr. Seyed Abbas Araghchi."}},
		{"021-pib-modi-prabowo-call.txt", docView{Title: "PM speaks with President of Indonesia",
			Published: "2025-04-14T18:52", Date: "Posted On: 14 APR 2025 6:52PM by PIB Delhi", Body: "Prime Minister Shri Narendra Modi spoke with the President of the Republic of Indonesia, H.E. Mr. Prabowo Subianto, today."}},
		{"023-mea-jaishankar-wangyi-sidelines.txt", docView{Title: "EAM's meeting with Foreign Minister of China on the sidelines of the ASEAN-related Foreign Ministers' Meetings",
			Published: "2024-07-25", Date: "Vientiane, 25 July 2024", Body: "External Affairs Minister Dr. S. Jaishankar met Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee and Foreign Minister of the People's Republic of China, on the sidelines of the ASEAN-related Foreign Ministers' Meetings in Vientiane today. This was their second meeting this month, following their conversation in Astana on the margins of the SCO Summit."}},
		{"027-mfa-am-mirzoyan-lammy-call.txt", docView{Title: "Foreign Minister Ararat Mirzoyan had a telephone conversation with UK Foreign Secretary David Lammy",
			Published: "2024-11-28", Date: "28 November, 2024", Body: "On November 28, Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan had a telephone conversation with Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom David Lammy."}},
		{"033-un-sg-rutte-meeting.txt", docView{Title: "Readout of the Secretary-General's meeting with Mr. Mark Rutte, Secretary General of the North Atlantic Treaty Organization",
			Published: "2025-03-20", Date: "New York, 20 March 2025", Body: "António Guterres, Secretary-General"}},
		{"037-nato-rutte-ankara-visit.txt", docView{Title: "NATO Secretary General visits Türkiye",
			Body: "NATO Secretary General Mark Rutte met with President Recep Tayyip Erdoğan in Ankara on Monday (25 November 2024). The Secretary General also held talks with Minister of Foreign Affairs Hakan Fidan and Minister of National Defence Yaşar Güler."}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("../testdata/readouts", tt.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := Read(path, data, ReadOptions{})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Read(%q) = %d documents, %v, want 1", path, len(docs), err)
			}
			tt.want.Source = path
			if got := viewDoc(t, docs[0]); got != tt.want {
				t.Errorf("Read(%q) = %+v, want %+v", path, got, tt.want)
			}
			if docs[0].Text != string(data) {
				t.Errorf("Read(%q).Text differs from the file", path)
			}
		})
	}
}

// normParagraphs splits text into paragraphs with white space collapsed,
// leaving out spokesperson attribution lines.
func normParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" || strings.HasPrefix(p, "The following may be attributed to") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// TestReadHTMLFixtures checks that each hand-written page in
// testdata/input reads like the .txt readout it wraps.
func TestReadHTMLFixtures(t *testing.T) {
	pages, err := filepath.Glob("../testdata/input/*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 3 {
		t.Fatalf("found %d HTML fixtures, want at least 3", len(pages))
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			txt := strings.TrimSuffix(page, ".html") + ".txt"
			read := func(path string) Document {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				docs, err := Read(path, data, ReadOptions{})
				if err != nil || len(docs) != 1 {
					t.Fatalf("Read(%q) = %d documents, %v, want 1", path, len(docs), err)
				}
				checkDocument(t, docs[0])
				return docs[0]
			}
			got, want := read(page), read(txt)
			if got.Title != want.Title || got.Published != want.Published {
				t.Errorf("Read(%q) = title %q, published %q, want %q, %q", page, got.Title, got.Published, want.Title, want.Published)
			}
			if g, w := normParagraphs(got.Text[got.Body:]), normParagraphs(want.Text[want.Body:]); !reflect.DeepEqual(g, w) {
				t.Errorf("Read(%q) body =\n%q\nwant\n%q", page, g, w)
			}
			if g, w := got.Text[got.DateSpan[0]:got.DateSpan[1]], want.Text[want.DateSpan[0]:want.DateSpan[1]]; g != w {
				t.Errorf("Read(%q) date line = %q, want %q", page, g, w)
			}
			if !strings.HasPrefix(got.Text, got.Title+"\n\n") {
				t.Errorf("Read(%q).Text does not start with the title line: %q", page, got.Text[:min(80, len(got.Text))])
			}
		})
	}
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name, file, in string
		want           docView
		text           string // the whole Text when not ""
	}{
		{"title suffix and JSON-LD date", "a.html",
			`<!doctype html><html><head><title>Talks with Fidan | Ministry of Foreign Affairs</title>
			<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-05-14T13:15:00+04:00"}]}</script>
			</head><body><div class="content"><p>The ministers met in Baku.</p><p>They agreed.</p></div></body></html>`,
			docView{Title: "Talks with Fidan", Published: "2024-05-14T13:15", Body: "The ministers met in Baku."},
			"Talks with Fidan\n\nThe ministers met in Baku.\n\nThey agreed.\n"},
		{"sniffed from content", "a.txt", "  <!DOCTYPE html><p>Hello there.</p><p>Second.</p>",
			docView{Title: "Hello there.", Body: "Second."}, "Hello there.\n\nSecond.\n"},
		{"html element", "page", "<html><body><h1>Readout</h1><p>Body.</p></body></html>",
			docView{Title: "Readout", Body: "Body."}, "Readout\n\nBody.\n"},
		{"br and inline elements", "a.html",
			"<html><body><h1>Letter</h1><p>Dear Mr. President,<br>I <b>thank</b> you.<br/>Sincerely</p></body></html>",
			docView{Title: "Letter", Body: "Dear Mr. President,"}, "Letter\n\nDear Mr. President,\nI thank you.\nSincerely\n"},
		{"dateline with attribution", "a.html",
			"<html><body><main><h1>Secretary Rubio's Call</h1><p>WASHINGTON, March 14, 2025 — The following may be attributed to Spokesperson Tammy Bruce:</p><p>Secretary Rubio spoke today.</p></main></body></html>",
			docView{Title: "Secretary Rubio's Call", Published: "2025-03-14", Date: "WASHINGTON, March 14, 2025 —", Body: "The following may be attributed to Spokesperson Tammy Bruce:"},
			"Secretary Rubio's Call\n\nWASHINGTON, March 14, 2025 — The following may be attributed to Spokesperson Tammy Bruce:\n\nSecretary Rubio spoke today.\n"},
		{"furniture lines", "a.html",
			`<html><body><article><h1>T</h1><p>Share | Print | Email</p><p>Photo: the leaders in Baku</p><p>(Photo credit: MFA)</p>
			<p>Body text.</p><p>Back to top</p><p>We use cookies on this website. Accept all</p><p>The following is attributable to Spokesperson John Kirby:</p></article></body></html>`,
			docView{Title: "T", Body: "Body text."}, "T\n\nBody text.\n\nThe following is attributable to Spokesperson John Kirby:\n"},
		{"meta date wins and midnight dropped", "a.html",
			`<html><head><meta property="article:published_time" content="2024-08-02T00:00:00Z"><meta property="og:title" content="The call"></head>
			<body><h1>The call – long version</h1><p>March 3, 2023</p><p>Body.</p></body></html>`,
			docView{Title: "The call", Published: "2024-08-02", Date: "March 3, 2023", Body: "The call – long version"}, ""},
		{"time element datetime", "a.html",
			`<html><body><h1>T</h1><p>Posted <time datetime="2025-02-11T10:30">on a Tuesday</time></p><p>Body.</p></body></html>`,
			docView{Title: "T", Published: "2025-02-11T10:30", Body: "Posted on a Tuesday"}, ""},
		{"paragraphs outside article", "a.html",
			`<html><body><div id="content"><h1>T</h1><div class="text"><p>One long paragraph of readout text that holds the story.</p><p>Two.</p></div></div>
			<div class="promo"><p>x</p></div></body></html>`,
			docView{Title: "T", Body: "One long paragraph of readout text that holds the story."}, ""},
		{"form wrapper kept", "a.aspx.html",
			`<html><body><form id="aspnetForm"><div class="nav">Menu</div><h1>T</h1><p>The readout inside a form.</p></form></body></html>`,
			docView{Title: "T", Body: "The readout inside a form."}, "T\n\nThe readout inside a form.\n"},
		{"unclosed paragraphs and entities", "a.htm",
			"<HTML><BODY><H1>T&uuml;rkiye &amp; Japan</H1><P>One&nbsp;two<P>Three &lt;four&gt;<UL><LI>Five<LI>Six</UL></BODY></HTML>",
			docView{Title: "Türkiye & Japan", Body: "One two"}, "Türkiye & Japan\n\nOne two\n\nThree <four>\n\nFive\n\nSix\n"},
		{"pre keeps lines", "a.html", "<html><body><h1>T</h1><pre>line one\n  line two</pre></body></html>",
			docView{Title: "T", Body: "line one"}, "T\n\nline one\nline two\n"},
		{"hidden elements", "a.html",
			`<html><body><h1>T</h1><p hidden>secret</p><p aria-hidden="true">icon</p><p style="display: none">x</p><p>Shown.</p></body></html>`,
			docView{Title: "T", Body: "Shown."}, "T\n\nShown.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Read(tt.file, []byte(tt.in), ReadOptions{})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Read(%q) = %d documents, %v, want 1", tt.in, len(docs), err)
			}
			tt.want.Source = tt.file
			if got := viewDoc(t, docs[0]); got != tt.want {
				t.Errorf("Read(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			if tt.text != "" && docs[0].Text != tt.text {
				t.Errorf("Read(%q).Text = %q, want %q", tt.in, docs[0].Text, tt.text)
			}
		})
	}
}

// TestReadHTMLDeep checks that deeply nested pages neither crash nor lose
// their text.
func TestReadHTMLDeep(t *testing.T) {
	const depth = 20000
	for _, tag := range []string{"div", "b", "a", "table", "span", "p", "li", "font", "td", "svg", "blockquote", "x-custom"} {
		for _, closed := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/closed=%v", tag, closed), func(t *testing.T) {
				var b strings.Builder
				b.WriteString("<!doctype html><html><body><h1>Deep</h1>")
				for range depth {
					b.WriteString("<" + tag + " class=c>")
				}
				b.WriteString("<p>The deep readout text.</p>")
				if closed {
					for range depth {
						b.WriteString("</" + tag + ">")
					}
				}
				b.WriteString("<p>After.</p></body></html>")
				docs, err := Read("deep.html", []byte(b.String()), ReadOptions{})
				if tag == "svg" {
					// svg is not content: only the paragraph after it can count
					return
				}
				if err != nil || len(docs) != 1 || !strings.Contains(docs[0].Text, "The deep readout text.") {
					t.Fatalf("Read(deep %s page) = %v, %v, want the deep text", tag, docs, err)
				}
				checkDocument(t, docs[0])
			})
		}
	}
}

func ExampleRead() {
	page := `<!doctype html><html><head><title>Call with Fidan | Ministry</title></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Call with Fidan</h1><time datetime="2024-08-02">August 2, 2024</time>
<p>The Secretary spoke today with Foreign Minister Fidan.</p><p>Share</p></article>
<footer>Contact us</footer></body></html>`
	docs, err := Read("call.html", []byte(page), ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Printf("%q %s\n%s", d.Title, d.Published, d.Text)
	// Output:
	// "Call with Fidan" 2024-08-02
	// Call with Fidan
	//
	// August 2, 2024
	//
	// The Secretary spoke today with Foreign Minister Fidan.
}

// FuzzInput checks that Read never panics, returns valid UTF-8 text with
// Body and DateSpan inside it, only typed input errors, and the same result
// twice.
func FuzzInput(f *testing.F) {
	files, err := filepath.Glob("../testdata/input/*")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Ext(p), b)
	}
	f.Add(".jsonl", []byte(`{"title": "T", "text": "T\n3 March 2023\n\nBody"}`+"\n"+`{"text": 1}`+"\nnot json\n"))
	f.Add(".txt", []byte(utf16Bytes("T\r\n3 March 2023\r\n\r\nBody", true)))
	f.Add(".html", []byte("<html><body><h1>T</h1><p>WASHINGTON, March 3, 2023 — Body<br>line</p></body></html>"))
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		if len(ext) > 8 {
			return
		}
		name := "fuzz" + ext
		read := func() ([]Document, error) {
			docs, err := Read(name, data, ReadOptions{})
			for _, d := range docs {
				checkDocument(t, d)
			}
			if err != nil {
				var list ErrorList
				var one *Error
				if !errors.As(err, &list) && !errors.As(err, &one) {
					t.Fatalf("Read(%q) error %T %v, want *Error or ErrorList", data, err, err)
				}
			}
			return docs, err
		}
		d1, err1 := read()
		d2, err2 := read()
		if !reflect.DeepEqual(d1, d2) || fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Fatalf("Read(%q) is not deterministic", data)
		}
	})
}
