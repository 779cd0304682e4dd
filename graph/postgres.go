package graph

// The PostgreSQL backend. Reads go through Cayley's graph/sql/postgres quad
// store, so Gizmo, GraphQL and MQL work unchanged and Cayley's own tools
// read what readout writes. Writes do not: Cayley's writer sends one INSERT
// per node and per quad (about 2.5k quads/s on a local server) and its
// IgnoreDup mode counts node references of quads it did not insert.
// [pgStore.apply] writes the same schema (Cayley's nodes and quads tables,
// its value hashes and reference counts) set-wise: COPY into temporary
// tables, then one INSERT ... SELECT or DELETE ... USING each, in one
// transaction.
//
// Several processes may load into one database. A load (or delete) reads
// the graphs it changes, works out the difference and writes it; it holds
// a PostgreSQL advisory lock ([pgLockKey]) from the first read to the
// commit, so two loaders never work from the same stale state. Readers
// take no lock and see each write whole or not at all.

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres" with Cayley and lib/pq with database/sql
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// pgLockKey is the key of the PostgreSQL advisory lock that serialises
// writers (and schema creation) across processes: "readout" in ASCII.
const pgLockKey int64 = 0x726561646f7574

// pgLabelIndex is the index readout adds to Cayley's quads table: Cayley's
// indexes all start with the subject, predicate or object, so reading one
// named graph scanned the table.
const pgLabelIndex = `CREATE INDEX IF NOT EXISTS readout_label_index ON quads (label_hash)`

// isPostgres reports whether db is a PostgreSQL URL.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Redact returns the database name db as messages should show it: a
// PostgreSQL URL with its password hidden, anything else unchanged.
func Redact(db string) string {
	if !isPostgres(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "postgres://..."
	}
	return u.Redacted()
}

// pgStore is readout's own access to a PostgreSQL database that Cayley's
// quad store also reads: the writer, the lock and fast graph reads.
type pgStore struct {
	db *sql.DB

	// conn is the connection holding the writer lock, between lock and
	// its release; nil otherwise. Guarded by Store.mu (held for writing).
	conn   *sql.Conn
	unlock func() // releases the lock of conn; nil when not held

	// cache holds prefetched quads while the lock is held; nil otherwise.
	cache map[pgKey][]quad.Quad
}

// openPostgres connects to the database at addr, creates Cayley's schema
// (and [pgLabelIndex]) on first use unless opts.ReadOnly, and opens
// Cayley's quad store on it.
func openPostgres(ctx context.Context, addr string, opts Options) (cgraph.QuadStore, *pgStore, error) {
	fail := func(err error, hint string) error {
		return &DBError{Op: "open", Path: Redact(addr), Err: err, Hint: hint}
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, nil, fail(err, "check the URL: postgres://USER@HOST:PORT/DBNAME?sslmode=disable")
	}
	pg := &pgStore{db: db}
	ok := false
	defer func() {
		if !ok {
			db.Close()
		}
	}()
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		return nil, nil, fail(fmt.Errorf("%w: %v", ErrUnreachable, err),
			"is the PostgreSQL server running, and the URL right? (add ?sslmode=disable for a server without TLS)")
	}
	if err := pg.init(ctx, addr, opts.ReadOnly); err != nil {
		return nil, nil, fail(err, "")
	}
	qs, err := cgraph.NewQuadStore("postgres", addr, nil)
	if err != nil {
		return nil, nil, fail(err, "")
	}
	ok = true
	return qs, pg, nil
}

// init creates Cayley's tables and readout's label index if the database
// has none, under the writer lock so that two processes starting on a new
// database do not both create them.
func (pg *pgStore) init(ctx context.Context, addr string, readOnly bool) error {
	var quads, nodes sql.NullString
	exists := func() error {
		return pg.db.QueryRowContext(ctx, `SELECT to_regclass('quads')::text, to_regclass('nodes')::text`).Scan(&quads, &nodes)
	}
	if err := exists(); err != nil {
		return err
	}
	if readOnly {
		switch {
		case !quads.Valid && !nodes.Valid:
			return fmt.Errorf("%w: no readout tables; load readouts into it first", ErrNotExist)
		case !quads.Valid || !nodes.Valid:
			return fmt.Errorf("%w: it has a nodes or quads table, not both", ErrNotDatabase)
		}
		return nil
	}
	unlock, err := pg.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	if err := exists(); err != nil {
		return err
	}
	switch {
	case !quads.Valid && !nodes.Valid:
		if err := cgraph.InitQuadStore("postgres", addr, nil); err != nil {
			return fmt.Errorf("create tables: %w", err)
		}
	case !quads.Valid || !nodes.Valid:
		return fmt.Errorf("%w: it has a nodes or quads table, not both", ErrNotDatabase)
	}
	if _, err := pg.conn.ExecContext(ctx, pgLabelIndex); err != nil {
		return fmt.Errorf("create label index: %w", err)
	}
	return nil
}

