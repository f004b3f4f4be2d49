/*
 * English that Wagtail and wagtail-localize write without gettext, in the admin's language
 * (translators/admin_language.py, point 4). The words come from the admin's script catalogue
 * (Django's JavaScriptCatalog: Wagtail's and wagtail-localize's djangojs catalogues and ours in
 * translators/locale/), so every admin language is served by its catalogue, English by none.
 * Loaded on every admin page through the insert_global_admin_js hook. The translation editor
 * is a React app that renders again after each change, so it is watched and fixed again.
 * Delete an entry when upstream translates its string, the file when none is left.
 */
(function () {
    "use strict";

    function gettext(text) {
        return window.django && window.django.gettext ? window.django.gettext(text) : text;
    }

    function interpolate(text, values) {
        return text.replace(/%\((\w+)\)s/g, function (match, name) {
            return name in values ? values[name] : match;
        });
    }

    // [selector, attribute (null: the element's text), the English upstream writes]
    var FIXED = [
        // wagtailadmin/home.html: the dashboard search form's (visually hidden) button.
        ['form[role="search"] .submit input[type="submit"]', "value", "Search"],
        // wagtailadmin/shared/headers/_actions.html
        ["nav#w-slim-header-buttons", "aria-label", "Actions"],
        // wagtail-localize's editor: the toggle of the publish button's menu.
        [".js-translation-editor .w-dropdown__toggle > .w-sr-only", null, "More actions"],
    ];

    function fixFixed(root) {
        FIXED.forEach(function (entry) {
            root.querySelectorAll(entry[0]).forEach(function (element) {
                var current = entry[1] ? element.getAttribute(entry[1]) : element.textContent;
                if (current === null || current.trim() !== entry[2]) {
                    return;
                }
                var translated = gettext(entry[2]);
                if (translated === entry[2]) {
                    return;
                }
                if (entry[1]) {
                    element.setAttribute(entry[1], translated);
                } else if (element.childNodes.length === 1 && element.firstChild.nodeType === 3) {
                    element.firstChild.nodeValue = translated; // React keeps this node
                } else {
                    element.textContent = translated;
                }
            });
        });
    }

    // wagtail-localize's editor titles its segments `${source} to ${target} translation`.
    function editorTitle(editor) {
        try {
            var props = JSON.parse(editor.dataset.props);
            var source = props.sourceLocale.displayName;
            var target = props.locale.displayName;
            return {
                english: source + " to " + target + " translation",
                translated: interpolate(gettext("%(source)s to %(target)s translation"), {
                    source: source,
                    target: target,
                }),
            };
        } catch (error) {
            return null;
        }
    }

    function fixEditor(editor, title) {
        // Untranslated (English, or a language our catalogue lacks): leave the text alone. Never
        // write a text unchanged either: the observer below would be called again, forever.
        if (!title || title.translated === title.english) {
            return;
        }
        var walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        var node;
        while ((node = walker.nextNode())) {
            if (node.nodeValue.trim() === title.english) {
                node.nodeValue = title.translated;
            }
        }
    }

    function start() {
        fixFixed(document);
        document.querySelectorAll(".js-translation-editor[data-props]").forEach(function (editor) {
            var title = editorTitle(editor);
            var fix = function () {
                fixEditor(editor, title);
                fixFixed(editor);
            };
            fix();
            new MutationObserver(fix).observe(editor, {
                childList: true,
                characterData: true,
                subtree: true,
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
