import { describe, expect, it } from 'vitest';
import { checkWebDavUrl, createWebDavClient, webDavHostPermission, type Fetch, type WebDavConfig } from '../webdav';

const CONFIG: WebDavConfig = {
  url: 'https://cloud.example/remote.php/dav/files/me',
  user: 'me',
  password: 'app password',
};

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

/** A fetch that answers from a script, one answer a call, and records what it was asked. */
function scripted(...answers: ((call: Call) => Response | Promise<Response>)[]): { fetch: Fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: Fetch = async (url, init) => {
    const call = { url, init };
    calls.push(call);
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected ${init.method} ${url}`);
    return answer(call);
  };
  return { fetch, calls };
}

const status =
  (code: number, body: BodyInit | null = null, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status: code, headers });
const multistatus = (...responses: string[]) =>
  status(
    207,
    `<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:">${responses.join('')}</D:multistatus>`,
  );
const resource = (href: string, folder = false, size?: number) =>
  `<D:response><D:href>${href}</D:href><D:propstat><D:prop><D:resourcetype>${folder ? '<D:collection/>' : ''}</D:resourcetype>${size === undefined ? '' : `<D:getcontentlength>${size}</D:getcontentlength>`}</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`;
const networkError = (code: string) => () =>
  Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) }));

/** A redirect as a browser shows it with `redirect: 'manual'`: no status, no location. */
class OpaqueRedirect extends Response {
  override get type(): ResponseType {
    return 'opaqueredirect';
  }
  override get status(): number {
    return 0;
  }
}

describe('the WebDAV folder URL', () => {
  it('is HTTPS, normalised to end in /', () => {
    expect(checkWebDavUrl(' https://cloud.example/dav ')).toMatchObject({
      ok: true,
      value: new URL('https://cloud.example/dav/'),
    });
    expect(webDavHostPermission('https://cloud.example:8443/dav/')).toEqual({
      ok: true,
      value: 'https://cloud.example/*',
    });
  });

  it('refuses plain HTTP, localhost too, and other schemes as insecure-url', () => {
    for (const url of [
      'http://cloud.example/dav/',
      'http://localhost:8080/',
      'http://127.0.0.1/',
      'ftp://cloud.example/',
      'webdav://cloud.example/',
    ]) {
      expect(checkWebDavUrl(url), url).toEqual({ ok: false, reason: 'insecure-url' });
    }
  });

  it('refuses what is not a folder URL as invalid-config: nonsense, credentials inside, a query or fragment', () => {
    for (const url of [
      '',
      'cloud.example/dav',
      'https://me:secret@cloud.example/',
      'https://cloud.example/?x=1',
      'https://cloud.example/#a',
    ]) {
      expect(checkWebDavUrl(url), url).toEqual({ ok: false, reason: 'invalid-config', detail: 'url' });
    }
  });

  it('is checked before anything is sent', async () => {
    const { fetch, calls } = scripted();
    const client = createWebDavClient({ ...CONFIG, url: 'http://cloud.example/' }, { fetch });
    expect(await client.put('a.json', '{}')).toEqual({ ok: false, reason: 'insecure-url' });
    expect(await client.list('')).toEqual({ ok: false, reason: 'insecure-url' });
    expect(calls).toEqual([]);
  });
});

