// Searchable pickers: a filter box narrows a long list of choices (areas, countries, organisations, initiatives, people)
// to those whose name contains what is typed, in any script (NFKC, so full-width and half-width letters match alike).
// Chosen ones always stay in view. Progressive enhancement: the boxes are in the page, not shown until this module marks
// the page, so without script the full lists work alone. Listening on the document also serves rows editor-rows.js adds.
//
// Markup (Areas/Admin/Pages/Shared/_PickerFilter.cshtml): a [data-picker] container holding the box and the list, either a
// <select data-picker-list> or an element [data-picker-list] of <label class="choice"> tick boxes, optionally in groups
// [data-picker-group] whose heading hides when none of its choices shows.

const normalise = (text) => text.normalize("NFKC").toLocaleLowerCase();

const filter = (box) => {
    const container = box.closest("[data-picker]");
    if (!container) {
        return;
    }

    const wanted = normalise(box.value.trim());
    const matches = (text) => wanted === "" || normalise(text).includes(wanted);
    let shown = 0;
    let total = 0;
    for (const list of container.querySelectorAll("[data-picker-list]")) {
        const options = list.matches("select")
            ? [...list.options].filter((option) => option.value !== "").map((option) => [option, option.selected])
            : [...list.querySelectorAll("label.choice")].map((label) => [label, label.querySelector("input")?.checked ?? false]);
        for (const [element, chosen] of options) {
            const show = chosen || matches(element.textContent);
            element.hidden = !show;
            total += 1;
            shown += show ? 1 : 0;
        }

        for (const group of list.querySelectorAll("[data-picker-group]")) {
            group.hidden = !group.querySelector("label.choice:not([hidden])");
        }
    }

    const count = container.querySelector("[data-picker-count]");
    if (count) {
        count.textContent = wanted === "" ? "" : count.dataset.template.replace("{0}", shown).replace("{1}", total);
    }
};

document.addEventListener("input", (event) => {
    if (event.target.matches("[data-picker-filter]")) {
        filter(event.target);
    }
});

// Enter in a filter box narrows the list; it must not submit the record's form.
document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("[data-picker-filter]")) {
        event.preventDefault();
    }
});

// The boxes show once this runs (admin.css), also in rows editor-rows.js copies later.
document.documentElement.classList.add("has-pickers");
