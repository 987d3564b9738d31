#!/usr/bin/env node
// `npm run originality`: checks that the guide's text is our own (no long runs of words shared
// with the source texts). The checker and the sources live in the team's workspace, in
// ../shared beside this project, which a plain clone of the project does not have.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tool = join(root, '..', 'shared', 'tools', 'originality.mjs');
if (!existsSync(tool)) {
  console.error(
    'Originalitetskontrollen kan inte köras här: den behöver mappen ../shared (källtexterna och verktyget), ' +
      'som bara finns i teamets egen arbetsmiljö och inte följer med när man klonar projektet.',
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [tool, 'content', 'src'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
