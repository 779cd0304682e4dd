// The readouts in which Ilham Aliyev took part: those that report an event
// he was a participant of. aliyev-readouts.rq asks the same in SPARQL of
// the N-Quads export; graph's tests check that rdflib gives the same set.
g.V().Has("<http://schema.org/name>", "Ilham Aliyev")
  .In("<https://readout.dev/ns#participant>")
  .Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Event>")
  .Out("<http://www.w3.org/ns/prov#wasDerivedFrom>")
  .Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Readout>")
  .Unique()
  .All()
