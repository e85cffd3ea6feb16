// Newsline embed: a keyboard-navigable event list, drawn as a plotly timeline when scripts run.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var list = document.getElementById("embed-events");
  var items = list ? Array.prototype.slice.call(list.querySelectorAll(".embed-event")) : [];
  var chart = document.getElementById("embed-chart");
  var figureData = document.getElementById("embed-figure");
  var main = document.getElementById("embed");
  var current = -1;
  var baseColor = null;

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

  function highlightPoint(index) {
    if (!chart || !window.Plotly || !chart.classList.contains("is-drawn")) return;
    var n = items.length;
    var sizes = [], symbols = [], colors = [];
    for (var i = 0; i < n; i++) {
      var on = i === index;
      sizes.push(on ? 22 : 16);
      symbols.push(on ? "diamond" : "circle");
      colors.push(on ? "#d46a00" : baseColor);
    }
    window.Plotly.restyle(chart, { "marker.size": [sizes], "marker.symbol": [symbols], "marker.color": [colors] }, [0]);
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

  if (!chart || !figureData || !window.Plotly) return;
  var figure = JSON.parse(figureData.textContent);
  baseColor = (figure.data[0] && figure.data[0].marker && figure.data[0].marker.color) || "#1f5fa8";
  figure.layout.autosize = true;
  delete figure.layout.width;
  window.Plotly.newPlot(chart, figure.data, figure.layout, {
    responsive: true, displayModeBar: false, displaylogo: false, scrollZoom: false
  }).then(function () {
    chart.classList.add("is-drawn");
    if (current >= 0) highlightPoint(current);
  });
  chart.on("plotly_click", function (ev) {
    if (!ev.points || !ev.points.length) return;
    select(ev.points[0].pointIndex !== undefined ? ev.points[0].pointIndex : ev.points[0].pointNumber, true);
  });
})();
