// Draws the monitor page's latency chart with uPlot from /monitors/{id}/chart; no inline script (strict CSP).
(function () {
  const container = document.getElementById("chart");
  if (!container) {
    return;
  }
  const caption = document.getElementById("chart-caption");
  const colours = { p50: "#1a7f37", p95: "#0b57d0", p99: "#cf222e", dns: "#8250df", connect: "#9a6700", tls: "#bf3989", ttfb: "#57606a" };
  const labels = { p50: "p50", p95: "p95", p99: "p99", dns: "DNS (p50)", connect: "connect (p50)", tls: "TLS (p50)", ttfb: "time to first byte (p50)" };
  let plot = null;

  function draw(range) {
    fetch(container.dataset.chartUrl + "?range=" + encodeURIComponent(range), { headers: { Accept: "application/json" } })
      .then((response) => {
        if (!response.ok) {
          throw new Error("the chart data answered " + response.status);
        }
        return response.json();
      })
      .then((chart) => {
        const names = Object.keys(chart.series).filter((name) => chart.series[name].some((value) => value !== null));
        const data = [chart.times].concat(names.map((name) => chart.series[name]));
        const options = {
          width: Math.max(280, container.clientWidth),
          height: 300,
          scales: { x: { time: true } },
          axes: [{}, { label: "ms" }],
          series: [{}].concat(names.map((name) => ({ label: labels[name], stroke: colours[name], width: name.startsWith("p9") ? 2 : 1, dash: name.startsWith("p") ? undefined : [4, 4] }))),
        };
        if (plot) {
          plot.destroy();
        }
        plot = new uPlot(options, data, container);
        const p95 = chart.series.p95.filter((value) => value !== null);
        caption.textContent = chart.times.length === 0
          ? "No latency windows yet in the last " + range + "."
          : "Plotted " + chart.times.length + " points (" + chart.window + " windows) over the last " + range
            + (p95.length ? "; latest p95 " + p95[p95.length - 1].toFixed(1) + " ms." : ".");
        container.dataset.points = String(chart.times.length);
      })
      .catch((error) => {
        caption.textContent = "The chart could not be loaded: " + error.message;
      });
  }

  document.querySelectorAll("button.range").forEach((button) => {
    button.addEventListener("click", () => {
      document.querySelectorAll("button.range").forEach((other) => other.setAttribute("aria-pressed", String(other === button)));
      draw(button.dataset.range);
    });
  });
  draw("hour");
})();
