#!/usr/bin/env node
// A small static file server for the built site (dist/), used by `npm start` and the tests.
// Serves under BASE (default "/"), like any web server would under a sub-path.
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Starts the server; resolves with { server, url }. */
export function serve({ dir = 'dist', port = 4321, base = '/', host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(prefix)) {
        if (path === prefix.slice(0, -1)) {
          res.writeHead(301, { location: prefix }).end();
          return;
        }
        return notFound(res, root, prefix);
      }
      path = normalize(path.slice(prefix.length));
      if (path.startsWith('..')) return notFound(res, root, prefix);
      let file = join(root, path);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return notFound(res, root, prefix);
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(err));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const actualPort = typeof addr === 'object' && addr ? addr.port : port;
      resolvePromise({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}${prefix}` });
    });
  });
}

async function notFound(res, root, prefix) {
  const page = await readFile(join(root, '404.html')).catch(() => null);
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page ?? `Not found. The site is under ${prefix}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const port = Number(opt('port', process.env.PORT ?? 4321));
  try {
    const { url } = await serve({
      dir: opt('dir', process.env.TSI_OUT ?? 'dist'),
      port,
      base: opt('base', process.env.BASE ?? '/'),
    });
    console.log(`TSI-boken digital: ${url}  (Ctrl+C avslutar)`);
  } catch (err) {
    if (err?.code !== 'EADDRINUSE') throw err;
    console.error(
      `Porten ${port} används redan av ett annat program. Välj en annan port, till exempel: PORT=${port + 1} npm start (eller node scripts/serve.mjs --port ${port + 1}).`,
    );
    process.exit(1);
  }
}
