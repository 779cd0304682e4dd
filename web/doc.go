// Package web is what `readout serve` and `readout viz` show: the actor
// network of a [graph.Store] in a browser, drawn with cytoscape.js
// (vendored into assets/vendor by `make vendor`, MIT licence), with its JSON
// API, and Cayley's own v2 HTTP API and query UI in front of the same store
// ([NewHandler]); and the same page as one self-contained HTML file
// ([WriteHTML]) or an SVG image drawn by Graphviz ([WriteSVG]).
//
// # Network
//
// The network is [graph.Store.Actors]: the edges of [graph.Store.Network]
// with the persons and states at their ends ([NetworkData]). Each node gets
// a community, found by Louvain modularity (gonum's community.Modularize)
// on the network of its level, which colours it; the page sizes nodes by
// degree or betweenness centrality in what it draws, and filters by date,
// state, event type and minimum weight in the browser, from the
// interactions of the edges, exactly as `readout network` does on the
// server.
//
// # Safety
//
// The handler is read-only unless [Options.WriteToken] is set; then writes
// need "Authorization: Bearer TOKEN". Every query runs through
// [graph.Store.Query] (the Gizmo guard, a time and a result budget), reads
// of Cayley's API are cut at a time and byte budget, request bodies are
// size-limited, and only embedded files are served, never a directory
// listing. `readout serve` listens on loopback unless told otherwise.
package web
