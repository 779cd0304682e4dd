// The interactions Ilham Aliyev took part in, in date order, with the
// readouts that report each, as `readout timeline "Ilham Aliyev"` lists
// them. An interaction is one call or meeting however many readouts report
// it; each readout's main event points to it with ro:interaction.
var rows = g.V("<https://readout.dev/id/person/ilham-aliyev>")
  .In("<https://readout.dev/ns#participant>")
  .Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://readout.dev/ns#Interaction>")
  .Tag("interaction")
  .SaveOpt("<http://schema.org/startDate>", "date") // undated ones have none
  .Save("<https://readout.dev/ns#eventType>", "type")
  .In("<https://readout.dev/ns#interaction>")
  .Out("<http://www.w3.org/ns/prov#wasDerivedFrom>")
  .Save("<http://purl.org/dc/terms/source>", "source")
  .TagArray();
// Dates come as typed literals, "2024-06-20"^^<...#date>: keep the day.
rows.forEach(function (r) { r.date = r.date ? r.date.replace(/^"([^"]*)".*$/, "$1") : "undated"; });
rows.sort(function (a, b) {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
});
rows.forEach(function (r) {
  g.Emit({date: r.date, type: r.type, readout: r.source});
});
