// The last of the scripts a toolbar click injects (protocol.js CLICK_SCRIPTS, joined by the build into CLICK_BUNDLE): its value is the
// click's answer in this frame (a ClickResult), so one executeScript injects and paints. A script
// left by an earlier version of the extension may have no click(): it is reported stale.
(() => {
  const w = /** @type {any} */ (globalThis).__whosaid;
  return w && typeof w.click === 'function' ? w.click() : { on: false, skipped: 'stale' };
})();
