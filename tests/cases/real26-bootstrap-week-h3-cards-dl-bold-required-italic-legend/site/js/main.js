// highlight the current week in the navbar
document.addEventListener("DOMContentLoaded", function () {
  var sections = document.querySelectorAll("section.week");
  var now = new Date();
  sections.forEach(function (s) {
    if (new Date(s.dataset.start) <= now) s.classList.add("past");
  });
});
