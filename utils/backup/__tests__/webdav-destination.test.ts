import { describe, expect, it } from 'vitest';
import { backupFilename } from '../format';
import type { WebDavClient, WebDavEntry, WebDavError, WebDavFailure, WebDavResult } from '../webdav';
import { isRetryable, webDavBackupName, webDavBackupTime, webDavDestinationOn } from '../webdav-destination';
import { DAY_MS } from '../retention';

const NOW = Date.UTC(2026, 11, 1, 9, 3, 27);
const name = (at: number) => webDavBackupName(at);

/** A folder in memory behind the client interface; `failPut` scripts the next uploads' failures. */
function memoryClient(files: Record<string, string> = {}) {
  const stored = new Map(Object.entries(files));
  const folders = new Set<string>();
  const failPut: WebDavFailure[] = [];
  const failRemove = new Set<string>();
  const calls: string[] = [];
  const fail = (reason: WebDavFailure): WebDavError => ({ ok: false, reason });
  const client: WebDavClient = {
    baseUrl: 'https://cloud.example/dav/',
    ensureFolder: async (path) => {
      calls.push(`ensure ${path}`);
      const existed = folders.has(path);
      folders.add(path);
      return { ok: true, value: existed ? 'existed' : 'created' };
    },
    put: async (path, text) => {
      calls.push(`put ${path}`);
      const failure = failPut.shift();
      if (failure) return fail(failure);
      stored.set(path, text);
      return { ok: true, value: undefined };
    },
    list: async (path): Promise<WebDavResult<WebDavEntry[]>> => {
      calls.push(`list ${path}`);
      const entries = [...stored]
        .filter(([key]) => key.startsWith(path))
        .map(([key, text]) => ({
          name: key.slice(path.length).replace(/\/$/, ''),
          isFolder: key.endsWith('/'),
          size: text.length,
          lastModified: undefined,
        }));
      return { ok: true, value: entries };
    },
    get: async (path) => {
      calls.push(`get ${path}`);
      const text = stored.get(path);
      return text === undefined ? fail('not-found') : { ok: true, value: text };
    },
    remove: async (path) => {
      calls.push(`remove ${path}`);
      if (failRemove.has(path)) return fail('forbidden');
      return stored.delete(path) ? { ok: true, value: undefined } : fail('not-found');
    },
  };
  return { client, stored, failPut, failRemove, calls };
}

/** A backup's text here: its "sealed" time (what the vault key would read), or none (another key). */
const sealedAt = (at: number) => JSON.stringify({ sealed: at });

/** The caller's reading of a file's sealed time: from its text, never its name. */
async function datedBy(_: unknown, read: () => Promise<WebDavResult<string>>): Promise<number | undefined> {
  const text = await read();
  if (!text.ok) return undefined;
  try {
    const { sealed } = JSON.parse(text.value) as { sealed?: unknown };
    return typeof sealed === 'number' ? sealed : undefined;
  } catch {
    return undefined;
  }
}

function destination(memory: ReturnType<typeof memoryClient>) {
  let clock = NOW;
  const sleeps: number[] = [];
  const dest = webDavDestinationOn(memory.client, {
    now: () => (clock += 1000),
    sleep: async (ms) => void sleeps.push(ms),
    datedBy,
  });
  return { dest, sleeps };
}

describe("Omamori's backup names on WebDAV", () => {
  it('are the downloads copy’s names, and give back their time', () => {
    for (const at of [NOW, Date.UTC(2000, 0, 1), Date.UTC(2099, 11, 31, 23, 59, 59)]) {
      expect(webDavBackupName(at)).toBe(backupFilename(new Date(at)));
      expect(webDavBackupTime(webDavBackupName(at))).toBe(at);
    }
    expect(webDavBackupName(NOW)).toBe('omamori-backup-2026-12-01-09-03-27.json');
  });

  it('are only those: anything else beside them is not a backup of ours', () => {
    for (const other of [
      'omamori-backup-manual copy.json',
      'omamori-backup-2026-12-01-09-03-27 (1).json',
      'omamori-backup-2026-12-01-09-03-27.json.bak',
      'Omamori-backup-2026-12-01-09-03-27.json',
      'omamori-backup-2026-13-01-09-03-27.json',
      'omamori-backup-2026-02-30-09-03-27.json',
      'omamori-backup-2026-12-01-24-03-27.json',
      ' omamori-backup-2026-12-01-09-03-27.json',
      'notes.txt',
      'omamori-backup-2026-12-01-09-03-27.JSON',
    ])
      expect(webDavBackupTime(other), other).toBeUndefined();
  });
});

