// What did speakers "welcome"? Speaker names with the claim text.
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Claim>")
  .Has("<https://readout.dev/ns#verb>", "welcomed")
  .Save("<https://readout.dev/ns#text>", "text")
  .Out("<https://readout.dev/ns#speaker>")
  .Out("<http://schema.org/name>")
  .All()
