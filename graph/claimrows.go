package graph

// The claim rows and the holders index: what claims --by reads on bolt,
// kept with the view index on every write, so that the claims by an entity
// are read as rows of the readouts they are in instead of by decoding every
// graph that names the entity (2,905 of them, their counterparts' claims
// included, for a foreign minister on 100,000 readouts).

import (
	"context"
	"encoding/binary"
	"errors"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hopts "github.com/hidal-go/hidalgo/kv/options"

	"github.com/readout/readout/schema"
)

var (
	// claimRowsBucket maps a readout's label to its claims as its own
	// graph gives them ([claimRow]), after what it gives of the readout
	// (a [ReadoutRef]): for each readout typed ro:Readout with claims.
	claimRowsBucket = []byte("readout_view_claims")
	// heldBucket is the node index backwards for offices: a key for each
	// state or institution a holder's roles in a graph are offices of
	// ([graphAffiliations]): the state or institution, a NUL byte, the
	// holder, a NUL byte and the graph's label. It finds the holders of an
	// entity's offices without reading the graphs that name the entity
	// (a state is named in tens of thousands).
	heldBucket = []byte("readout_view_held")
	// oddBucket has a key for each graph whose view quads say something
	// of the nodes of a readout other than its own besides linking the
	// readout's events to interactions (only raw writes make such
	// graphs): its label. The claim rows hold what a readout's own graph
	// says, so while it has a key claims --by reads the graphs instead.
	oddBucket = []byte("readout_view_odd")
)

// oddGraph reports whether qs, the view quads of the graph labelled label,
// say anything of the nodes of a readout other than the graph's own but
// that one of its events is an account of an interaction.
func oddGraph(label string, qs []quad.Quad) bool {
	own := quad.IRI(label)
	for _, q := range qs {
		sub, _ := q.Subject.(quad.IRI)
		obj, _ := q.Object.(quad.IRI)
		sr, or := readoutOf(sub), readoutOf(obj)
		if (sr == "" || sr == own) && (or == "" || or == own) {
			continue
		}
		if q.Predicate == quad.Value(quad.IRI(schema.Interaction)) && sr != "" && sr != own && or == "" {
			continue // an event's interaction
		}
		return true
	}
	return false
}

// graphClaimRows returns the readout the graph labelled label is the graph
// of and the rows of its claims, as its view quads qs give them, or nil
// when it is not a readout's graph, is not typed ro:Readout or has no
// claims.
func graphClaimRows(ctx context.Context, label string, qs []quad.Quad) (*ReadoutRef, []claimRow, error) {
	ro := quad.IRI(label)
	if readoutOf(ro) != ro {
		return nil, nil, nil
	}
	var claims []quad.IRI
	f := newViewFacts()
	for _, q := range qs {
		f.add(q)
		if q.Predicate == rdfTypeIRI && q.Object == quad.Value(quad.IRI(claimClass)) {
			// A claim's readout is the one its IRI is under.
			if c, ok := q.Subject.(quad.IRI); ok && readoutOf(c) == ro {
				claims = append(claims, c)
			}
		}
	}
	if len(claims) == 0 {
		return nil, nil, nil
	}
	slices.Sort(claims)
	r := &reader{facts: f}
	v := newPartialView()
	typedAs := func(nodes []quad.IRI, class string) ([]quad.IRI, error) { return r.typedAs(ctx, nodes, class) }
	if err := r.readoutRefs(ctx, v, []quad.IRI{ro}, typedAs); err != nil {
		return nil, nil, err
	}
	ref := v.readouts[ro]
	if ref == nil {
		return nil, nil, nil
	}
	rows, err := r.claimRows(ctx, slices.Compact(claims))
	return ref, rows, err
}

