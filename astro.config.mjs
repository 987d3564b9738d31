// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { satteriBasePlugin } from './src/lib/rehype-base.ts';

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
  markdown: { processor: satteri({ hastPlugins: [satteriBasePlugin(base)] }) },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
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
      ],
      // Pagefind compiles its WebAssembly search index in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
