// Around each Markdown field of an editor's form (textarea[data-markdown] in a form holding template[data-markdown-tools]):
// a row of formatting buttons above it, working on the selection, and below it a live preview rendered by the server
// with the portal's own renderer (raw HTML off), the one the public pages use, never a copy in script. Without script
// the field is the plain text area it always was. A short field (data-markdown="compact", a milestone's description)
// gets the same buttons and preview, only smaller.
const previewAfter = 400;

/** The selected lines, whole: the lines a list or heading button turns into Markdown. */
const selectedLines = (field) => {
    const { value, selectionStart: start, selectionEnd: end } = field;
    const from = value.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = value.indexOf("\n", end > start && value[end - 1] === "\n" ? end - 1 : end);
    return { from, to: lineEnd === -1 ? value.length : lineEnd };
};

/** Wraps the selection (or the sample, when nothing is selected) and selects the part the editor will type over next. */
const wrap = (field, before, after, sample, select = (start, text) => [start + before.length, start + before.length + text.length]) => {
    const { selectionStart: start, selectionEnd: end } = field;
    const text = field.value.slice(start, end) || sample;
    field.setRangeText(before + text + after, start, end);
    field.setSelectionRange(...select(start, text));
};

/** Starts each selected line with its marker (an empty line gets the sample), and selects the lines changed. */
const prefixLines = (field, marker, sample) => {
    const { from, to } = selectedLines(field);
    const lines = field.value.slice(from, to).split("\n");
    const marked = lines.map((line, index) => (line.trim() || lines.length === 1 ? marker(index) + (line || sample) : line)).join("\n");
    field.setRangeText(marked, from, to);
    field.setSelectionRange(from, from + marked.length);
};

const actions = {
    bold: (field, sample) => wrap(field, "**", "**", sample),
    // The address is left to type: selected, so the editor types or pastes over it.
    link: (field, sample) => wrap(field, "[", "](https://)", sample, (start, text) => [start + text.length + 3, start + text.length + 11]),
    bullets: (field, sample) => prefixLines(field, () => "- ", sample),
    numbers: (field, sample) => prefixLines(field, (index) => `${index + 1}. `, sample),
    heading: (field, sample) => prefixLines(field, () => "## ", sample),
};

const enhance = (form, template, field) => {
    if (field.dataset.markdownEnhanced) {
        return;
    }

    field.dataset.markdownEnhanced = "true";
    const language = field.closest("[lang]")?.lang ?? document.documentElement.lang;
    const samples = Object.fromEntries([...template.content.querySelectorAll("data[data-markdown-sample]")].map((data) => [data.lang, data.value]));
    const sample = samples[language] ?? Object.values(samples)[0];
    const tools = template.content.querySelector(".markdown-tools").cloneNode(true);
    const preview = template.content.querySelector(".markdown-preview").cloneNode(true);
    const label = preview.querySelector(".markdown-preview__label");
    const body = preview.querySelector(".markdown-preview__body");
    label.id = `${field.id}-preview-label`;
    body.setAttribute("aria-labelledby", label.id);
    body.lang = language;
    tools.setAttribute("aria-controls", field.id);
    const compact = field.dataset.markdown === "compact";
    tools.classList.toggle("markdown-tools--compact", compact);
    if (compact) {
        // A milestone's description shows inside the public timeline, under the section's own heading: a heading of its
        // own there would break the page's outline.
        tools.querySelector("[data-markdown-action='heading']").remove();
    }

    preview.classList.toggle("markdown-preview--compact", compact);
    field.before(tools);
    field.after(preview);

    let timer;
    let asked = 0;
    const show = async () => {
        clearTimeout(timer);
        const number = ++asked;
        if (!field.value.trim()) {
            body.replaceChildren();
            return;
        }

        const token = form.querySelector("input[name='__RequestVerificationToken']")?.value ?? "";
        const response = await fetch(template.dataset.preview, {
            method: "POST",
            body: new URLSearchParams({ text: field.value, __RequestVerificationToken: token }),
            credentials: "same-origin",
        });
        if (number !== asked) {
            return;
        }

        body.classList.toggle("markdown-preview__body--problem", !response.ok);
        if (response.ok) {
            // The portal's renderer escapes raw HTML and drops unsafe links: what comes back is what the public page shows.
            body.innerHTML = await response.text();
        } else {
            body.textContent = response.status === 400 ? await response.text() : "";
        }
    };

    field.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(show, previewAfter);
    });
    tools.addEventListener("click", (event) => {
        const button = event.target.closest("button[data-markdown-action]");
        if (!button) {
            return;
        }

        actions[button.dataset.markdownAction](field, sample);
        field.focus();
        // As typing would: the form's own modules (unsaved changes, autosave) and the preview hear of it.
        field.dispatchEvent(new Event("input", { bubbles: true }));
        show();
    });
    show();
};

const form = document.querySelector("form:has(template[data-markdown-tools])");
if (form) {
    const template = form.querySelector("template[data-markdown-tools]");
    // A read-only form (no right to edit, or archived) has nothing to format or preview.
    const enhanceAll = () => form.querySelectorAll("textarea[data-markdown]:not(:disabled)").forEach((field) => enhance(form, template, field));
    enhanceAll();
    // Rows added in place (editor-rows.js) bring Markdown fields of their own (a milestone's description), as date-reading.js
    // finds their date fields.
    new MutationObserver(enhanceAll).observe(form, { childList: true, subtree: true });
}
