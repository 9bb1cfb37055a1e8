// whosaid: the first file of every injection (before ui/whosaid-ui.js and content.js).
// The background injects only when no content script of this extension answered its
// message. A script still in the page then is an earlier version's (the extension was
// reloaded or updated since: it can no longer reach the background): take its
// highlights away and its globals, so the files after this one start afresh.
(function () {
  'use strict';
  const old = globalThis.__whosaid;
  if (!old) return;
  let alive = false;
  try { alive = old.state().alive !== false; } catch (e) { /* an unusable script is replaced too */ }
  if (alive) return;
  try { old.off(); } catch (e) { /* its page UI is gone either way */ }
  delete globalThis.__whosaid;
  delete globalThis.WhosaidUI;
  globalThis.__whosaidReplaced = true;
})();
