// The network page of readout serve and readout viz: draws the actor
// network with cytoscape.js and filters it in the browser. Served, it reads
// api/network once and api/entity/ID on a click; from a file made by
// readout viz it reads window.READOUT_DATA ({network, entities}) instead.
(function () {
  "use strict";
  var OFFLINE = window.READOUT_DATA || null;
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1b9e77", "#d95f02"];
  var full = null; // the NetworkData of the whole store
  var byIRI = {};  // interactions by IRI
  var cy = null;

  function $(id) { return document.getElementById(id); }

  // el builds an element; children are elements or strings (as text, never
  // as HTML).
  function el(tag, attrs) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === "text") e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return e;
  }

  function showError(err) {
    $("error").textContent = String(err && err.message || err);
    document.body.dataset.ready = "error";
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (v) {
        if (!r.ok) throw new Error(v.error || r.statusText);
        return v;
      });
    });
  }

  function start(data) {
    full = data;
    full.interactions.forEach(function (i) { byIRI[i.iri] = i; });
    var states = full.nodes.filter(function (n) { return n.kind === "state" && n.iso3; });
    states.sort(function (a, b) { return a.name.localeCompare(b.name); });
    states.forEach(function (n) {
      $("state").appendChild(el("option", { value: n.iso3, text: n.name + " (" + n.iso3 + ")" }));
    });
    var types = {};
    full.interactions.forEach(function (i) { types[i.type] = true; });
    Object.keys(types).sort().forEach(function (t) {
      $("type").appendChild(el("option", { value: t, text: t.replace(/_/g, " ") }));
    });
    var days = full.interactions.map(function (i) { return i.date; }).filter(Boolean).sort();
    if (days.length) {
      $("from").placeholder = $("from").min = $("to").min = days[0];
      $("to").placeholder = $("from").max = $("to").max = days[days.length - 1];
    }
    $("filters").addEventListener("change", draw);
    $("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });
    draw();
  }

  function filters() {
    return {
      level: document.querySelector("input[name=level]:checked").value,
      from: $("from").value, to: $("to").value,
      state: $("state").value, type: $("type").value,
      minWeight: Math.max(1, parseInt($("min-weight").value, 10) || 1),
      sizeBy: $("size-by").value
    };
  }

  // selection returns the edges and nodes the filters keep: each edge with
  // the interactions that pass (as readout network counts them: an edge
  // touches a state if an end is the state or acted for it).
  function selection(f) {
    var stateID = f.state ? "state/" + f.state : "";
    var edges = [], ends = {};
    full.edges.forEach(function (e) {
      if (e.level !== f.level) return;
      var kept = e.interactions.filter(function (iri) {
        var i = byIRI[iri];
        if (!i) return false;
        if ((f.from || f.to) && (!i.date || (f.from && i.date < f.from) || (f.to && i.date > f.to))) return false;
        if (f.type && i.type !== f.type) return false;
        if (stateID) {
          var a = e.source.id, b = e.target.id;
          var fa = i.for[a] || [], fb = i.for[b] || [];
          if (a !== stateID && b !== stateID && fa.indexOf(stateID) < 0 && fb.indexOf(stateID) < 0) return false;
        }
        return true;
      });
      if (kept.length === 0 || kept.length < f.minWeight) return;
      edges.push({ edge: e, interactions: kept });
      ends[e.source.id] = ends[e.target.id] = true;
    });
    var nodes = full.nodes.filter(function (n) { return ends[n.id]; });
    return { nodes: nodes, edges: edges };
  }

  function draw() {
    var f = filters();
    var sel = selection(f);
    var elements = [];
    sel.nodes.forEach(function (n) {
      elements.push({ group: "nodes", data: { id: n.id, label: n.name, kind: n.kind,
        color: PALETTE[n.community % PALETTE.length], size: 20 } });
    });
    sel.edges.forEach(function (x, k) {
      elements.push({ group: "edges", data: { id: "e" + k, source: x.edge.source.id, target: x.edge.target.id,
        weight: x.interactions.length, label: String(x.interactions.length), interactions: x.interactions } });
    });
    document.body.dataset.ready = "";
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $("cy"),
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "data(color)", width: "data(size)", height: "data(size)",
          label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 2,
          "text-outline-color": "#fff", "text-outline-width": 2, color: "#222" } },
        { selector: "node[kind = 'state']", style: { shape: "round-rectangle" } },
        { selector: "edge", style: {
          width: "mapData(weight, 1, 6, 1.5, 8)", "line-color": "#9aa5b1", "curve-style": "bezier",
          label: "data(label)", "font-size": 8, color: "#555", "text-background-color": "#fafafa",
          "text-background-opacity": 1, "text-background-padding": 1 } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#111", "line-color": "#333" } }
      ],
      layout: { name: "preset" }
    });
    // Node size: degree or betweenness centrality in the drawn network.
    var value = {};
    if (f.sizeBy === "centrality" && cy.nodes().length > 0) {
      var bc = cy.elements().betweennessCentrality({ directed: false });
      cy.nodes().forEach(function (n) { value[n.id()] = bc.betweennessNormalized(n); });
    } else {
      cy.nodes().forEach(function (n) { value[n.id()] = n.degree(false); });
    }
    var top = 0;
    for (var k in value) top = Math.max(top, value[k]);
    cy.nodes().forEach(function (n) { n.data("size", 16 + (top > 0 ? 34 * value[n.id()] / top : 0)); });
    cy.on("tap", "node", function (ev) { showEntity(ev.target.id()); });
    cy.on("tap", "edge", function (ev) { showEdge(ev.target); });
    var layout = cy.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: function () { return 9000; },
      idealEdgeLength: function () { return 60; }, padding: 30 });
    layout.one("layoutstop", function () {
      var c = $("count");
      c.dataset.nodes = cy.nodes().length;
      c.dataset.edges = cy.edges().length;
      c.textContent = cy.nodes().length + " " + (f.level === "state" ? "states" : "persons") + ", " +
        cy.edges().length + " edges";
      document.body.dataset.ready = "1";
    });
    layout.run();
    window.cy = cy;
  }

  function readoutHash(iri) { return iri.slice(iri.lastIndexOf("/") + 1); }

  // sourceLink links a readout: to its source when that is a web address,
  // else (served) to its JSON at api/readout/ID, else as plain text.
  function sourceLink(ref) {
    var text = ref.title || ref.source;
    if (/^https?:\/\//i.test(ref.source)) {
      return el("a", { href: ref.source, target: "_blank", rel: "noopener noreferrer", title: ref.source, text: text });
    }
    if (!OFFLINE) {
      return el("a", { href: "api/readout/" + encodeURIComponent(readoutHash(ref.iri)), target: "_blank", title: ref.source, text: text });
    }
    return el("span", { title: ref.source, text: text + " (" + ref.source + ")" });
  }

  function names(refs) { return refs.map(function (r) { return r.name; }).join(", "); }

  function entityData(id) {
    if (OFFLINE) {
      var d = OFFLINE.entities && OFFLINE.entities[id];
      return d ? Promise.resolve(d) : Promise.reject(new Error("no details for " + id + " in this file"));
    }
    return getJSON("api/entity/" + id.split("/").map(encodeURIComponent).join("/"));
  }

  function showEntity(id) {
    var box = $("details");
    box.replaceChildren(el("p", { class: "hint", text: "loading " + id + "…" }));
    entityData(id).then(function (d) {
      var p = d.profile, e = p.entity;
      var parts = [el("h2", { text: e.name }),
        el("p", { class: "meta", text: e.kind + " · " + e.id + (p.iso3 ? " · " + p.iso3 : "") +
          " · " + p.interactions + " interactions, named in " + p.readouts + " readouts" })];
      var offices = (p.offices || []).map(function (o) {
        return el("li", { text: (o.titles.join("; ") || o.office) + (o.of ? ", " + o.of.name : "") +
          (o.first ? " (" + o.first + (o.last && o.last !== o.first ? " – " + o.last : "") + ")" : "") });
      });
      if (offices.length) parts.push(el("h3", { text: "Offices" }), el("ul", null, ...offices));
      parts.push(el("h3", { text: "Counterparts (" + p.counterparts.length + ")" }));
      parts.push(el("ul", { class: "counterparts" }, ...p.counterparts.map(function (c) {
        return el("li", { text: c.entity.name + " · " + c.interactions + (c.first ? " · " + c.first : "") +
          (c.last && c.last !== c.first ? " – " + c.last : "") });
      })));
      var readouts = [];
      d.timeline.forEach(function (t) {
        t.readouts.forEach(function (r) {
          readouts.push(el("li", null, (r.date || t.date || "undated") + " · " + t.type.replace(/_/g, " ") + " · ", sourceLink(r)));
        });
      });
      parts.push(el("h3", { text: "Readouts (" + readouts.length + ")" }), el("ul", { class: "readouts" }, ...readouts));
      parts.push(el("h3", { text: "Claims (" + d.claims.length + ")" }));
      parts.push(el("ul", { class: "claims" }, ...d.claims.map(function (c) {
        return el("li", { class: "claim" },
          el("div", { class: "meta", text: (c.date || "undated") + " · " + names(c.speakers) + " " + c.verb +
            (c.modality ? " [" + c.modality + "]" : "") }),
          el("blockquote", { text: c.sentence || c.text }),
          el("div", { class: "meta" }, "source: ", sourceLink(c.readout), " · bytes " + c.start + "–" + c.end));
      })));
      box.replaceChildren(...parts);
    }).catch(function (err) {
      box.replaceChildren(el("p", { class: "hint", text: String(err.message || err) }));
    });
  }

  function showEdge(edge) {
    var d = edge.data();
    var a = cy.getElementById(d.source).data("label"), b = cy.getElementById(d.target).data("label");
    var items = d.interactions.map(function (iri) {
      var i = byIRI[iri];
      var li = el("li", { class: "interaction" },
        el("div", { text: (i.date || "undated") + " · " + i.type.replace(/_/g, " ") + " · " + names(i.participants) }));
      i.readouts.forEach(function (r) { li.appendChild(el("div", { class: "meta" }, "reported by ", sourceLink(r))); });
      return li;
    });
    $("details").replaceChildren(el("h2", { text: a + " – " + b }),
      el("p", { class: "meta", text: d.weight + " interactions" }), el("ul", { class: "interactions" }, ...items));
  }

  if (OFFLINE) start(OFFLINE.network);
  else getJSON("api/network").then(start).catch(showError);
})();
