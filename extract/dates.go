package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DateKind says how a [DateMention] names its date.
type DateKind int

const (
	// AbsoluteDate is a calendar date, month or year, with or without the
	// year: "June 20", "20 June 2024", "2024-06-20", "in June", "in 2024".
	AbsoluteDate DateKind = iota
	// WeekdayDate is a day of the week alone: "on Monday", "Monday evening".
	WeekdayDate
	// RelativeDate is counted from the reference date: "yesterday",
	// "this morning", "the day before", "last month", "next year".
	RelativeDate
)

func (k DateKind) String() string {
	switch k {
	case AbsoluteDate:
		return "absolute"
	case WeekdayDate:
		return "weekday"
	case RelativeDate:
		return "relative"
	}
	return "DateKind(" + strconv.Itoa(int(k)) + ")"
}

// Granularity is the precision of a [DateMention].
type Granularity int

const (
	DayGranularity   Granularity = iota // a day: "June 20", "yesterday", "on Monday"
	MonthGranularity                    // a month: "in June", "January 2025", "last month"
	YearGranularity                     // a year: "in 2024", "next year"
)

func (g Granularity) String() string {
	switch g {
	case DayGranularity:
		return "day"
	case MonthGranularity:
		return "month"
	case YearGranularity:
		return "year"
	}
	return "Granularity(" + strconv.Itoa(int(g)) + ")"
}

// DateMention is one date expression found by [FindDates] or [ParseDate].
//
// Start and End are byte offsets (end exclusive) into the text that was
// searched. The span covers the date expression without a leading "on" or
// "in": "Monday" in "on Monday", "June" in "in June", but "the evening of 3
// March" and "the day before" whole. A weekday followed by a date ("Monday,
// June 20", "Monday (25 November 2024)") is one AbsoluteDate mention with
// HasWeekday set; the span then includes the closing parenthesis. A range
// ("June 20-22", "March 24 to 26") is one mention of its first day.
type DateMention struct {
	Start, End int
	Kind       DateKind
	Gran       Granularity

	Year  int        // AbsoluteDate: the year as written, 0 when the text gives none
	Month time.Month // AbsoluteDate: 1-12, 0 for a year alone
	Day   int        // AbsoluteDate with DayGranularity: 1-31, else 0

	Weekday    time.Weekday // the weekday named, valid when HasWeekday
	HasWeekday bool

	// Offset is, for a RelativeDate, the distance from the reference date in
	// units of Gran: -1 for "yesterday" and "last month", +1 for "next year".
	Offset int

	// Hour and Minute give the time of day (24-hour clock) when HasTime.
	// Only ParseDate reads times; FindDates never sets HasTime.
	Hour, Minute int
	HasTime      bool
}

