// Readout turns official diplomatic readouts (the press releases a
// presidency or foreign ministry publishes after a call, meeting, visit or
// exchange of letters) into a knowledge graph stored in an embedded Cayley
// database.
//
// Usage:
//
//	readout <command> [flags] [args]
//
// The commands are:
//
//	extract   extract records from readouts and print them (--json: JSON Lines)
//	load      extract readouts and load them into the graph database
//	query     query the graph database (Gizmo, GraphQL, MQL) and print JSON results
//	export    write the graph database as N-Quads, JSON-LD, GraphML, DOT or CSV
//	network   print who took part in interactions with whom, and how often
//	timeline  print the interactions an entity took part in, in date order
//	claims    print claims with speaker, verb, text and source (--by, --about, --verb, --cameo)
//	who       print an entity's offices, counterparts and institutions
//	stats     print counts of readouts, interactions, entities, claims and quads
//	serve     serve the actor network page, its JSON API and Cayley's query API and UI
//	viz       draw the actor network as a self-contained HTML page or an SVG image
//	version   print the version of readout and of its extractor
//	help      print help on readout or on one command
//
// PATH arguments are files, directories (read recursively: *.txt, *.html,
// *.htm, *.jsonl) or - for standard input. The database is a bolt file
// or a PostgreSQL URL (postgres://USER@HOST:PORT/DBNAME?sslmode=disable,
// shared by any number of loading and querying processes): --db, else
// $READOUT_DB, else ./readout.db; --db memory is an in-memory store. Each readout is its own named graph, labelled with an IRI derived
// from its source path, so reloading a changed file replaces it and
// reloading the same bytes changes nothing.
//
// The analyst commands (network, timeline, claims, who, stats) open the
// database read-only and print a table, or with --json JSON Lines. They
// count interactions: two governments' readouts of the same call are one
// interaction with two accounts. ENTITY arguments are entity IDs
// (person/ilham-aliyev), ISO3 codes, names or aliases; a name matching
// several entities is an error listing them.
//
// Serve answers HTTP on loopback (127.0.0.1:8080): the actor network page,
// /api/network, /api/entity/ID, /api/readout/ID, Cayley's v2 API at /api/v2/
// and its query UI at /ui/. It is read-only unless --write-token is given;
// every query has a time and result budget. Viz writes the same page as one
// HTML file that opens from disk, or an SVG image drawn by Graphviz.
//
// Standard output carries only data (JSON Lines, JSON results, exports);
// progress, warnings and errors go to standard error, as "readout: ..."
// lines, and -q silences progress.
//
// # Exit status
//
// 0 success; 1 a runtime error, or some input files could not be read (each
// named on standard error); 2 a usage error; 130 interrupted.
//
// The record contract is shared/spec/extraction.md; the graph model is
// described in package graph.
package main
