// Every htmx request carries the session's CSRF token (the page has it in <meta name="csrf-token">).
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers['X-CSRF-Token'] = meta.content;
  }
});
