// The evidence for each claim Ilham Aliyev made: the sentence it was read
// from (ro:sentence), with its text and offsets, so an analyst can quote
// and cite it. Mentions point to sentences too: ro:mentionSpans, in the
// readout's graph, lists where the readout names each entity and how the
// name was resolved.
var rows = g.V("<https://readout.dev/id/person/ilham-aliyev>")
  .In("<https://readout.dev/ns#speaker>")
  .Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Claim>")
  .Save("<https://readout.dev/ns#verb>", "verb")
  .Out("<https://readout.dev/ns#sentence>")
  .Save("<https://readout.dev/ns#text>", "sentence")
  .Save("<https://readout.dev/ns#start>", "start")
  .Save("<https://readout.dev/ns#end>", "end")
  .TagArray();
rows.sort(function (a, b) {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.verb < b.verb ? -1 : a.verb > b.verb ? 1 : 0;
});
rows.forEach(function (r) {
  g.Emit({sentence: r.id, start: r.start, end: r.end, verb: r.verb, text: r.sentence});
});
