// Serves dist/ under a sub-path (/atlas/) as a CDN would: the build's precompressed .br/.gz files
// when the browser accepts them, hashed assets cached for a year, everything else revalidated
// (ETag). Proves the build needs no server code and works away from the site root.
// `npm run serve` (PORT, default 4173); the end-to-end tests and `npm run bench` serve the same way.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const DIST = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));

/** Vite names what it builds under assets/ by content hash: a new build never reuses a name. */
const HASHED = /^\/assets\//;

/** Cache headers per file: hashed names never change, the rest (index.html, data, sw.js) are revalidated. */
function cacheHeaders(response, pathname) {
  response.setHeader('Cache-Control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * An HTTP server for several folders, each under its own URL prefix (longest prefix first).
 * `live` folders are read on each request (files written after the start are found); the others
 * are listed once at the start, as a deployed site is.
 * @param {Record<string, { dir: string; live?: boolean }>} mounts prefix ("/atlas/") → folder
 * @returns {import('node:http').Server}
 */
export function createStaticServer(mounts) {
  const handlers = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, { dir, live = false }]) => ({
      prefix,
      handle: sirv(dir, { dev: live, etag: true, gzip: true, brotli: true, setHeaders: cacheHeaders }),
    }));
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const mount = handlers.find(({ prefix }) => url.pathname.startsWith(prefix));
    if (mount === undefined) {
      response.writeHead(302, { location: handlers.at(-1)?.prefix ?? '/' });
      return response.end();
    }
    // sirv sees the path inside its folder.
    request.url = `/${url.pathname.slice(mount.prefix.length)}${url.search}`;
    mount.handle(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    });
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  // Data is read live: the end-to-end tests write datasets into it after the server started.
  createStaticServer({ '/atlas/data/': { dir: resolve(DIST, 'data'), live: true }, '/atlas/': { dir: DIST } }).listen(port, '127.0.0.1', () => console.log(`serving ${DIST} at http://127.0.0.1:${port}/atlas/`));
}
