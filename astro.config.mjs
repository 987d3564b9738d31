// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriBasePlugin } from './src/lib/rehype-base.ts';
import { ownCopy } from './scripts/lib/own-copy.mjs';
import { preactNoSignals } from './scripts/lib/preact-no-signals.mjs';

// BASE lets the site be built for a sub-path (e.g. BASE=/tsi/ npm run build).
// TSI_OUT lets parallel builds (tests, sub-path checks) write to their own folder.
const base = process.env.BASE ?? '/';
const outDir = process.env.TSI_OUT ?? './dist';

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  outDir,
  cacheDir: process.env.TSI_OUT ? `${process.env.TSI_OUT}-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Content links are root-relative ("/om-tsi/"); this prefixes BASE so sub-path builds work.
  // The guide has no code blocks: no syntax highlighter (Shiki's inline styles would break the CSP).
  markdown: { processor: satteri({ hastPlugins: [satteriBasePlugin(base)] }), syntaxHighlight: false },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  vite: {
    // The chart worker (src/islands/charts/chart-worker.ts) is a module worker.
    worker: { format: 'es' },
    build: {
      rollupOptions: {
        output: {
          codeSplitting: {
            // Preact, with tiny modules that only Preact islands import (each would otherwise be
            // a file of its own: a request for 100–200 bytes on every tool page).
            groups: [
              {
                name: 'preact',
                test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]|src[\\/]islands[\\/]kit[\\/]afterYield\.tsx$|src[\\/]i18n[\\/]plural\.ts$|src[\\/]lib[\\/]tasks\.ts$/,
                priority: 2,
              },
            ],
          },
        },
      },
    },
    plugins: [
      ownCopy([new URL('./src/islands/assessment/chapter-upgrade.ts', import.meta.url)]),
      preactNoSignals(),
      {
        // Astro itself wraps every MDX entry rendered from a content collection in a module
        // that starts with the directive "use astro:head-inject" (astro/dist/content/
        // vite-plugin-content-assets.js), and the bundler warns once per chapter that it drops
        // module-level directives. Astro reads the directive before bundling, so the warning is
        // noise whose cause is not ours to remove: silence exactly this one, pass all others.
        name: 'tsi:quiet-astro-head-inject',
        onLog(level, log) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject'))
            return false;
        },
      },
    ],
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search index in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
