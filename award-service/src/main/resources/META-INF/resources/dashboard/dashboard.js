// Báo cáo dashboard: vanilla JS and inline SVG, no external resource, so it works offline.
// Reads #token=…&unit=…&year=… (or the form), calls /api/v1/reports with the token.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  // Vietnamese names of the codes come with the report (report.labels: titles, ratings, statuses).
  var labels = {};

  function label(key) { return labels[key] || key; }

  function params() {
    var result = {};
    window.location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      if (!pair) { return; }
      var i = pair.indexOf('=');
      var key = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
      result[key] = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1));
    });
    return result;
  }

  function status(text, error) {
    var el = document.getElementById('status');
    el.textContent = text;
    el.className = error ? 'error' : '';
  }

  function el(name, attrs, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function svg(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // Horizontal bars, this year beside last year; each bar carries data-key and data-value.
  function barChart(container, chart, now, before) {
    var keys = Object.keys(now);
    var max = 1;
    keys.forEach(function (k) { max = Math.max(max, now[k], before[k] || 0); });
    var rowHeight = 34, labelWidth = 250, width = 700, barSpace = width - labelWidth - 60;
    var root = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + (keys.length * rowHeight + 10), width: width,
      height: keys.length * rowHeight + 10, role: 'img', 'data-chart': chart
    });
    keys.forEach(function (key, i) {
      var y = i * rowHeight + 5;
      root.appendChild(svg('text', { x: 0, y: y + 14, 'data-key': key }, label(key)));
      var w = Math.round(barSpace * now[key] / max);
      root.appendChild(svg('rect', {
        'class': 'bar', x: labelWidth, y: y, width: Math.max(w, 1), height: 14,
        'data-chart': chart, 'data-key': key, 'data-value': String(now[key])
      }));
      root.appendChild(svg('text', { x: labelWidth + Math.max(w, 1) + 6, y: y + 12 }, String(now[key])));
      var p = before[key] || 0;
      var pw = Math.round(barSpace * p / max);
      root.appendChild(svg('rect', {
        'class': 'bar previous', x: labelWidth, y: y + 16, width: Math.max(pw, 1), height: 8,
        'data-chart': chart + '-previous', 'data-key': key, 'data-value': String(p)
      }));
    });
    container.innerHTML = '';
    container.appendChild(root);
  }

  function signed(n) { return n > 0 ? '+' + n : String(n); }

  function comparison(report) {
    var body = document.querySelector('#comparison tbody');
    body.innerHTML = '';
    [['ratings', 'rated'], ['awards', 'awarded']].forEach(function (group) {
      var now = report.current[group[0]], before = report.previous[group[0]], change = report.change[group[0]];
      Object.keys(now).forEach(function (key) {
        var tr = el('tr', { 'class': 'comparison-row', 'data-key': key });
        tr.appendChild(el('td', {}, label(key)));
        tr.appendChild(el('td', {}, String(now[key])));
        tr.appendChild(el('td', {}, String(before[key])));
        tr.appendChild(el('td', { 'class': change[key] > 0 ? 'up' : change[key] < 0 ? 'down' : '' }, signed(change[key])));
        body.appendChild(tr);
      });
    });
  }

  function schools(report) {
    var section = document.getElementById('schools-section');
    section.hidden = report.schools.length === 0;
    var ratingKeys = Object.keys(report.current.ratings);
    var awardKeys = Object.keys(report.current.awards);
    var head = document.querySelector('#schools thead');
    head.innerHTML = '';
    var tr = el('tr');
    ['Đơn vị', 'Tên'].forEach(function (h) { tr.appendChild(el('th', {}, h)); });
    ratingKeys.concat(awardKeys).forEach(function (k) { tr.appendChild(el('th', { 'data-key': k }, label(k))); });
    ['Đã xếp loại', 'So với năm trước'].forEach(function (h) { tr.appendChild(el('th', {}, h)); });
    head.appendChild(tr);
    var body = document.querySelector('#schools tbody');
    body.innerHTML = '';
    report.schools.forEach(function (school) {
      var row = el('tr', { 'class': 'school-row', 'data-unit': school.unit, 'data-rated': String(school.current.rated),
        'data-awarded': String(school.current.awarded) });
      row.appendChild(el('td', {}, school.unit));
      row.appendChild(el('td', { 'class': 'name' }, school.name || ''));
      ratingKeys.forEach(function (k) {
        row.appendChild(el('td', { 'data-key': k }, String(school.current.ratings[k])));
      });
      awardKeys.forEach(function (k) {
        row.appendChild(el('td', { 'data-key': k }, String(school.current.awards[k])));
      });
      row.appendChild(el('td', {}, String(school.current.rated)));
      row.appendChild(el('td', {}, signed(school.change.rated)));
      body.appendChild(row);
    });
  }

  function render(report) {
    labels = report.labels || {};
    document.getElementById('subtitle').textContent = (report.unitName || report.unit) + ' (' + report.unit
      + ') — năm học ' + report.schoolYear;
    document.getElementById('rated').textContent = '(' + report.current.rated + ' người)';
    document.getElementById('awarded').textContent = '(' + report.current.awarded + ')';
    document.getElementById('previous-year').textContent = '(' + report.previousSchoolYear + ')';
    barChart(document.getElementById('ratings-chart'), 'ratings', report.current.ratings, report.previous.ratings);
    barChart(document.getElementById('awards-chart'), 'awards', report.current.awards, report.previous.awards);
    comparison(report);
    schools(report);
    document.getElementById('report').hidden = false;
    document.body.setAttribute('data-loaded', report.unit + ' ' + report.schoolYear);
    status('Đã tải báo cáo.');
  }

  function load(token, unit, year) {
    status('Đang tải…');
    var url = '/api/v1/reports?unit=' + encodeURIComponent(unit) + '&schoolYear=' + encodeURIComponent(year);
    fetch(url, { headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            throw new Error(response.status + ' ' + (problem.detail || problem.title || response.statusText));
          });
        }
        return response.json();
      })
      .then(render)
      .catch(function (e) {
        document.body.setAttribute('data-error', e.message);
        status('Không tải được báo cáo: ' + e.message, true);
      });
  }

  var form = document.getElementById('query');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    window.location.hash = 'token=' + encodeURIComponent(data.get('token')) + '&unit='
      + encodeURIComponent(data.get('unit')) + '&year=' + encodeURIComponent(data.get('year'));
  });

  function fromHash() {
    var p = params();
    if (p.unit) { form.elements.unit.value = p.unit; }
    if (p.year) { form.elements.year.value = p.year; }
    if (p.token && p.unit && p.year) {
      load(p.token, p.unit, p.year);
    }
  }

  window.addEventListener('hashchange', fromHash);
  fromHash();
}());
