// Sortable tables: buttons in the column headers of table[data-sortable] sort by each
// cell's data-sort value. Without JavaScript the table stays a plain, readable table.
(function () {
  "use strict";
  var collator = new Intl.Collator("lt", { numeric: true, sensitivity: "base" });

  function compare(a, b, numeric) {
    if (numeric) {
      var x = parseFloat(a), y = parseFloat(b);
      if (isNaN(x)) return isNaN(y) ? 0 : 1;
      if (isNaN(y)) return -1;
      return x - y;
    }
    return collator.compare(a, b);
  }

  function enhance(table) {
    var headers = table.querySelectorAll("thead th");
    var body = table.tBodies[0];
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.classList.contains("num");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = r1.cells[column].getAttribute("data-sort") || "";
          var b = r2.cells[column].getAttribute("data-sort") || "";
          var order = compare(a, b, numeric);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), enhance);
})();
