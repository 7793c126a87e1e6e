// Small helpers shared by the network and the timeline: SVG elements, page data, the category legend.
var kabarCharts = (function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs, parent) {
    var el = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(el); }
    return el;
  }

  function title(el, text) {  // a hover tooltip; textContent keeps it text
    svg("title", {}, el).textContent = text;
  }

  function data(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  function legend(id, categories) {
    var box = document.getElementById(id);
    categories.forEach(function (c) {
      var a = document.createElement("a");
      a.className = "cat cat-" + c;
      a.textContent = c;
      a.href = "/events?category=" + encodeURIComponent(c);
      box.appendChild(a);
    });
  }

  function empty(container, text) {
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = text;
    container.appendChild(p);
  }

  // The page's own filters, to carry into links (minus paging and sorting).
  function filterQuery(extra) {
    var params = new URLSearchParams(window.location.search);
    ["cursor", "limit", "sort", "edges", "count", "_format"].forEach(function (k) { params.delete(k); });
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    return params.toString();
  }

  return { svg: svg, title: title, data: data, legend: legend, empty: empty, filterQuery: filterQuery };
})();
