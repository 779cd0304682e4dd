// Who took part in phone calls, and on which day: start from typed nodes.
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Event>")
  .Has("<https://readout.dev/ns#eventType>", "phone_call")
  .Tag("event")
  .Save("<http://schema.org/startDate>", "date")
  .Out("<https://readout.dev/ns#participant>")
  .Out("<http://schema.org/name>")
  .All()
