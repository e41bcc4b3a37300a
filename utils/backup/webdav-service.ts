import type { Preference } from '../preference';
import type { Account } from '../otp/account';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import { openBackup } from './format';
import { destinationStatus, type DestinationStatus, type WrittenRecord } from './status';
import { catchUpDelayMs, retriedLater, WEBDAV_CATCH_UP_ALARM, type CatchUpAlarms } from './webdav-catch-up';
import { webDavDestination, type WebDavBackup } from './webdav-destination';
import { checkWebDavUrl, type Fetch, type WebDavConfig, type WebDavFailure, type WebDavResult } from './webdav';

/**
 * What the last upload did: when it landed, which account versions and which vault revision it
 * held, why the last try failed and when the next one is due (null: none will be made).
 */
export type WebDavRecord = WrittenRecord<WebDavFailure> & {
  readonly revision?: number;
  readonly retry?: { readonly failures: number; readonly nextAt: number | null } | null;
};

/** The person's WebDAV storage, when set up: where, and how its last upload went. */
export type WebDavStatus = DestinationStatus<WebDavFailure> & {
  readonly url: string;
  readonly user: string;
  /** When Omamori tries again by itself (the folder lacks the latest change); null: it does not. */
  readonly retryAt: number | null;
};

/** One catch-up run, as it went. */
export type CatchUp =
  | { readonly kind: 'not-connected' }
  | { readonly kind: 'locked' }
  | { readonly kind: 'up-to-date' }
  | { readonly kind: 'uploaded'; readonly filename: string }
  | { readonly kind: 'failed'; readonly reason: WebDavFailure; readonly retryAt: number | null };

/** A connect: the connection kept, and whether the vault's backup is already there. */
export type Connected =
  | { readonly uploaded: true }
  | { readonly uploaded: false; readonly reason: WebDavFailure; readonly retryAt: number | null };

export interface WebDavServiceDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly fetch: Fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly alarms: CatchUpAlarms;
  readonly record: Preference<WebDavRecord | null>;
  /** The encrypted backup file of the vault now, and the accounts in it. */
  readonly backup: () => Promise<{ text: string; accounts: readonly Account[] }>;
  /** The vault key: it opens this vault's backups there to read their sealed time and revision. */
  readonly vaultKey: () => Promise<Uint8Array>;
}

const SECRET_ID = 'webdav';

/** The connection kept in the vault (encrypted), as read back: three strings, or nothing. */
function configOf(value: unknown): WebDavConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const { url, user, password } = value as Record<string, unknown>;
  return typeof url === 'string' && typeof user === 'string' && typeof password === 'string'
    ? { url, user, password }
    : null;
}

/** A backup's sealed facts, as this vault's key opened them. */
interface Sealed {
  readonly createdAt: number;
  readonly revision: number;
  readonly vaultId: string;
}

/**
 * The person's WebDAV storage as a backup destination: the connection (with its app
 * password) kept encrypted in the vault, the vault uploaded at once on connect and after each
 * change (debounced by the caller), and caught up with backoff while it is behind
 * (webdav-catch-up.ts); the backups there listed with their sealed times and read for a restore.
 */
