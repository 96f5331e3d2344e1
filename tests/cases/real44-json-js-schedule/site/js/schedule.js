// Fills the schedule table from schedule.json.
(function () {
  function links(list) {
    if (!list || list.length === 0) return '';
    return '<ul class="mb-0">' + list.map(function (r) {
      return '<li><a href="' + r.url + '">' + r.title + '</a></li>';
    }).join('') + '</ul>';
  }

  function topic(lec) {
    var html = lec.title;
    if (lec.speaker) {
      html += '<br><small>Speaker: <a href="' + lec.speaker_url + '">' + lec.speaker + '</a></small>';
    }
    if (lec.notes) html += '<br><small class="text-muted">' + lec.notes + '</small>';
    return html;
  }

  fetch('schedule.json')
    .then(function (resp) { return resp.json(); })
    .then(function (lectures) {
      var body = document.getElementById('schedule');
      lectures.forEach(function (lec) {
        var tr = document.createElement('tr');
        if (!lec.required || lec.required.length === 0) tr.className = 'table-light';
        tr.innerHTML =
          '<td class="text-nowrap">' + lec.date + '</td>' +
          '<td>' + topic(lec) + '</td>' +
          '<td>' + links(lec.required) + '</td>' +
          '<td>' + links(lec.optional) + '</td>' +
          '<td>' + (lec.slides ? '<a href="' + lec.slides + '">slides</a>' : '') + '</td>';
        body.appendChild(tr);
      });
    })
    .catch(function (err) {
      document.getElementById('schedule').innerHTML =
        '<tr><td colspan="5">Could not load schedule.json: ' + err + '</td></tr>';
    });
})();
