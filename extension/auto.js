// Registered (sites.js) for the sites the user chose to have painted on load,
// after the page scripts: paints this page when the engine finds its article.
globalThis.__whosaid && globalThis.__whosaid.auto();
