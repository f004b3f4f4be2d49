/*
 * Right-to-left typing in wagtail-localize's translation editor (upstream issue
 * wagtail/wagtail-localize#197). The editor is a React app whose props (a JSON blob in
 * data-props) name the target locale; when that language is written right to left, every
 * field the translator types into gets dir="rtl" and lang, and the translated text shown
 * between edits follows the direction of its own script (dir="auto"). The German source
 * stays left to right. Loaded on editor pages through the insert_editor_js hook
 * (home/wagtail_hooks.py), which passes the right-to-left language codes in data-rtl-languages.
 * Delete when upstream sets the direction itself.
 */
(function () {
    "use strict";

    var script = document.currentScript;
    var rtlLanguages = ((script && script.dataset.rtlLanguages) || "").split(" ");

    function targetLanguage(editor) {
        try {
            return JSON.parse(editor.dataset.props).locale.code;
        } catch (error) {
            return null;
        }
    }

    function mark(editor, code) {
        editor.querySelectorAll("textarea, input[type=text]").forEach(function (field) {
            if (field.getAttribute("dir") !== "rtl") {
                field.setAttribute("dir", "rtl");
                field.setAttribute("lang", code);
            }
        });
        // The value shown after saving sits next to the source paragraph of each segment.
        editor.querySelectorAll("li > p + div > p").forEach(function (value) {
            if (!value.hasAttribute("dir")) {
                value.setAttribute("dir", "auto");
                value.setAttribute("lang", code);
            }
        });
    }

    function start() {
        document.querySelectorAll(".js-translation-editor[data-props]").forEach(function (editor) {
            var code = targetLanguage(editor);
            if (!code || (rtlLanguages.indexOf(code) === -1 && rtlLanguages.indexOf(code.split("-")[0]) === -1)) {
                return;
            }
            editor.setAttribute("data-target-dir", "rtl");
            mark(editor, code);
            new MutationObserver(function () {
                mark(editor, code);
            }).observe(editor, { childList: true, subtree: true });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
