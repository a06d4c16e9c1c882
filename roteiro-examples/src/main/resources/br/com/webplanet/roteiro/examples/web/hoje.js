// Refreshes the live part of "Hoje" without a full reload. The page works without it:
// without JavaScript a <noscript> meta refresh reloads the whole page instead.
//
// The live part holds the task forms. A person typing a note, choosing whom to assign, or about
// to press a button there would lose it if the part were swapped under them, so a tick that
// finds a field of the live part in focus, or one whose text differs from what the page sent,
// keeps the current view and tries again on the next tick.
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) { return; }
  var seconds = parseInt(live.getAttribute('data-refresh'), 10) || 15;
  function inUse() {
    var active = document.activeElement;
    if (active && active !== live && live.contains(active)
        && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(active.tagName)) {
      return true;
    }
    var fields = live.querySelectorAll('input, textarea');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].type !== 'hidden' && fields[i].value !== fields[i].defaultValue) { return true; }
    }
    return false;
  }
  function refresh() {
    fetch('/hoje/parcial', { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (html) { if (!inUse()) { live.innerHTML = html; } })
      .catch(function () { /* keep the last view; the next tick tries again */ })
      .then(function () { window.setTimeout(refresh, seconds * 1000); });
  }
  window.setTimeout(refresh, seconds * 1000);
}());
