// The titles of the readouts that mention Azerbaijan.
g.V("<https://readout.dev/id/state/AZE>")
  .In("<https://readout.dev/ns#mentions>")
  .Out("<http://purl.org/dc/terms/title>")
  .All()