// encodeClaimRows encodes a readout's ref and claim rows (the claims
// under the readout), nil for no rows: the ref's texts, the distinct
// sentences, then each row, whose IRI is written without the readout's,
// its sentence as a number in that list, and its text, when its sentence
// holds it, as a place in the sentence. Texts are uvarint-prefixed.
func encodeClaimRows(ref *ReadoutRef, rows []claimRow) []byte {
	if ref == nil || len(rows) == 0 {
		return nil
	}
	var b []byte
	uv := func(n int) { b = binary.AppendUvarint(b, uint64(n)) }
	str := func(s string) {
		uv(len(s))
		b = append(b, s...)
	}
	list := func(vs []quad.IRI) {
		uv(len(vs))
		for _, v := range vs {
			str(string(v))
		}
	}
	for _, s := range []string{ref.Source, ref.Title, ref.Publisher, ref.Published, ref.Date} {
		str(s)
	}
	var sentences []string
	for _, row := range rows {
		if row.sentence != "" && !slices.Contains(sentences, row.sentence) {
			sentences = append(sentences, row.sentence)
		}
	}
	uv(len(sentences))
	for _, s := range sentences {
		str(s)
	}
	uv(len(rows))
	for _, row := range rows {
		str(strings.TrimPrefix(row.iri, ref.IRI))
		sn := 0
		if row.sentence != "" {
			sn = slices.Index(sentences, row.sentence) + 1
		}
		uv(sn)
		if i := strings.Index(row.sentence, row.text); sn > 0 && row.text != "" && i >= 0 {
			uv(i + 1)
			uv(len(row.text))
		} else {
			uv(0)
			str(row.text)
		}
		for _, s := range []string{row.verb, row.cameo, row.plover, row.modality, string(row.event), row.eventDay} {
			str(s)
		}
		b = binary.AppendVarint(b, int64(row.start))
		b = binary.AppendVarint(b, int64(row.end))
		if row.hasEvent {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		list(row.speakers)
		list(row.about)
		list(row.interactions)
	}
	return b
}

var errClaimRows = errors.New("corrupt claim rows")

// errOdd stops the scan for odd graphs at the first.
var errOdd = errors.New("an odd graph")

// decodeClaimRows decodes the claim rows of the readout labelled label.
// IRIs come from d, which shares one value for each distinct IRI.
func decodeClaimRows(label string, data []byte, d *viewDecoder) (*ReadoutRef, []claimRow, error) {
	r := &byteReader{b: data}
	list := func() []quad.IRI {
		var out []quad.IRI
		for range r.count() {
			b := r.bytes()
			v, found := d.iris[string(b)]
			if !found {
				v = d.iri(string(b))
			}
			out = append(out, v.(quad.IRI))
		}
		return out
	}
	ref := &ReadoutRef{IRI: label, Source: r.string(), Title: r.string(), Publisher: r.string(), Published: r.string(), Date: r.string()}
	sentences := make([]string, r.count())
	for i := range sentences {
		sentences[i] = r.string()
	}
	n := r.count()
	rows := make([]claimRow, 0, n)
	for range n {
		row := claimRow{iri: label + r.string()}
		if sn := r.uvarint(); sn > uint64(len(sentences)) {
			return nil, nil, errClaimRows
		} else if sn > 0 {
			row.sentence = sentences[sn-1]
		}
		if at := r.uvarint(); at == 0 {
			row.text = r.string()
		} else if size := r.uvarint(); at-1 > uint64(len(row.sentence)) || size > uint64(len(row.sentence))-(at-1) {
			return nil, nil, errClaimRows
		} else {
			row.text = row.sentence[at-1 : at-1+size]
		}
		row.verb, row.cameo, row.plover, row.modality = r.string(), r.string(), r.string(), r.string()
		row.event, row.eventDay = quad.IRI(r.string()), r.string()
		row.start, row.end = int(r.varint()), int(r.varint())
		row.hasEvent = r.byte() == 1
		row.speakers, row.about, row.interactions = list(), list(), list()
		if r.bad {
			return nil, nil, errClaimRows
		}
		rows = append(rows, row)
	}
	if !r.done() {
		return nil, nil, errClaimRows
	}
	return ref, rows, nil
}

// heldKeys returns the keys of [heldBucket], without the bucket, for the
// graph labelled label whose node index is nodes ([viewNodes]: each
// holder's affiliations there).
func heldKeys(label string, nodes map[quad.IRI]string) map[string]bool {
	out := map[string]bool{}
	for h, aff := range nodes {
		for x := range strings.SplitSeq(aff, "\x00") {
			if x != "" {
				out[x+"\x00"+string(h)+"\x00"+label] = true
			}
		}
	}
	return out
}

// putClaimIndex updates the claim rows and the odd graphs of the graph
// labelled label, whose view quads were old and are now qs. (putNodes
// keeps the holders index, with the node index it reverses.)
func putClaimIndex(ctx context.Context, tx hkv.Tx, label string, old, qs []quad.Quad) error {
	oddKeys := func(qs []quad.Quad) map[string]bool {
		if oddGraph(label, qs) {
			return map[string]bool{label: true}
		}
		return nil
	}
	if err := putKeys(ctx, tx, oddBucket, oddKeys(old), oddKeys(qs)); err != nil {
		return err
	}
	if readoutOf(quad.IRI(label)) != quad.IRI(label) {
		return nil
	}
	before, err := claimRowsData(ctx, label, old)
	if err != nil {
		return err
	}
	after, err := claimRowsData(ctx, label, qs)
	if err != nil {
		return err
	}
	switch key := (hkv.Key{claimRowsBucket, []byte(label)}); {
	case string(before) == string(after):
		return nil
	case after == nil:
		if err := tx.Del(ctx, key); err != nil && !errors.Is(err, hkv.ErrNotFound) {
			return err
		}
		return nil
	default:
		return tx.Put(ctx, key, after)
	}
}

// claimRowsData returns the encoded claim rows of the graph labelled label
// whose view quads are qs: nil for none.
func claimRowsData(ctx context.Context, label string, qs []quad.Quad) ([]byte, error) {
	ref, rows, err := graphClaimRows(ctx, label, qs)
	if err != nil {
		return nil, err
	}
	return encodeClaimRows(ref, rows), nil
}

// speakersByReadout returns, by graph label, the speakers whose claims in
// that graph are by's: by itself everywhere it is named, and a holder of
// one of by's offices ([heldBucket]) where it held one, or where it held
// none that names what it served and holds offices of by alone (as
// [view.affiliated] decides).
func speakersByReadout(ctx context.Context, tx hkv.Tx, by quad.IRI) (map[string][]quad.IRI, error) {
	speakers := map[quad.IRI]bool{by: true}
	err := hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
		parts := strings.Split(string(k[len(k)-1]), "\x00")
		if len(parts) == 3 && parts[0] == string(by) {
			speakers[quad.IRI(parts[1])] = true
		}
		return nil
	}, hopts.WithPrefixKV(hkv.Key{heldBucket, []byte(string(by) + "\x00")}))
	if err != nil {
		return nil, err
	}
	matched := map[string][]quad.IRI{}
	for _, sp := range slices.Sorted(maps.Keys(speakers)) {
		aff := map[string]string{}
		var anywhere []string
		err := hkv.Each(ctx, tx, func(k hkv.Key, v hkv.Value) error {
			label := string(k[len(k)-1][len(sp)+1:])
			aff[label] = string(v)
			for x := range strings.SplitSeq(string(v), "\x00") {
				if x != "" && !slices.Contains(anywhere, x) {
					anywhere = append(anywhere, x)
				}
			}
			return nil
		}, hopts.WithPrefixKV(nodeKey(sp, "")))
		if err != nil {
			return nil, err
		}
		alone := len(anywhere) == 1 && anywhere[0] == string(by)
		for label, a := range aff {
			if sp == by || slices.Contains(strings.Split(a, "\x00"), string(by)) || a == "" && alone {
				matched[label] = append(matched[label], sp)
			}
		}
	}
	return matched, nil
}

