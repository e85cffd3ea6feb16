// Quiz page: up/down buttons for ordering questions (the selects work alone, without JS) and
// a submit button that cannot be pressed twice (the server also ignores a second submit).
(function () {
  "use strict";

  function renumber(list) {
    list.querySelectorAll(".order-item").forEach(function (item, i) {
      item.querySelector("select").value = String(i + 1);
    });
  }

  function sortBySelects(list) {
    var items = Array.prototype.slice.call(list.querySelectorAll(".order-item"));
    items.sort(function (a, b) {
      return Number(a.querySelector("select").value) - Number(b.querySelector("select").value);
    });
    items.forEach(function (item) { list.appendChild(item); });
  }

  function move(item, delta) {
    var list = item.parentElement;
    var sibling = delta < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    if (delta < 0) list.insertBefore(item, sibling); else list.insertBefore(sibling, item);
    renumber(list);
  }

  document.querySelectorAll("[data-order] .order-items").forEach(function (list) {
    var selects = list.querySelectorAll("select");
    var values = Array.prototype.map.call(selects, function (s) { return s.value; });
    var distinct = values.filter(function (v, i) { return values.indexOf(v) === i; }).length === values.length;
    if (distinct) sortBySelects(list);
    list.querySelectorAll(".order-item").forEach(function (item) {
      var label = item.querySelector("label").textContent;
      var moves = document.createElement("span");
      moves.className = "order-moves";
      [["Move up", -1, "↑"], ["Move down", 1, "↓"]].forEach(function (spec) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "button button-small";
        b.setAttribute("aria-label", spec[0] + ": " + label);
        b.textContent = spec[2] + " " + spec[0].split(" ")[1];
        b.addEventListener("click", function () {
          move(item, spec[1]);
          b.focus();
          var status = list.parentElement.querySelector(".order-status");
          var pos = Array.prototype.indexOf.call(list.children, item) + 1;
          if (status) status.textContent = label + " is now at position " + pos + ".";
        });
        moves.appendChild(b);
      });
      item.appendChild(moves);
    });
    var status = document.createElement("p");
    status.className = "order-status visually-hidden";
    status.setAttribute("aria-live", "polite");
    list.parentElement.appendChild(status);
  });

  document.querySelectorAll("form[data-once]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = true; button.textContent = "Sending…"; }
    });
  });
})();
