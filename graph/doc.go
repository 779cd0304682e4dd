// Package graph turns extraction records into RDF quads and keeps them in an
// embedded Cayley store: [Quads] maps an [extract.Record] to quads, [Store]
// opens a bolt file, a PostgreSQL database shared by several processes
// (postgres.go) or an in-memory store, loads readouts with per-readout
// replace semantics, runs Gizmo, GraphQL and MQL queries and exports the
// store, or one readout of it ([ExportOptions]), as N-Quads, as JSON-LD
// compacted with [schema.Context] ([WriteJSONLD]), or as its actor network
// for Gephi and Graphviz ([ActorNetwork], built on [Store.Network]: GraphML,
// DOT, CSV).
//
// # Model
//
// Each readout is its own named graph. The graph label is the readout's IRI,
// [schema.ReadoutIRI] of its source path or URL, so loading a changed file
// replaces that readout's quads exactly and loading the same bytes twice
// changes nothing. The readout graph holds the readout node, its events,
// claims and roles, and, for each entity it names, a [schema.EntityRecord]
// literal: how its extraction record describes the entity.
//
// Entities are shared nodes ([schema.EntityIRI]) described once, in a
// named graph of their own labelled with the entity's IRI: rdf:type,
// schema:name, ISO3 code, Wikidata sameAs, other names. That graph is the
// union of the descriptions of the readouts that currently name the entity,
// whatever order they were loaded in, and goes with the last of them. So a
// traversal through an entity meets its name once, not once per readout
// (Cayley has no merged default graph), and deleting a readout never
// removes what another readout says.
//
// # Interactions
//
// Both governments often publish a readout of the same call. The main event
// of each readout is an account of an interaction (ro:Interaction), the
// real call, meeting, visit or letter, and points to it with
// ro:interaction. Accounts of the same type among the same participants
// (entity IDs, at least two) share a named graph labelled
// [schema.InteractionNS] + a hash of the type and participants. It holds
// their interactions: the accounts in date order are cut greedily into
// interactions whose accounts all lie within a day of the first (a late
// call in one capital is the next morning in another); an undated account
// joins the one dated interaction if there is exactly one, and is an
// interaction of its own otherwise. An interaction's IRI is the label + "/"
// + its first day (or "/undated-" + the readout's hash); it has rdf:type
// ro:Interaction, ro:eventType, ro:participant and schema:startDate. As for
// entities, the graph is a function of the accounts currently loaded
// ([InteractionQuads]): the same whatever the load order, recomputed when a
// readout is loaded, replaced or deleted, gone with its last account. Each
// account keeps its own claims in its readout graph, so what each side
// stressed about one call is a traversal from the interaction back through
// ro:interaction and ro:event.
//
// # Analyst views
//
// [Store.Network], [Store.Timeline], [Store.Claims], [Store.Who] and
// [Store.Stats] answer the analyst commands. They start from typed nodes (a
// class IRI, then the rdf:type quads into it), never from all of g.V(),
// and read each node's quads once through Cayley's quad iterators on the
// subject or object index; Cayley paths filter by value (a name, a
// speaker). [Store.Resolve] finds an entity by ID, ISO3 code, name or
// alias. A person acts for the states and institutions it held an office
// of (ro:role, ro:of) in the readouts of an interaction.
//
// Literals: names, titles and claim texts are plain literals; dates are
// typed literals with the full http://www.w3.org/2001/XMLSchema#date (or
// #dateTime) datatype; byte offsets are xsd:integer. In Gizmo, a plain
// literal is matched by its bare text: g.V().Has("<http://schema.org/name>",
// "Ilham Aliyev"); IRIs are written in angle brackets.
//
// # Cayley workarounds
//
// Cayley (v0.7.7-0.20240706181042-81dcd7d73e45) is unmaintained; this package
// works around its bugs, each with a test:
//   - IRIs are written unescaped: every IRI is built with [schema.EscapeIRI].
//   - The N-Quads reader turns typed literals into native values that print
//     with a prefixed "xsd:" datatype: [DecodeNQuads] turns that off.
//   - The bolt backend has no index on the graph label, so reading one
//     readout scanned the whole store: new bolt stores get a label index.
//   - The bolt backend loses the quads an ApplyDeltas adds when the same
//     call lowers the reference count of one of their nodes, as replacing a
//     readout does for its label: a batch is written in two ApplyDeltas,
//     the additions first, inside one bolt transaction readout holds open
//     around both (heldKV), so a batch lands whole or not at all. Loads
//     write only the difference between the old and the new graph, so
//     unchanged quads are never touched.
//   - bbolt panics on a truncated or corrupted file: Open turns the panic
//     into [ErrNotDatabase]; corruption deeper in a file can still panic on
//     the read that meets it.
//   - The bolt backend allocates several 100-million-entry bloom filters
//     (hundreds of MB) for a new store and scans the whole log on every
//     open to fill them: readout turns them off.
//   - Gizmo panics, killing the process, on some argument types
//     (g.V().Out({})): queries run behind a JavaScript guard that throws a
//     TypeError instead.
//   - Bolt keeps deleted nodes in g.V() (cayley#617) and memstore counts
//     quads in g.V().Count(): queries should start from typed nodes.
//   - The bolt file lock waits forever: [Options.LockTimeout] bounds it.
//   - The postgres backend writes one INSERT per node and per quad, and
//     with IgnoreDup counts references of quads it did not insert; its
//     quads table has no index on the graph label; its Stats keeps the
//     first count it reads: readout writes Cayley's schema itself
//     (postgres.go), adds a label index and counts quads in SQL.
//   - Concurrent memstore writes panic: a Store serialises its writes.
//   - hidalgo's bolt layer, through which Cayley's kv store writes, seeks
//     a bucket's parent on every Put to create the bucket if missing:
//     readout gives Cayley its own layer (boltkv.go), which looks first.
//   - Reading a node's quads through the kv backend costs a B-tree search
//     per quad and per value, so a view of the whole store took minutes on
//     100,000 readouts: readout keeps a view index beside Cayley's, in the
//     same transactions (viewindex.go), and precomputes the network
//     (netcache.go).
//   - On PostgreSQL, Cayley reads a quad's values in queries of their own,
//     so a read could see a load committed between them: readout's reads
//     run in one REPEATABLE READ transaction ([Store.readView]).
//   - Cayley's JSON-LD writer turns blank nodes into IRIs (it drops their
//     "_:"), leaves IRIs unescaped and holds the whole dataset in memory:
//     the jsonld export converts and compacts with json-gold, one graph at
//     a time ([WriteJSONLD]).
//
// The record contract is ../shared/spec/extraction.md.
package graph
