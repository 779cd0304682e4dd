// Distinct persons in the graph. Start from typed nodes: counting g.V()
// would include quads (memstore) and deleted nodes (bolt, cayley#617).
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Count()
