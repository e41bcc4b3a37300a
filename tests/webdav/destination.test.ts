import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebDavClient, type Fetch } from '../../utils/backup/webdav';
import { webDavBackupName, webDavDestination, type WebDavDestinationDeps } from '../../utils/backup/webdav-destination';
import {
  QUOTA_BYTES,
  startWebDavServer,
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

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const DAY = 86_400_000;
/** What the caller uploads: an encrypted backup file's text (its shape does not matter here). */
const backupText = (n: number) =>
  JSON.stringify({ format: 'omamori-backup', version: 1, ciphertext: `${'QUJD'.repeat(200)}${n}` });

/** The person's folder: one of this test's own, made over WebDAV under `location`. */
const personsFolder = (location?: WebDavLocation) => server.freshFolder(location, 'person');

interface Options {
  readonly fetch?: Fetch;
  readonly password?: string;
  readonly sleep?: WebDavDestinationDeps['sleep'];
  readonly datedBy?: WebDavDestinationDeps['datedBy'];
  readonly timeoutMs?: number;
  readonly start?: number;
}

/** A destination with a clock that moves a minute each time it is read, and sleeps it records. */
function destination(url: string, options: Options = {}) {
  let clock = options.start ?? NOW;
  const sleeps: number[] = [];
  const dest = webDavDestination(
    { url, user: WEBDAV_USER, password: options.password ?? WEBDAV_PASSWORD },
    {
      fetch: options.fetch ?? server.fetch,
      now: () => (clock += 60_000),
      sleep: async (ms) => {
        sleeps.push(ms);
        await options.sleep?.(ms);
      },
      ...(options.datedBy === undefined ? {} : { datedBy: options.datedBy }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    },
  );
  return { dest, sleeps };
}

/**
 * A fetch whose first upload sends half its body, then waits for `meanwhile` (the test stops
 * the server there, once Apache is writing the upload) before sending the rest.
 */
function stallingFirstUpload(meanwhile: () => Promise<void>): Fetch {
  let stalled = false;
  return (url, init) => {
    if (stalled || init.method !== 'PUT' || typeof init.body !== 'string') return server.fetch(url, init);
    stalled = true;
    const bytes = new TextEncoder().encode(init.body);
    const half = bytes.length >> 1;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(bytes.subarray(0, half)),
      pull: async (controller) => {
        await meanwhile();
        try {
          controller.enqueue(bytes.subarray(half));
          controller.close();
        } catch {
          // the request is already gone with the server
        }
      },
    });
    // `duplex` is what Node's fetch asks of a streamed body; browsers' RequestInit lacks it.
    return server.fetch(url, { ...init, body, ...{ duplex: 'half' } });
  };
}

