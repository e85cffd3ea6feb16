// Newsline embed: a keyboard-navigable event list, drawn as a timeline (static/js/timeline.js) when scripts run.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var list = document.getElementById("embed-events");
  var items = list ? Array.prototype.slice.call(list.querySelectorAll(".embed-event")) : [];
  var chart = document.getElementById("embed-chart");
  var main = document.getElementById("embed");
  var current = -1;

  // Roving tabindex: one Tab stop for the whole list; arrow keys move inside it.
  function setTabStops(index) {
    items.forEach(function (item, i) {
      var here = i === index;
      item.tabIndex = here ? 0 : -1;
      var link = item.querySelector(".embed-source");
      if (link) link.tabIndex = here ? 0 : -1;
    });
  }

  // Scroll only the list, never the page around the iframe (scrollIntoView could move the host page).
  function scrollListTo(item) {
    var top = item.offsetTop - list.offsetTop;
    var bottom = top + item.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }

  // The figure marks the chosen event too (by a bar, bold text and colour), and scrolls it into view.
  function highlightPoint(index) {
    var timeline = chart && chart.newslineTimeline;
    if (!timeline || !items[index]) return;
    var id = items[index].getAttribute("data-event-id");
    timeline.select(id);
    var button = timeline.buttonFor(id);
    if (button && chart.scrollHeight > chart.clientHeight) {
      var box = button.closest(".tl-item");
      if (box.offsetTop < chart.scrollTop || box.offsetTop + box.offsetHeight > chart.scrollTop + chart.clientHeight) {
        chart.scrollTop = Math.max(0, box.offsetTop - 8);
      }
    }
  }

  function select(index, focus) {
    if (index < 0 || index >= items.length) return;
    if (current >= 0 && items[current]) {
      items[current].classList.remove("is-selected");
      items[current].removeAttribute("aria-current");
    }
    current = index;
    var item = items[index];
    item.classList.add("is-selected");
    item.setAttribute("aria-current", "true");
    setTabStops(index);
    scrollListTo(item);
    if (focus) item.focus({ preventScroll: true });
    highlightPoint(index);
  }

  if (items.length) {
    var startId = main ? main.getAttribute("data-start") : "";
    var start = 0;
    items.forEach(function (item, i) { if (startId && item.getAttribute("data-event-id") === startId) start = i; });
    if (startId) select(start, false); else setTabStops(0);

    list.addEventListener("keydown", function (ev) {
      var from = current < 0 ? 0 : current;
      var to = null;
      if (ev.key === "ArrowDown" || ev.key === "ArrowRight") to = Math.min(items.length - 1, from + (current < 0 ? 0 : 1));
      else if (ev.key === "ArrowUp" || ev.key === "ArrowLeft") to = Math.max(0, from - (current < 0 ? 0 : 1));
      else if (ev.key === "Home") to = 0;
      else if (ev.key === "End") to = items.length - 1;
      else if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList.contains("embed-event")) to = items.indexOf(ev.target);
      if (to === null) return;
      ev.preventDefault();
      select(to, true);
    });
    items.forEach(function (item, i) {
      item.addEventListener("click", function (ev) {
        if (ev.target.closest("a")) return;   // the link opens the article; leave it be
        select(i, true);
      });
      item.addEventListener("focus", function () { if (current !== i) select(i, false); });
    });
  }

  if (!chart) return;
  // Choosing an event on the figure selects it in the list (which shows its sentence and link).
  chart.addEventListener("timeline:choose", function (ev) {
    ev.preventDefault();
    items.forEach(function (item, i) {
      if (item.getAttribute("data-event-id") === String(ev.detail.id)) select(i, true);
    });
  });
  function drawn() { if (current >= 0) highlightPoint(current); }
  chart.addEventListener("timeline:ready", drawn);
  drawn();
})();
