// The ratification matrix, enhanced: filter rows by state name or ISO code and by the status
// under one instrument, and sort by any column. Without JavaScript the table is complete, sorted
// by name in the page's language, and the regional-group links above it filter it. Every string
// comes from the page (data-* attributes rendered from the Fluent files).
(function () {
  'use strict';
  var tools = document.getElementById('matrix-tools');
  var table = document.getElementById('matrix');
  if (!tools || !table || !table.tBodies.length) return;
  var d = tools.dataset;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var collator = new Intl.Collator(d.lang || undefined);
  var RANK = { party: 0, signatory: 1, withdrawn: 2, no_action: 3, unknown: 4 };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function status(cell) {
    var m = /\brat-([a-z_]+)/.exec(cell.className);
    return m ? m[1] : 'unknown';
  }
  function year(cell) {
    var y = parseInt(cell.textContent.replace(/\D/g, ''), 10);
    return isNaN(y) ? 9999 : y;
  }

  // Filters: a name field, an instrument and a status.
  var name = el('input', { type: 'search', id: 'matrix-name', autocomplete: 'off' });
  var instrument = el('select', { id: 'matrix-instrument' });
  var state = el('select', { id: 'matrix-status' });
  instrument.appendChild(el('option', { value: '' }, d.any));
  heads.slice(1).forEach(function (th, i) {
    instrument.appendChild(el('option', { value: String(i + 1) }, th.textContent.trim()));
  });
  ['party', 'not_party', 'signatory', 'no_action'].forEach(function (s) {
    // data-status-no_action is dataset.statusNo_action.
    state.appendChild(el('option', { value: s }, d['status' + s.charAt(0).toUpperCase() + s.slice(1)]));
  });
  var live = el('p', { role: 'status', 'aria-live': 'polite', class: 'matrix-count' });
  [[name, d.filterName], [instrument, d.filterInstrument], [state, d.filterStatus]].forEach(function (pair) {
    var wrap = el('div', { class: 'field' });
    wrap.appendChild(el('label', { for: pair[0].id }, pair[1]));
    wrap.appendChild(pair[0]);
    tools.appendChild(wrap);
  });
  tools.appendChild(live);
  tools.hidden = false;

  function apply() {
    var q = name.value.trim().toLocaleLowerCase(d.lang);
    var col = instrument.value ? parseInt(instrument.value, 10) : 0;
    var want = state.value;
    var shown = 0;
    rows.forEach(function (tr) {
      var ok = !q || tr.cells[0].textContent.toLocaleLowerCase(d.lang).indexOf(q) !== -1 ||
        (tr.dataset.iso || '').toLowerCase() === q;
      if (ok && col) {
        var s = status(tr.cells[col]);
        ok = want === 'not_party' ? s !== 'party' : s === want;
      }
      tr.hidden = !ok;
      if (ok) shown++;
    });
    live.textContent = d.shown.replace('{shown}', shown).replace('{total}', rows.length);
  }
  name.addEventListener('input', apply);
  instrument.addEventListener('change', apply);
  state.addEventListener('change', apply);

  // Sorting: each column header becomes a button; aria-sort says the current order.
  heads.forEach(function (th, i) {
    var label = th.innerHTML;
    var button = el('button', { type: 'button', class: 'sort', title: d.sortHint });
    button.innerHTML = label;
    // A link inside the header would nest interactive content: keep the text only.
    Array.prototype.slice.call(button.querySelectorAll('a')).forEach(function (a) {
      while (a.firstChild) a.parentNode.insertBefore(a.firstChild, a);
      a.parentNode.removeChild(a);
    });
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var keyed = rows.map(function (tr, n) {
        var c = tr.cells[i];
        return { tr: tr, n: n, a: i === 0 ? c.textContent.trim() : RANK[status(c)], b: i === 0 ? 0 : year(c) };
      });
      keyed.sort(function (x, y) {
        var r = i === 0 ? collator.compare(x.a, y.a) : (x.a - y.a) || (x.b - y.b);
        return (asc ? r : -r) || x.n - y.n;
      });
      keyed.forEach(function (k) { tbody.appendChild(k.tr); });
    });
  });
  apply();
})();
