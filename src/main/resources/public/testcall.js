// Test call page: digits typed on the keyboard press the keypad's buttons; a sent sentence clears its box.
document.addEventListener('keydown', function (event) {
  var target = event.target;
  if (event.ctrlKey || event.altKey || event.metaKey || !event.key || event.key.length !== 1) {
    return;
  }
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) {
    return;
  }
  var button = document.querySelector('.keypad button[data-key="' + (event.key === '"' ? '' : event.key) + '"]');
  if (button) {
    event.preventDefault();
    button.click();
  }
});
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.detail.elt;
  if (event.detail.successful && form && (form.id === 'say-form' || form.id === 'wav-form')) {
    var message = document.getElementById('input-message');
    if (!message || message.textContent.trim() === '') {
      form.reset();
    }
  }
});
// The newest lines of the dialogue stay in view.
document.addEventListener('htmx:oobAfterSwap', function (event) {
  var dialogue = document.getElementById('dialogue');
  if (dialogue) {
    dialogue.scrollTop = dialogue.scrollHeight;
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var dialogue = document.getElementById('dialogue');
  if (dialogue) {
    dialogue.scrollTop = dialogue.scrollHeight;
  }
});
