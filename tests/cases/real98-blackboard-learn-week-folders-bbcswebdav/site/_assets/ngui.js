/* page.bundle: course menu toggle (trimmed) */
(function () {
  var puller = document.getElementById("menuPuller");
  if (!puller) return;
  puller.addEventListener("click", function (e) {
    e.preventDefault();
    document.body.classList.toggle("menuCollapsed");
  });
})();
