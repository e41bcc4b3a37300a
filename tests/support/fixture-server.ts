import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { makeTestCertificate } from './certs';
import { FIXTURE_HOSTS, HOST_NAMES } from './hosts';

const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/pages over HTTPS, choosing the folder by the Host header, on 443
 * when it can bind it (root) so URLs carry no port; otherwise on a free port.
 * The `common` folder serves every host (with `vendor/`, React for the controlled-input fixture); `/qr.png|svg?data=` draws QR codes.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer(makeTestCertificate(HOST_NAMES), (request, response) => {
    void respond(request.headers.host ?? '', request.url ?? '/').then(({ status, type, body }) => {
      // `?date-offset=60`: the page's server clock runs 60 s ahead (the clock check).
      const offset = Number(new URL(request.url ?? '/', 'https://fixture').searchParams.get('date-offset') ?? 0);
      const date = new Date(Date.now() + (Number.isFinite(offset) ? offset : 0) * 1000).toUTCString();
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', date });
      response.end(body);
    });
  });
  const port = await listenOnFirstFree(server, [443, 0]);
  return {
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function listenOnFirstFree(server: Server, ports: number[]): Promise<number> {
  for (const port of ports) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address();
      if (address && typeof address === 'object') return address.port;
    } catch {
      // try the next port
    }
  }
  throw new Error('fixture server could not listen on any port');
}

async function respond(hostHeader: string, url: string) {
  const host = hostHeader.replace(/:\d+$/, '');
  const parsed = new URL(url, 'https://fixture');
  const path = decodeURIComponent(parsed.pathname);
  if (path === '/qr.png' || path === '/qr.svg') return qrImage(path, parsed.searchParams.get('data') ?? '');
  const folder = FIXTURE_HOSTS[host];
  if (folder === undefined) return notFound();
  const file =
    (await resolveFile(join(PAGES_DIR, folder), path)) ?? (await resolveFile(join(PAGES_DIR, 'common'), path));
  if (!file) return notFound();
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  return { status: 200, type, body: await readFile(file) };
}

/** `/qr.png?data=…` and `/qr.svg?data=…`: a QR code of `data`, made on request. */
async function qrImage(path: string, data: string) {
  if (path.endsWith('.svg')) {
    return {
      status: 200,
      type: CONTENT_TYPES['.svg']!,
      body: Buffer.from(await QRCode.toString(data, { type: 'svg', margin: 2 })),
    };
  }
  return { status: 200, type: CONTENT_TYPES['.png']!, body: await QRCode.toBuffer(data, { scale: 6, margin: 2 }) };
}

/** `/a` serves a/index.html, a.html or a itself, never anything outside `base`. */
async function resolveFile(base: string, relative: string): Promise<string | null> {
  const target = normalize(join(base, relative));
  if (!target.startsWith(base)) return null;
  for (const candidate of [join(target, 'index.html'), `${target}.html`, target]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

function notFound() {
  return { status: 404, type: 'text/plain; charset=utf-8', body: Buffer.from('not found') };
}
