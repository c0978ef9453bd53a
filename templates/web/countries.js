// Filters and sorts the countries table in the page: by name (the page's, the one in common
// English use: "Ivory Coast", or another the command line takes in the page's language: "Holland",
// "Royaume-Uni", "RDC"), or code (ISO3, or a short form as a whole: "GB", "UK", "U.K."),
// contributors only, region;
// a click on a column heading sorts by it, a second click reverses. No framework, no build step.
"use strict";
(function () {
  document.addEventListener("DOMContentLoaded", function () {
    var table = document.getElementById("countries");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var filter = document.getElementById("filter");
    var contributors = document.getElementById("contributors");
    var region = document.getElementById("region");
    var shown = document.getElementById("shown");
    var month = document.getElementById("month");
    var sortKey = null, ascending = true;

    function fold(s) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    function isShortForm(r, q) {
      var letters = q.replace(/[^a-z]/g, "");
      return letters.length >= 2 && r.dataset.short.toLowerCase().split(" ").indexOf(letters) >= 0;
    }
    function apply() {
      var q = fold(filter.value.trim());
      var n = 0;
      rows.forEach(function (r) {
        var ok = (!q || fold(r.dataset.name).indexOf(q) >= 0 || fold(r.dataset.also).indexOf(q) >= 0
            || r.dataset.iso3.toLowerCase() === q || isShortForm(r, q))
          && (!contributors.checked || Number(r.dataset.total) > 0)
          && (!region.value || r.dataset.region === region.value);
        r.hidden = !ok;
        if (ok) { n++; }
      });
      shown.textContent = n + " " + (n === 1 ? shown.dataset.one : shown.dataset.many); // the page's language
    }
    function sortBy(button) {
      var key = button.dataset.sort, numeric = button.hasAttribute("data-numeric");
      ascending = sortKey === key ? !ascending : (key === "rank" || !numeric);
      sortKey = key;
      rows.sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
        return ascending ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
      button.parentNode.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    }
    table.querySelectorAll("button[data-sort]").forEach(function (b) {
      b.addEventListener("click", function () { sortBy(b); });
    });
    [filter, contributors, region].forEach(function (el) { el.addEventListener("input", apply); });
    month.addEventListener("change", function () { month.form.submit(); });
    apply();
  });
})();
