// A Vite plugin for the browser build: the modules of the project that one island imports
// (directly or through each other) become that island's own copies, bundled into its own
// chunk, instead of being shared with the other islands' chunks.
//
// Why: a chunk shared by several islands carries every export that any of them uses, split
// over many small files. The chapter's assessment script (src/islands/assessment/
// chapter-upgrade.ts) is the only one a chapter page loads on demand and has a byte budget
// (≤ 10 KB gzip, issue 15): with its own copy it loads one file with only the code it runs.
// Packages stay shared. The server build is left alone. Each copy is the same source file,
// so behaviour is identical; only where the bytes live changes.
import { fileURLToPath } from 'node:url';

const TAG = 'own-copy';

/** `entries`: absolute file paths (or file: URLs) of the islands that get their own copies. */
export function ownCopy(entries) {
  const roots = new Set(entries.map((e) => (e instanceof URL ? fileURLToPath(e) : e)));
  const clean = (id) => id.split('?')[0];
  return {
    name: 'tsi:own-copy',
    enforce: 'pre',
    applyToEnvironment: (env) => env.config.consumer === 'client',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      if (!roots.has(clean(importer)) && !importer.endsWith(`?${TAG}`)) return null;
      const r = await this.resolve(source, clean(importer), { ...options, skipSelf: true });
      if (!r || r.external || r.id.includes('/node_modules/') || r.id.includes('?')) return r;
      return { ...r, id: `${r.id}?${TAG}` };
    },
  };
}
