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
  // Its texts come from the page (MainLayout), in the page's language; English if they are missing.
  function text(name, english) {
    var shell = document.getElementById('app-shell');
    return (shell && shell.getAttribute('data-session-' + name)) || english;
  }
  function show(minutes) {
    if (box) { box.querySelector('.session-warning__time').textContent = minutes; return; }
    var parts = text('warning', 'For your security, we will sign you out in {0} minutes if you do nothing. ' +
      'Unsaved answers will be lost.').split('{0}');
    box = document.createElement('div');
    box.className = 'session-warning';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-labelledby', 'session-warning-text');
    var inner = document.createElement('div');
    inner.className = 'session-warning__inner';
    var p = document.createElement('p');
    p.id = 'session-warning-text';
    var time = document.createElement('span');
    time.className = 'session-warning__time';
    time.textContent = minutes;
    p.appendChild(document.createTextNode(parts[0]));
    p.appendChild(time);
    p.appendChild(document.createTextNode(parts.slice(1).join('')));
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = text('stay', 'Stay signed in');
    button.addEventListener('click', function () {
      var shell = document.getElementById('app-shell');
      if (shell && shell.$server && shell.$server.keepAlive) { shell.$server.keepAlive(); }
      activity();
    });
    inner.appendChild(p);
    inner.appendChild(button);
    box.appendChild(inner);
    document.body.appendChild(box);
    button.focus();
  }
  setInterval(function () {
    var idle = Date.now() - last;
    if (idle >= IDLE_MS) { window.location.assign('sign-in?expired'); }
    else if (idle >= WARN_MS) { show(Math.max(1, Math.ceil((IDLE_MS - idle) / 60000))); }
  }, 15000);
})();
