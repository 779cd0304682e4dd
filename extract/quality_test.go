package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// floors are the minimum scores on the development corpus (testdata/readouts
// scored against testdata/gold/dev.jsonl). Raise a floor when the extractor
// passes it; never lower one. The floors were 0.97 participants and
// states, 0.92 institutions, 0.90 persons_other, 0.85 claims, 0.95 event
// type and date, 0.90 initiator; these are raised to just under what the
// extractor reaches.
var floors = map[string]float64{
	"participants":  0.99,
	"states":        0.99,
	"institutions":  0.98,
	"persons_other": 0.97,
	"claims":        0.97,
	"event_type":    0.97,
	"event_date":    0.97,
	"initiator":     0.97,
}

func readGold(t testing.TB, path string) []Gold {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadGold(path, f)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

// extractFile reads and extracts one testdata file.
func extractFile(t testing.TB, path string) []*Record {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Read(path, b, ReadOptions{})
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	var recs []*Record
	for _, d := range docs {
		r, err := Extract(d, Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", path, err)
		}
		recs = append(recs, r)
	}
	return recs
}

// secondFloors are the minimum scores on testdata/heldout: 20 readouts
// written for readout in the styles of publishers the development corpus
// lacks (Saudi Press Agency, KUNA, Élysée, Canada, NATO, Singapore, ...).
// Scored before any rule was written for them, they gave participants
// 0.925, institutions 0.891, persons_other 0.813, claims 0.893; the general
// rules they prompted lifted them to the floors' level. They are a second
// regression set now, not an estimate of accuracy on unseen publishers.
var secondFloors = map[string]float64{
	"participants":  0.97,
	"states":        0.99,
	"institutions":  0.97,
	"persons_other": 0.99,
	"claims":        0.935,
	"event_type":    0.99,
	"event_date":    0.99,
	"initiator":     0.99,
}

// thirdFloors are the minimum scores on testdata/heldout2: readouts written
// blind (without running readout or reading its code) in the styles of
// publishers neither earlier set has (Bundesregierung, Palazzo Chigi, La
// Moncloa, Planalto, the South African Presidency, Kemlu, the President
// of Ukraine, Australia's Prime Minister, Qatar's foreign ministry, State
// House Kenya, Vietnam's government portal, the African Union
// Commission). Scored before any rule was written for them, the first 12
// gave participants 0.906, institutions 0.911, persons_other 0.706, claims
// 0.891, event types 0.917 and initiators 0.833. Like secondFloors, they
// guard the rules those readouts prompted.
var thirdFloors = map[string]float64{
	"participants":  0.97,
	"states":        0.99,
	"institutions":  0.95,
	"persons_other": 0.97,
	"claims":        0.95,
	"event_type":    0.99,
	"event_date":    0.99,
	"initiator":     0.99,
}

// fourthFloors are the minimum scores on testdata/heldout3: 36 readouts
// written blind in the styles of 36 publishers no earlier set has (the
// presidencies of Poland, Finland, Romania, Uzbekistan, Korea, Rwanda and
// Ghana, WAM, the Oman and Bahrain news agencies, Iran's and Türkiye's
// foreign ministries, the IMF, the WHO, the Commonwealth Secretariat, the
// European Parliament, ...). Scored before any rule was written for them
// they gave participants 0.894, institutions 0.924, persons_other 0.781,
// claims 0.895, event types 0.889, dates 0.944 and initiators 0.917. Like
// the floors above, they guard the rules those readouts prompted; what is
// left below 1.000 is in the note of the stop that added them.
var fourthFloors = map[string]float64{
	"participants":  0.93,
	"states":        0.99,
	"institutions":  0.95,
	"persons_other": 0.95,
	"claims":        0.93,
	"event_type":    0.99,
	"event_date":    0.99,
	"initiator":     0.95,
}

// fifthFloors are the minimum scores on testdata/heldout4: 24 readouts
// written blind in the styles of 24 publishers no earlier set has (the
// foreign ministries of Thailand, Nepal, Denmark, Lithuania, Colombia,
// Cuba and Taiwan, the ASEAN and OSCE secretariats, the presidencies of
// Kyrgyzstan, Serbia, Lebanon, Tunisia, Tanzania, Côte d'Ivoire and
// Angola, the Holy See, ...). Scored before any rule was written for them
// they gave participants 0.937, institutions 0.854, persons_other 0.880,
// claims 0.952, event types 0.958, dates 0.917 and initiators 0.917. Like
// the floors above, they guard the rules those readouts prompted; what is
// left below 1.000 is gold the rules were not fitted to (calls its writer
// marked arguable, names the other sets give otherwise) and bodies no rule
// reads (a ministry named by its state's demonym).
var fifthFloors = map[string]float64{
	"participants":  1.00,
	"states":        1.00,
	"institutions":  0.95,
	"persons_other": 0.995,
	"claims":        0.99,
	"event_type":    1.00,
	"event_date":    1.00,
	"initiator":     1.00,
}

// sixthFloors are the minimum scores on testdata/heldout5: 20 readouts
// written blind in the styles of 20 publishers no earlier set has (the
// foreign ministries of Vietnam, Malaysia, Brunei, Cambodia, Kazakhstan,
// Estonia, Finland, Belgium, Chile, Peru, Venezuela and Jordan, the
// presidencies of Mongolia, Belarus, Moldova and Senegal, Uganda's State
// House, Luxembourg's government, the Council of Europe and UNHCR). Scored
// before any rule was written for them they gave participants 0.840,
// states 0.993, institutions 0.945, persons_other 0.810, claims 0.882,
// event types 0.900, dates 0.950 and initiators 1.000. What is left below
// 1.000 is gold the rules were not fitted to (Mongolian name order, the
// canonical form of Amin Liew Abdullah, the EU in Spain's ministry title,
// which heldout2 counts), a capital after 'from' read as a venue (Doha)
// and a body named by its bare name (Enabel).
var sixthFloors = map[string]float64{
	"participants":  0.94,
	"states":        0.99,
	"institutions":  0.97,
	"persons_other": 1.00,
	"claims":        0.97,
	"event_type":    1.00,
	"event_date":    1.00,
	"initiator":     1.00,
}

func TestDevCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/gold/dev.jsonl", "../testdata/readouts", floors)
}

func TestSecondCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout/gold.jsonl", "../testdata/heldout", secondFloors)
}

func TestThirdCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout2/gold.jsonl", "../testdata/heldout2", thirdFloors)
}

func TestFourthCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout3/gold.jsonl", "../testdata/heldout3", fourthFloors)
}

func TestFifthCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout4/gold.jsonl", "../testdata/heldout4", fifthFloors)
}

func TestSixthCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout5/gold.jsonl", "../testdata/heldout5", sixthFloors)
}

// seventhFloors are the minimum scores on testdata/heldout6: 20 readouts
// written blind in the styles of 20 publishers no earlier set has (the
// governments of Slovenia and Malta, the foreign ministries of Latvia,
// Cyprus, North Macedonia, Ecuador, the Dominican Republic, Turkmenistan
// and Oman, the presidencies of Bulgaria, Uruguay, Panama, Sri Lanka, the
// Maldives and Mozambique, Albania's prime minister, Montenegro's government,
// Zambia's State House, the CARICOM Secretariat and the IAEA). Scored
// before any rule was written for them they gave participants 0.938,
// states 0.980, institutions 0.904, persons_other 0.900, claims 0.930,
// event types 0.950, dates 0.800 and initiators 0.950. What is left below
// 1.000 is mostly gold the rules were not fitted to: a venue counted as no
// state (Luxembourg), a summit counted as a body (EU-CELAC), a national
// assembly named with its state though the text does not, an acronym the
// scorer cannot match to the table's full name (CARICOM, OSCE), a
// transliteration (Dbeibah), a third person who met the guest the day
// before counted as a participant (Eslami).
var seventhFloors = map[string]float64{
	"participants":  0.96,
	"states":        0.99,
	"institutions":  0.93,
	"persons_other": 0.94,
	"claims":        0.97,
	"event_type":    0.99,
	"event_date":    0.99,
	"initiator":     0.99,
}

