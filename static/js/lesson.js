// Lesson page: draw the timeline and tie each event to its evidence sentence in the article.
(function () {
  "use strict";

  function highlight(sentenceId, fromChart) {
    var el = document.getElementById("s-" + sentenceId);
    if (!el) return;
    document.querySelectorAll(".sentence.is-highlighted").forEach(function (s) { s.classList.remove("is-highlighted"); });
    document.querySelectorAll(".event.is-current").forEach(function (e) { e.classList.remove("is-current"); });
    el.classList.add("is-highlighted");
    document.querySelectorAll('.event[data-sentence="' + sentenceId + '"]').forEach(function (e) { e.classList.add("is-current"); });
    if (history.replaceState) history.replaceState(null, "", "#s-" + sentenceId);
    var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
    // Move focus so that keyboard and screen-reader users land on the sentence too.
    el.focus({ preventScroll: true });
  }

  document.querySelectorAll(".event-link").forEach(function (link) {
    link.addEventListener("click", function (ev) {
      ev.preventDefault();
      highlight(link.dataset.sentence, false);
    });
  });

  // A link from feedback (#s-3) lands highlighted too.
  var m = /^#s-(\d+)$/.exec(location.hash);
  if (m) highlight(m[1], false);

  var data = document.getElementById("timeline-figure");
  var target = document.getElementById("timeline-chart");
  if (!data || !target || !window.Plotly) return;
  var figure = JSON.parse(data.textContent);
  Plotly.newPlot(target, figure.data, figure.layout, { responsive: true, displaylogo: false,
    modeBarButtonsToRemove: ["select2d", "lasso2d", "toImage"] }).then(function () {
    target.classList.add("is-drawn");
  });
  target.on("plotly_click", function (ev) {
    if (!ev.points || !ev.points.length) return;
    var custom = ev.points[0].customdata;
    if (custom && custom[0] !== null && custom[0] !== undefined) highlight(custom[0], true);
  });
})();
