// Lesson page: tie each event (on the timeline figure and in the list) to its evidence sentence in the article.
(function () {
  "use strict";

  function highlight(sentenceId, fromChart) {
    var el = document.getElementById("s-" + sentenceId);
    if (!el) return;
    document.querySelectorAll(".sentence.is-highlighted").forEach(function (s) { s.classList.remove("is-highlighted"); });
    document.querySelectorAll(".event.is-current").forEach(function (e) { e.classList.remove("is-current"); });
    el.classList.add("is-highlighted");
    document.querySelectorAll('.event[data-sentence="' + sentenceId + '"]').forEach(function (e) { e.classList.add("is-current"); });
    var chart = document.getElementById("timeline-chart");
    if (!fromChart && chart && chart.newslineTimeline) {
      var first = chart.newslineTimeline.events.filter(function (e) { return String(e.sentence) === String(sentenceId); })[0];
      chart.newslineTimeline.select(first ? first.id : null);
    }
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

  // The timeline figure (static/js/timeline.js): choosing an event shows its sentence. With the
  // figure drawn, the plain event list (the no-JS timeline) folds away behind a button.
  var figure = document.getElementById("timeline-chart");
  var list = document.getElementById("event-list");
  if (!figure) return;
  figure.addEventListener("timeline:choose", function (ev) {
    ev.preventDefault();
    if (ev.detail.sentence !== null && ev.detail.sentence !== undefined) highlight(ev.detail.sentence, true);
  });
  function foldList() {
    if (!list || !figure.classList.contains("is-drawn") || document.getElementById("event-list-toggle")) return;
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.id = "event-list-toggle";
    toggle.className = "button button-small";
    toggle.setAttribute("aria-controls", "event-list");
    toggle.setAttribute("aria-expanded", "false");
    toggle.textContent = "Show the events as a list, with the words the article used";
    toggle.addEventListener("click", function () {
      var open = list.hidden;
      list.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = open ? "Hide the list of events" : "Show the events as a list, with the words the article used";
    });
    list.hidden = true;
    list.parentNode.insertBefore(toggle, list);
  }
  figure.addEventListener("timeline:ready", foldList);
  foldList();
})();
