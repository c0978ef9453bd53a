// While a bulk run is going, fetch this page again every second and swap in its progress section:
// the wording stays in bulk.ftlh, the script only moves it.
"use strict";
(function () {
  function poll() {
    var run = document.getElementById("run");
    if (!run || run.dataset.state !== "running") {
      return;
    }
    fetch("/bulk", {credentials: "same-origin", cache: "no-store"})
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var next = fresh.getElementById("run");
        if (next) {
          run.replaceWith(document.importNode(next, true));
          var start = document.getElementById("start");
          if (start) { start.disabled = next.dataset.state === "running"; }
        }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  document.addEventListener("DOMContentLoaded", function () { setTimeout(poll, 500); });
})();
