// Who took part in phone calls, and on which day: start from typed nodes.
g.V().Has("<https://readout.dev/ns#eventType>", "phone_call")
  .Tag("event")
  .Save("<http://schema.org/startDate>", "date")
  .Out("<https://readout.dev/ns#participant>")
  .Out("<http://schema.org/name>")
  .All()
