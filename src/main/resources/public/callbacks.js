// Callback queue: after htmx replaces a row, keyboard focus goes to the row's work cell (its buttons changed).
document.addEventListener('htmx:afterSwap', function (event) {
  var row = event.detail.target;
  if (row && row.id && row.id.indexOf('callback-') === 0) {
    var fresh = document.getElementById(row.id);
    var work = fresh && fresh.querySelector('td.work');
    if (work) {
      work.focus();
    }
  }
});
