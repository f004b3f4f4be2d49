/*
 * "Save draft" and "Publish" wait for Wagtail's autosave to answer before they are sent.
 *
 * Missing upstream (Wagtail 7.4): the autosave controller (w-autosave) posts the page form in
 * the background but does not hold back the form's own submit meanwhile. On a new page the
 * autosave request goes to the "add" view and creates the page (and wagtail-localize its
 * aliases); a "Save draft" pressed before the answer came back went to the same "add" view and
 * was refused: "The slug … is already in use within the parent page".
 *
 * This script holds such a submit until the autosave request (and its debounce wait) is over.
 * By then Wagtail has pointed the form at the new page's edit view and loaded its revision, so
 * the held submit is sent there and saves the same page. A submit with no autosave on its way
 * is not touched. Loaded on editor pages by the insert_editor_js hook (home/wagtail_hooks.py).
 * Delete when Wagtail's autosave controller waits for itself.
 */
(function () {
    "use strict";

    function autosaveOf(form) {
        var app = window.wagtail && window.wagtail.app;
        return app && app.getControllerForElementAndIdentifier(form, "w-autosave");
    }

    function sendWhenSaved(form, submitter) {
        var autosave = autosaveOf(form);
        if (autosave && autosave.submitPromise) {
            // Autosave may start again at once for changes made meanwhile: wait for that too.
            var again = function () {
                sendWhenSaved(form, submitter);
            };
            autosave.submitPromise.then(again, again);
            return;
        }
        if (submitter) {
            // Wagtail's progress button disabled itself when it was pressed; a disabled
            // submitter would drop its name (action-publish) from the form data.
            submitter.removeAttribute("disabled");
        }
        form.requestSubmit(submitter || undefined);
    }

    document.addEventListener(
        "submit",
        function (event) {
            var form = event.target;
            var autosave = form instanceof HTMLFormElement && autosaveOf(form);
            if (!autosave || !autosave.submitPromise) {
                return;
            }
            event.preventDefault();
            event.stopImmediatePropagation();
            sendWhenSaved(form, event.submitter);
        },
        true
    );
})();
