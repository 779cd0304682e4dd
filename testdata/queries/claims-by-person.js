// What Ilham Aliyev said: the claims he is a speaker of ("both sides
// stressed ..." counts for each side), with the verb, the text, the readout
// and the byte offsets of the text in it, in readout and text order, as
// `readout claims --by "Ilham Aliyev"` lists them.
var rows = g.V("<https://readout.dev/id/person/ilham-aliyev>")
  .In("<https://readout.dev/ns#speaker>")
  .Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Claim>")
  .Save("<https://readout.dev/ns#verb>", "verb")
  .Save("<https://readout.dev/ns#text>", "text")
  .Save("<https://readout.dev/ns#start>", "start")
  .Save("<https://readout.dev/ns#end>", "end")
  .Out("<http://www.w3.org/ns/prov#wasDerivedFrom>")
  .Save("<http://purl.org/dc/terms/source>", "source")
  .TagArray();
// Offsets are xsd:integer literals, which Gizmo gives as numbers.
rows.sort(function (a, b) {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start;
});
rows.forEach(function (r) {
  g.Emit({readout: r.source, start: r.start, end: r.end, verb: r.verb, text: r.text});
});
