// The back office's error summary (div[data-error-summary]): focused when the page opens, so the editor hears and sees what
// to fix first; each of its links moves focus to its field rather than only scrolling to it, with the field's label in view.
// A link to a group of choices (areas, countries, organisations) focuses the group's first control. Without script the
// links still scroll to their fields.
const summary = document.querySelector("[data-error-summary]");

if (summary) {
    summary.focus();
    summary.addEventListener("click", (event) => {
        const link = event.target.closest("a[href^='#']");
        const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (!target) {
            return;
        }

        // A group's first control, not the filter box of its searchable picker (choice-filter.js), which is no choice.
        const field = target.matches("input, select, textarea")
            ? target
            : target.querySelector("input:not([type=hidden]):not([data-picker-filter]), select, textarea, button");
        if (!field) {
            return;
        }

        event.preventDefault();
        (target === field ? field.closest(".row, .field") ?? field : target).scrollIntoView();
        field.focus({ preventScroll: true });
    });
}
