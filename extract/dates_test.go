package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// describeDates renders mentions as "span=value" with the value resolved
// against ref: "2024-06-20", "2024-06" for a month, "2024" for a year, "?"
// when it does not resolve.
func describeDates(text string, ms []DateMention, ref time.Time) []string {
	var out []string
	for _, m := range ms {
		v := "?"
		if t, ok := m.Resolve(ref); ok {
			switch m.Gran {
			case MonthGranularity:
				v = t.Format("2006-01")
			case YearGranularity:
				v = t.Format("2006")
			default:
				v = t.Format("2006-01-02")
			}
		}
		out = append(out, text[m.Start:m.End]+"="+v)
	}
	return out
}

func mustDay(t testing.TB, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		name, text, ref string
		want            []string
	}{
		// absolute
		{"month day", "On June 20, Blinken called.", "2024-06-21", []string{"June 20=2024-06-20"}},
		{"day month", "On 20 June, Blinken called.", "2024-06-21", []string{"20 June=2024-06-20"}},
		{"month day year", "On June 20, 2024, Blinken called.", "", []string{"June 20, 2024=2024-06-20"}},
		{"day month year", "Talks held on 20 June 2024 in Baku.", "", []string{"20 June 2024=2024-06-20"}},
		{"day month comma year", "28 November, 2024", "", []string{"28 November, 2024=2024-11-28"}},
		{"iso", "Published 2024-06-20 by the office.", "", []string{"2024-06-20=2024-06-20"}},
		{"iso datetime", "2024-10-04T16:30:00+03:00", "", []string{"2024-10-04=2024-10-04"}},
		{"dotted", "Baku, 20.06.2024", "", []string{"20.06.2024=2024-06-20"}},
		{"dotted with spaces", "Ljubljana, 12. 3. 2025", "", []string{"12. 3. 2025=2025-03-12"}},
		{"slashed day first", "Brussels, 03/02/2025", "", []string{"03/02/2025=2025-02-03"}},
		{"slashed month first when the day is over 12", "06/20/2024", "", []string{"06/20/2024=2024-06-20"}},
		{"hyphenated day first", "Kathmandu, 04-10-2024", "", []string{"04-10-2024=2024-10-04"}},
		{"a two-digit year after a slash", "Bogotá (Aug. 21/24).", "", []string{"Aug. 21/24=2024-08-21"}},
		{"days after a slash are no year", "on May 5/6 they met", "2024-06-01", []string{"May 5=2024-05-05"}},
		{"a day and month half a year back is next year's", "will meet on 27 January", "2025-01-13", []string{"27 January=2025-01-27"}},
		{"one less than half a year back stays", "met on 20 July", "2025-01-13", []string{"20 July=2024-07-20"}},
		{"a range of days is no hyphenated date", "on 20-22 June 2024", "", []string{"20-22 June 2024=2024-06-20"}},
		{"range", "The summit on June 20-22 in Apulia.", "2024-06-21", []string{"June 20-22=2024-06-20"}},
		{"range en dash day first", "from 20–22 June", "2024-06-21", []string{"20–22 June=2024-06-20"}},
		{"range to", "is visiting Japan from March 24 to 26 at the invitation", "2025-03-25", []string{"March 24 to 26=2025-03-24"}},
		{"range to day first", "from 24 to 26 March 2025", "", []string{"24 to 26 March 2025=2025-03-24"}},
		{"two dates with and", "on June 20 and 3 July", "2024-07-05", []string{"June 20=2024-06-20", "3 July=2024-07-03"}},
		{"ordinal of", "on the 20th of June the ministers met", "2024-06-21", []string{"the 20th of June=2024-06-20"}},
		{"ordinal suffix", "June 20th, 2024", "", []string{"June 20th, 2024=2024-06-20"}},
		{"parenthesised", "in Ankara on Monday (25 November 2024). The", "", []string{"Monday (25 November 2024)=2024-11-25"}},
		{"abbrev upper", "Posted On: 14 APR 2025 6:52PM", "", []string{"14 APR 2025=2025-04-14"}},
		{"abbrev dot", "Oct. 4, 2024", "", []string{"Oct. 4, 2024=2024-10-04"}},
		{"zero padded", "October 03, 2024", "", []string{"October 03, 2024=2024-10-03"}},
		{"yearless previous year", "On December 30, the leaders spoke.", "2025-01-02", []string{"December 30=2024-12-30"}},
		{"yearless within a week ahead", "will meet on January 8", "2025-01-02", []string{"January 8=2025-01-08"}},
		{"yearless more than a week ahead, nearer than the year before", "will meet on January 10", "2025-01-02", []string{"January 10=2025-01-10"}},
		{"yearless without ref", "On June 20, Blinken called.", "", []string{"June 20=?"}},
		{"leap day yearless", "on 29 February", "2025-03-01", []string{"29 February=2024-02-29"}},
		{"invalid day", "on 31 June and on 30 February", "2024-07-01", nil},
		// weekday
		{"weekday", "The leaders met on Monday.", "2024-11-27", []string{"Monday=2024-11-25"}},
		{"weekday same day", "The leaders met on Monday.", "2024-11-25", []string{"Monday=2024-11-25"}},
		{"weekday date", "Monday, June 20", "2022-06-21", []string{"Monday, June 20=2022-06-20"}},
		{"weekday evening", "spoke on Friday evening", "2025-03-16", []string{"Friday evening=2025-03-14"}},
		{"weekday without ref", "on Monday", "", []string{"Monday=?"}},
		// relative
		{"today", "spoke today with", "2024-08-02", []string{"today=2024-08-02"}},
		{"yesterday possessive", "facilitating yesterday's prisoner exchange", "2024-08-02", []string{"yesterday=2024-08-01"}},
		{"yesterday evening", "Merz and Macron yesterday evening.", "2025-06-13", []string{"yesterday evening=2025-06-12"}},
		{"tomorrow", "They will meet tomorrow.", "2025-06-13", []string{"tomorrow=2025-06-14"}},
		{"this morning", "This morning, President Biden held a call.", "2024-03-20", []string{"This morning=2024-03-20"}},
		{"this evening", "spoke this evening", "2024-03-20", []string{"this evening=2024-03-20"}},
		{"tonight", "will speak tonight", "2024-03-20", []string{"tonight=2024-03-20"}},
		{"last night", "spoke last night", "2024-03-20", []string{"last night=2024-03-19"}},
		{"earlier today", "Earlier today, the Secretary met", "2024-03-20", []string{"Earlier today=2024-03-20"}},
		{"evening of", "On the evening of January 23, 2025, Wang Yi held", "", []string{"the evening of January 23, 2025=2025-01-23"}},
		{"evening of yearless", "on the evening of 3 March", "2023-03-04", []string{"the evening of 3 March=2023-03-03"}},
		{"afternoon of", "On the afternoon of February 26, President Xi", "2025-02-26", []string{"the afternoon of February 26=2025-02-26"}},
		{"day before", "The leaders had spoken the day before.", "2024-03-20", []string{"the day before=2024-03-19"}},
		{"day before yesterday", "the day before yesterday", "2024-03-20", []string{"the day before yesterday=2024-03-18"}},
		{"previous day", "on the previous day", "2024-03-20", []string{"the previous day=2024-03-19"}},
		// month and year
		{"in month", "as we decided together in New Delhi in February.", "2025-07-10", []string{"February=2025-02"}},
		{"month year", "celebrations in January 2025 and", "", []string{"January 2025=2025-01"}},
		{"last month", "the cyclone in Mayotte last month", "2025-01-09", []string{"last month=2024-12"}},
		{"next month", "which Azerbaijan will host next month", "2024-10-17", []string{"next month=2024-11"}},
		{"later this month", "later this month", "2024-06-03", []string{"later this month=2024-06"}},
		{"next year", "the NATO Summit in The Hague next year", "2024-11-25", []string{"next year=2025"}},
		{"in year", "signed in 2023.", "", []string{"2023=2023"}},
		{"mid month, the nearer June", "by mid-June", "2024-03-01", []string{"June=2024-06"}},
		// not dates
		{"may modal", "The sides may 20 times", "", nil},
		{"may capital alone", "May God bless", "", nil},
		{"bare month no preposition", "March forward", "", nil},
		{"numbers", "the 29th session, G20, 75 years, the 1967 borders, 2024 Noto Peninsula Earthquake", "", nil},
		{"time not date", "commencing at 4:15 p.m. for approximately 20 minutes", "", nil},
		{"weekday abbrev alone", "Sun and Sat", "", nil},
		{"glued", "June20 and 20June and xJune 20", "", nil},
		{"non-ASCII neighbours", "ÄJune 20 and June 20ü", "", nil},
		{"several", "On July 24, 2025, Minister Bayramov spoke today; they met last year in Baku on 3 May.", "2025-07-24",
			[]string{"July 24, 2025=2025-07-24", "today=2025-07-24", "last year=2024", "3 May=2025-05-03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref := mustDay(t, tt.ref)
			got := describeDates(tt.text, FindDates(tt.text, 0, len(tt.text)), ref)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindDates(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindDatesWindow(t *testing.T) {
	text := "June 20, 2024 and 21 June 2024 and today"
	tests := []struct {
		name       string
		start, end int
		want       []string
	}{
		{"whole", 0, len(text), []string{"June 20, 2024", "21 June 2024", "today"}},
		{"cut year", 0, 11, []string{"June 20"}},
		{"middle", 14, 30, []string{"21 June 2024"}},
		{"clamped", -5, 1000, []string{"June 20, 2024", "21 June 2024", "today"}},
		{"empty", 10, 5, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range FindDates(text, tt.start, tt.end) {
				got = append(got, text[m.Start:m.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindDates(%q, %d, %d) = %q, want %q", text, tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestDateMentionKind(t *testing.T) {
	tests := []struct {
		text string
		kind DateKind
		gran Granularity
	}{
		{"June 20", AbsoluteDate, DayGranularity},
		{"in June", AbsoluteDate, MonthGranularity},
		{"in 2024", AbsoluteDate, YearGranularity},
		{"on Monday", WeekdayDate, DayGranularity},
		{"Monday, June 20", AbsoluteDate, DayGranularity},
		{"yesterday", RelativeDate, DayGranularity},
		{"last month", RelativeDate, MonthGranularity},
		{"next year", RelativeDate, YearGranularity},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := FindDates(tt.text, 0, len(tt.text))
			if len(ms) != 1 || ms[0].Kind != tt.kind || ms[0].Gran != tt.gran {
				t.Fatalf("FindDates(%q) = %+v, want one %v mention of %v granularity", tt.text, ms, tt.kind, tt.gran)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when ParseDate must fail
	}{
		{"21 June 2024, 09:07", "2024-06-21T09:07"},
		{"2025-01-24 08:15", "2025-01-24T08:15"},
		{"October 4, 2024, 16:30", "2024-10-04T16:30"},
		{"4 October 2024 16:30", "2024-10-04T16:30"},
		{"Friday, March 14, 2025", "2025-03-14"},
		{"14.03.2025", "2025-03-14"},
		{"  April 15, 2024  ", "2024-04-15"},
		{"28 November, 2024", "2024-11-28"},
		{"14 APR 2025 6:52PM", "2025-04-14T18:52"},
		{"March 3, 2023 at 4:15 p.m.", "2023-03-03T16:15"},
		{"2024-10-04T16:30:00+03:00", "2024-10-04T16:30"},
		{"2024-08-02T00:00:00Z", "2024-08-02T00:00"},
		{"Fri, 14 Mar 2025 10:00:00 GMT", "2025-03-14T10:00"},
		{"12:30 a.m.", ""},
		{"June 20", ""},
		{"in June 2024", ""},
		{"June 2024", ""},
		{"Monday", ""},
		{"yesterday", ""},
		{"21 June 2024, 25:07", ""},
		{"21 June 2024 and more", ""},
		{"Published 9 January 2025", ""},
		{"", ""},
		{"31 February 2024", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, ok := ParseDate(tt.in)
			got := ""
			if ok {
				got = fmt.Sprintf("%04d-%02d-%02d", m.Year, m.Month, m.Day)
				if m.HasTime {
					got += fmt.Sprintf("T%02d:%02d", m.Hour, m.Minute)
				}
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestResolveEdges(t *testing.T) {
	tests := []struct {
		name string
		m    DateMention
		ref  string
		want string // "" when Resolve must report false
	}{
		{"bad month", DateMention{Kind: AbsoluteDate, Month: 13, Day: 1, Year: 2024}, "", ""},
		{"bad weekday", DateMention{Kind: WeekdayDate, Weekday: 9}, "2024-01-01", ""},
		{"bad kind", DateMention{Kind: 7}, "2024-01-01", ""},
		{"relative month wraps year", DateMention{Kind: RelativeDate, Gran: MonthGranularity, Offset: -1}, "2025-01-15", "2024-12-01"},
		{"with time", DateMention{Kind: AbsoluteDate, Year: 2024, Month: 6, Day: 21, Hour: 9, Minute: 7, HasTime: true}, "", "2024-06-21T09:07"},
		{"ref time ignored", DateMention{Kind: RelativeDate, Offset: -1}, "2024-06-21", "2024-06-20T00:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if r, ok := tt.m.Resolve(mustDay(t, tt.ref).Add(15 * time.Hour)); ok {
				got = r.Format("2006-01-02T15:04")
			}
			if tt.want != "" && len(tt.want) == 10 {
				got = strings.TrimSuffix(got, "T00:00")
			}
			if got != tt.want {
				t.Errorf("%+v.Resolve(%s) = %q, want %q", tt.m, tt.ref, got, tt.want)
			}
		})
	}
}

func TestDateStrings(t *testing.T) {
	got := []string{AbsoluteDate.String(), WeekdayDate.String(), RelativeDate.String(), DateKind(9).String(),
		DayGranularity.String(), MonthGranularity.String(), YearGranularity.String(), Granularity(9).String()}
	want := []string{"absolute", "weekday", "relative", "DateKind(9)", "day", "month", "year", "Granularity(9)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// readoutTexts returns the readouts in ../testdata/readouts.
func readoutTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../testdata/readouts/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

func BenchmarkFindDates(b *testing.B) {
	texts := readoutTexts(b)
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range texts {
			FindDates(s, 0, len(s))
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "readouts/s")
}

// FuzzDates checks that FindDates and ParseDate never panic, keep spans
// inside the searched window and that Resolve never panics.
func FuzzDates(f *testing.F) {
	for _, s := range readoutTexts(f) {
		f.Add(s, 0, len(s))
	}
	f.Add("On the evening of January 23, 2025 and Monday (25 November 2024) yesterday", 3, 60)
	f.Add("14 APR 2025 6:52PM", 0, 100)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		ms := FindDates(text, start, end)
		lo, hi := max(start, 0), min(end, len(text))
		prev := lo
		for _, m := range ms {
			if m.Start < prev || m.End <= m.Start || m.End > hi {
				t.Fatalf("FindDates(%q, %d, %d): span [%d,%d) outside [%d,%d) or overlapping", text, start, end, m.Start, m.End, prev, hi)
			}
			prev = m.End
			if utf8.ValidString(text) && !utf8.ValidString(text[m.Start:m.End]) {
				t.Fatalf("FindDates(%q): span [%d,%d) splits a character", text, m.Start, m.End)
			}
			for _, ref := range []time.Time{{}, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC)} {
				m.Resolve(ref)
			}
		}
		if m, ok := ParseDate(text); ok {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("ParseDate(%q) span [%d,%d)", text, m.Start, m.End)
			}
			if _, ok := m.Resolve(time.Time{}); !ok {
				t.Fatalf("ParseDate(%q) = %+v, which does not resolve", text, m)
			}
		}
	})
}
