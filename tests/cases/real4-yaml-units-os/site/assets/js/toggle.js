document.querySelectorAll('tr.assignment').forEach(function (r) { r.classList.add('muted'); });
