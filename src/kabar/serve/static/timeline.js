// The timeline: events per day as bars stacked by category, drawn as SVG; no library.
(function () {
  "use strict";
  var C = kabarCharts;
  var data = C.data("timeline-data");
  var box = document.getElementById("timeline");
  if (!data.days.length) { C.empty(box, "No dated event matches."); return; }
  var W = 1000, H = 360, left = 44, right = 12, top = 12, bottom = 56;
  var per = {};  // day -> category -> count
  data.counts.forEach(function (r) { (per[r.day] = per[r.day] || {})[r.category] = r.count; });
  var totals = data.days.map(function (d) {
    return data.categories.reduce(function (s, c) { return s + (per[d][c] || 0); }, 0);
  });
  var max = Math.max.apply(null, totals);
  var step = Math.pow(10, Math.floor(Math.log10(max)));  // round ticks: 1, 2, 5 x 10^n
  if (max / step > 5) { step *= 2; } else if (max / step < 2 && step > 1) { step /= 2; }
  var yMax = Math.ceil(max / step) * step;
  var band = (W - left - right) / data.days.length, barW = Math.min(Math.max(1, band * 0.8), 48);
  var y = function (v) { return top + (H - top - bottom) * (1 - v / yMax); };

  var root = C.svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img" }, box);
  var axis = C.svg("g", { "class": "axis" }, root);
  for (var v = 0; v <= yMax; v += step) {
    C.svg("line", { x1: left, x2: W - right, y1: y(v), y2: y(v) }, axis);
    C.svg("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end" }, axis).textContent = v;
  }
  var every = Math.ceil(data.days.length / 14);  // at most ~14 date labels
  var bars = C.svg("g", {}, root);
  data.days.forEach(function (day, i) {
    var x = left + i * band + (band - barW) / 2, base = 0;
    data.categories.forEach(function (c) {
      var n = per[day][c] || 0;
      if (!n) { return; }
      var rect = C.svg("rect", { x: x.toFixed(1), width: barW.toFixed(1), y: y(base + n).toFixed(1),
                                 height: (y(base) - y(base + n)).toFixed(1), "class": "bar cat-" + c }, bars);
      C.title(rect, day + " · " + c + ": " + n);
      rect.addEventListener("click", function () {
        window.location.href = "/events?" + C.filterQuery({ category: c, date_from: day, date_to: day });
      });
      base += n;
    });
    if (i % every === 0) {
      var tx = x + barW / 2, ty = H - bottom + 14;
      C.svg("text", { x: tx, y: ty, "text-anchor": "end", transform: "rotate(-40 " + tx + " " + ty + ")" }, axis).textContent = day;
    }
  });
  C.legend("timeline-legend", data.categories);
})();
