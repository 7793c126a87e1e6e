// The actor network: a small force layout (repulsion, springs, gravity) drawn as SVG; no library.
(function () {
  "use strict";
  var C = kabarCharts;
  var graph = C.data("network-data");
  var box = document.getElementById("network");
  if (!graph.nodes.length) { C.empty(box, "No event with both an actor and a recipient matches."); return; }
  var W = 1000, H = 560;
  var index = {};
  var maxEvents = Math.max.apply(null, graph.nodes.map(function (n) { return n.events; }));
  var nodes = graph.nodes.map(function (n, i) {
    index[n.id] = i;
    var angle = 2 * Math.PI * i / graph.nodes.length, ring = 0.35 + 0.1 * (i % 3);  // deterministic start
    return { id: n.id, events: n.events, x: W / 2 + W * ring * Math.cos(angle) * 0.8, y: H / 2 + H * ring * Math.sin(angle) * 0.8,
             r: 5 + 13 * Math.sqrt(n.events / maxEvents) };
  });
  var edges = graph.edges.map(function (e) {
    return { s: nodes[index[e.source]], t: nodes[index[e.target]], e: e };
  });
  var maxCount = Math.max.apply(null, graph.edges.map(function (e) { return e.count; }));

  (function layout() {  // Fruchterman-Reingold in free space, then fitted to the drawing
    var k = Math.sqrt(W * H / nodes.length) * 0.3, temp = W / 8;
    for (var step = 0; step < 300; step++) {
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
        var dx = l.s.x - l.t.x, dy = l.s.y - l.t.y, f = Math.sqrt(dx * dx + dy * dy) / k;
        l.s.dx -= dx * f; l.s.dy -= dy * f; l.t.dx += dx * f; l.t.dy += dy * f;
      });
      nodes.forEach(function (n) {  // gravity keeps unconnected groups near the middle
        n.dx += (W / 2 - n.x) * 0.12; n.dy += (H / 2 - n.y) * 0.12;
        var d = Math.max(Math.sqrt(n.dx * n.dx + n.dy * n.dy), 0.01), move = Math.min(d, temp);
        n.x += n.dx / d * move; n.y += n.dy / d * move;
      });
      temp = Math.max(temp * 0.98, 1);
    }
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var left = 50, right = 110, top = 50, bottom = 40;  // room for circles and labels
    var scale = Math.min((W - left - right) / Math.max(x1 - x0, 1), (H - top - bottom) / Math.max(y1 - y0, 1), 3);
    var ox = left + ((W - left - right) - (x1 - x0) * scale) / 2, oy = top + ((H - top - bottom) - (y1 - y0) * scale) / 2;
    nodes.forEach(function (n) { n.x = ox + (n.x - x0) * scale; n.y = oy + (n.y - y0) * scale; });
  })();

  var root = C.svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img" }, box);
  var cats = [];
  graph.edges.forEach(function (e) { if (cats.indexOf(e.category) < 0) { cats.push(e.category); } });

  var edgeLayer = C.svg("g", {}, root), nodeLayer = C.svg("g", {}, root);
  edges.forEach(function (l) {
    var width = 1.2 + 5 * Math.sqrt(l.e.count / maxCount), head = 7 + 1.6 * width;
    var g = C.svg("g", { "class": "edge cat-" + l.e.category }, edgeLayer);
    var sx = l.s.x, sy = l.s.y, cx, cy, ex, ey;
    if (l.s === l.t) {  // an actor acting on itself: a loop above the node
      cx = sx; cy = sy - l.s.r - 60; ex = sx + l.s.r * 0.7; ey = sy - l.s.r * 0.7;
      sx -= l.s.r * 0.7; sy -= l.s.r * 0.7;
    } else {  // bend each direction to its own side, so A->B and B->A both show
      var dx = l.t.x - sx, dy = l.t.y - sy, len = Math.sqrt(dx * dx + dy * dy) || 1;
      cx = (sx + l.t.x) / 2 - dy / len * 24; cy = (sy + l.t.y) / 2 + dx / len * 24;
      var ux = l.t.x - cx, uy = l.t.y - cy, ul = Math.sqrt(ux * ux + uy * uy) || 1;
      ex = l.t.x - ux / ul * (l.t.r + 2); ey = l.t.y - uy / ul * (l.t.r + 2);
    }
    var tx = ex - cx, ty = ey - cy, tl = Math.sqrt(tx * tx + ty * ty) || 1;
    tx /= tl; ty /= tl;
    var bx = ex - tx * head, by = ey - ty * head;  // the line stops where the arrowhead starts
    C.svg("path", { d: "M" + sx.toFixed(1) + "," + sy.toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) + " " +
                       bx.toFixed(1) + "," + by.toFixed(1), "class": "edge-line", "stroke-width": width.toFixed(1) }, g);
    C.svg("path", { d: "M" + ex.toFixed(1) + "," + ey.toFixed(1) + " L" + (bx - ty * head * 0.5).toFixed(1) + "," +
                       (by + tx * head * 0.5).toFixed(1) + " L" + (bx + ty * head * 0.5).toFixed(1) + "," +
                       (by - tx * head * 0.5).toFixed(1) + " z", "class": "arrow" }, g);
    var mix = Object.keys(l.e.categories).map(function (c) { return c + " " + l.e.categories[c]; }).join(", ");
    C.title(g, l.e.source + " → " + l.e.target + ": " + l.e.count + " events (" + mix + ")");
    g.addEventListener("click", function () {
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
