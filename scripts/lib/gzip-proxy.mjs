// A gzip-compressing front for the local static server (scripts/serve.mjs serves bodies as
// they are, which is right for the tests). The bench measures what a real web server sends:
// text bodies gzip-compressed (level 6, the usual default) when the browser asks for it.
import { createServer, request } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

/** Starts a proxy in front of `target` (an origin URL); resolves with { server, origin }. */
export function gzipProxy(target) {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const headers = { ...up.headers };
          let body = Buffer.concat(chunks);
          const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
          if (gzip && body.length > 0 && COMPRESSIBLE.test(String(headers['content-type'] ?? ''))) {
            body = gzipSync(body, { level: 6 });
            headers['content-encoding'] = 'gzip';
            headers.vary = 'accept-encoding';
          }
          headers['content-length'] = String(body.length);
          delete headers['transfer-encoding'];
          res.writeHead(up.statusCode ?? 500, headers);
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      },
    );
    out.on('error', (err) => res.writeHead(502).end(String(err)));
    req.pipe(out);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, origin: `http://localhost:${typeof addr === 'object' && addr ? addr.port : 0}` });
    });
  });
}
