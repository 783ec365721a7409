// Warns a signed-in person 5 minutes before the 30-minute idle sign-out (WCAG 2.2.1) and lets
// them stay signed in. Loaded only for signed-in pages; no bundle build.
(function () {
  if (window.__cmSessionTimeout) { return; }
  window.__cmSessionTimeout = true;
  var IDLE_MS = 30 * 60 * 1000, WARN_MS = 25 * 60 * 1000;
  var last = Date.now(), box = null;
  function activity() { last = Date.now(); if (box) { hide(); } }
  ['keydown', 'click', 'touchstart'].forEach(function (t) { document.addEventListener(t, activity, true); });
  function hide() { if (box) { box.remove(); box = null; } }
  function show(minutes) {
    if (box) { box.querySelector('.session-warning__time').textContent = minutes; return; }
    box = document.createElement('div');
    box.className = 'session-warning';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'session-warning-text');
    box.innerHTML = '<div class="session-warning__inner"><p id="session-warning-text">For your security, we will sign you out in ' +
      '<span class="session-warning__time"></span> minutes if you do nothing. Unsaved answers will be lost.</p>' +
      '<button type="button">Stay signed in</button></div>';
    box.querySelector('.session-warning__time').textContent = minutes;
    box.querySelector('button').addEventListener('click', function () {
      var shell = document.getElementById('app-shell');
      if (shell && shell.$server && shell.$server.keepAlive) { shell.$server.keepAlive(); }
      activity();
    });
    document.body.appendChild(box);
    box.querySelector('button').focus();
  }
  setInterval(function () {
    var idle = Date.now() - last;
    if (idle >= IDLE_MS) { window.location.assign('sign-in?expired'); }
    else if (idle >= WARN_MS) { show(Math.max(1, Math.ceil((IDLE_MS - idle) / 60000))); }
  }, 15000);
})();