// TestSeventhCorpusQuality scores the extraction of the seventh gold set,
// testdata/heldout6, against its floors.
func TestSeventhCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout6/gold.jsonl", "../testdata/heldout6", seventhFloors)
}

// checkQuality extracts the readouts of dir named in the gold file and
// fails for each score below its floor.
func checkQuality(t *testing.T, goldPath, dir string, floors map[string]float64) {
	gold := readGold(t, goldPath)
	var recs []*Record
	for _, g := range gold {
		recs = append(recs, extractFile(t, filepath.Join(dir, filepath.Base(g.File)))...)
	}
	s := Evaluate(gold, recs)
	if len(s.Missing) > 0 {
		t.Errorf("records missing for %v", s.Missing)
	}
	got := map[string]float64{}
	for _, f := range FieldNames {
		got[f] = s.Fields[f].F1()
	}
	for _, f := range AccuracyNames {
		a := s.Accuracy[f]
		got[f] = float64(a[0]) / float64(a[1])
	}
	for _, f := range append(append([]string{}, FieldNames...), AccuracyNames...) {
		t.Logf("%-14s %.3f (floor %.2f)", f, got[f], floors[f])
		if got[f] < floors[f] {
			t.Errorf("%s = %.3f, below the floor %.2f", f, got[f], floors[f])
		}
	}
	if t.Failed() {
		for id, d := range s.Diffs {
			for _, line := range d {
				t.Logf("%s %s", id, line)
			}
		}
	}
}

// TestHTMLSameAsText checks that a saved web page of a readout, with its
// navigation, cookie banner and footer, gives the same record fields as
// the plain-text readout.
func TestHTMLSameAsText(t *testing.T) {
	pages, err := filepath.Glob("../testdata/input/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no HTML fixtures: %v", err)
	}
	for _, page := range pages {
		txt := page[:len(page)-len(".html")] + ".txt"
		t.Run(filepath.Base(page), func(t *testing.T) {
			h := extractFile(t, page)
			p := extractFile(t, txt)
			if len(h) != 1 || len(p) != 1 {
				t.Fatalf("got %d and %d records, want 1 each", len(h), len(p))
			}
			hv, pv := view(h[0]), view(p[0])
			if !reflect.DeepEqual(hv, pv) {
				t.Errorf("Extract(%s) = %+v\nExtract(%s) = %+v", page, hv, txt, pv)
			}
			if h[0].Title != p[0].Title || !reflect.DeepEqual(h[0].Published, p[0].Published) {
				t.Errorf("title/published: %q %v, want %q %v", h[0].Title, h[0].Published, p[0].Title, p[0].Published)
			}
		})
	}
}

// eighthFloors are the floors for the eighth gold set, testdata/heldout7:
// 20 readouts from 20 more publishers (Iceland, Ireland, Spain, Italy,
// France, Germany, Switzerland, Czechia, Slovakia, Poland, Indonesia, the
// Philippines, Singapore, New Zealand, Fiji, Saudi Arabia, the UAE, Egypt,
// Nigeria, Kenya). Scored before any rule was written for them they gave
// participants 0.977, states 0.994, institutions 0.919, persons_other
// 0.842, claims 0.858 and 1.000 for event types, dates and initiators.
// After the general fixes they give states 1.000, institutions 0.951 and
// claims 0.992. What is left below 1.000 is mostly gold the rules were not
// fitted to: short forms where the text also gives the full name (ECOWAS,
// IGAD), a summit and a national armed force counted as bodies, a retreat
// the text names only "our annual Leaders' Retreat", a claim of a
// handover meeting left out, "the call addressed" left out.
var eighthFloors = map[string]float64{
	"participants":  0.99,
	"states":        0.99,
	"institutions":  0.94,
	"persons_other": 0.99,
	"claims":        0.98,
	"event_type":    0.99,
	"event_date":    0.99,
	"initiator":     0.99,
}

