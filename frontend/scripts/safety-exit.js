// "Exit this page" (UX.md §4): link click or Shift pressed 3 times (each within 5 s) covers the
// page at once and replaces the location with /exit, so Back cannot reopen it. No server round trip.
(function () {
  if (window.__cmSafetyExit) { return; }
  window.__cmSafetyExit = true;
  var presses = 0, lastPress = 0;
  function status(text) {
    var region = document.getElementById('safety-exit-status');
    if (region) { region.textContent = text; }
  }
  function exitNow(event) {
    if (event) { event.preventDefault(); }
    var overlay = document.createElement('div');
    overlay.className = 'safety-exit-overlay';
    document.body.appendChild(overlay);
    Array.prototype.forEach.call(document.body.children, function (el) {
      if (el !== overlay) { el.setAttribute('aria-hidden', 'true'); el.style.visibility = 'hidden'; }
    });
    document.title = 'Loading';
    window.location.replace('/exit');
  }
  document.addEventListener('click', function (e) {
    var link = e.target && e.target.closest ? e.target.closest('a.safety-exit__link') : null;
    if (link) { exitNow(e); }
  }, true);
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Shift' || e.repeat) { return; }
    if (!document.querySelector('a.safety-exit__link')) { return; }
    var now = Date.now();
    presses = (now - lastPress <= 5000) ? presses + 1 : 1;
    lastPress = now;
    if (presses >= 3) { status('Exiting this page'); exitNow(); }
    else if (presses === 2) { status('Shift, press 1 more time to exit.'); }
    else { status('Shift, press 2 more times to exit.'); }
  });
  window.addEventListener('pageshow', function () {
    var overlay = document.querySelector('.safety-exit-overlay');
    if (overlay) { overlay.remove(); }
    Array.prototype.forEach.call(document.body.children, function (el) {
      el.removeAttribute('aria-hidden'); el.style.visibility = '';
    });
  });
})();