export function webDavService(deps: WebDavServiceDeps) {
  // Opened backups by name and size: each is fetched and opened once, not at every rotation.
  const sealedCache = new Map<string, Sealed | null>();

  /** Reads a backup there and opens it with this vault's key: its sealed time, or null. */
  async function sealedOf(
    backup: { filename: string; size: number | undefined },
    read: () => Promise<WebDavResult<string>>,
    vaultKey: () => Promise<Uint8Array>,
  ): Promise<Sealed | null> {
    const key = `${backup.filename}\n${backup.size ?? ''}`;
    if (sealedCache.has(key)) return sealedCache.get(key)!;
    const text = await read();
    // A failed read says nothing about the file: not remembered, tried again next time.
    if (!text.ok) return null;
    const sealed = await openBackup(text.value, { vaultKey: await vaultKey() }).then(
      ({ createdAt, contents }) => ({
        createdAt: createdAt.getTime(),
        revision: contents.revision,
        vaultId: contents.vaultId,
      }),
      // Another key (written before a password change), another vault, or damaged: undated.
      () => null,
    );
    sealedCache.set(key, sealed);
    return sealed;
  }

  /** The vault key fetched once per use, on first need. */
  const onceKey = () => {
    let key: Promise<Uint8Array> | undefined;
    return () => (key ??= deps.vaultKey());
  };

  const destination = (config: WebDavConfig) => {
    const vaultKey = onceKey();
    return webDavDestination(config, {
      fetch: deps.fetch,
      now: deps.now,
      sleep: deps.sleep,
      datedBy: async (backup, read) => (await sealedOf(backup, read, vaultKey))?.createdAt,
    });
  };
  const stored = async () => configOf(await deps.vault.secret(SECRET_ID));

  let connecting: Promise<WebDavResult<Connected>> | null = null;

  /**
   * Checks the connection (the Omamori folder made or found), keeps it, and uploads the vault
   * at once. A second connect while one is under way gets the first one's answer.
   */
  function connect(config: WebDavConfig): Promise<WebDavResult<Connected>> {
    connecting ??= connectOnce(config).finally(() => (connecting = null));
    return connecting;
  }

  async function connectOnce(config: WebDavConfig): Promise<WebDavResult<Connected>> {
    const url = checkWebDavUrl(config.url);
    if (!url.ok) return url;
    const normalized = { ...config, url: url.value.href };
    const prepared = await destination(normalized).prepare();
    if (!prepared.ok) return prepared;
    await deps.vault.setSecret(SECRET_ID, normalized);
    await deps.record.setValue(null);
    await deps.alarms.clear(WEBDAV_CATCH_UP_ALARM);
    const first = await catchUp();
    if (first.kind === 'failed')
      return { ok: true, value: { uploaded: false, reason: first.reason, retryAt: first.retryAt } };
    return { ok: true, value: { uploaded: true } };
  }

  async function disconnect(): Promise<void> {
    await deps.vault.setSecret(SECRET_ID, null);
    await deps.record.setValue(null);
    await deps.alarms.clear(WEBDAV_CATCH_UP_ALARM);
  }

  /** The connection as the options page may show it: never the password. */
  async function settings(): Promise<{ url: string; user: string } | null> {
    const config = await stored();
    return config && { url: config.url, user: config.user };
  }

  // One run at a time; a call during a run makes one more run after it (a change may have
  // landed after the running one read the vault).
  let running: Promise<CatchUp> | null = null;
  let again: Promise<CatchUp> | null = null;

  /** Uploads the vault when the folder lacks its latest change; schedules the next try when that fails. */
  function catchUp(): Promise<CatchUp> {
    if (!running) {
      running = catchUpOnce().finally(() => (running = null));
      return running;
    }
    again ??= running.then(
      () => {
        again = null;
        return catchUp();
      },
      () => {
        again = null;
        return catchUp();
      },
    );
    return again;
  }

  async function catchUpOnce(): Promise<CatchUp> {
    let revision: number;
    try {
      revision = (await deps.vault.identity()).revision;
    } catch (error) {
      // Locked: nothing can be sealed now; the unlock runs this again.
      if (error instanceof VaultError) return { kind: 'locked' };
      throw error;
    }
    const config = await stored();
    if (!config) return { kind: 'not-connected' };
    const previous = await deps.record.getValue();
    if (previous && previous.failure === null && previous.revision === revision) return { kind: 'up-to-date' };
    const { text, accounts } = await deps.backup();
    const upload = await destination(config).upload(text);
    if (upload.ok) {
      await deps.alarms.clear(WEBDAV_CATCH_UP_ALARM);
      await deps.record.setValue({
        at: deps.now(),
        written: accounts.map(({ id, updatedAt }) => ({ id, updatedAt })),
        revision,
        failure: null,
        retry: null,
      });
      return { kind: 'uploaded', filename: upload.value.filename };
    }
    const failures = (previous?.retry?.failures ?? 0) + 1;
    const retryAt = retriedLater(upload.reason) ? deps.now() + catchUpDelayMs(failures) : null;
    if (retryAt === null) await deps.alarms.clear(WEBDAV_CATCH_UP_ALARM);
    else await deps.alarms.create(WEBDAV_CATCH_UP_ALARM, { when: retryAt });
    await deps.record.setValue({
      at: previous?.at ?? null,
      written: previous?.written ?? [],
      ...(previous?.revision === undefined ? {} : { revision: previous.revision }),
      failure: { at: deps.now(), reason: upload.reason },
      retry: { failures, nextAt: retryAt },
    });
    return { kind: 'failed', reason: upload.reason, retryAt };
  }

  /**
   * Omamori's backups there (the stored connection, or one typed on a new browser). With the
   * stored one, each is opened with the vault key: its sealed time and whether it is older
   * than this vault, newest first by that time; a file that does not open says so.
   */
  async function list(config?: WebDavConfig): Promise<WebDavResult<WebDavBackup[]>> {
    const connection = config ?? (await stored());
    if (!connection) return { ok: false, reason: 'invalid-config' };
    const listed = await destination(connection).list();
    if (!listed.ok || config) return listed;
    const { vaultId, revision } = await deps.vault.identity();
    const vaultKey = onceKey();
    const dated: WebDavBackup[] = [];
    for (const backup of listed.value) {
      const sealed = await sealedOf(backup, () => read(backup.filename), vaultKey);
      dated.push({
        ...backup,
        sealed: sealed && {
          createdAt: sealed.createdAt,
          revision: sealed.revision,
          older: sealed.vaultId === vaultId && sealed.revision < revision,
        },
      });
    }
    const time = (backup: WebDavBackup) => backup.sealed?.createdAt ?? -Infinity;
    return { ok: true, value: dated.sort((a, b) => time(b) - time(a) || b.at - a.at) };
  }

  async function read(filename: string, config?: WebDavConfig): Promise<WebDavResult<string>> {
    const connection = config ?? (await stored());
    return connection ? destination(connection).read(filename) : { ok: false, reason: 'invalid-config' };
  }

  return { connect, disconnect, settings, catchUp, list, read };
}

export type WebDavService = ReturnType<typeof webDavService>;

/** Where the WebDAV destination stands against the vault, when one is set up. */
export async function webdavStatus(
  webdav: WebDavService,
  vault: Vault,
  record: WebDavRecord | null,
): Promise<WebDavStatus | null> {
  const settings = await webdav.settings();
  if (!settings) return null;
  const status = await destinationStatus(vault, record);
  // A folder that lacks nothing is not behind, whatever the last try said.
  const behind = status.missing.length > 0 || status.at === null || record?.failure != null;
  return { ...settings, ...status, retryAt: behind ? (record?.retry?.nextAt ?? null) : null };
}
