// Lesson job pages: follow each job's status and show it; a single job opens its review page when done.
// Without this script the pages refresh themselves (noscript meta refresh), so nothing depends on it.
(function () {
  "use strict";

  var boxes = document.querySelectorAll("[data-job-status]");
  if (!boxes.length || !window.fetch) return;
  var summary = document.getElementById("jobs-summary");
  var finished = 0;

  var show = function (box, data) {
    var label = box.querySelector("[data-job-label]");
    if (label) {
      label.textContent = data.label + (data.state === "queued" && data.position ?
        " (" + data.position + " ahead)" : "") + (data.state === "done" || data.state === "failed" ? "" : "…");
      label.className = label.className.replace(/status-job-\S+/, "status-job-" + data.state);
    }
    var bar = box.querySelector("progress");
    if (bar) { bar.value = data.progress.step; bar.textContent = data.progress.step + " of " + data.progress.of; }
    Array.prototype.forEach.call(box.querySelectorAll("[data-step]"), function (li) {
      var n = parseInt(li.getAttribute("data-step"), 10);
      li.classList.toggle("is-done", n < data.progress.step);
      li.classList.toggle("is-current", n === data.progress.step);
      if (n === data.progress.step) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
    });
    var next = box.querySelector("[data-job-next]");
    if (next && (data.state === "done" || data.state === "failed")) {
      var link = document.createElement("a");
      if (data.review) {
        link.href = data.review;
        link.textContent = "Review “" + data.title + "”";
      } else {
        link.href = data.page;
        link.textContent = "Why it failed";
      }
      next.replaceChildren(link);
    }
  };

  var follow = function (box) {
    var url = box.getAttribute("data-job-status");
    var single = box.hasAttribute("data-follow");
    var tick = function () {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (data) {
          show(box, data);
          if (data.state === "done" || data.state === "failed") {
            if (single) { window.location.assign(data.review || data.page); return; }
            finished += 1;
            if (summary) summary.textContent = finished + " of " + boxes.length + " finished.";
            return;
          }
          window.setTimeout(tick, 1000);
        })
        .catch(function () { window.setTimeout(tick, 3000); });
    };
    window.setTimeout(tick, 500);
  };

  Array.prototype.forEach.call(boxes, follow);
})();
