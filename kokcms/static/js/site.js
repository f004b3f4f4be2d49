/* KOK CMS — the only script of the public site (no inline script: the CSP forbids it).

   Quick exit, after GOV.UK's "Exit this page": activating the button, or pressing Shift three
   times in a row, hides the page at once and replaces the current history entry with a
   neutral site, so the Back button does not come back here. Escape is not used because it
   stops page loading. Without this file the button is a plain link that still leaves. */
(function () {
  "use strict";

  var button = document.getElementById("quick-exit");
  if (!button) {
    return;
  }
  var target = button.href;
  var PRESSES_TO_EXIT = 3;
  var PRESS_WINDOW_MS = 5000;
  var presses = [];

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.title = "";
    document.body.hidden = true;
    window.location.replace(target);
  }

  button.addEventListener("click", leave);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) {
      return now - time < PRESS_WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= PRESSES_TO_EXIT) {
      leave();
    }
  });

  var hints = document.querySelectorAll("[data-quick-exit-hint]");
  for (var i = 0; i < hints.length; i += 1) {
    hints[i].hidden = false;
  }
})();