// lock takes the writer lock on a connection of its own, waiting for other
// processes' writes to finish (or ctx to end), and returns its release.
// The lock goes with the connection if the process dies.
func (pg *pgStore) lock(ctx context.Context) (func(), error) {
	conn, err := pg.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, pgLockKey); err != nil {
		conn.Close()
		return nil, fmt.Errorf("take the writer lock: %w", err)
	}
	pg.conn = conn
	return func() {
		// A failed unlock leaves the lock to the session: closing the
		// connection with Raw's error discards it from the pool.
		_, err := conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, pgLockKey)
		if err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
		pg.conn = nil
		pg.cache = nil
	}, nil
}

// Close closes the connections.
func (pg *pgStore) Close() error { return pg.db.Close() }

// count returns the number of quads. (Cayley's Stats caches the count of
// its first call and only forgets it on its own writes.)
func (pg *pgStore) count(ctx context.Context) (int64, error) {
	var n int64
	err := pg.db.QueryRowContext(ctx, `SELECT count(*) FROM quads`).Scan(&n)
	return n, err
}

// pgNodeColumns are the value columns of Cayley's nodes table, in the order
// [csql.NodeValues] fills them for each value type (after the hash).
var pgNodeColumns = []string{"value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time"}

// apply writes dels and adds in one transaction, holding the writer lock:
// the lock of the load in progress, or its own. It deletes the quads of
// dels that exist and lowers their nodes' reference counts, removing nodes
// left unreferenced; then inserts the nodes of adds that are new (with no
// references), the quads of adds that are not there yet, and raises their
// nodes' counts by the quads it inserted, one per direction, as Cayley
// does.
func (pg *pgStore) apply(ctx context.Context, adds, dels []quad.Quad) error {
	if len(adds)+len(dels) == 0 {
		return nil
	}
	conn := pg.conn
	if conn == nil {
		unlock, err := pg.lock(ctx)
		if err != nil {
			return err
		}
		defer unlock()
		conn = pg.conn
	}
	pg.cache = nil // the write changes what was read
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := pg.write(ctx, tx, adds, dels); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// The reference count changes of the nodes of the quads in the CTE "q",
// one per direction (a quad's label may be NULL).
const pgRefsCTE = `r AS (
	SELECT h, count(*) AS n FROM (
		SELECT subject_hash AS h FROM q UNION ALL
		SELECT predicate_hash FROM q UNION ALL
		SELECT object_hash FROM q UNION ALL
		SELECT label_hash FROM q WHERE label_hash IS NOT NULL
	) x GROUP BY h
)`

func (pg *pgStore) write(ctx context.Context, tx *sql.Tx, adds, dels []quad.Quad) error {
	exec := func(q string) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
	if len(dels) > 0 {
		if err := exec(`CREATE TEMP TABLE readout_del (s bytea, p bytea, o bytea, l bytea) ON COMMIT DROP`); err != nil {
			return err
		}
		if err := copyQuads(ctx, tx, "readout_del", dels); err != nil {
			return err
		}
		if err := exec(`WITH q AS (
			DELETE FROM quads USING readout_del d
			WHERE subject_hash = d.s AND predicate_hash = d.p AND object_hash = d.o
				AND label_hash IS NOT DISTINCT FROM d.l
			RETURNING subject_hash, predicate_hash, object_hash, label_hash
		), ` + pgRefsCTE + `
		UPDATE nodes SET refs = nodes.refs - r.n FROM r WHERE nodes.hash = r.h`); err != nil {
			return fmt.Errorf("delete quads: %w", err)
		}
		if err := exec(`DELETE FROM nodes WHERE refs <= 0 AND hash IN (
			SELECT s FROM readout_del UNION SELECT p FROM readout_del UNION
			SELECT o FROM readout_del UNION SELECT l FROM readout_del)`); err != nil {
			return fmt.Errorf("delete nodes: %w", err)
		}
	}
	if len(adds) == 0 {
		return nil
	}
	if err := exec(`CREATE TEMP TABLE readout_add (s bytea, p bytea, o bytea, l bytea) ON COMMIT DROP`); err != nil {
		return err
	}
	if err := exec(`CREATE TEMP TABLE readout_nodes (LIKE nodes) ON COMMIT DROP`); err != nil {
		return err
	}
	if err := copyNodes(ctx, tx, adds); err != nil {
		return err
	}
	if err := exec(`INSERT INTO nodes SELECT * FROM readout_nodes ON CONFLICT (hash) DO NOTHING`); err != nil {
		return fmt.Errorf("insert nodes: %w", err)
	}
	if err := copyQuads(ctx, tx, "readout_add", adds); err != nil {
		return err
	}
	if err := exec(`WITH q AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT DISTINCT s, p, o, l, now() FROM readout_add
		ON CONFLICT DO NOTHING
		RETURNING subject_hash, predicate_hash, object_hash, label_hash
	), ` + pgRefsCTE + `
	UPDATE nodes SET refs = nodes.refs + r.n FROM r WHERE nodes.hash = r.h`); err != nil {
		return fmt.Errorf("insert quads: %w", err)
	}
	return nil
}

// copyQuads copies the value hashes of qs into the temporary table.
func copyQuads(ctx context.Context, tx *sql.Tx, table string, qs []quad.Quad) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, "s", "p", "o", "l"))
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, q := range qs {
		if _, err := stmt.ExecContext(ctx, hashOf(q.Subject), hashOf(q.Predicate), hashOf(q.Object), hashOf(q.Label)); err != nil {
			return err
		}
	}
	_, err = stmt.ExecContext(ctx)
	return err
}

