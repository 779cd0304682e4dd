// What each side stressed about the same call: for every interaction that
// several readouts report (the Kremlin's and the Turkish Presidency's
// accounts of one Putin–Erdoğan call), the claims of each account, by
// publisher and source. Each readout keeps its own claims; the accounts'
// main events share the interaction through ro:interaction.
var type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var via = "<https://readout.dev/ns#interaction>";
g.V("<https://readout.dev/ns#Interaction>").In(type).ForEach(function (i) {
  if (g.V(i.id).In(via).Count() < 2) return;
  var rows = g.V(i.id).In(via)
    .In("<https://readout.dev/ns#event>")
    .Has(type, "<https://readout.dev/ns#Claim>")
    .Save("<https://readout.dev/ns#verb>", "verb")
    .Save("<https://readout.dev/ns#text>", "text")
    .Out("<http://www.w3.org/ns/prov#wasDerivedFrom>")
    .Save("<http://purl.org/dc/terms/source>", "source")
    .TagArray();
  rows.sort(function (a, b) {
    var x = a.source + "\n" + a.verb + "\n" + a.text, y = b.source + "\n" + b.verb + "\n" + b.text;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  rows.forEach(function (r) {
    g.Emit({interaction: i.id, readout: r.source, verb: r.verb, text: r.text});
  });
});
