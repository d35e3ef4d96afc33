// Lists of rows in a record form (an initiative's organisations, key figures, milestones and links): added and removed in
// place. Without script the server's form works alone: each list ends in two blank spare rows, and each row has a "Remove"
// tick box. Here the spare rows give way to an "Add …" button that adds one blank row (a copy of a spare row), each tick box
// becomes a "Remove" button beside its row's fields, and after every change the rows are numbered again from 0
// (Form.Figures[0].Value, [1], …), so model binding reads one list without gaps.
//
// Markup: <fieldset data-rows="Form.Figures" data-add-label="Add a key figure"> holding the rows <div data-row> (blank
// spare rows data-spare="true"), each with its tick box inside <label data-remove>.

/** "Form.Figures" as a regular expression's literal text. */
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Numbers a list's rows again from 0 in every name, id and reference to an id (labels, error messages, previews). */
const renumber = (list) => {
    const name = list.dataset.rows;
    // The ids the server writes (FieldErrors.Id): "Form.Figures[3].Label[en]" is "Form_Figures_3_Label_en".
    const id = name.replaceAll(".", "_");
    const namePattern = new RegExp(`^${literal(name)}\\[\\d+\\]`);
    const idPattern = new RegExp(`^${literal(id)}_\\d+_`);
    list.querySelectorAll(":scope > [data-row]").forEach((row, index) => {
        for (const element of row.querySelectorAll("[name], [id], [for], [aria-describedby], [aria-labelledby], [aria-controls]")) {
            for (const [attribute, pattern, replacement] of [
                ["name", namePattern, `${name}[${index}]`],
                ["id", idPattern, `${id}_${index}_`],
                ["for", idPattern, `${id}_${index}_`],
                ["aria-describedby", idPattern, `${id}_${index}_`],
                // What markdown-field.js puts around a row's Markdown field names the field and its preview by id too.
                ["aria-labelledby", idPattern, `${id}_${index}_`],
                ["aria-controls", idPattern, `${id}_${index}_`],
            ]) {
                const value = element.getAttribute(attribute);
                if (value) {
                    element.setAttribute(attribute, value.replace(pattern, replacement));
                }
            }
        }
    });
};

const firstField = (element) => element.querySelector("input:not([type=hidden]), select, textarea, button");

/** Puts a "Remove" button where the row's tick box was: it takes the row out and moves focus to the next row, or to "Add". */
const offerRemove = (row, list, add) => {
    const tick = row.querySelector("[data-remove]");
    if (!tick) {
        return;
    }

    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "secondary row__remove";
    remove.textContent = tick.textContent.trim();
    tick.replaceWith(remove);
    remove.addEventListener("click", () => {
        const next = row.nextElementSibling?.matches("[data-row]") ? row.nextElementSibling : null;
        row.remove();
        renumber(list);
        (next ? firstField(next) : add).focus();
    });
};

const enhance = (list) => {
    const spares = list.querySelectorAll(":scope > [data-row][data-spare=true]");
    if (spares.length === 0) {
        return;
    }

    const blank = spares[0].cloneNode(true);
    blank.removeAttribute("data-spare");
    spares.forEach((spare) => spare.remove());

    const add = document.createElement("button");
    add.type = "button";
    add.className = "secondary rows__add";
    add.textContent = list.dataset.addLabel;
    list.append(add);
    add.addEventListener("click", () => {
        const row = blank.cloneNode(true);
        list.insertBefore(row, add);
        offerRemove(row, list, add);
        renumber(list);
        firstField(row).focus();
    });

    list.querySelectorAll(":scope > [data-row]").forEach((row) => offerRemove(row, list, add));
    renumber(list);
};

/** Turns the form's lists of rows into ones edited in place; runs before anything reads the form's values as shown. */
export const enhanceRows = (form) => form.querySelectorAll("fieldset[data-rows]").forEach(enhance);
