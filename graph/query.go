package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
	"github.com/cayleygraph/quad"

	"github.com/readout/readout/schema"
)

// Languages lists the query languages [Store.Query] accepts.
var Languages = []string{"gizmo", "graphql", "mql"}

// Query defaults.
const (
	DefaultQueryLimit   = 1000
	DefaultQueryTimeout = 30 * time.Second
)

// Query errors.
var (
	// ErrUnknownLanguage means Query was given a language not in [Languages].
	ErrUnknownLanguage = errors.New("unknown query language")
	// ErrTimeout means a query ran out of its time budget.
	ErrTimeout = errors.New("query ran out of time")
)

// QueryError is a query that could not be parsed or run.
type QueryError struct {
	Lang string
	Err  error
	Hint string // may be empty
}

func (e *QueryError) Error() string { return fmt.Sprintf("%s query: %v", e.Lang, e.Err) }

func (e *QueryError) Unwrap() error { return e.Err }

// QueryOptions bound a query. The zero value gives the defaults.
type QueryOptions struct {
	// Limit is the maximum number of results; 0 means [DefaultQueryLimit].
	Limit int
	// Timeout is the time budget of the query; 0 means
	// [DefaultQueryTimeout]. A deadline on ctx also applies.
	Timeout time.Duration
}

// QueryStats tell how a query ended.
type QueryStats struct {
	Results   int  // results written
	Truncated bool // the query had more results than the limit
}

// Query runs q in lang ("gizmo", "graphql" or "mql") and writes its results
// to w as one JSON array, one result per line. Nothing is written if the
// query fails. Values are JSON strings: IRIs in angle brackets
// ("<https://readout.dev/id/state/AZE>"), literals as their text (dates as
// "2024-06-20"), xsd:integer as numbers. A Gizmo query whose last
// expression is a value, such as g.V().Count(), and that emits nothing else,
// gives that value as its one result.
//
// The query stops at opts.Limit results (QueryStats.Truncated then tells that
// there were more) and fails with [ErrTimeout] when it runs out of its time
// budget: Cayley's Execute ignores its context, so the budget is enforced
// through the iterator's Next, which interrupts the Gizmo JavaScript VM.
func (s *Store) Query(ctx context.Context, lang, q string, w io.Writer, opts QueryOptions) (QueryStats, error) {
	var st QueryStats
	if !slices.Contains(Languages, lang) {
		return st, &QueryError{Lang: lang, Err: ErrUnknownLanguage, Hint: "use one of " + strings.Join(Languages, ", ")}
	}
	limit := opts.Limit
	if limit <= 0 {
		limit = DefaultQueryLimit
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultQueryTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	defer s.readLock()()
	col := query.JSON
	if lang == "gizmo" {
		col = query.Raw // to see the value of the last expression
		q = guardGizmo(q)
	}
	it, err := query.Execute(ctx, s.qs, lang, q, query.Options{Collation: col, Limit: limit + 1})
	if err != nil {
		return st, &QueryError{Lang: lang, Err: guardErr(err)}
	}
	defer it.Close()
	var (
		results []json.RawMessage
		last    any // the value of a Gizmo query's last expression
	)
	for it.Next(ctx) {
		r := it.Result()
		if res, ok := r.(*gizmo.Result); ok {
			if res.Meta {
				last = res.Val
				continue
			}
			if r, err = s.gizmoJSON(res); err != nil {
				return st, &QueryError{Lang: lang, Err: err}
			}
		}
		if r == nil {
			continue
		}
		if len(results) == limit {
			st.Truncated = true
			break
		}
		b, err := marshal(r)
		if err != nil {
			return st, &QueryError{Lang: lang, Err: fmt.Errorf("encode result: %w", err)}
		}
		results = append(results, b)
	}
	err = it.Err()
	if err == nil {
		err = ctx.Err()
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return st, &QueryError{Lang: lang, Err: fmt.Errorf("%w after %v", ErrTimeout, timeout),
			Hint: "narrow the query, or raise --timeout"}
	}
	if err != nil && !st.Truncated {
		return st, &QueryError{Lang: lang, Err: guardErr(err)}
	}
	if len(results) == 0 && isJSONValue(last) {
		b, err := marshal(last)
		if err != nil {
			return st, &QueryError{Lang: lang, Err: fmt.Errorf("encode result: %w", err)}
		}
		results = append(results, b)
	}
	st.Results = len(results)
	var buf bytes.Buffer
	buf.WriteString("[")
	for i, r := range results {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n")
		buf.Write(r)
	}
	buf.WriteString("\n]\n")
	_, err = w.Write(buf.Bytes())
	return st, err
}

// marshal encodes v as JSON without escaping <, > and & (IRIs print in
// angle brackets).
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// gizmoJSON converts a Gizmo result to JSON values: tags become an object
// of node values, emitted values are kept as they are.
func (s *Store) gizmoJSON(r *gizmo.Result) (any, error) {
	if r.Tags == nil {
		return r.Val, nil
	}
	out := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		v, err := s.qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		if v != nil {
			out[k] = jsonValue(v)
		}
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// jsonValue maps a quad value to its JSON form (see [Store.Query]).
func jsonValue(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI:
		return "<" + string(v) + ">"
	case quad.BNode:
		return "_:" + string(v)
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		if v.Type == schema.XSDInteger {
			if n := json.Number(v.Value); json.Valid([]byte(n)) {
				return n
			}
		}
		return string(v.Value)
	}
	return quad.StringOf(v)
}

// isJSONValue reports whether v, the value of a Gizmo query's last
// expression, is plain data rather than a path or graph object.
func isJSONValue(v any) bool {
	if v == nil {
		return false
	}
	switch reflect.TypeOf(v).Kind() {
	case reflect.Bool, reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64,
		reflect.Slice, reflect.Map:
		return true
	}
	return false
}