// TestEighthCorpusQuality scores the extraction of the eighth gold set,
// testdata/heldout7, against its floors.
func TestEighthCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout7/gold.jsonl", "../testdata/heldout7", eighthFloors)
}

// ninthFloors are the floors for the ninth gold set, testdata/heldout8:
// 20 readouts from 20 more publishers (Austria, Bosnia and Herzegovina,
// Kosovo, Tajikistan, Laos, Myanmar, Bangladesh, Papua New Guinea, Samoa,
// Jamaica, Trinidad and Tobago, Guatemala, Paraguay, Libya, Mauritania,
// Namibia, Cameroon, the DR Congo, Somalia, the WTO). Scored before any
// rule was written for them they gave participants 0.878, states 0.991,
// institutions 0.889, persons_other 0.870, claims 0.910, event dates 0.900
// and 1.000 for event types and initiators. After the general fixes they
// give participants 0.968, institutions 0.922, persons_other 0.952 and
// claims 0.971; a second round (a letter dated at its foot, "concluded on
// D a two-day visit", a code like MC14, "DG" before a name, "on African
// soil", another body's "General Assembly", "I remain convinced", a
// capital opening a headline before a colon) brings participants 0.979,
// states 1.000, institutions 0.952, persons_other 1.000, claims 0.977 and
// event dates 1.000. What is left is gold the rules were not fitted to:
// CARICOM's acronym for the full name, a summit (CHOGM) the gold leaves
// out, "welcomed X to Samoa" (a ceremony, no claim here), "Md." kept in a
// name the table writes without it, the House of Representatives of Libya.
var ninthFloors = map[string]float64{
	"participants":  0.975,
	"states":        0.995,
	"institutions":  0.95,
	"persons_other": 0.995,
	"claims":        0.975,
	"event_type":    0.99,
	"event_date":    0.995,
	"initiator":     0.99,
}

// TestNinthCorpusQuality scores the extraction of the ninth gold set,
// testdata/heldout8, against its floors.
func TestNinthCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout8/gold.jsonl", "../testdata/heldout8", ninthFloors)
}

// tenthFloors are the floors for the tenth gold set, testdata/heldout9:
// 20 readouts from 20 more publishers (Belgium, Luxembourg, Liechtenstein,
// Monaco, San Marino, Georgia, Kazakhstan, Mongolia, Bhutan, Timor-Leste,
// Solomon Islands, Barbados, Costa Rica, Bolivia, Mali, Gabon, the Arab
// League, the GCC, the World Bank, Cabo Verde). Scored before any rule was
// written for them they gave participants 0.898, states 0.992, institutions
// 0.909, persons_other 0.774, claims 0.916, event types and dates 0.950 and
// initiators 0.850. After the general fixes (a bare title of the one the
// text introduced with it, Bhutan's titles, a visit's audiences and
// courtesy calls, "called this Monday the Minister", "emphasis was placed
// on", "I extend to Your Majesty ... my condolences", headline verbs,
// "the General Secretariat", a title after a body's name) they give
// participants 0.960, states 1.000, institutions 0.969, persons_other
// 1.000, claims 0.966 and 1.000 for event types, dates and initiators.
// What is left is gold the rules were not fitted to: a Mongolian name in
// the order its own rule reverses, CARICOM's acronym for the full name, a
// Bolivian minister's second surname the table leaves out, a GCC-EU
// Summit named as a body.
var tenthFloors = map[string]float64{
	"participants":  0.955,
	"states":        0.995,
	"institutions":  0.965,
	"persons_other": 0.995,
	"claims":        0.96,
	"event_type":    0.99,
	"event_date":    0.995,
	"initiator":     0.99,
}

// TestTenthCorpusQuality scores the extraction of the tenth gold set,
// testdata/heldout9, against its floors.
func TestTenthCorpusQuality(t *testing.T) {
	checkQuality(t, "../testdata/heldout9/gold.jsonl", "../testdata/heldout9", tenthFloors)
}
