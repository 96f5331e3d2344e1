// Course-wide constants. Not the schedule (that's lectures.js).
const CONFIG = {
  course: 'INFO 474: Interactive Information Visualization',
  term: 'Spring 2025',
  zoom: 'https://washington.zoom.us/j/91377025186',
  canvas: 'https://canvas.uw.edu/courses/1789012',
  ed: 'https://edstem.org/us/courses/74410/discussion/',
  slidesBase: 'https://courses.cs.washington.edu/courses/info474/25sp/slides/',
  officeHours: [
    {who: 'Prof. Hana Yilmaz', day: 'Wed', time: '1:30–2:30pm', where: 'MGH 330'},
    {who: 'Jonah Feld (TA)', day: 'Thu', time: '3:00–4:00pm', where: 'Zoom'},
  ],
};
