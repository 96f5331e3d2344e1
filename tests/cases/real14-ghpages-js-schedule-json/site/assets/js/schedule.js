// Renders schedule.json into the schedule table.
function link(r) {
  var a = '<a href="' + r.url + '">' + r.title + '</a>';
  return r.optional ? a + ' <span class="badge bg-secondary">optional</span>' : a;
}
function renderSchedule(src, target) {
  $.getJSON(src, function (rows) {
    var body = $(target).empty();
    rows.forEach(function (row) {
      var readings = (row.readings || []).map(link).join('<br>');
      var mats = [];
      if (row.slides) mats.push('<a href="' + row.slides + '">slides</a>');
      if (row.video) mats.push('<a href="' + row.video + '">video</a>');
      body.append('<tr><td>' + row.date + '</td><td>' + row.topic + '</td><td>' +
        readings + '</td><td>' + mats.join(' ') + '</td></tr>');
    });
  });
}
