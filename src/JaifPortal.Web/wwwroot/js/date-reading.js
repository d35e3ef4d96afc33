// Beside each date field of a record editor (input[data-date] in form[data-date-reading]): how the date typed will read
// on the public pages in each language, asked of the server as the editor types (one parser and the portal's own date
// formatting, never a copy in script), and a calendar that writes a day into the field. Without script the field takes
// the same text and the save explains a date that does not read.
const form = document.querySelector("form[data-date-reading]");

const askAfter = 300;

const enhance = (field) => {
    if (field.dataset.dateEnhanced) {
        return;
    }

    field.dataset.dateEnhanced = "true";
    const calendar = document.createElement("input");
    calendar.type = "date";
    calendar.className = "date-calendar";
    calendar.setAttribute("aria-label", form.dataset.dateCalendar);
    const reading = document.createElement("span");
    reading.className = "date-reading";
    reading.setAttribute("aria-live", "polite");
    field.after(calendar, reading);

    let timer;
    let asked = 0;
    const show = async () => {
        const text = field.value.trim();
        calendar.value = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : "";
        const number = ++asked;
        const url = new URL(form.dataset.dateReading, location.href);
        url.searchParams.set("text", text);
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok || number !== asked) {
            return;
        }

        const answer = await response.json();
        reading.classList.toggle("date-reading--problem", Boolean(answer.problem));
        reading.replaceChildren();
        if (answer.readings) {
            // A full-width colon (公開ページでの表記：) carries its own space; a half-width one needs one after it.
            const label = form.dataset.dateReadsAs;
            reading.append(label, /[\u3000-\u30ff\uff00-\uffef]$/.test(label) ? "" : " ");
            Object.entries(answer.readings).forEach(([language, text], index) => {
                const span = document.createElement("span");
                span.lang = language;
                span.textContent = text;
                reading.append(...(index > 0 ? [" / ", span] : [span]));
            });
        } else if (answer.problem) {
            reading.textContent = answer.problem;
        }
    };

    field.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(show, askAfter);
    });
    calendar.addEventListener("change", () => {
        if (calendar.value) {
            field.value = calendar.value;
            field.dispatchEvent(new Event("input", { bubbles: true }));
            show();
        }
    });
    if (field.value.trim()) {
        show();
    }
};

if (form) {
    form.querySelectorAll("input[data-date]").forEach(enhance);
    // Rows added in place (editor-rows.js) bring date fields of their own.
    new MutationObserver(() => form.querySelectorAll("input[data-date]").forEach(enhance))
        .observe(form, { childList: true, subtree: true });
}
