"""Load a readout export with rdflib and run SPARQL queries over it.

usage: /usr/bin/python3 sparql.py EXPORT.nq VOCAB.ttl EXPORT.jsonld QUERY.rq...

Prints one JSON object: the number of quads rdflib read from the N-Quads
and from the JSON-LD export, whether both give the same quads, the
predicates and rdf:type classes of the export that VOCAB.ttl does not
declare, and for each query (by file name) the sorted values of the first
variable of its results. graph's TestExportRDFLib runs it (with Debian's
python3-rdflib) and checks the answers; the script itself asserts nothing.
"""

import json
import os
import sys

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

DECLARATIONS = {RDFS.Class, OWL.Class, RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty}


def quads(path, fmt):
    # ConjunctiveGraph, not Dataset: rdflib 6's Dataset fails on SPARQL
    # GRAPH patterns ("Set changed size during iteration").
    g = rdflib.ConjunctiveGraph()
    g.parse(path, format=fmt)
    return g, {(s, p, o, c.identifier) for s, p, o, c in g.quads((None, None, None, None))}


def main(nq, ttl, jsonld, *queries):
    g, nq_quads = quads(nq, "nquads")
    _, ld_quads = quads(jsonld, "json-ld")

    vocab = rdflib.Graph()
    vocab.parse(ttl, format="turtle")
    declared = {s for s, _, o in vocab.triples((None, RDF.type, None)) if o in DECLARATIONS}
    used = {p for _, p, _, _ in nq_quads if p != RDF.type}
    used |= {o for _, p, o, _ in nq_quads if p == RDF.type}

    results = {}
    for path in queries:
        with open(path, encoding="utf-8") as f:
            rows = g.query(f.read())
        results[os.path.basename(path)] = sorted(str(row[0]) for row in rows)

    json.dump({
        "quads": len(nq_quads),
        "jsonld_quads": len(ld_quads),
        "jsonld_same": nq_quads == ld_quads,
        "undeclared": sorted(str(t) for t in used - declared),
        "results": results,
    }, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
