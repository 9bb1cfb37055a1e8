#!/usr/bin/env bash
# The main job: installs what is missing, builds the extension and the demo,
# says how to load the extension, and serves the demo on 127.0.0.1.
#   scripts/start.sh [port]      (default 8000; PORT works too)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
port="${1:-${PORT:-8000}}"
root="$(pwd)"
cat <<MSG

whosaid is built.

  Extension, unpacked:  $root/dist/extension
    Chrome/Chromium: chrome://extensions -> Developer mode -> Load unpacked -> choose that folder.
    Firefox:         about:debugging#/runtime/this-firefox -> Load Temporary Add-on -> choose
                     $root/dist/extension/manifest.json
    Store zips:      $root/dist/whosaid-chrome.zip, $root/dist/whosaid-firefox.zip
    Then open a news article and click the whosaid button (or press its shortcut).

  Command line:         $root/target/release/whosaid ARTICLE.txt   (see --help)

  Demo page (Ctrl+C to stop):
MSG
exec node scripts/serve.mjs "$port"
