// Where the measuring material is (../shared beside the checkout, or WHOSAID_SHARED).
// Only the quality gate's parts read it (scripts/quality.sh: the saved-real-pages smoke
// run); every other end-to-end test uses the project's own fixtures, and
// scripts/test.sh runs them with WHOSAID_SHARED pointing nowhere to prove it.
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const sharedDir = resolve(process.env.WHOSAID_SHARED || join(repoRoot, '..', 'shared'));
export const sharedPagesDir = join(sharedDir, 'pages');