// claimsByIndex answers [Store.Claims] for f (with By or About) from the
// claim rows and the holders index, as [reader.claims] answers from the
// whole view.
// It reports false when they cannot answer: the store is not bolt, the
// view index is not complete, or a raw write has made a graph say more of
// another readout's nodes than an interaction's link ([oddBucket]).
func (s *Store) claimsByIndex(ctx context.Context, f ClaimFilter) ([]Claim, bool, error) {
	if s.views.kv == nil || f.By == "" && f.About == "" {
		return nil, false, nil
	}
	lazy, err := s.lazyView(ctx, true)
	if err != nil || lazy == nil {
		return nil, false, err
	}
	var by, about quad.IRI
	if f.By != "" {
		by = quad.IRI(schema.EntityIRI(f.By))
	}
	if f.About != "" {
		about = quad.IRI(schema.EntityIRI(f.About))
	}
	type found struct {
		ref  *ReadoutRef
		rows []claimRow
	}
	var (
		odd  bool
		kept []found
	)
	err = hkv.View(ctx, s.views.kv, func(tx hkv.Tx) error {
		err := hkv.Each(ctx, tx, func(hkv.Key, hkv.Value) error {
			odd = true
			return errOdd
		}, hopts.WithPrefixKV(inBucket(oddBucket)))
		if odd {
			return nil
		} else if err != nil {
			return err
		}
		// The graphs to read the rows of, with the speakers whose claims
		// there are by's: for claims about an entity alone, every graph
		// naming it, with any speaker.
		var matched map[string][]quad.IRI
		if f.By == "" {
			matched = map[string][]quad.IRI{}
			err := hkv.Each(ctx, tx, func(k hkv.Key, _ hkv.Value) error {
				matched[string(k[len(k)-1][len(about)+1:])] = nil
				return nil
			}, hopts.WithPrefixKV(nodeKey(about, "")))
			if err != nil {
				return err
			}
		} else if matched, err = speakersByReadout(ctx, tx, by); err != nil {
			return err
		}
		others := map[string][]quad.Quad{} // other graphs' view quads, by label
		for _, label := range slices.Sorted(maps.Keys(matched)) {
			data, err := tx.Get(ctx, hkv.Key{claimRowsBucket, []byte(label)})
			if errors.Is(err, hkv.ErrNotFound) {
				continue // no claims
			} else if err != nil {
				return err
			}
			ref, rows, err := decodeClaimRows(label, data, lazy.dec)
			if err != nil {
				return err
			}
			var keep []claimRow
			for _, row := range rows {
				if row.selected(f) && (about == "" || slices.Contains(row.about, about)) && (by == "" || overlaps(row.speakers, matched[label])) {
					keep = append(keep, row)
				}
			}
			if len(keep) == 0 {
				continue
			}
			// The graphs of the readout's interactions link its events
			// to them. (With no odd graph, no graph says more of the
			// readout's nodes; should one, the graphs are read.)
			links := map[quad.IRI][]quad.Value{}
			ro := quad.IRI(label)
			foreign, err := foreignLabels(ctx, tx, ro)
			if err != nil {
				return err
			}
			for _, fl := range foreign {
				qs, ok := others[fl]
				if !ok {
					if qs, err = viewEntry(ctx, tx, fl); err != nil {
						return err
					}
					others[fl] = qs
				}
				for _, q := range qs {
					sub, _ := q.Subject.(quad.IRI)
					obj, _ := q.Object.(quad.IRI)
					switch {
					case readoutOf(sub) != ro && readoutOf(obj) != ro:
					case q.Predicate == quad.Value(quad.IRI(schema.Interaction)) && readoutOf(sub) == ro && obj != "" && readoutOf(obj) != ro:
						links[sub] = append(links[sub], obj)
					default:
						odd = true
						return nil
					}
				}
			}
			for i, row := range keep {
				if more := links[row.event]; row.event != "" && len(more) > 0 {
					for _, in := range row.interactions {
						more = append(more, in)
					}
					keep[i].interactions = iris(sortedDistinct(more))
				}
				if len(keep[i].interactions) > 0 {
					keep[i].interaction = keep[i].interactions[0]
				}
			}
			kept = append(kept, found{ref, keep})
		}
		return nil
	})
	if err != nil || odd {
		return nil, false, err
	}

	// What the rows leave to the rest of the store: the names of the
	// speakers and of what claims are about, and the days of the
	// interactions of undated events (as [reader.describeClaims] reads
	// them).
	r := s.reader()
	r.lazy = lazy
	v := newPartialView()
	var ents, inters []quad.IRI
	n := 0
	for _, fo := range kept {
		n += len(fo.rows)
		for _, row := range fo.rows {
			ents = append(append(ents, row.speakers...), row.about...)
			if row.hasEvent && row.eventDay == "" && row.interaction != "" {
				inters = append(inters, row.interaction)
			}
		}
	}
	slices.Sort(ents)
	if err := r.entityRefs(ctx, v, slices.Compact(ents)); err != nil {
		return nil, true, err
	}
	slices.Sort(inters)
	if err := r.interactionDays(ctx, v, slices.Compact(inters)); err != nil {
		return nil, true, err
	}
	var out []Claim
	if n > 0 {
		out = make([]Claim, 0, n)
	}
	for _, fo := range kept {
		for _, row := range fo.rows {
			out = append(out, v.claim(row, fo.ref))
		}
	}
	sortClaims(out)
	return out, true, nil
}
