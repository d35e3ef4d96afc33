// The record editors' form (form[data-record-editor]): warns before the page is left with changes not saved, and keeps
// what is typed as the editor's draft on the server (every 30 seconds when it changed, and when a field loses focus or
// the page is hidden), offered to restore when they come back. Without script the form works as before; the warning is
// the browser's own dialog, whose text it writes itself.
import { enhanceRows } from "./editor-rows.js";

const form = document.querySelector("form[data-record-editor]");

/** The form's values as they would be posted, to tell whether anything changed since the page was shown. */
const valuesOf = (element) => new URLSearchParams(new FormData(element)).toString();

const autosaveEvery = 30_000;

if (form) {
    // First, so that the form "as shown" is the one with its rows edited in place (no spare rows).
    enhanceRows(form);
    const shown = valuesOf(form);
    let submitting = false;
    form.addEventListener("submit", () => {
        submitting = true;
    });
    window.addEventListener("beforeunload", (event) => {
        if (!submitting && valuesOf(form) !== shown) {
            event.preventDefault();
            // Older browsers ask only when returnValue is set.
            event.returnValue = "";
        }
    });

    // A read-only form (no right to edit, or archived) has nothing to keep.
    const editable = !form.querySelector("fieldset.editor__body:disabled");
    let kept = shown;
    const autosave = (leaving) => {
        const values = valuesOf(form);
        if (submitting || values === kept) {
            return;
        }

        const previous = kept;
        kept = values;
        // The page's own address names the record (?id=); the form carries the antiforgery token.
        const address = new URL(window.location.href);
        address.searchParams.set("handler", "Autosave");
        fetch(address, { method: "POST", body: new URLSearchParams(values), credentials: "same-origin", keepalive: leaving })
            .then((response) => {
                if (!response.ok) {
                    kept = previous;
                }
            })
            .catch(() => {
                kept = previous;
            });
    };

    if (editable) {
        window.setInterval(() => autosave(false), autosaveEvery);
        form.addEventListener("focusout", () => autosave(false));
        document.addEventListener("visibilitychange", () => {
            if (document.visibilityState === "hidden") {
                autosave(true);
            }
        });
    }
}
