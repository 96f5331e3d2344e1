// Builds the schedule table and the announcements box from the JSON files in assets/.
// Dates are written YYYY-MM-DD in the data and shown as "Tue, Jan 21".

const DAY = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

function showDate(iso) {
  return DAY.format(new Date(iso + 'T00:00:00Z'));
}

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// A reading is either a record {title, url | arxiv, pdf?, star?, note?} or a string of
// HTML (a citation we pasted from a bibliography, with its own links and star).
function reading(r) {
  if (typeof r === 'string') return '<li>' + r + '</li>';
  const href = r.url || ('https://arxiv.org/abs/' + r.arxiv);
  let html = r.star ? '<span class="star" title="discussed in class">★</span> ' : '';
  html += '<a href="' + href + '">' + esc(r.title) + '</a>';
  if (r.pdf) html += ' [<a href="' + r.pdf + '">pdf</a>]';
  if (r.note) html += ' <span class="text-muted">(' + esc(r.note) + ')</span>';
  return '<li>' + html + '</li>';
}

function materials(lec) {
  const out = [];
  if (lec.slides) out.push('<a href="' + lec.slides + '">slides</a>');
  if (lec.video) out.push('<a href="' + lec.video + '">video</a>');
  (lec.materials || []).forEach(m => out.push('<a href="' + m.url + '">' + esc(m.name) + '</a>'));
  return out.join('<br>');
}

function row(lec) {
  const tr = document.createElement('tr');
  if (lec.holiday) tr.className = 'holiday';
  if (lec.deadline) {
    tr.className = 'deadline';
    tr.innerHTML = '<td>' + showDate(lec.date) + '</td>' +
      '<td colspan="3"><a href="' + lec.link + '">' + esc(lec.topic) + '</a></td>';
    return tr;
  }
  let topic = esc(lec.topic);
  if (lec.guest) topic += '<br><span class="presenters">Guest: <a href="' + lec.guest_url + '">' + esc(lec.guest) + '</a></span>';
  if (lec.presenters) topic += '<br><span class="presenters">Presenters: ' + esc(lec.presenters.join(' & ')) + '</span>';
  const list = (lec.readings || []).map(reading).join('');
  tr.innerHTML = '<td>' + showDate(lec.date) + '</td>' +
    '<td>' + topic + '</td>' +
    '<td>' + (list ? '<ul class="readings">' + list + '</ul>' : '') + '</td>' +
    '<td>' + materials(lec) + '</td>';
  return tr;
}

fetch('assets/schedule.json')
  .then(resp => resp.json())
  .then(lectures => {
    const body = document.getElementById('schedule');
    body.innerHTML = '';
    lectures.forEach(lec => body.appendChild(row(lec)));
  })
  .catch(err => {
    document.getElementById('schedule').innerHTML =
      '<tr><td colspan="4">Could not load the schedule (' + esc(err) + ').</td></tr>';
  });

fetch('assets/announcements.json')
  .then(resp => resp.json())
  .then(items => {
    const ul = document.getElementById('announcements');
    ul.innerHTML = '';
    items.slice().reverse().forEach(a => {
      const li = document.createElement('li');
      li.className = 'list-group-item';
      li.innerHTML = '<strong>' + showDate(a.date) + '</strong> · ' + a.text;
      ul.appendChild(li);
    });
  });