describe('a WebDAV request', () => {
  it('carries Basic credentials in UTF-8, no cookies, no redirects, no cache', async () => {
    const { fetch, calls } = scripted(status(201));
    const client = createWebDavClient({ ...CONFIG, user: 'ユーザー', password: 'pässwörd:x' }, { fetch });
    expect(await client.put('Omamori/a.json', '{"a":1}')).toEqual({ ok: true, value: undefined });
    const [call] = calls;
    expect(call?.url).toBe('https://cloud.example/remote.php/dav/files/me/Omamori/a.json');
    expect(call?.init).toMatchObject({
      method: 'PUT',
      body: '{"a":1}',
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
    });
    const headers = new Headers(call?.init.headers);
    const sent = atob((headers.get('authorization') ?? '').replace('Basic ', ''));
    expect(new TextDecoder().decode(Uint8Array.from(sent, (char) => char.charCodeAt(0)))).toBe('ユーザー:pässwörd:x');
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('encodes each path segment itself and refuses . and .. segments', async () => {
    const { fetch, calls } = scripted(status(204));
    const client = createWebDavClient(CONFIG, { fetch });
    await client.remove('Omamori/a b&c#?é.json');
    expect(calls[0]?.url).toBe('https://cloud.example/remote.php/dav/files/me/Omamori/a%20b%26c%23%3F%C3%A9.json');
    for (const path of ['../x.json', 'Omamori/./x', 'a//b', '/abs']) {
      expect(await client.get(path), path).toEqual({ ok: false, reason: 'invalid-config', detail: 'path' });
    }
    expect(calls).toHaveLength(1);
  });

  it('refuses a user name Basic authentication cannot carry', async () => {
    const { fetch, calls } = scripted();
    for (const user of ['', 'a:b', 'a\nb']) {
      const client = createWebDavClient({ ...CONFIG, user }, { fetch });
      expect(await client.get('x'), user).toEqual({ ok: false, reason: 'invalid-config', detail: 'user' });
    }
    expect(calls).toEqual([]);
  });

  it('answers each HTTP failure with its reason and the status', async () => {
    const expected: Record<number, string> = {
      401: 'unauthorized',
      403: 'forbidden',
      404: 'not-found',
      409: 'not-found',
      410: 'not-found',
      507: 'quota',
      413: 'quota',
      408: 'timeout',
      429: 'server',
      500: 'server',
      502: 'server',
      503: 'server',
      400: 'bad-response',
      405: 'bad-response',
      415: 'bad-response',
    };
    for (const [code, reason] of Object.entries(expected)) {
      const { fetch } = scripted(status(Number(code), 'body'));
      expect(await createWebDavClient(CONFIG, { fetch }).put('a', 'x'), code).toEqual({
        ok: false,
        reason,
        status: Number(code),
      });
    }
  });

  it('follows no redirect: a 3xx, or the opaque one a browser gives, is a redirect of its own', async () => {
    const { fetch } = scripted(
      status(302, null, { location: 'https://elsewhere.example/' }),
      status(308),
      () => new OpaqueRedirect(null),
    );
    const client = createWebDavClient(CONFIG, { fetch });
    expect(await client.put('a', 'x')).toEqual({ ok: false, reason: 'redirect', status: 302 });
    expect(await client.get('a')).toEqual({ ok: false, reason: 'redirect', status: 308 });
    expect(await client.remove('a')).toEqual({ ok: false, reason: 'redirect', status: 0 });
  });

  it('tells a refused certificate from an unreachable server where fetch names the cause (Node)', async () => {
    const cases: Record<string, string> = {
      DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate',
      SELF_SIGNED_CERT_IN_CHAIN: 'certificate',
      CERT_HAS_EXPIRED: 'certificate',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate',
      ERR_TLS_CERT_ALTNAME_INVALID: 'certificate',
      ECONNREFUSED: 'unreachable',
      ENOTFOUND: 'unreachable',
      ECONNRESET: 'unreachable',
      UND_ERR_SOCKET: 'unreachable',
      UND_ERR_HEADERS_TIMEOUT: 'timeout',
    };
    for (const [code, reason] of Object.entries(cases)) {
      const { fetch } = scripted(networkError(code));
      expect(await createWebDavClient(CONFIG, { fetch }).get('a'), code).toEqual({ ok: false, reason, detail: code });
    }
  });

  it("reads a browser's bare TypeError (refused, unknown host or certificate alike) as unreachable; never throws", async () => {
    const loop: { code?: string; cause?: unknown } = {};
    loop.cause = loop;
    const { fetch } = scripted(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.reject(new TypeError('NetworkError when attempting to fetch resource.')),
      () => Promise.reject('not even an error'),
      () => Promise.reject(new TypeError('fetch failed', { cause: loop })),
    );
    const client = createWebDavClient(CONFIG, { fetch });
    for (let i = 0; i < 4; i++) expect(await client.get('a')).toEqual({ ok: false, reason: 'unreachable' });
  });

  it('times out: the request, and an answer whose body stops coming', async () => {
    const hang = ({ init }: Call) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const stalled = ({ init }: Call) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"half":'));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body, { status: 200 });
    };
    const { fetch } = scripted(hang, stalled);
    const client = createWebDavClient(CONFIG, { fetch, timeoutMs: 30 });
    expect(await client.put('a', 'x')).toEqual({ ok: false, reason: 'timeout' });
    expect(await client.get('a')).toEqual({ ok: false, reason: 'timeout' });
  });

  it('reads a file as UTF-8 text, bounded: too large or not UTF-8 is a bad response; a broken body is unreachable', async () => {
    const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => void (sent++, controller.enqueue(megabyte)),
    });
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(megabyte);
        controller.error(
          new TypeError('terminated', {
            cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
          }),
        );
      },
    });
    const { fetch } = scripted(
      status(200, '{"entries":"日本語"}'),
      status(200, 'x', { 'content-length': String(64 * 1024 * 1024) }),
      () => new Response(endless, { status: 200 }),
      status(200, new Uint8Array([0x7b, 0xff, 0x7d])),
      () => new Response(broken, { status: 200 }),
    );
    const client = createWebDavClient(CONFIG, { fetch });
    expect(await client.get('a')).toEqual({ ok: true, value: '{"entries":"日本語"}' });
    expect(await client.get('a')).toEqual({ ok: false, reason: 'bad-response', status: 200, detail: 'too large' });
    expect(await client.get('a')).toEqual({ ok: false, reason: 'bad-response', status: 200, detail: 'too large' });
    expect(sent).toBeLessThan(40);
    expect(await client.get('a')).toEqual({ ok: false, reason: 'bad-response', status: 200, detail: 'not UTF-8' });
    expect(await client.get('a')).toEqual({ ok: false, reason: 'unreachable', detail: 'UND_ERR_SOCKET' });
  });
});