describe('the WebDAV destination against Apache httpd', () => {
  it('writes a backup into Omamori/ (made when missing), lists it with its time and size, and reads it back', async () => {
    const { url, name } = await personsFolder();
    const { dest } = destination(url);
    const text = backupText(1);
    const upload = await dest.upload(text);
    const filename = webDavBackupName(NOW + 60_000);
    expect(upload).toMatchObject({ ok: true, value: { filename, rotation: { removed: [], failed: [] } } });
    expect(upload.attempts).toHaveLength(1);
    expect(await dest.list()).toEqual({
      ok: true,
      value: [{ filename, at: NOW + 60_000, size: new TextEncoder().encode(text).length }],
    });
    expect(await dest.read(filename)).toEqual({ ok: true, value: text });
    expect(await dest.prepare()).toEqual({ ok: true, value: 'existed' });

    // Only the uploaded text reaches the server: no metadata, index or lock file beside it.
    expect(await server.filesOnDisk('dav', name)).toEqual(['Omamori']);
    expect(await server.filesOnDisk('dav', `${name}/Omamori`)).toEqual([filename]);
    expect(await readFile(server.diskPath('dav', `${name}/Omamori/${filename}`), 'utf8')).toBe(text);
  });

  it("deletes only Omamori's backups that retention lets go, by their sealed time, and nothing else in the folder", async () => {
    const { url, name } = await personsFolder();
    const dav = createWebDavClient({ url, user: WEBDAV_USER, password: WEBDAV_PASSWORD }, { fetch: server.fetch });
    await dav.ensureFolder('Omamori/');
    const others = [
      'notes.txt',
      'omamori-backup-manual copy.json',
      'omamori-backup-2026-12-01-09-00-00 (1).json',
      'Omamori-backup-2020-01-01-00-00-00.json',
    ];
    for (const other of others)
      expect(await dav.put(`Omamori/${other}`, 'the person’s own')).toEqual({ ok: true, value: undefined });
    // A folder with a backup's name is not a backup either.
    expect(await dav.ensureFolder(`Omamori/${webDavBackupName(NOW - DAY)}/`)).toEqual({ ok: true, value: 'created' });

    // The "sealed" time the caller reads from a file's content (webdav-service opens it with the
    // vault key): the first two say they are 400 days old, whatever their names say.
    const sealedAt = (n: number) => (n < 2 ? NOW - 400 * DAY : NOW + n * 60_000);
    const datedBy: WebDavDestinationDeps['datedBy'] = async (_, read) => {
      const text = await read();
      const n = text.ok ? Number(/(\d+)"\}$/.exec(text.value)?.[1]) : Number.NaN;
      return Number.isInteger(n) ? sealedAt(n) : undefined;
    };
    const { dest } = destination(url, { datedBy });
    const written: string[] = [];
    for (let n = 0; n < 5; n++) {
      const upload = await dest.upload(backupText(n));
      if (upload.ok) written.push(upload.value.filename);
    }
    expect(written).toHaveLength(5);
    const listed = await dest.list();
    expect(listed.ok && listed.value.map(({ filename }) => filename)).toEqual(written.slice(2).reverse());
    expect(await server.filesOnDisk('dav', `${name}/Omamori`)).toEqual(
      [...others, webDavBackupName(NOW - DAY), ...written.slice(2)].sort(),
    );
    for (const other of others)
      expect(await readFile(server.diskPath('dav', `${name}/Omamori/${other}`), 'utf8')).toBe('the person’s own');
  });

  it('retries an upload the server died in the middle of, and succeeds once it is back', async () => {
    const { url, name } = await personsFolder();
    const stalling = stallingFirstUpload(async () => {
      await server.uploadInProgress('dav', `${name}/Omamori`);
      await server.kill();
    });
    const { dest, sleeps } = destination(url, { fetch: stalling, sleep: () => server.restart() });
    const text = backupText(2);
    const upload = await dest.upload(text);
    expect(upload.attempts.map(({ outcome }) => (outcome.ok ? 'ok' : outcome.reason))).toEqual(['unreachable', 'ok']);
    expect(sleeps).toEqual([1_000]);
    expect(upload.ok).toBe(true);
    const filename = webDavBackupName(NOW + 60_000);
    expect(await readFile(server.diskPath('dav', `${name}/Omamori/${filename}`), 'utf8')).toBe(text);
    // The killed server's half-written temporary file stays (it is Apache's); it is no backup.
    expect(await server.filesOnDisk('dav', `${name}/Omamori`)).toEqual([
      expect.stringMatching(/^\.davfs\.tmp/),
      filename,
    ]);
    const listed = await dest.list();
    expect(listed.ok && listed.value.map((backup) => backup.filename)).toEqual([filename]);
  });

  it('retries an upload the server stopped answering in the middle of (timeout)', async () => {
    const { url, name } = await personsFolder();
    const stalling = stallingFirstUpload(async () => {
      await server.uploadInProgress('dav', `${name}/Omamori`);
      await server.freeze();
    });
    const { dest, sleeps } = destination(url, { fetch: stalling, timeoutMs: 1_000, sleep: async () => server.thaw() });
    const upload = await dest.upload(backupText(3));
    expect(upload.attempts.map(({ outcome }) => (outcome.ok ? 'ok' : outcome.reason))).toEqual(['timeout', 'ok']);
    expect(sleeps).toEqual([1_000]);
    expect(await readFile(server.diskPath('dav', `${name}/Omamori/${webDavBackupName(NOW + 60_000)}`), 'utf8')).toBe(
      backupText(3),
    );
  });

  it('gives up after the last retry while the server stays down, and the text is still the caller’s', async () => {
    const { url } = await personsFolder();
    await server.kill();
    try {
      const { dest, sleeps } = destination(url);
      const upload = await dest.upload(backupText(4));
      expect(upload).toMatchObject({ ok: false, reason: 'unreachable' });
      expect(upload.attempts).toHaveLength(4);
      expect(sleeps).toEqual([1_000, 4_000, 16_000]);
    } finally {
      await server.restart();
    }
  });

  it.skipIf(!process.getuid || process.getuid() !== 0)(
    'answers quota for a full disk (507), without retrying',
    async () => {
      const { url, name } = await personsFolder('full');
      const { dest, sleeps } = destination(url);
      const upload = await dest.upload('x'.repeat(QUOTA_BYTES * 2));
      expect(upload).toMatchObject({ ok: false, reason: 'quota', status: 507 });
      expect(upload.attempts).toHaveLength(1);
      expect(sleeps).toEqual([]);
      expect(await server.filesOnDisk('full', `${name}/Omamori`)).toEqual([]);
    },
  );

  it('does not retry a wrong password, a refused certificate or a folder that is not there', async () => {
    const { url } = await personsFolder();
    const cases = [
      { dest: destination(url, { password: 'wrong' }), reason: 'unauthorized' },
      { dest: destination(server.url('dav', '', { untrusted: true })), reason: 'certificate' },
      { dest: destination(server.url('missing', 'nobody/')), reason: 'not-found' },
      { dest: destination(server.url('readonly')), reason: 'forbidden' },
    ];
    for (const { dest, reason } of cases) {
      const upload = await dest.dest.upload(backupText(5));
      expect(upload, reason).toMatchObject({ ok: false, reason });
      expect(upload.attempts, reason).toHaveLength(1);
      expect(dest.sleeps, reason).toEqual([]);
    }
    expect(await destination(server.url('missing', 'nobody/')).dest.list()).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });
});
