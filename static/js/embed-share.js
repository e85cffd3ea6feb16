// Lesson page: the Embed disclosure's Copy button (clipboard API, with a select-and-copy fallback).
(function () {
  "use strict";
  var button = document.getElementById("embed-copy");
  if (!button) return;
  var source = document.getElementById(button.getAttribute("data-copy-from"));
  var status = document.getElementById("embed-copy-status");

  function say(text) {
    status.textContent = text;
  }

  function fallback() {
    source.focus();
    source.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    say(ok ? "Copied." : "Selected: press Ctrl+C (⌘C on a Mac) to copy.");
  }

  button.addEventListener("click", function () {
    say("");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(function () { say("Copied."); }, fallback);
    } else {
      fallback();
    }
  });
  // Focusing the code selects it all, ready for a keyboard copy.
  source.addEventListener("focus", function () { source.select(); });
})();
