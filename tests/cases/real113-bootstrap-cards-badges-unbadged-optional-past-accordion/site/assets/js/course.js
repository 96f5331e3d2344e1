// Highlight the next session's card and scroll the schedule to it.
document.addEventListener("DOMContentLoaded", function () {
  var today = new Date();
  var cards = document.querySelectorAll("#schedule .card[data-date]");
  for (var i = 0; i < cards.length; i++) {
    var d = new Date(cards[i].getAttribute("data-date") + "T23:59:00");
    if (d >= today) {
      cards[i].classList.add("border-primary", "shadow-sm");
      break;
    }
  }
});
