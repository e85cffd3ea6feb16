// Small page helpers for every page: times in the reader's time zone, confirmations before work
// can be lost, copy buttons. Everything here only improves what the server already renders.
(function () {
  "use strict";

  // <time datetime="...UTC..." data-local="date|datetime">: rewritten in the browser's time zone;
  // the UTC value stays in the markup (and in the title, for anyone who needs it).
  var formats = {
    date: { year: "numeric", month: "long", day: "numeric" },
    datetime: { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit",
                timeZoneName: "short" }
  };
  document.querySelectorAll("time[data-local]").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (isNaN(when.getTime())) { return; }
    var kind = formats[el.getAttribute("data-local")] ? el.getAttribute("data-local") : "datetime";
    el.title = el.textContent.trim();
    el.textContent = new Intl.DateTimeFormat(undefined, formats[kind]).format(when);
  });

  // <input data-timezone>: the browser's time zone, so a due date ends at midnight where the teacher is.
  document.querySelectorAll("input[data-timezone]").forEach(function (el) {
    try { el.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { el.value = ""; }
  });

  // <form data-confirm="message">: asks before sending (the server asks again where it matters).
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });

  // <button data-copy="element id">: copies that element's text (or value) and says so.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var status = document.getElementById(button.getAttribute("data-copy") + "-status");
      var text = source.value !== undefined ? source.value : source.textContent.trim();
      var done = function (message) { if (status) { status.textContent = message; } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { done("Copied."); },
          function () { done("Could not copy: select it and copy by hand."); });
      } else {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        done(document.execCommand && document.execCommand("copy") ? "Copied." : "Selected: press Ctrl+C to copy.");
      }
    });
  });
})();