describe('listing a folder', () => {
  it("gives the folder's own members by name: decoded, the folder itself, deeper paths and other origins left out", async () => {
    const { fetch, calls } = scripted(
      multistatus(
        resource('/remote.php/dav/files/me/Omamori/', true),
        resource('/remote.php/dav/files/me/Omamori/omamori-backup-2026-01-02-03-04-05.json', false, 595),
        resource('https://cloud.example/remote.php/dav/files/me/Omamori/manual%20copy%20%26%20%c3%a9.json', false, 12),
        resource('/remote.php/dav/files/me/Omamori/sub/', true),
        resource('/remote.php/dav/files/me/Omamori/sub/deeper.json', false, 1),
        resource('https://elsewhere.example/remote.php/dav/files/me/Omamori/evil.json', false, 1),
        resource('/remote.php/dav/files/me/Omamori/bad%zzname', false, 1),
        resource('/remote.php/dav/files/me/notes.txt', false, 1),
      ),
    );
    const result = await createWebDavClient(CONFIG, { fetch }).list('Omamori/');
    expect(result).toEqual({
      ok: true,
      value: [
        { name: 'omamori-backup-2026-01-02-03-04-05.json', isFolder: false, size: 595, lastModified: undefined },
        { name: 'manual copy & é.json', isFolder: false, size: 12, lastModified: undefined },
        { name: 'sub', isFolder: true, size: undefined, lastModified: undefined },
      ],
    });
    expect(calls[0]?.init.method).toBe('PROPFIND');
    expect(new Headers(calls[0]?.init.headers).get('depth')).toBe('1');
  });

  it('refuses what is not a multistatus: another status, broken XML, a folder path without /', async () => {
    const { fetch } = scripted(status(200, '<html/>'), status(207, '<D:multistatus xmlns:D="DAV:">'));
    const client = createWebDavClient(CONFIG, { fetch });
    expect(await client.list('')).toEqual({ ok: false, reason: 'bad-response', status: 200 });
    expect(await client.list('')).toEqual({
      ok: false,
      reason: 'bad-response',
      status: 207,
      detail: 'unclosed element',
    });
    expect(await client.list('Omamori')).toEqual({ ok: false, reason: 'invalid-config', detail: 'folder path' });
  });
});

describe('making sure a folder is there', () => {
  const folder = '/remote.php/dav/files/me/Omamori/';

  it('finds it with PROPFIND Depth 0, or makes it with MKCOL', async () => {
    const found = scripted(multistatus(resource(folder, true)));
    expect(await createWebDavClient(CONFIG, { fetch: found.fetch }).ensureFolder('Omamori/')).toEqual({
      ok: true,
      value: 'existed',
    });
    expect(new Headers(found.calls[0]?.init.headers).get('depth')).toBe('0');

    const made = scripted(status(404), status(201));
    expect(await createWebDavClient(CONFIG, { fetch: made.fetch }).ensureFolder('Omamori/')).toEqual({
      ok: true,
      value: 'created',
    });
    expect(made.calls.map(({ init }) => init.method)).toEqual(['PROPFIND', 'MKCOL']);
  });

  it('says not-found when the folder above it is missing (409), and looks again after a 405', async () => {
    const missing = scripted(status(404), status(409));
    expect(await createWebDavClient(CONFIG, { fetch: missing.fetch }).ensureFolder('Omamori/')).toEqual({
      ok: false,
      reason: 'not-found',
      status: 409,
    });

    const raced = scripted(status(404), status(405), multistatus(resource(folder, true)));
    expect(await createWebDavClient(CONFIG, { fetch: raced.fetch }).ensureFolder('Omamori/')).toEqual({
      ok: true,
      value: 'existed',
    });

    const refused = scripted(status(404), status(405), status(404));
    expect(await createWebDavClient(CONFIG, { fetch: refused.fetch }).ensureFolder('Omamori/')).toEqual({
      ok: false,
      reason: 'bad-response',
      status: 405,
      detail: 'MKCOL refused',
    });
  });

  it('refuses a file where the folder should be, and an answer that does not describe it', async () => {
    const file = scripted(multistatus(resource(folder.slice(0, -1), false, 3)), multistatus(resource('/other/', true)));
    const client = createWebDavClient(CONFIG, { fetch: file.fetch });
    expect(await client.ensureFolder('Omamori/')).toEqual({
      ok: false,
      reason: 'bad-response',
      status: 207,
      detail: 'not a folder',
    });
    expect(await client.ensureFolder('Omamori/')).toEqual({
      ok: false,
      reason: 'bad-response',
      status: 207,
      detail: 'folder missing from its own answer',
    });
  });

  it('passes on the other failures as they are', async () => {
    const { fetch } = scripted(status(401), status(404), status(403), status(404), status(507));
    const client = createWebDavClient(CONFIG, { fetch });
    expect(await client.ensureFolder('Omamori/')).toEqual({ ok: false, reason: 'unauthorized', status: 401 });
    expect(await client.ensureFolder('Omamori/')).toEqual({ ok: false, reason: 'forbidden', status: 403 });
    expect(await client.ensureFolder('Omamori/')).toEqual({ ok: false, reason: 'quota', status: 507 });
  });
});
