// Who talked to whom: each pair of persons who took part in the same
// interactions, and how many (two readouts of one call are one interaction
// and count once), as `readout network --level person` counts them.
// Interactions are typed ro:Interaction; start from them, not from g.V().
var type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var weight = {};
g.V("<https://readout.dev/ns#Interaction>").In(type).ForEach(function (i) {
  var persons = g.V(i.id)
    .Out("<https://readout.dev/ns#participant>")
    .Has(type, "<http://schema.org/Person>")
    .Out("<http://schema.org/name>")
    .ToArray();
  persons.sort();
  for (var a = 0; a < persons.length; a++) {
    for (var b = a + 1; b < persons.length; b++) {
      var pair = persons[a] + " – " + persons[b];
      weight[pair] = (weight[pair] || 0) + 1;
    }
  }
});
Object.keys(weight).sort().forEach(function (pair) {
  g.Emit({pair: pair, interactions: weight[pair]});
});
