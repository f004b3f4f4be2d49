/* KOK CMS — the only script of the public site (no inline script: the CSP forbids it).

   Quick exit, after GOV.UK's "Exit this page": activating the button, or pressing Shift three
   times in a row, hides the page at once and replaces the current history entry with a
   neutral site, so the Back button does not come back here. Escape is not used because it
   stops page loading. Without this file the button is a plain link that still leaves.

   One-trace visit: replacing one entry is not enough when the reader has read several pages,
   since Back would lead to the page before. So a link or a GET form (the search) inside the
   site replaces the current entry too (location.replace) instead of adding one: the site
   keeps one entry in this tab however many pages are read, the quick exit replaces that one,
   and Back leads to the page before the site. Left to the browser: modifier keys and other
   buttons (new tab or window), target, download, /admin/, files (/documents/, /media/,
   /static/, names with an extension), anchors on the same page. Without this file links are
   plain links and history grows as on any site.

   Since Back now leaves the site, a "Back to the previous page" link (hidden in
   components/breadcrumbs.html until there is a previous page) replaces it. The pages it
   leads back to are kept in sessionStorage: it belongs to this tab only, ends with it, never
   reaches the server, is capped at TRAIL_MAX paths and is emptied by the quick exit before it
   leaves. It holds nothing the browser's history list does not hold anyway. The other ways are
   worse: the Referer is never sent (Referrer-Policy: no-referrer), so it cannot name the
   previous page; a trail in the query or fragment would be written into the history list and
   shown in the address bar; breadcrumbs alone give no way back from search results or across
   sections (they stay as they are). Where sessionStorage is refused the link stays hidden. */
(function () {
  "use strict";

  var TRAIL = "kok-trail";
  var TRAIL_MAX = 20;
  var NOT_A_PAGE = /^\/(admin|documents|media|static)\/|\.[a-z0-9]{2,5}$/i;

  function here() {
    return location.pathname + location.search;
  }

  // The trail is {here: path, back: [paths]}; it counts only on the page it was written for,
  // so arriving any other way (typed address, a link from elsewhere, a redirect) starts afresh.
  function readTrail() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(TRAIL));
      if (saved && saved.here === here() && Array.isArray(saved.back)) {
        return saved.back;
      }
      window.sessionStorage.removeItem(TRAIL);
    } catch (error) {
      // No storage in this tab: no back link, navigation still leaves one trace.
    }
    return [];
  }

  function writeTrail(next, back) {
    try {
      window.sessionStorage.setItem(
        TRAIL,
        JSON.stringify({ here: next, back: back.slice(-TRAIL_MAX) })
      );
    } catch (error) {
      // As above.
    }
  }

  var trail = readTrail();

  function go(path, hash) {
    if (path !== here()) {
      writeTrail(path, trail.concat([here()]));
    }
    window.location.replace(path + hash);
  }

  var button = document.getElementById("quick-exit");
  var target = button && button.href;
  var PRESSES_TO_EXIT = 3;
  var PRESS_WINDOW_MS = 5000;
  var presses = [];

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.title = "";
    document.body.hidden = true;
    try {
      window.sessionStorage.removeItem(TRAIL);
    } catch (error) {
      // Nothing was stored.
    }
    window.location.replace(target);
  }

  if (button) {
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
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (
      !link ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey ||
      (link.target && link.target !== "_self") ||
      link.hasAttribute("download") ||
      link.origin !== location.origin || // also an SVG link, which has no origin
      NOT_A_PAGE.test(link.pathname)
    ) {
      return;
    }
    var path = link.pathname + link.search;
    if (path === here() && link.hash) {
      return; // an anchor on this page
    }
    event.preventDefault();
    if (link === backLink) {
      writeTrail(path, trail.slice(0, -1)); // one step back along the trail
      window.location.replace(path);
      return;
    }
    go(path, link.hash);
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var by = event.submitter;
    if (
      event.defaultPrevented ||
      (form.getAttribute("method") || "get").toLowerCase() !== "get" ||
      (form.target && form.target !== "_self") ||
      (by && (by.hasAttribute("formaction") || by.hasAttribute("formmethod")))
    ) {
      return;
    }
    var url = new URL(form.getAttribute("action") || location.href, location.href);
    if (url.origin !== location.origin || NOT_A_PAGE.test(url.pathname)) {
      return;
    }
    var fields = new FormData(form);
    if (by && by.name) {
      fields.append(by.name, by.value);
    }
    url.search = new URLSearchParams(fields).toString();
    event.preventDefault();
    go(url.pathname + url.search, url.hash);
  });

  var back = document.querySelector("[data-back-link]");
  var backLink = back && back.querySelector("a");
  if (backLink && trail.length) {
    backLink.href = trail[trail.length - 1];
    back.hidden = false;
  }
})();
