// Live calls and the screen pop, from the server-sent events of /api/live/events. Caller data is only ever put in
// the page with textContent (never as HTML).
(function () {
  'use strict';
  var status = document.getElementById('live-status');
  if (!status) {
    return;
  }
  var lang = document.documentElement.lang || 'en';
  var names = {};
  document.querySelectorAll('#department-names li').forEach(function (li) { names[li.dataset.id] = li.textContent; });
  var texts = {};
  document.querySelectorAll('#operator-texts [data-key]').forEach(function (s) { texts[s.dataset.key] = s.textContent; });
  var calls = new Map();
  var pop = document.getElementById('screen-pop');
  var popCallId = null;

  function t(key) { return texts[key] || key; }
  function department(id) { return id ? (names[id] || id) : ''; }
  function when(iso) { return iso ? new Date(iso).toLocaleString(lang) : ''; }
  function time(iso) { return iso ? new Date(iso).toLocaleTimeString(lang) : ''; }
  function text(id, value) { document.getElementById(id).textContent = value || ''; }
  function cell(row, value) {
    var td = document.createElement('td');
    td.textContent = value || '';
    row.appendChild(td);
    return td;
  }
  function caller(call) {
    var who = call.callerNumber || t('withheld');
    return call.callerName ? who + ' (' + call.callerName + ')' : who;
  }
  function stateText(call) {
    return { 'ringing': t('ringing'), 'transferred': t('transferred') }[call.state] || t('inIvr');
  }
  function fill(tbody, rows, empty, columns) {
    tbody.replaceChildren();
    if (rows.length === 0) {
      var tr = document.createElement('tr');
      cell(tr, empty).colSpan = columns;
      tbody.appendChild(tr);
    }
    rows.forEach(function (r) { tbody.appendChild(r); });
  }

  function render() {
    var all = Array.from(calls.values()).sort(function (a, b) { return a.startedAt < b.startedAt ? -1 : 1; });
    fill(document.querySelector('#ringing tbody'), all.filter(function (c) { return c.state === 'ringing'; })
      .map(function (c) {
        var tr = document.createElement('tr');
        tr.className = 'ringing';
        tr.dataset.callId = c.callId;
        cell(tr, time(c.ringingSince));
        cell(tr, department(c.department));
        cell(tr, caller(c));
        cell(tr, c.topic);
        return tr;
      }), t('none'), 4);
    fill(document.querySelector('#calls tbody'), all.map(function (c) {
      var tr = document.createElement('tr');
      tr.dataset.callId = c.callId;
      tr.dataset.state = c.state;
      cell(tr, time(c.startedAt));
      cell(tr, caller(c));
      cell(tr, c.language);
      cell(tr, c.node);
      cell(tr, department(c.department));
      cell(tr, stateText(c));
      return tr;
    }), t('none'), 6);
  }

  function showPop(data) {
    var call = data.call;
    popCallId = call.callId;
    pop.dataset.callId = call.callId;
    text('pop-department', department(call.department));
    text('pop-state', stateText(call));
    var number = document.getElementById('pop-number');
    number.textContent = call.callerNumber || t('withheld');
    if (call.callerNumber) {
      number.href = 'tel:' + call.callerNumber.replace(/[^0-9+*#]/g, '');
    } else {
      number.removeAttribute('href');
    }
    text('pop-name', call.callerName);
    text('pop-topic', call.topic);
    text('pop-transcript', call.transcript || t('none'));
    text('pop-language', call.language);
    fill(document.querySelector('#pop-calls tbody'), data.previousCalls.map(function (c) {
      var tr = document.createElement('tr');
      cell(tr, when(c.startedAt));
      cell(tr, department(c.department));
      cell(tr, c.outcome ? t('outcome.' + c.outcome) : '');
      return tr;
    }), t('noHistory'), 3);
    fill(document.querySelector('#pop-callbacks tbody'), data.callbacks.map(function (c) {
      var tr = document.createElement('tr');
      cell(tr, when(c.createdAt));
      cell(tr, department(c.department));
      cell(tr, t('status.' + c.status) + ' (' + c.attempts + ' ' + t('attempts') + ')');
      return tr;
    }), t('noHistory'), 3);
    pop.hidden = false;
    pop.focus();
  }

  function updatePop(call, ended) {
    if (call.callId === popCallId) {
      text('pop-state', ended ? t('ended') : stateText(call));
    }
  }

  document.getElementById('pop-dismiss').addEventListener('click', function () {
    pop.hidden = true;
    popCallId = null;
    document.getElementById('main').focus();
  });

  var source = new EventSource('/api/live/events');
  source.addEventListener('error', function () {
    status.dataset.state = 'reconnecting';
    status.textContent = t('reconnecting');
  });
  source.addEventListener('snapshot', function (e) {
    calls.clear();
    JSON.parse(e.data).calls.forEach(function (c) { calls.set(c.callId, c); });
    render();
    status.dataset.state = 'live';
    status.textContent = t('live');
  });
  ['call-started', 'call-step', 'transfer-result'].forEach(function (name) {
    source.addEventListener(name, function (e) {
      var call = JSON.parse(e.data).call;
      calls.set(call.callId, call);
      render();
      updatePop(call, false);
    });
  });
  source.addEventListener('transfer-ringing', function (e) {
    var data = JSON.parse(e.data);
    calls.set(data.call.callId, data.call);
    render();
    showPop(data);
  });
  source.addEventListener('call-gone', function (e) {
    calls.delete(JSON.parse(e.data).call.callId);
    render();
  });
  source.addEventListener('call-ended', function (e) {
    var call = JSON.parse(e.data).call;
    calls.delete(call.callId);
    render();
    updatePop(call, true);
  });
})();
