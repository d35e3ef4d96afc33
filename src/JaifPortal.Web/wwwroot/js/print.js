// The print button needs script, so it stays hidden where script does not run; the browser's own
// print command works everywhere.
document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});
