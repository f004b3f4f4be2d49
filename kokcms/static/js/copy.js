/* KOK CMS — the "Copy IBAN" button of the donation page, loaded (deferred) only there.

   Without this file, or where the browser offers no clipboard to write to (navigator.clipboard
   exists only on HTTPS and localhost), the button stays hidden and the IBAN is plain text that
   can be selected and copied. With it, the button is shown; pressing it copies the IBAN without
   spaces (a banking app's IBAN field may refuse them) and says "Copied" in the live region
   next to it, so a screen reader announces it too. If the browser refuses, the IBAN is
   selected instead and the region says how to copy it by hand. */
(function () {
  "use strict";

  if (!navigator.clipboard || !navigator.clipboard.writeText) {
    return;
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function say(status, message) {
    // A changed text is announced; the same text twice would not be, so clear it first.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-target]"), function (button) {
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentNode.querySelector("[role=status]");
    if (!target || !status) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = button.getAttribute("data-copy-text") || target.textContent.trim();
      navigator.clipboard.writeText(text).then(
        function () {
          say(status, button.getAttribute("data-copy-done"));
        },
        function () {
          selectText(target);
          say(status, button.getAttribute("data-copy-failed"));
        }
      );
    });
  });
})();
