// The actor network: a small force layout (repulsion, springs, gravity) drawn as SVG; no library.
(function () {
  "use strict";
  var C = kabarCharts;
  var graph = C.data("network-data");
  var box = document.getElementById("network");
  if (!graph.nodes.length) { C.empty(box, "No event with both an actor and a recipient matches."); return; }
  var W = 1000, H = 640;
  var index = {};
  var nodes = graph.nodes.map(function (n, i) {
    index[n.id] = i;
    var angle = 2 * Math.PI * i / graph.nodes.length, ring = 0.35 + 0.1 * (i % 3);  // deterministic start
    return { id: n.id, events: n.events, x: W / 2 + W * ring * Math.cos(angle) * 0.8, y: H / 2 + H * ring * Math.sin(angle) * 0.8,
             r: 5 + 3 * Math.sqrt(n.events) };
  });
  var edges = graph.edges.map(function (e) {
    return { s: nodes[index[e.source]], t: nodes[index[e.target]], e: e };
  });
  var maxCount = Math.max.apply(null, graph.edges.map(function (e) { return e.count; }));

  (function layout() {
    var k = Math.sqrt(W * H / nodes.length) * 0.55, steps = 300, temp = W / 10;
    for (var step = 0; step < steps; step++) {
      nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y;
          var d2 = Math.max(dx * dx + dy * dy, 1), f = k * k / d2;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      edges.forEach(function (l) {
        if (l.s === l.t) { return; }
        var dx = l.s.x - l.t.x, dy = l.s.y - l.t.y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 1), f = d / k;
        l.s.dx -= dx * f; l.s.dy -= dy * f; l.t.dx += dx * f; l.t.dy += dy * f;
      });
      nodes.forEach(function (n) {
        n.dx += (W / 2 - n.x) * 0.05; n.dy += (H / 2 - n.y) * 0.05;
        var d = Math.max(Math.sqrt(n.dx * n.dx + n.dy * n.dy), 0.01), move = Math.min(d, temp);
        n.x = Math.min(W - 40, Math.max(40, n.x + n.dx / d * move));
        n.y = Math.min(H - 30, Math.max(30, n.y + n.dy / d * move));
      });
      temp *= 0.985;
    }
  })();

  var root = C.svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img" }, box);
  var defs = C.svg("defs", {}, root);
  var cats = [];
  graph.edges.forEach(function (e) { if (cats.indexOf(e.category) < 0) { cats.push(e.category); } });
  cats.forEach(function (c) {
    var m = C.svg("marker", { id: "arrow-" + c, "class": "cat-" + c, viewBox: "0 0 10 10", refX: 9, refY: 5,
                               markerWidth: 5, markerHeight: 5, orient: "auto-start-reverse" }, defs);
    C.svg("path", { d: "M0,0 L10,5 L0,10 z", "class": "arrow" }, m);
  });

  var edgeLayer = C.svg("g", {}, root), nodeLayer = C.svg("g", {}, root);
  edges.forEach(function (l) {
    var width = 1 + 7 * Math.sqrt(l.e.count / maxCount);
    var sx = l.s.x, sy = l.s.y, tx = l.t.x, ty = l.t.y, d;
    if (l.s === l.t) {  // an actor acting on itself: a loop above the node
      d = "M" + sx + "," + (sy - l.s.r) + " c-30,-50 30,-50 0,0";
    } else {  // bend each direction to its own side, so A->B and B->A both show
      var dx = tx - sx, dy = ty - sy, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var ex = tx - dx / len * (l.t.r + 3), ey = ty - dy / len * (l.t.r + 3);
      var mx = (sx + ex) / 2 - dy / len * 18, my = (sy + ey) / 2 + dx / len * 18;
      d = "M" + sx + "," + sy + " Q" + mx + "," + my + " " + ex + "," + ey;
    }
    var path = C.svg("path", { d: d, "class": "edge cat-" + l.e.category, "stroke-width": width.toFixed(1),
                               "marker-end": "url(#arrow-" + l.e.category + ")" }, edgeLayer);
    var mix = Object.keys(l.e.categories).map(function (c) { return c + " " + l.e.categories[c]; }).join(", ");
    C.title(path, l.e.source + " → " + l.e.target + ": " + l.e.count + " events (" + mix + ")");
    path.addEventListener("click", function () {
      window.location.href = "/events?" + C.filterQuery({ actor: l.e.source, recipient: l.e.target });
    });
  });
  nodes.forEach(function (n) {
    var g = C.svg("g", { "class": "node", transform: "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")" }, nodeLayer);
    C.svg("circle", { r: n.r.toFixed(1) }, g);
    C.svg("text", { x: (n.r + 3).toFixed(1), y: 4 }, g).textContent = n.id;
    C.title(g, n.id + ": " + n.events + " events");
    g.addEventListener("click", function () {
      window.location.href = "/events?" + C.filterQuery({ actor: n.id });
    });
  });
  C.legend("network-legend", cats);
})();