// Resolve returns the date a mention denotes, at midnight UTC (or at Hour and
// Minute when HasTime), resolved against ref, normally the publication date;
// only the calendar day of ref is used. A mention of month or year
// granularity resolves to the first day of that month or year: callers that
// need a day must check Gran. It reports false when the mention needs a
// reference (no year, weekday, relative) and ref is the zero Time, or when
// the date does not exist.
//
// Year-less dates take the year that puts them closest to, and not after,
// ref + 7 days ("December 30" published 2025-01-02 is 2024-12-30), unless
// that is more than half a year back and the next year's day is closer
// ("27 January" published 2025-01-13 is 2025-01-27: an announcement). A weekday
// is the latest such day on or before ref ("on Monday" published on a Monday
// is ref). Relative mentions count from ref ("yesterday" is ref - 1 day,
// "the day before" too: pass the date of the event it refers to as ref to
// resolve it against that).
func (d DateMention) Resolve(ref time.Time) (time.Time, bool) {
	var r time.Time
	if !ref.IsZero() {
		y, m, dd := ref.Date()
		r = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	}
	var t time.Time
	switch d.Kind {
	case AbsoluteDate:
		month, day := d.Month, d.Day
		switch d.Gran {
		case YearGranularity:
			month, day = time.January, 1
		case MonthGranularity:
			day = 1
		}
		if month < time.January || month > time.December || day < 1 {
			return time.Time{}, false
		}
		if d.Year != 0 {
			if day > daysIn(month, d.Year) {
				return time.Time{}, false
			}
			t = time.Date(d.Year, month, day, 0, 0, 0, 0, time.UTC)
			break
		}
		if r.IsZero() {
			return time.Time{}, false
		}
		limit := r.AddDate(0, 0, 7)
		found := false
		for y := limit.Year(); y >= limit.Year()-8; y-- {
			if day > daysIn(month, y) {
				continue
			}
			t = time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
			if !t.After(limit) {
				found = true
				break
			}
		}
		if !found {
			return time.Time{}, false
		}
		// More than half a year back, the next year's day is closer: "will
		// meet on 27 January" published 13 January 2025 is 2025-01-27.
		if next := time.Date(t.Year()+1, month, day, 0, 0, 0, 0, time.UTC); r.Sub(t) > 183*24*time.Hour && next.Sub(r) < r.Sub(t) && day <= daysIn(month, next.Year()) {
			t = next
		}
	case WeekdayDate:
		if r.IsZero() || d.Weekday < time.Sunday || d.Weekday > time.Saturday {
			return time.Time{}, false
		}
		back := (int(r.Weekday()) - int(d.Weekday) + 7) % 7
		t = r.AddDate(0, 0, -back)
	case RelativeDate:
		if r.IsZero() {
			return time.Time{}, false
		}
		switch d.Gran {
		case DayGranularity:
			t = r.AddDate(0, 0, d.Offset)
		case MonthGranularity:
			t = time.Date(r.Year(), r.Month()+time.Month(d.Offset), 1, 0, 0, 0, 0, time.UTC)
		case YearGranularity:
			t = time.Date(r.Year()+d.Offset, time.January, 1, 0, 0, 0, 0, time.UTC)
		default:
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	if d.HasTime {
		t = t.Add(time.Duration(d.Hour)*time.Hour + time.Duration(d.Minute)*time.Minute)
	}
	return t, true
}

// FindDates returns the date expressions in text[start:end], in text order,
// without overlaps. Offsets are byte offsets into text. start and end are
// clamped to the text; FindDates returns nil when it finds nothing.
// Month names must be capitalised ("May 10", not "may 10"); a month or year
// without a day counts only after a preposition ("in June", "since 2023") or
// with a year ("January 2025"). Times of day are not read.
func FindDates(text string, start, end int) []DateMention {
	start = max(start, 0)
	end = min(end, len(text))
	if start >= end {
		return nil
	}
	p := dateScanner{s: text[:end]}
	var out []DateMention
	for i := start; i < end; {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isDateAlnum(c) {
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:end])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += n
				continue
			}
		}
		if m, ok := p.mention(i); ok {
			out = append(out, m)
			i = m.End
			continue
		}
		i = p.wordEnd(i)
	}
	return out
}

// ParseDate parses a whole date line: a calendar date with a year, an
// optional leading weekday and an optional time of day, as in "21 June 2024,
// 09:07", "2025-01-24 08:15", "October 4, 2024, 16:30", "4 October 2024
// 16:30", "Friday, March 14, 2025", "14.03.2025", "14 APR 2025 6:52PM" or
// "2024-10-04T16:30:00+03:00". Surrounding spaces are allowed, other text is
// not: use FindDates for dates inside text. The span is relative to s.
func ParseDate(s string) (DateMention, bool) {
	p := dateScanner{s: s}
	i := 0
	for i < len(s) && isDateSpace(s[i]) {
		i++
	}
	if i == len(s) {
		return DateMention{}, false
	}
	m, ok := p.mention(i)
	if !ok || m.Start != i || m.Kind != AbsoluteDate || m.Gran != DayGranularity || m.Year == 0 {
		return DateMention{}, false
	}
	j := m.End
	if h, mi, k, ok := p.clockAfter(j); ok {
		m.Hour, m.Minute, m.HasTime = h, mi, true
		j = k
	}
	for j < len(s) && isDateSpace(s[j]) {
		j++
	}
	if j != len(s) {
		return DateMention{}, false
	}
	return m, true
}

