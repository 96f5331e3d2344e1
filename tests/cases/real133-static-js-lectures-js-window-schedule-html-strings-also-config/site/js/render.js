/* global CONFIG */
'use strict';

(function () {
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // A reading is an HTML string (printed as is) or {text, href}.
  function reading(r) {
    if (typeof r === 'string') return r;
    return '<a href="' + r.href + '">' + esc(r.text) + '</a>';
  }

  function readingsCell(s) {
    var html = (s.readings || []).map(reading).join('<br>');
    if (s.also && s.also.length) {
      html += '<div class="also"><span class="lbl">Also recommended:</span> ' +
        s.also.map(reading).join('; ') + '</div>';
    }
    return html;
  }

  function materialsCell(s) {
    var out = [];
    if (s.slides) out.push('<a href="' + CONFIG.slidesBase + s.slides + '">slides</a>');
    if (s.demo) out.push('<a href="' + s.demo + '">demo notebook</a>');
    (s.links || []).forEach(function (l) { out.push('<a href="' + l.href + '">' + esc(l.text) + '</a>'); });
    out.push('<a href="' + CONFIG.zoom + '">Zoom</a>');
    return out.join(' · ');
  }

  var body = document.getElementById('schedule-body');
  body.innerHTML = '';
  window.SCHEDULE.forEach(function (wk) {
    body.insertAdjacentHTML('beforeend',
      '<tr class="week"><td colspan="4">Week ' + wk.week + '</td></tr>');
    wk.sessions.forEach(function (s) {
      if (s.type === 'due') {
        body.insertAdjacentHTML('beforeend',
          '<tr class="due"><td>' + s.date + '</td><td colspan="3"><a href="' + s.link + '">' +
          esc(s.topic) + '</a></td></tr>');
        return;
      }
      var topic = esc(s.topic);
      if (s.guest) topic += '<br><small>Guest: ' + esc(s.guest) + '</small>';
      body.insertAdjacentHTML('beforeend',
        '<tr><td>' + s.date + '</td><td>' + topic + '</td><td>' + readingsCell(s) +
        '</td><td>' + materialsCell(s) + '</td></tr>');
    });
  });
  document.getElementById('updated').textContent = window.SCHEDULE_UPDATED;
})();
