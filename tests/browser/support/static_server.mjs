// A minimal static file server over one folder, on 127.0.0.1 and a free port, for serving
// dist/web to the browser the way any static host would (with application/wasm, so the
// runtime can stream-compile the module).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

// Resolves to {url, requests, close()}; requests lists every {path, status} served.
export async function serveDirectory(root) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    let status = 200;
    try {
      const name = decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path);
      const file = normalize(join(root, name));
      if (!file.startsWith(root + sep)) throw new Error('outside the served folder');
      const body = await readFile(file);
      response.writeHead(status, {
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      response.end(body);
    } catch {
      status = 404;
      response.writeHead(status).end();
    }
    requests.push({ path, status });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
