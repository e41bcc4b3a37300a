import { readFile, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebDavClient, type WebDavConfig } from '../../utils/backup/webdav';
import {
  QUOTA_BYTES,
  startWebDavServer,
  WEBDAV_OTHER_HOST,
  WEBDAV_PASSWORD,
  WEBDAV_USER,
  type WebDavLocation,
  type WebDavTestServer,
} from '../support/webdav-server';

let server: WebDavTestServer;

beforeAll(async () => {
  server = await startWebDavServer();
});
afterAll(async () => {
  await server?.close();
});

const config = (url: string, password = WEBDAV_PASSWORD): WebDavConfig => ({ url, user: WEBDAV_USER, password });
const client = (url: string, options: { password?: string; timeoutMs?: number } = {}) =>
  createWebDavClient(config(url, options.password), {
    fetch: server.fetch,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });

const freshFolder = (location?: WebDavLocation) => server.freshFolder(location, 'case');

describe('the WebDAV client against Apache httpd (mod_dav, HTTPS, Basic auth)', () => {
  it('puts, lists, gets and deletes a file, names with spaces, & and non-ASCII included', async () => {
    const { url, name } = await freshFolder();
    const dav = client(url);
    const text = JSON.stringify({ note: 'バックアップ', n: 1 });
    expect(await dav.put('manual copy & é.json', text)).toEqual({ ok: true, value: undefined });
    expect(await dav.put('b.json', '{}')).toEqual({ ok: true, value: undefined });
    const listed = await dav.list('');
    expect(
      listed.ok &&
        listed.value
          .map(({ name: file, size, isFolder }) => ({ file, size, isFolder }))
          .sort((a, b) => a.file.localeCompare(b.file)),
    ).toEqual([
      { file: 'b.json', size: 2, isFolder: false },
      { file: 'manual copy & é.json', size: new TextEncoder().encode(text).length, isFolder: false },
    ]);
    expect(listed.ok && listed.value.every(({ lastModified }) => typeof lastModified === 'number')).toBe(true);
    expect(await dav.get('manual copy & é.json')).toEqual({ ok: true, value: text });
    expect(await readFile(server.diskPath('dav', `${name}/manual copy & é.json`), 'utf8')).toBe(text);
    expect(await dav.remove('manual copy & é.json')).toEqual({ ok: true, value: undefined });
    expect(await dav.get('manual copy & é.json')).toEqual({ ok: false, reason: 'not-found', status: 404 });
    expect(await dav.remove('manual copy & é.json')).toEqual({ ok: false, reason: 'not-found', status: 404 });
    expect(await server.filesOnDisk('dav', name)).toEqual(['b.json']);
  });

  it('makes a folder when it is missing, and finds it the next time', async () => {
    const { url, name } = await freshFolder();
    const dav = client(url);
    expect(await dav.ensureFolder('Omamori/')).toEqual({ ok: true, value: 'created' });
    expect((await stat(server.diskPath('dav', `${name}/Omamori`))).isDirectory()).toBe(true);
    expect(await dav.ensureFolder('Omamori/')).toEqual({ ok: true, value: 'existed' });
    expect(await dav.list('Omamori/')).toEqual({ ok: true, value: [] });
  });

  it('answers unauthorized to a wrong password, whatever it asks', async () => {
    const { url } = await freshFolder();
    const wrong = client(url, { password: 'not the app password' });
    for (const result of [
      await wrong.ensureFolder('Omamori/'),
      await wrong.put('a.json', '{}'),
      await wrong.list(''),
      await wrong.get('a.json'),
      await wrong.remove('a.json'),
    ]) {
      expect(result).toEqual({ ok: false, reason: 'unauthorized', status: 401 });
    }
  });

  it('answers not-found for a folder URL that names nothing, and forbidden where it may not make a folder', async () => {
    expect(await client(server.url('missing')).ensureFolder('Omamori/')).toEqual({
      ok: false,
      reason: 'not-found',
      status: 409,
    });
    expect(await client(server.url('missing', 'deeper/')).list('')).toEqual({
      ok: false,
      reason: 'not-found',
      status: 404,
    });
    expect(await client(server.url('readonly', 'nothing-here/')).ensureFolder('Omamori/')).toEqual({
      ok: false,
      reason: 'not-found',
      status: 409,
    });
    expect(await client(server.url('readonly')).ensureFolder('Omamori/')).toEqual({
      ok: false,
      reason: 'forbidden',
      status: 403,
    });
    // mod_dav_fs answers a PUT it may not write with 500 (other servers say 403): a server fault to the client.
    expect(await client(server.url('readonly')).put('a.json', '{}')).toEqual({
      ok: false,
      reason: 'server',
      status: 500,
    });
    expect(await server.filesOnDisk('readonly')).toEqual([]);
  });

  it.skipIf(!process.getuid || process.getuid() !== 0)(
    'answers quota when the disk is full (a real 507 from mod_dav_fs on a 16 KB tmpfs)',
    async () => {
      expect(server.hasQuota).toBe(true);
      const { url, name } = await freshFolder('full');
      const dav = client(url);
      expect(await dav.put('big.json', 'x'.repeat(QUOTA_BYTES * 2))).toEqual({
        ok: false,
        reason: 'quota',
        status: 507,
      });
      expect(await dav.put('small.json', '{}')).toEqual({ ok: true, value: undefined });
      expect(await server.filesOnDisk('full', name)).toEqual(['small.json']);
    },
  );

  it('answers certificate for a certificate it does not trust, and for one that names another host', async () => {
    const untrusted = client(server.url('dav', '', { untrusted: true }));
    expect(await untrusted.list('')).toEqual({
      ok: false,
      reason: 'certificate',
      detail: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
    const misnamed = client(server.url('dav', '', { host: WEBDAV_OTHER_HOST }));
    expect(await misnamed.list('')).toEqual({
      ok: false,
      reason: 'certificate',
      detail: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
  });

  it('answers unreachable when the server is down, and timeout when it stops answering', async () => {
    const { url } = await freshFolder();
    await server.kill();
    try {
      expect(await client(url).list('')).toEqual({ ok: false, reason: 'unreachable', detail: 'ECONNREFUSED' });
    } finally {
      await server.restart();
    }
    await server.freeze();
    try {
      const started = Date.now();
      expect(await client(url, { timeoutMs: 500 }).list('')).toEqual({ ok: false, reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      server.thaw();
    }
    expect(await client(url).list('')).toEqual({ ok: true, value: [] });
  });
});