// hashOf returns Cayley's hash of v as the bytes of a nodes.hash, or nil
// (NULL) for no value.
func hashOf(v quad.Value) any {
	return csql.HashOf(v).SQLValue()
}

// copyNodes copies the distinct values of qs into readout_nodes, with no
// references, as Cayley's writer would store them ([csql.NodeValues]).
func copyNodes(ctx context.Context, tx *sql.Tx, qs []quad.Quad) error {
	cols := append([]string{"hash", "refs"}, pgNodeColumns...)
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("readout_nodes", cols...))
	if err != nil {
		return err
	}
	defer stmt.Close()
	seen := map[string]bool{}
	row := make([]any, len(cols))
	for _, q := range qs {
		for _, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			h := csql.HashOf(v)
			if !h.Valid() || seen[string(h.ValueHash[:])] {
				continue
			}
			seen[string(h.ValueHash[:])] = true
			typ, vals, err := csql.NodeValues(h, v)
			if err != nil {
				return fmt.Errorf("value %v: %w", v, err)
			}
			clear(row)
			row[0], row[1] = vals[0], 0
			for i, c := range typ.Columns() {
				j := slices.Index(pgNodeColumns, c)
				if j < 0 {
					return fmt.Errorf("value %v: unknown Cayley nodes column %s", v, c)
				}
				row[2+j] = vals[1+i]
			}
			if _, err := stmt.ExecContext(ctx, row...); err != nil {
				return err
			}
		}
	}
	_, err = stmt.ExecContext(ctx)
	return err
}

// pgColumn is the quads column of each direction.
var pgColumn = map[quad.Direction]string{quad.Subject: "subject_hash", quad.Predicate: "predicate_hash",
	quad.Object: "object_hash", quad.Label: "label_hash"}

// pgKey is the key of the quads with direction d equal to a value of hash h
// in pgStore.cache.
type pgKey struct {
	d quad.Direction
	h string
}

// quadsWith returns the quads whose direction d is v: from the prefetched
// ones if v was prefetched, else in one query. The hash is written into the
// query, so that it takes one round trip (lib/pq prepares a query with
// arguments in a round trip of its own).
func (pg *pgStore) quadsWith(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	col := pgColumn[d]
	h := csql.HashOf(v)
	if col == "" || !h.Valid() {
		return nil, nil
	}
	if qs, ok := pg.cache[pgKey{d, string(h.ValueHash[:])}]; ok {
		return qs, nil
	}
	return pg.read(ctx, col+` = decode('`+hex.EncodeToString(h.ValueHash[:])+`', 'hex')`)
}

// prefetch reads the quads whose direction d is one of vs in one query and
// keeps them for quadsWith until the next write or the release of the
// writer lock, which the caller holds.
func (pg *pgStore) prefetch(ctx context.Context, d quad.Direction, vs []quad.Value) error {
	var keys [][]byte
	for _, v := range vs {
		if h := csql.HashOf(v); h.Valid() {
			if _, ok := pg.cache[pgKey{d, string(h.ValueHash[:])}]; !ok {
				keys = append(keys, h.ValueHash[:])
			}
		}
	}
	if len(keys) == 0 || pg.conn == nil {
		return nil
	}
	qs, err := pg.read(ctx, pgColumn[d]+` = ANY($1)`, pq.Array(keys))
	if err != nil {
		return err
	}
	if pg.cache == nil {
		pg.cache = map[pgKey][]quad.Quad{}
	}
	for _, k := range keys {
		pg.cache[pgKey{d, string(k)}] = nil
	}
	for _, q := range qs {
		h := csql.HashOf(q.Get(d))
		k := pgKey{d, string(h.ValueHash[:])}
		pg.cache[k] = append(pg.cache[k], q)
	}
	return nil
}

