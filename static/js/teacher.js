// Teacher pages: progress while a lesson is generated, a size check before sending, result charts,
// in-page links that take the keyboard focus with them.
(function () {
  "use strict";

  var form = document.getElementById("new-lesson-form");
  if (form) {
    var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
    var text = form.querySelector("textarea");
    var note = document.getElementById("size-note");
    var box = document.getElementById("generate-progress");
    var boxText = document.getElementById("generate-progress-text");
    var button = document.getElementById("generate-button");
    var timer = null;

    var bytes = function (s) { return new TextEncoder().encode(s).length; };

    form.addEventListener("submit", function (event) {
      var size = bytes(text.value);
      if (maxBytes && size > maxBytes) {
        // Stop here: nothing is sent, so nothing typed can be lost.
        event.preventDefault();
        note.textContent = "This article is " + Math.round(size / 1000) + " KB; the limit is " +
          Math.round(maxBytes / 1000) + " KB. Paste one article at a time (remove comments or other stories).";
        note.classList.add("field-errors");
        text.setAttribute("aria-invalid", "true");
        text.focus();
        return;
      }
      // The form posts normally (so it works without JS too); this only shows that work is going on.
      var started = Date.now();
      box.hidden = false;
      button.disabled = true;
      button.textContent = "Working…";
      timer = window.setInterval(function () {
        var s = Math.round((Date.now() - started) / 1000);
        boxText.textContent = "Reading the article, finding its dates and writing questions… " + s + " s";
      }, 1000);
    });

    // Coming back with the Back button restores the page as it was left: make it usable again.
    window.addEventListener("pageshow", function () {
      if (timer) { window.clearInterval(timer); timer = null; }
      box.hidden = true;
      button.disabled = false;
      button.textContent = "Make the lesson";
    });
  }

  // <a href="#x" data-focus-target="x">: the link scrolls there anyway; moving the focus too means the
  // next Tab and a screen reader carry on from the target, not from the link.
  document.querySelectorAll("a[data-focus-target]").forEach(function (link) {
    link.addEventListener("click", function () {
      var target = document.getElementById(link.getAttribute("data-focus-target"));
      if (target) { target.focus(); }
    });
  });

  var charts = document.querySelectorAll("[data-figure]");
  if (charts.length && window.Plotly) {
    Array.prototype.forEach.call(charts, function (target) {
      var data = document.getElementById(target.getAttribute("data-figure"));
      if (!data) return;
      var figure = JSON.parse(data.textContent);
      window.Plotly.newPlot(target, figure.data, figure.layout, { responsive: true, displaylogo: false })
        .then(function () { target.classList.add("is-drawn"); });
    });
  }
})();
