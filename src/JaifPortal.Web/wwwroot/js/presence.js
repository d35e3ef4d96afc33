// Tells the portal, once a minute, that this editor still has a saved record's form open, so a colleague who opens the same
// record reads "… has been editing since 10:02" (RecordEditorPageModel's Presence handler). It never blocks anyone and
// never touches the record; without script nobody is told, and nothing else changes.
const form = document.querySelector("form[data-record-editor]");
const pingEvery = 60_000;

// Only an editable form of a saved record (?id=) is "being edited"; a reader's disabled form is not.
const address = new URL(window.location.href);
const editable = form && !form.querySelector("fieldset.editor__body:disabled");
if (editable && address.searchParams.has("id")) {
    address.searchParams.set("handler", "Presence");
    const token = form.querySelector("input[name='__RequestVerificationToken']")?.value ?? "";
    const ping = () => {
        fetch(address, {
            method: "POST",
            body: new URLSearchParams({ __RequestVerificationToken: token }),
            credentials: "same-origin",
        }).catch(() => {
            // The next ping tries again; presence is a courtesy, not a lock.
        });
    };

    ping();
    window.setInterval(ping, pingEvery);
}
