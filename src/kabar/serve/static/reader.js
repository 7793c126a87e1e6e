// The article reader: click marked text (or an item in the side lists) to see the records behind it.
(function () {
  "use strict";
  var record = JSON.parse(document.getElementById("record-data").textContent);
  var byId = {};
  [["entity", record.entities], ["quote", record.quotes], ["event", record.events]].forEach(function (pair) {
    (pair[1] || []).forEach(function (item) { byId[item.id] = { kind: pair[0], item: item }; });
  });
  var view = document.getElementById("record-view");
  var items = document.getElementById("record-items");

  function select(ids) {
    document.querySelectorAll(".sel").forEach(function (el) { el.classList.remove("sel"); });
    document.querySelectorAll("[data-items]").forEach(function (el) {
      var own = el.getAttribute("data-items").split(" ");
      if (ids.some(function (id) { return own.indexOf(id) >= 0; })) { el.classList.add("sel"); }
    });
  }

  var RANK = { quote: 0, event: 1, entity: 2 };  // entities last: their mention lists are long

  function show(ids) {
    items.textContent = "";
    ids.filter(function (id) { return byId[id]; }).sort(function (a, b) {
      return RANK[byId[a].kind] - RANK[byId[b].kind];
    }).forEach(function (id) {
      var found = byId[id];
      if (!found) { return; }
      var title = document.createElement("h3");
      title.textContent = found.kind + " " + id;
      var body = document.createElement("pre");
      body.textContent = JSON.stringify(found.item, null, 2);  // text, never HTML
      items.appendChild(title);
      items.appendChild(body);
    });
    view.hidden = false;
    select(ids);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-items]");
    if (!target) { return; }
    show(target.getAttribute("data-items").split(" "));
  });
  document.getElementById("record-close").addEventListener("click", function () {
    view.hidden = true;
    select([]);
  });
})();