// dateScanner reads date expressions from s; it never looks past len(s).
type dateScanner struct {
	s string
}

func isDateAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isDateDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDateSpace(c byte) bool { return c == ' ' || c == '\t' }

// foldEq reports whether w equals the lower-case ASCII word lw, ignoring case.
func foldEq(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// wordAt reports whether a letter or digit starts at i.
func (p *dateScanner) wordAt(i int) bool {
	if i < 0 || i >= len(p.s) {
		return false
	}
	c := p.s[i]
	if c < utf8.RuneSelf {
		return isDateAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(p.s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word starting at i.
func (p *dateScanner) wordEnd(i int) int {
	for i < len(p.s) {
		c := p.s[i]
		if c < utf8.RuneSelf {
			if !isDateAlnum(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(p.s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += n
	}
	return i
}

// word returns the ASCII-letter word at i and its end; "" when the word at i
// does not start with a letter or goes on with a digit or non-ASCII letter.
func (p *dateScanner) word(i int) (string, int) {
	j := i
	for j < len(p.s) && ('a' <= p.s[j]|0x20 && p.s[j]|0x20 <= 'z') {
		j++
	}
	if j == i || p.wordAt(j) {
		return "", i
	}
	return p.s[i:j], j
}

// spaces skips blanks (and no-break spaces) from i.
func (p *dateScanner) spaces(i int) int {
	for i < len(p.s) {
		if isDateSpace(p.s[i]) {
			i++
		} else if p.s[i] == 0xC2 && i+1 < len(p.s) && p.s[i+1] == 0xA0 {
			i += 2
		} else {
			break
		}
	}
	return i
}

// number reads 1 to maxLen digits at i that are not followed by another
// digit.
func (p *dateScanner) number(i, maxLen int) (v, n, j int) {
	j = i
	for j < len(p.s) && isDateDigit(p.s[j]) {
		if j-i == maxLen {
			return 0, 0, i
		}
		v = v*10 + int(p.s[j]-'0')
		j++
	}
	return v, j - i, j
}

// ordinal reads a day number with an optional ordinal suffix ("20", "20th",
// "1st") at i, ending at a word boundary.
func (p *dateScanner) ordinal(i int) (day, j int, ok bool) {
	v, n, j := p.number(i, 2)
	if n == 0 {
		return 0, i, false
	}
	if j+2 <= len(p.s) {
		suf := p.s[j : j+2]
		if foldEq(suf, "st") || foldEq(suf, "nd") || foldEq(suf, "rd") || foldEq(suf, "th") {
			if !p.wordAt(j + 2) {
				j += 2
			}
		}
	}
	if p.wordAt(j) || v < 1 || v > 31 {
		return 0, i, false
	}
	return v, j, true
}

// year reads a four-digit year in 1900-2199 at i.
func (p *dateScanner) year(i int) (y, j int, ok bool) {
	v, n, j := p.number(i, 4)
	if n != 4 || v < 1900 || v > 2199 || p.wordAt(j) {
		return 0, i, false
	}
	return v, j, true
}

var monthNames = [...]struct {
	name string
	m    time.Month
}{
	{"january", time.January}, {"february", time.February}, {"march", time.March},
	{"april", time.April}, {"may", time.May}, {"june", time.June}, {"july", time.July},
	{"august", time.August}, {"september", time.September}, {"october", time.October},
	{"november", time.November}, {"december", time.December},
	{"jan", time.January}, {"feb", time.February}, {"mar", time.March}, {"apr", time.April},
	{"jun", time.June}, {"jul", time.July}, {"aug", time.August}, {"sep", time.September},
	{"sept", time.September}, {"oct", time.October}, {"nov", time.November}, {"dec", time.December},
}

// month reads a capitalised month name or abbreviation ("Sep", "SEP",
// "Sept.") at i; abbrev reports an abbreviation, whose full stop is read.
func (p *dateScanner) month(i int) (mo time.Month, j int, abbrev, ok bool) {
	if i >= len(p.s) || !strings.ContainsRune("JFMASOND", rune(p.s[i])) {
		return 0, i, false, false
	}
	w, j := p.word(i)
	if len(w) < 3 || len(w) > 9 {
		return 0, i, false, false
	}
	for k, mn := range monthNames {
		if !foldEq(w, mn.name) {
			continue
		}
		if k >= 12 {
			if j < len(p.s) && p.s[j] == '.' {
				j++
			}
			return mn.m, j, true, true
		}
		return mn.m, j, false, true
	}
	return 0, i, false, false
}

var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

var weekdayAbbrevs = [...]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// weekday reads a capitalised weekday name at i; abbreviations ("Fri") are
// reported with abbrev set.
func (p *dateScanner) weekday(i int) (wd time.Weekday, j int, abbrev, ok bool) {
	if i >= len(p.s) || !strings.ContainsRune("SMTWF", rune(p.s[i])) {
		return 0, i, false, false
	}
	w, j := p.word(i)
	for k, n := range weekdayNames {
		if foldEq(w, n) {
			return time.Weekday(k), j, false, true
		}
	}
	if foldEq(w, "tues") || foldEq(w, "thur") || foldEq(w, "thurs") {
		w = w[:3]
	}
	for k, n := range weekdayAbbrevs {
		if foldEq(w, n) {
			if j < len(p.s) && p.s[j] == '.' {
				j++
			}
			return time.Weekday(k), j, true, true
		}
	}
	return 0, i, false, false
}

// partOfDay reads " morning", " afternoon", " evening" or " night" after i.
func (p *dateScanner) partOfDay(i int) (int, bool) {
	k := p.spaces(i)
	if k == i {
		return i, false
	}
	w, j := p.word(k)
	if foldEq(w, "morning") || foldEq(w, "afternoon") || foldEq(w, "evening") || foldEq(w, "night") {
		return j, true
	}
	return i, false
}

// dash reads a range separator ("-", "–", "—", " to ", " and ") at i and
// returns the position after it.
func (p *dateScanner) dash(i int) (int, bool) {
	k := p.spaces(i)
	s := p.s[k:]
	switch {
	case strings.HasPrefix(s, "-"):
		return p.spaces(k + 1), true
	case strings.HasPrefix(s, "–"), strings.HasPrefix(s, "—"):
		return p.spaces(k + len("–")), true
	}
	if k > i {
		if w, j := p.word(k); w == "to" || w == "and" {
			if m := p.spaces(j); m > j {
				return m, true
			}
		}
	}
	return i, false
}

// rangeEnd reads the end of a day range after the first day, which ends at
// i ("-22" in "June 20-22", " to 26"), and returns where the mention ends.
// "20 June and 3 July" is two mentions: a range end followed by a month is
// left alone.
func (p *dateScanner) rangeEnd(i int, monthFirst bool) int {
	k, ok := p.dash(i)
	if !ok {
		return i
	}
	_, e, ok := p.ordinal(k)
	if !ok {
		return i
	}
	if _, _, _, ok := p.month(p.spaces(e)); ok && monthFirst && p.s[i] != '-' && !strings.HasPrefix(p.s[i:], "–") {
		return i
	}
	return e
}

// yearAfter reads ", 2024" or " 2024" after i.
func (p *dateScanner) yearAfter(i int) (int, int, bool) {
	k := i
	if k < len(p.s) && p.s[k] == ',' {
		k++
	}
	k2 := p.spaces(k)
	if k2 == k && k != i {
		return 0, i, false // "June 20,2024" is not a date
	}
	if k2 == i {
		return 0, i, false
	}
	y, j, ok := p.year(k2)
	if !ok {
		return 0, i, false
	}
	return y, j, true
}

// mention reads a date expression whose first word starts at i.
func (p *dateScanner) mention(i int) (DateMention, bool) {
	if isDateDigit(p.s[i]) {
		return p.numeric(i)
	}
	if mo, j, _, ok := p.month(i); ok {
		return p.monthFirst(i, mo, j, false)
	}
	if wd, j, abbrev, ok := p.weekday(i); ok {
		return p.weekdayFirst(i, wd, j, abbrev)
	}
	w, j := p.word(i)
	if w == "" {
		return DateMention{}, false
	}
	rel := func(end, off int, g Granularity) (DateMention, bool) {
		return DateMention{Start: i, End: end, Kind: RelativeDate, Gran: g, Offset: off}, true
	}
	{
		// prepositions before a month or year alone
		if foldEq(w, "in") || foldEq(w, "since") || foldEq(w, "until") || foldEq(w, "by") ||
			foldEq(w, "during") || foldEq(w, "from") || foldEq(w, "early") || foldEq(w, "late") ||
			foldEq(w, "mid") || foldEq(w, "before") || foldEq(w, "after") || foldEq(w, "throughout") {
			k := p.spaces(j)
			if k == j && j < len(p.s) && p.s[j] == '-' && foldEq(w, "mid") {
				k = j + 1
			}
			if k == j {
				return DateMention{}, false
			}
			if mo, e, abbrev, ok := p.month(k); ok {
				return p.monthFirst(k, mo, e, !abbrev)
			}
			if y, e, ok := p.year(k); ok {
				return DateMention{Start: k, End: e, Kind: AbsoluteDate, Gran: YearGranularity, Year: y}, true
			}
			return DateMention{}, false
		}
	}
	switch {
	case foldEq(w, "today"), foldEq(w, "tonight"):
		return rel(j, 0, DayGranularity)
	case foldEq(w, "yesterday"), foldEq(w, "tomorrow"):
		off := -1
		if w[1] == 'o' || w[1] == 'O' {
			off = 1
		}
		if e, ok := p.partOfDay(j); ok {
			j = e
		}
		return rel(j, off, DayGranularity)
	case foldEq(w, "this"), foldEq(w, "last"), foldEq(w, "next"):
		k := p.spaces(j)
		if k == j {
			break
		}
		w2, e := p.word(k)
		off := 0
		if foldEq(w, "last") {
			off = -1
		} else if foldEq(w, "next") {
			off = 1
		}
		switch {
		case foldEq(w2, "morning"), foldEq(w2, "afternoon"), foldEq(w2, "evening"):
			if off == 0 {
				return rel(e, 0, DayGranularity)
			}
		case foldEq(w2, "night"):
			if off == -1 {
				return rel(e, -1, DayGranularity)
			}
			if off == 0 {
				return rel(e, 0, DayGranularity)
			}
		case foldEq(w2, "month"):
			return rel(e, off, MonthGranularity)
		case foldEq(w2, "year"):
			return rel(e, off, YearGranularity)
		}
	case foldEq(w, "earlier"), foldEq(w, "later"):
		k := p.spaces(j)
		if k == j {
			break
		}
		w2, e := p.word(k)
		if foldEq(w2, "today") {
			return rel(e, 0, DayGranularity)
		}
		if foldEq(w2, "this") {
			k2 := p.spaces(e)
			if k2 == e {
				break
			}
			w3, e3 := p.word(k2)
			switch {
			case foldEq(w3, "month"):
				return rel(e3, 0, MonthGranularity)
			case foldEq(w3, "year"):
				return rel(e3, 0, YearGranularity)
			case foldEq(w3, "morning"), foldEq(w3, "afternoon"), foldEq(w3, "evening"):
				return rel(e3, 0, DayGranularity)
			}
		}
	case foldEq(w, "the"):
		return p.the(i, j)
	}
	return DateMention{}, false
}

// the reads the phrases that start with "the" at i (j is after "the").
func (p *dateScanner) the(i, j int) (DateMention, bool) {
	k := p.spaces(j)
	if k == j || k >= len(p.s) {
		return DateMention{}, false
	}
	if isDateDigit(p.s[k]) {
		// the 20th of June [2024]
		m, ok := p.numeric(k)
		if !ok || m.Gran != DayGranularity {
			return DateMention{}, false
		}
		m.Start = i
		return m, true
	}
	w, e := p.word(k)
	rel := func(end, off int) (DateMention, bool) {
		return DateMention{Start: i, End: end, Kind: RelativeDate, Gran: DayGranularity, Offset: off}, true
	}
	next := func(at int) (string, int) {
		s := p.spaces(at)
		if s == at {
			return "", at
		}
		return p.word(s)
	}
	switch {
	case foldEq(w, "day"):
		w2, e2 := next(e)
		switch {
		case foldEq(w2, "before"):
			if w3, e3 := next(e2); foldEq(w3, "yesterday") {
				return rel(e3, -2)
			}
			return rel(e2, -1)
		case foldEq(w2, "after"):
			if w3, e3 := next(e2); foldEq(w3, "tomorrow") {
				return rel(e3, 2)
			}
			return rel(e2, 1)
		}
	case foldEq(w, "previous"):
		if w2, e2 := next(e); foldEq(w2, "day") {
			return rel(e2, -1)
		}
	case foldEq(w, "following"), foldEq(w, "next"):
		if w2, e2 := next(e); foldEq(w2, "day") {
			return rel(e2, 1)
		}
	case foldEq(w, "same"):
		if w2, e2 := next(e); foldEq(w2, "day") {
			return rel(e2, 0)
		}
	case foldEq(w, "morning"), foldEq(w, "afternoon"), foldEq(w, "evening"), foldEq(w, "night"):
		// the evening of 3 March, the afternoon of February 26
		w2, e2 := next(e)
		if !foldEq(w2, "of") {
			break
		}
		k2 := p.spaces(e2)
		if k2 == e2 || k2 >= len(p.s) {
			break
		}
		m, ok := p.mention(k2)
		if !ok || m.Start != k2 || m.Gran != DayGranularity || m.Kind == RelativeDate {
			break
		}
		m.Start = i
		return m, true
	}
	return DateMention{}, false
}

// numeric reads a date that starts with a digit at i: "2024-06-20",
// "20.06.2024", "20 June [2024]", "20-22 June", "20th of June".
func (p *dateScanner) numeric(i int) (DateMention, bool) {
	v, n, j := p.number(i, 4)
	if n == 0 {
		return DateMention{}, false
	}
	if n == 4 {
		// 2024-06-20, 2024/06/20 or 2024.06.20 (as Mongolian and East
		// Asian publishers write it)
		if j < len(p.s) && (p.s[j] == '-' || p.s[j] == '/' || p.s[j] == '.') {
			sep := p.s[j]
			mo, n2, j2 := p.number(j+1, 2)
			if n2 > 0 && j2 < len(p.s) && p.s[j2] == sep {
				d, n3, j3 := p.number(j2+1, 2)
				if n3 > 0 && !p.isoTail(j3) && !(sep == '.' && j3+1 < len(p.s) && p.s[j3] == '.' && isDateDigit(p.s[j3+1])) {
					return p.absolute(i, j3, v, time.Month(mo), d)
				}
			}
		}
		return DateMention{}, false
	}
	if n > 2 {
		return DateMention{}, false
	}
	// 20.06.2024; 03/02/2025, 04-10-2024 (day first, as European and
	// South Asian publishers write it, unless the second number cannot be
	// a month: 06/20/2024)
	if j < len(p.s) && (p.s[j] == '.' || p.s[j] == '/' || p.s[j] == '-' && p.numericDate(j)) {
		sep := p.s[j]
		// "5. 6. 2024": a space after each dot, as Slovene, Czech and
		// Croatian publishers write it
		spaced := sep == '.' && j+2 < len(p.s) && p.s[j+1] == ' ' && isDateDigit(p.s[j+2])
		next := func(k int) int {
			if spaced && k+1 < len(p.s) && p.s[k+1] == ' ' {
				return k + 2
			}
			return k + 1
		}
		mo, n2, j2 := p.number(next(j), 2)
		if n2 > 0 && j2 < len(p.s) && p.s[j2] == sep {
			y, n3, j3 := p.number(next(j2), 4)
			if n3 == 4 && !p.wordAt(j3) && !(j3 < len(p.s) && p.s[j3] == '/') {
				day := v
				if sep != '.' && mo > 12 && v <= 12 {
					day, mo = mo, v
				}
				return p.absolute(i, j3, y, time.Month(mo), day)
			}
		}
		return DateMention{}, false
	}
	day, j, ok := p.ordinal(i)
	if !ok {
		return DateMention{}, false
	}
	j = p.rangeEnd(j, false)
	k := p.spaces(j)
	if k == j {
		return DateMention{}, false
	}
	if w, e := p.word(k); w == "of" {
		if s := p.spaces(e); s > e {
			k = s
		}
	}
	mo, e, _, ok := p.month(k)
	if !ok {
		return DateMention{}, false
	}
	y, e2, ok := p.yearAfter(e)
	if !ok {
		y, e2 = 0, e
	}
	return p.absolute(i, e2, y, mo, day)
}

// numericDate reports whether the '-' at j goes on as a day-first date
// does, "-10-2024", rather than a range of days ("20-22 June").
func (p *dateScanner) numericDate(j int) bool {
	_, n2, j2 := p.number(j+1, 2)
	if n2 == 0 || j2 >= len(p.s) || p.s[j2] != '-' {
		return false
	}
	_, n3, _ := p.number(j2+1, 4)
	return n3 == 4
}

// isoTail reports whether the ISO date ending at j goes on with something
// other than a time ("T10:00") or a boundary.
func (p *dateScanner) isoTail(j int) bool {
	if j < len(p.s) && p.s[j] == 'T' && j+1 < len(p.s) && isDateDigit(p.s[j+1]) {
		return false
	}
	return p.wordAt(j)
}

// monthFirst reads "June 20[th][-22][, 2024]", "June 2024" and, when bare is
// set (after a preposition), "June" alone; mo ends at j.
func (p *dateScanner) monthFirst(i int, mo time.Month, j int, bare bool) (DateMention, bool) {
	if k := p.spaces(j); k > j && k < len(p.s) && isDateDigit(p.s[k]) {
		if y, e, ok := p.year(k); ok {
			return DateMention{Start: i, End: e, Kind: AbsoluteDate, Gran: MonthGranularity, Year: y, Month: mo}, true
		}
		if day, e, ok := p.ordinal(k); ok {
			e = p.rangeEnd(e, true)
			y, e2, ok := p.yearAfter(e)
			if !ok {
				y, e2 = 0, e
			}
			// a two-digit year after a slash: "Aug. 21/24"
			if !ok && e+3 <= len(p.s) && p.s[e] == '/' && isDateDigit(p.s[e+1]) && isDateDigit(p.s[e+2]) && (e+3 == len(p.s) || !isDateDigit(p.s[e+3])) {
				y, e2 = 2000+int(p.s[e+1]-'0')*10+int(p.s[e+2]-'0'), e+3
			}
			return p.absolute(i, e2, y, mo, day)
		}
	}
	if bare {
		return DateMention{Start: i, End: j, Kind: AbsoluteDate, Gran: MonthGranularity, Month: mo}, true
	}
	return DateMention{}, false
}

// weekdayFirst reads "Monday", "Monday evening", "Monday, June 20" and
// "Monday (25 November 2024)"; the weekday ends at j.
func (p *dateScanner) weekdayFirst(i int, wd time.Weekday, j int, abbrev bool) (DateMention, bool) {
	k := j
	paren := false
	if k < len(p.s) && p.s[k] == ',' {
		k++
	}
	k = p.spaces(k)
	if k < len(p.s) && p.s[k] == '(' {
		paren = true
		k++
	}
	if k > j && k < len(p.s) {
		if m, ok := p.dateAt(k); ok {
			m.Start = i
			m.Weekday, m.HasWeekday = wd, true
			if paren && m.End < len(p.s) && p.s[m.End] == ')' {
				m.End++
			}
			return m, true
		}
	}
	if abbrev {
		return DateMention{}, false
	}
	if e, ok := p.partOfDay(j); ok {
		j = e
	}
	return DateMention{Start: i, End: j, Kind: WeekdayDate, Gran: DayGranularity, Weekday: wd, HasWeekday: true}, true
}

// dateAt reads an absolute day date at k.
func (p *dateScanner) dateAt(k int) (DateMention, bool) {
	var m DateMention
	var ok bool
	if isDateDigit(p.s[k]) {
		m, ok = p.numeric(k)
	} else if mo, e, _, isMonth := p.month(k); isMonth {
		m, ok = p.monthFirst(k, mo, e, false)
	}
	if !ok || m.Gran != DayGranularity {
		return DateMention{}, false
	}
	return m, true
}

// absolute builds a day mention, checking that the day exists.
func (p *dateScanner) absolute(i, j, y int, mo time.Month, d int) (DateMention, bool) {
	if mo < time.January || mo > time.December || d < 1 {
		return DateMention{}, false
	}
	leap := y
	if leap == 0 {
		leap = 2000
	}
	if d > daysIn(mo, leap) || y != 0 && (y < 1000 || y > 2999) {
		return DateMention{}, false
	}
	return DateMention{Start: i, End: j, Kind: AbsoluteDate, Gran: DayGranularity, Year: y, Month: mo, Day: d}, true
}

// clockAfter reads a time of day after a date ending at i: ", 09:07",
// " 16:30", "T16:30:00+03:00", " 6:52PM", " at 4:15 p.m.", with an optional
// zone ("Z", "+03:00", "GMT").
func (p *dateScanner) clockAfter(i int) (h, m, j int, ok bool) {
	k := i
	if k < len(p.s) && p.s[k] == 'T' {
		k++
	} else {
		if k < len(p.s) && p.s[k] == ',' {
			k++
		}
		k = p.spaces(k)
		if w, e := p.word(k); w == "at" {
			k = p.spaces(e)
		}
		if k == i {
			return 0, 0, i, false
		}
	}
	h, n, k := p.number(k, 2)
	if n == 0 || k >= len(p.s) || (p.s[k] != ':' && p.s[k] != '.') {
		return 0, 0, i, false
	}
	m, n, k = p.number(k+1, 2)
	if n != 2 {
		return 0, 0, i, false
	}
	if k < len(p.s) && p.s[k] == ':' {
		if _, n, e := p.number(k+1, 2); n == 2 {
			k = e
			if k < len(p.s) && p.s[k] == '.' {
				_, _, k = p.number(k+1, 9)
			}
		}
	}
	// am/pm
	s := p.spaces(k)
	for _, suf := range [...]string{"a.m.", "p.m.", "am", "pm", "a.m", "p.m"} {
		if len(p.s)-s >= len(suf) && foldEq(p.s[s:s+len(suf)], suf) && !p.wordAt(s+len(suf)) {
			if h < 1 || h > 12 {
				return 0, 0, i, false
			}
			h %= 12
			if suf[0] == 'p' {
				h += 12
			}
			k = s + len(suf)
			break
		}
	}
	if h > 23 || m > 59 {
		return 0, 0, i, false
	}
	// zone
	if k < len(p.s) && p.s[k] == 'Z' && !p.wordAt(k+1) {
		k++
	} else if p.wordAt(k) {
		return 0, 0, i, false
	} else if k < len(p.s) && (p.s[k] == '+' || p.s[k] == '-') {
		if _, n, e := p.number(k+1, 2); n == 2 {
			e2 := e
			if e2 < len(p.s) && p.s[e2] == ':' {
				e2++
			}
			if _, n, e3 := p.number(e2, 2); n == 2 {
				k = e3
			} else {
				k = e
			}
		}
	} else if s := p.spaces(k); s > k {
		w, e := p.word(s)
		if len(w) >= 2 && len(w) <= 5 && isUpperASCII(w) {
			k = e
		}
	}
	return h, m, k, true
}

func isUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
