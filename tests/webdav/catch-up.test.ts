import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountData } from '../../utils/otp/account';
import { readBackup } from '../../utils/backup/format';
import { backupService } from '../../utils/backup/service';
import { CATCH_UP_FIRST_DELAY_MS, WEBDAV_CATCH_UP_ALARM } from '../../utils/backup/webdav-catch-up';
import { webDavService, webdavStatus, type WebDavRecord } from '../../utils/backup/webdav-service';
import type { Fetch } from '../../utils/backup/webdav';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../utils/vault/__tests__/helpers';
import { startRcloneServer, RCLONE_PASSWORD, RCLONE_USER, type RcloneTestServer } from '../support/rclone-server';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavTestServer } from '../support/webdav-server';

/**
 * The WebDAV destination as the background runs it (webdav-service.ts), against two real
 * servers: Apache's mod_dav, and rclone's WebDAV server at a Nextcloud-style path. The
 * clock and the alarms are the test's: an alarm "fires" when the test calls catchUp, as the
 * background's alarm listener does.
 */
interface Server {
  readonly name: string;
  readonly user: string;
  readonly password: string;
  readonly fetch: Fetch;
  freshFolder(): Promise<{ url: string; name: string }>;
  filesOnDisk(folder: string): Promise<string[]>;
  /** An outage: connections refused until `up`. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

let apache: WebDavTestServer;
let rclone: RcloneTestServer;
beforeAll(async () => {
  [apache, rclone] = await Promise.all([startWebDavServer(), startRcloneServer()]);
});
afterAll(async () => {
  await Promise.all([apache?.close(), rclone?.close()]);
  await deleteTestDatabases();
});

const servers: (() => Server)[] = [
  () => ({
    name: 'Apache mod_dav',
    user: WEBDAV_USER,
    password: WEBDAV_PASSWORD,
    fetch: apache.fetch,
    freshFolder: () => apache.freshFolder('dav', 'catch-up'),
    filesOnDisk: (folder) => apache.filesOnDisk('dav', `${folder}/Omamori`),
    down: () => apache.kill(),
    up: () => apache.restart(),
    close: async () => undefined,
  }),
  () => ({
    name: 'rclone serve webdav at /remote.php/dav/files/taro/',
    user: RCLONE_USER,
    password: RCLONE_PASSWORD,
    fetch: rclone.fetch,
    freshFolder: () => rclone.freshFolder('catch-up'),
    filesOnDisk: (folder) => rclone.filesOnDisk(`${folder}/Omamori`),
    down: () => rclone.stop(),
    up: () => rclone.start(),
    close: async () => undefined,
  }),
];

const PASSWORD = 'webdav catch-up test password';
const START = Date.UTC(2026, 11, 1, 9, 0, 0);

/** The background's WebDAV service over a real vault, with the test's clock and alarms. */
async function background(server: Server) {
  let clock = START;
  const now = () => clock;
  const vault = testVault({ now: () => (clock += 1000) });
  await vault.create(PASSWORD);
  const alarms = new Map<string, number>();
  let record: WebDavRecord | null = null;
  const backup = backupService({
    vault,
    now,
    randomBytes: seededRandomBytes(7),
    save: async () => 1,
    remove: async () => undefined,
    automaticDownloads: { getValue: async () => [], setValue: async () => undefined },
    record: { getValue: async () => null, setValue: async () => undefined },
    warn: async () => undefined,
    syncStatus: async () => ({ at: null, count: 0, total: 0, missing: [], missingSince: null, failure: null }),
    webdavStatus: async () => null,
  });
  const webdav = webDavService({
    vault,
    now,
    fetch: server.fetch,
    sleep: async () => undefined,
    alarms: {
      create: (name, { when }) => void alarms.set(name, when),
      clear: async (name) => alarms.delete(name),
    },
    record: { getValue: async () => record, setValue: async (value) => void (record = value) },
    backup: () => backup.currentBackup(),
    vaultKey: async () => (await vault.backupMaterial()).vaultKey,
  });
  return {
    vault,
    webdav,
    alarms,
    status: async () => webdavStatus(webdav, vault, record),
    /** Moves the clock to the alarm's time (as the browser would fire it). */
    toAlarm: () => {
      const when = alarms.get(WEBDAV_CATCH_UP_ALARM);
      if (when === undefined) throw new Error('no catch-up alarm set');
      clock = when;
    },
    advance: (ms: number) => void (clock += ms),
  };
}

/** The newest backup file's accounts, opened with the password as a person would. */
async function newestOnServer(server: Server, folder: string, url: string) {
  const files = (await server.filesOnDisk(folder)).filter((name) => name.startsWith('omamori-backup-'));
  const newest = files.sort().at(-1);
  if (!newest) return null;
  const text = await server.fetch(`${url}Omamori/${newest}`, {
    headers: { authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}` },
  });
  return readBackup(await text.text(), PASSWORD);
}

describe.each([
  { server: 'Apache mod_dav', make: servers[0]! },
  { server: 'rclone serve webdav, Nextcloud-style path', make: servers[1]! },
])('WebDAV catch-up on $server', ({ make }) => {
  it('uploads the vault at once on connect: the accounts already there are on the server before any change', async () => {
    const server = make();
    const { vault, webdav, alarms } = await background(server);
    await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: server.name }));
    const folder = await server.freshFolder();
    const connected = await webdav.connect({ url: folder.url, user: server.user, password: server.password });
    expect(connected).toEqual({ ok: true, value: { uploaded: true } });
    const opened = await newestOnServer(server, folder.name, folder.url);
    expect(opened?.accounts.map((account) => account.issuer)).toEqual(['bitFlyer']);
    expect(alarms.size).toBe(0);
  });

  it('catches up after an outage by itself: retried with backoff while behind, then holds the latest change', async () => {
    const server = make();
    const { vault, webdav, alarms, status, toAlarm } = await background(server);
    const folder = await server.freshFolder();
    expect(await webdav.connect({ url: folder.url, user: server.user, password: server.password })).toMatchObject({
      ok: true,
      value: { uploaded: true },
    });
    await server.down();
    try {
      await vault.add(accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif' }));
      const first = await webdav.catchUp();
      expect(first).toMatchObject({ kind: 'failed', reason: 'unreachable' });
      const firstAlarm = alarms.get(WEBDAV_CATCH_UP_ALARM);
      expect(first.kind === 'failed' && first.retryAt).toBe(firstAlarm);
      // The status says what is true: the change is not there, and when the next try is.
      expect(await status()).toMatchObject({
        failure: 'unreachable',
        retryAt: firstAlarm,
        missing: [{ issuer: 'Zaif' }],
      });
      toAlarm();
      const second = await webdav.catchUp();
      expect(second).toMatchObject({ kind: 'failed', reason: 'unreachable' });
      // Backoff: the second wait is twice the first.
      expect(second.kind === 'failed' && second.retryAt! - firstAlarm!).toBe(2 * CATCH_UP_FIRST_DELAY_MS);
    } finally {
      await server.up();
    }
    toAlarm();
    expect(await webdav.catchUp()).toMatchObject({ kind: 'uploaded' });
    expect(alarms.has(WEBDAV_CATCH_UP_ALARM)).toBe(false);
    expect(await status()).toMatchObject({ failure: null, retryAt: null, missing: [] });
    const opened = await newestOnServer(server, folder.name, folder.url);
    expect(opened?.accounts.map((account) => account.issuer)).toEqual(['Zaif']);
    // Up to date: a further run (the unlock, a browser start) uploads nothing.
    expect(await webdav.catchUp()).toEqual({ kind: 'up-to-date' });
  });

  it('says only what is true: http:// and a refused password keep no connection and promise no retry', async () => {
    const server = make();
    const { webdav, alarms } = await background(server);
    const folder = await server.freshFolder();
    const insecure = await webdav.connect({
      url: folder.url.replace('https:', 'http:'),
      user: server.user,
      password: server.password,
    });
    expect(insecure).toMatchObject({ ok: false, reason: 'insecure-url' });
    const refused = await webdav.connect({ url: folder.url, user: server.user, password: 'not the app password' });
    expect(refused).toMatchObject({ ok: false, reason: 'unauthorized' });
    expect(await webdav.settings()).toBeNull();
    expect(alarms.size).toBe(0);
    expect(await server.filesOnDisk(folder.name).catch(() => [])).toEqual([]);
  });

  it('connects once when asked twice at once', async () => {
    const server = make();
    const { webdav } = await background(server);
    const folder = await server.freshFolder();
    const config = { url: folder.url, user: server.user, password: server.password };
    const [a, b] = await Promise.all([webdav.connect(config), webdav.connect(config)]);
    expect(a).toEqual(b);
    expect((await server.filesOnDisk(folder.name)).filter((name) => name.startsWith('omamori-backup-'))).toHaveLength(
      1,
    );
  });

  it('lists the backups by their sealed time and says which are older than this browser', async () => {
    const server = make();
    const { vault, webdav, advance } = await background(server);
    const folder = await server.freshFolder();
    await webdav.connect({ url: folder.url, user: server.user, password: server.password });
    advance(60_000);
    await vault.add(accountData({ secret: 'MFRGGZDFMZTWQ2LKNNWG23TP', issuer: 'Coincheck' }));
    expect(await webdav.catchUp()).toMatchObject({ kind: 'uploaded' });
    const listed = await webdav.list();
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value.map((backup) => backup.sealed?.older)).toEqual([false, true]);
    expect(listed.value[0]!.sealed!.createdAt).toBeGreaterThan(listed.value[1]!.sealed!.createdAt);
  });
});
