// Menu YAML editor: a problem's "line N" link selects that line in the text area.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a.goto-line');
  if (!link) {
    return;
  }
  var area = document.getElementById('yaml');
  var line = parseInt(link.dataset.line, 10);
  if (!area || !(line > 0)) {
    return;
  }
  event.preventDefault();
  var lines = area.value.split('\n');
  var start = 0;
  for (var i = 0; i < line - 1 && i < lines.length; i++) {
    start += lines[i].length + 1;
  }
  var end = start + (lines[line - 1] || '').length;
  area.focus();
  area.setSelectionRange(start, end);
  var lineHeight = area.scrollHeight / Math.max(lines.length, 1);
  area.scrollTop = Math.max(0, (line - 5) * lineHeight);
});
