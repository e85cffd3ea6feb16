// Progress page: the scores-over-time figure.
(function () {
  "use strict";
  var data = document.getElementById("progress-figure");
  var target = document.getElementById("progress-chart");
  if (!data || !target || !window.Plotly) return;
  var figure = JSON.parse(data.textContent);
  Plotly.newPlot(target, figure.data, figure.layout, { responsive: true, displaylogo: false }).then(function () {
    target.classList.add("is-drawn");
  });
})();
