/**
 * Runs once before any e2e worker starts: prepares the browser (unpacked once, into the
 * project, see scripts/lib/chromium.mjs) and serves the built site (dist/, or TSI_OUT) on a
 * free localhost port. `npm test` builds first; run `npm run build` yourself before
 * `npm run test:e2e`.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { prepareChromium } from '../../scripts/lib/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { removeSubpathBuild } from './subpath';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
    subpathRun: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = process.env.TSI_OUT ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ has no built site: run \`npm run build\` first`);
  project.provide('chromePath', await prepareChromium());
  const base = process.env.BASE ?? '/';
  const { server, url } = (await serve({ dir, port: 0, base })) as { server: import('node:http').Server; url: string };
  project.provide('baseUrl', url);
  const subpathRun = `tsi-subpath-${process.pid}-${Date.now()}`;
  project.provide('subpathRun', subpathRun);
  return async () => {
    removeSubpathBuild(subpathRun);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
