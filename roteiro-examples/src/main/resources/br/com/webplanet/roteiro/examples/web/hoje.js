// Refreshes the live part of "Hoje" without a full reload. The page works without it:
// without JavaScript a <noscript> meta refresh reloads the whole page instead.
(function () {
  'use strict';
  var live = document.getElementById('live');
  if (!live || !window.fetch) { return; }
  var seconds = parseInt(live.getAttribute('data-refresh'), 10) || 15;
  function refresh() {
    fetch('/hoje/parcial', { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (html) { live.innerHTML = html; })
      .catch(function () { /* keep the last view; the next tick tries again */ })
      .then(function () { window.setTimeout(refresh, seconds * 1000); });
  }
  window.setTimeout(refresh, seconds * 1000);
}());
