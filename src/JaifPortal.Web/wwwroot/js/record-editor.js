// The record editors' form (form[data-record-editor]): warns before the page is left with changes not saved.
// Without script the form works as before; the warning is the browser's own dialog, whose text it writes itself.
const form = document.querySelector("form[data-record-editor]");

/** The form's values as they would be posted, to tell whether anything changed since the page was shown. */
const valuesOf = (element) => new URLSearchParams(new FormData(element)).toString();

if (form) {
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
}
