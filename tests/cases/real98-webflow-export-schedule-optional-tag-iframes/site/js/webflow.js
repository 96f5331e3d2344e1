/*!
 * Webflow: Front-end site library (trimmed for the export)
 */
(function () {
  var nav = document.querySelector(".w-nav-button");
  if (!nav) return;
  nav.addEventListener("click", function () {
    document.querySelector(".w-nav-menu").classList.toggle("w--open");
  });
})();
