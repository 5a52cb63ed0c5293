// The bench's own static server on 127.0.0.1: the generated pages first, then dist/. It gzips
// (-9, as the size rows count) when the browser accepts it, as a site's server would, and logs every
// request with the bytes of its body on the wire, so a row can count what a page transferred.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the first of `roots` that has the path; resolves to `{ origin, requests, close() }`. */
export async function startServer(roots) {
  const bases = roots.map((root) => resolve(root));
  const files = new Map();
  const requests = [];

  async function fileFor(path) {
    if (!files.has(path)) {
      files.set(
        path,
        (async () => {
          for (const base of bases) {
            const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
            if (!file.startsWith(base)) return undefined;
            const body = await readFile(file).catch(() => undefined);
            if (body) return { body, gzipped: gzipSync(body, { level: 9 }), type: TYPES[extname(file)] };
          }
          return undefined;
        })(),
      );
    }
    return files.get(path);
  }

  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = await fileFor(path);
    if (!file) {
      requests.push({ path, status: 404, bytes: 0 });
      return void response.writeHead(404).end();
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzipped : file.body;
    requests.push({ path, status: 200, bytes: body.length, gzip });
    response.writeHead(200, {
      'content-type': file.type ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(done));
    },
  };
}