// pgTxKey is the context key of the transaction [Store.readView] opened.
type pgTxKey struct{}

// read returns the quads that match the SQL condition where, with their
// values, in one query: the quads' hashes, then the rows of their nodes.
func (pg *pgStore) read(ctx context.Context, where string, args ...any) ([]quad.Quad, error) {
	nulls := strings.Repeat(", NULL", len(pgNodeColumns)-3)
	query := pg.db.QueryContext
	if tx, ok := ctx.Value(pgTxKey{}).(*sql.Tx); ok {
		query = tx.QueryContext
	}
	rows, err := query(ctx, `WITH q AS (
		SELECT subject_hash AS s, predicate_hash AS p, object_hash AS o, label_hash AS l
		FROM quads WHERE `+where+`)
	SELECT true, s, p, encode(o, 'hex'), encode(l, 'hex')`+nulls+` FROM q
	UNION ALL
	SELECT false, hash, `+strings.Join(pgNodeColumns, ", ")+` FROM nodes
	WHERE hash = ANY(ARRAY(SELECT s FROM q UNION SELECT p FROM q UNION SELECT o FROM q UNION SELECT l FROM q))`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var (
		hs   [][4][]byte
		vals = map[string]quad.Value{}
	)
	for rows.Next() {
		var (
			isQuad         bool
			hash, data     []byte
			str, typ, lang sql.NullString
			iri, bnode, vb sql.NullBool
			vint           sql.NullInt64
			vfloat         sql.NullFloat64
			vtime          sql.NullTime
		)
		// A quad row has its hashes in hash, data, str and typ (the last
		// two in hex).
		var q [4][]byte
		dest := []any{&isQuad, &hash, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vb, &vfloat, &vtime}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if isQuad {
			q[0], q[1] = hash, data
			var err error
			if q[2], err = hex.DecodeString(str.String); err == nil && typ.Valid {
				q[3], err = hex.DecodeString(typ.String)
			}
			if err != nil {
				return nil, err
			}
			hs = append(hs, q)
			continue
		}
		val, err := nodeValue(data, str, typ, lang, iri, bnode, vint, vb, vfloat, vtime)
		if err != nil {
			return nil, fmt.Errorf("node %x: %w", hash, err)
		}
		vals[string(hash)] = val
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(hs))
	for _, h := range hs {
		var q quad.Quad
		for i, d := range quad.Directions {
			if h[i] != nil {
				q.Set(d, vals[string(h[i])])
			}
		}
		if q.IsValid() {
			out = append(out, q)
		}
	}
	return out, nil
}

// unescapeNullByte undoes Cayley's escaping of NUL bytes in strings.
var unescapeNullByte = strings.NewReplacer(`\x00`, "\x00").Replace

// nodeValue decodes the value columns of a row of the nodes table, as
// Cayley's (*sql.QuadStore).NameOf does.
func nodeValue(data []byte, str, typ, lang sql.NullString, iri, bnode sql.NullBool,
	vint sql.NullInt64, vb sql.NullBool, vfloat sql.NullFloat64, vtime sql.NullTime) (quad.Value, error) {
	switch {
	case str.Valid && iri.Bool:
		return quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return quad.LangString{Value: quad.String(unescapeNullByte(str.String)), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return quad.TypedString{Value: quad.String(unescapeNullByte(str.String)), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return quad.String(unescapeNullByte(str.String)), nil
	case vint.Valid:
		return quad.Int(vint.Int64), nil
	case vb.Valid:
		return quad.Bool(vb.Bool), nil
	case vfloat.Valid:
		return quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return quad.Time(vtime.Time.UTC()), nil
	}
	return pquads.UnmarshalValue(data)
}

// lockWriter takes the PostgreSQL writer lock for a load or delete, from
// its first read to its last write; other backends need none (bolt's file
// lock excludes other processes, s.mu other goroutines). The caller holds
// s.mu and calls unlockWriter when done.
func (s *Store) lockWriter(ctx context.Context) error {
	if s.pg == nil {
		return nil
	}
	unlock, err := s.pg.lock(ctx)
	if err != nil {
		return err
	}
	s.pg.unlock = unlock
	return nil
}

// unlockWriter releases the lock lockWriter took.
func (s *Store) unlockWriter() {
	if s.pg != nil && s.pg.unlock != nil {
		s.pg.unlock()
		s.pg.unlock = nil
	}
}

// prefetch reads the quads whose direction d is one of vs, if the store
// is a PostgreSQL store, in one query instead of one per value; the store's
// reads until the next write use them. The caller holds the writer lock.
func (s *Store) prefetch(ctx context.Context, d quad.Direction, vs []quad.Value) error {
	if s.pg == nil {
		return nil
	}
	return s.pg.prefetch(ctx, d, vs)
}