describe('an upload to WebDAV', () => {
  it('writes the text into Omamori/ under the backup name, making the folder first', async () => {
    const memory = memoryClient();
    const { dest, sleeps } = destination(memory);
    const result = await dest.upload('{"encrypted":true}');
    expect(result).toEqual({
      ok: true,
      value: { filename: name(NOW + 1000), rotation: { removed: [], failed: [], undated: [] } },
      attempts: [{ at: NOW + 2000, outcome: { ok: true, value: undefined } }],
    });
    expect(memory.stored.get(`Omamori/${name(NOW + 1000)}`)).toBe('{"encrypted":true}');
    expect(memory.calls.slice(0, 2)).toEqual(['ensure Omamori/', `put Omamori/${name(NOW + 1000)}`]);
    expect(sleeps).toEqual([]);
  });

  it('retries what waiting may mend, 1 s, 4 s and 16 s later, under one name, reporting every try', async () => {
    const memory = memoryClient();
    memory.failPut.push('unreachable', 'timeout');
    const { dest, sleeps } = destination(memory);
    const result = await dest.upload('x');
    expect(result.ok).toBe(true);
    expect(result.attempts.map(({ outcome }) => (outcome.ok ? 'ok' : outcome.reason))).toEqual([
      'unreachable',
      'timeout',
      'ok',
    ]);
    expect(sleeps).toEqual([1000, 4000]);
    expect(new Set(memory.calls.filter((call) => call.startsWith('put')))).toEqual(
      new Set([`put Omamori/${name(NOW + 1000)}`]),
    );

    const down = memoryClient();
    down.failPut.push('server', 'unreachable', 'server', 'unreachable');
    const gaveUp = destination(down);
    const failed = await gaveUp.dest.upload('x');
    expect(failed).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(failed.attempts).toHaveLength(4);
    expect(gaveUp.sleeps).toEqual([1000, 4000, 16000]);
    expect(down.stored.size).toBe(0);
  });

  it('does not retry what needs the person: wrong password, refused, quota, certificate, insecure URL, no folder', async () => {
    for (const reason of [
      'unauthorized',
      'forbidden',
      'quota',
      'certificate',
      'insecure-url',
      'invalid-config',
      'not-found',
      'bad-response',
    ] as const) {
      const memory = memoryClient();
      memory.failPut.push(reason);
      const { dest, sleeps } = destination(memory);
      const result = await dest.upload('x');
      expect(result, reason).toMatchObject({ ok: false, reason, attempts: [{ outcome: { ok: false, reason } }] });
      expect(sleeps, reason).toEqual([]);
      expect(isRetryable(reason)).toBe(false);
    }
    const retried: WebDavFailure[] = ['unreachable', 'timeout', 'server'];
    expect(retried.every(isRetryable)).toBe(true);
  });

  it("keeps Omamori's backups by their sealed time, not their names, and deletes nothing else", async () => {
    const others = {
      'Omamori/notes.txt': sealedAt(NOW - 900 * DAY_MS),
      'Omamori/omamori-backup-manual copy.json': sealedAt(NOW - 900 * DAY_MS),
      'Omamori/omamori-backup-2000-01-01-00-00-00.json/': '',
      'elsewhere.json': sealedAt(NOW - 900 * DAY_MS),
    };
    const backups = {
      // Named yesterday, sealed 400 days ago (renamed by the server): deleted.
      [`Omamori/${name(NOW - DAY_MS)}`]: sealedAt(NOW - 400 * DAY_MS),
      // Named 400 days ago, sealed an hour ago: kept.
      [`Omamori/${name(NOW - 400 * DAY_MS)}`]: sealedAt(NOW - 3_600_000),
      // Two of the same day ten days ago: the newer kept.
      [`Omamori/${name(NOW - 10 * DAY_MS)}`]: sealedAt(NOW - 10 * DAY_MS),
      [`Omamori/${name(NOW - 10 * DAY_MS - 60_000)}`]: sealedAt(NOW - 10 * DAY_MS - 60_000),
      // Under another key (before a password change): its age is unknown, so it stays.
      [`Omamori/${name(NOW - 500 * DAY_MS)}`]: 'sealed under a retired key',
    };
    const memory = memoryClient({ ...others, ...backups });
    const result = await destination(memory).dest.upload(sealedAt(NOW + 1000));
    expect(result.ok && [...result.value.rotation.removed].sort()).toEqual(
      [name(NOW - DAY_MS), name(NOW - 10 * DAY_MS - 60_000)].sort(),
    );
    expect(result.ok && result.value.rotation.undated).toEqual([name(NOW - 500 * DAY_MS)]);
    expect([...memory.stored.keys()]).toEqual(
      expect.arrayContaining([
        ...Object.keys(others),
        `Omamori/${name(NOW + 1000)}`,
        `Omamori/${name(NOW - 400 * DAY_MS)}`,
        `Omamori/${name(NOW - 10 * DAY_MS)}`,
        `Omamori/${name(NOW - 500 * DAY_MS)}`,
      ]),
    );
  });

  it('never deletes the backup it just wrote, whatever time its content is read as', async () => {
    const memory = memoryClient({ [`Omamori/${name(NOW + 5 * DAY_MS)}`]: sealedAt(NOW + 5 * DAY_MS) });
    const result = await destination(memory).dest.upload(sealedAt(NOW - 800 * DAY_MS));
    expect(result.ok && result.value.rotation.removed).toEqual([]);
    expect(memory.stored.has(`Omamori/${name(NOW + 1000)}`)).toBe(true);
  });

  it('prunes nothing when the caller cannot read sealed times', async () => {
    const memory = memoryClient({ [`Omamori/${name(NOW - 900 * DAY_MS)}`]: sealedAt(NOW - 900 * DAY_MS) });
    const dest = webDavDestinationOn(memory.client, { now: () => NOW, sleep: async () => undefined });
    const result = await dest.upload('new');
    expect(result.ok && result.value.rotation).toEqual({ removed: [], failed: [], undated: [] });
    expect(memory.stored.size).toBe(2);
  });

  it('reports a deletion that failed, and the upload still succeeds', async () => {
    const memory = memoryClient({ [`Omamori/${name(NOW - 1)}`]: sealedAt(NOW - 400 * DAY_MS) });
    memory.failRemove.add(`Omamori/${name(NOW - 1)}`);
    const result = await destination(memory).dest.upload(sealedAt(NOW));
    expect(result).toMatchObject({
      ok: true,
      value: { rotation: { removed: [], failed: [{ filename: name(NOW - 1), reason: 'forbidden' }] } },
    });
  });
});

describe('reading backups back from WebDAV', () => {
  it("lists Omamori's backups newest first with their times and sizes, and reads one", async () => {
    const memory = memoryClient({
      [`Omamori/${name(NOW - 2000)}`]: 'older',
      [`Omamori/${name(NOW)}`]: 'newest',
      'Omamori/notes.txt': 'not ours',
      [`Omamori/${name(NOW - 1000)}/`]: '',
    });
    const { dest } = destination(memory);
    expect(await dest.list()).toEqual({
      ok: true,
      value: [
        { filename: name(NOW), at: NOW, size: 6 },
        { filename: name(NOW - 2000), at: NOW - 2000, size: 5 },
      ],
    });
    expect(await dest.read(name(NOW))).toEqual({ ok: true, value: 'newest' });
  });

  it('reads nothing but Omamori’s own names', async () => {
    const memory = memoryClient({ 'Omamori/notes.txt': 'not ours' });
    const { dest } = destination(memory);
    for (const filename of ['notes.txt', '../secret.json', `sub/${name(NOW)}`]) {
      expect(await dest.read(filename), filename).toEqual({
        ok: false,
        reason: 'not-found',
        detail: 'not an Omamori backup name',
      });
    }
    expect(memory.calls).toEqual([]);
  });
});
