import type { Preference } from '../preference';
import type { Account } from '../otp/account';
import type { Vault } from '../vault/vault';
import type { WrittenRecord } from './status';
import { webDavDestination, type WebDavBackup } from './webdav-destination';
import { checkWebDavUrl, type Fetch, type WebDavConfig, type WebDavFailure, type WebDavResult } from './webdav';

/** What the last upload did: when it landed, which account versions it held, why it failed. */
export type WebDavRecord = WrittenRecord<WebDavFailure>;

export interface WebDavServiceDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly fetch: Fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly record: Preference<WebDavRecord | null>;
  /** The encrypted backup file of the vault now, and the accounts in it. */
  readonly backup: () => Promise<{ text: string; accounts: readonly Account[] }>;
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

/**
 * The person's WebDAV storage as a backup destination: the connection (with its app
 * password) kept encrypted in the vault, an upload after each change (debounced by the
 * caller, retried with backoff), and the backups there listed and read for a restore.
 */
export function webDavService(deps: WebDavServiceDeps) {
  const destination = (config: WebDavConfig) =>
    webDavDestination(config, { fetch: deps.fetch, now: deps.now, sleep: deps.sleep });
  const stored = async () => configOf(await deps.vault.secret(SECRET_ID));

  /** Checks the connection (the Omamori folder made or found), then keeps it. */
  async function connect(config: WebDavConfig): Promise<WebDavResult<'existed' | 'created'>> {
    const url = checkWebDavUrl(config.url);
    if (!url.ok) return url;
    const normalized = { ...config, url: url.value.href };
    const prepared = await destination(normalized).prepare();
    if (prepared.ok) {
      await deps.vault.setSecret(SECRET_ID, normalized);
      await deps.record.setValue(null);
    }
    return prepared;
  }

  async function disconnect(): Promise<void> {
    await deps.vault.setSecret(SECRET_ID, null);
    await deps.record.setValue(null);
  }

  /** The connection as the options page may show it: never the password. */
  async function settings(): Promise<{ url: string; user: string } | null> {
    const config = await stored();
    return config && { url: config.url, user: config.user };
  }

  /** Writes the vault's backup there; a failure is recorded and changes nothing here. */
  async function uploadNow(): Promise<void> {
    const config = await stored();
    if (!config) return;
    const { text, accounts } = await deps.backup();
    const upload = await destination(config).upload(text);
    const previous = await deps.record.getValue();
    await deps.record.setValue(
      upload.ok
        ? { at: deps.now(), written: accounts.map(({ id, updatedAt }) => ({ id, updatedAt })), failure: null }
        : {
            at: previous?.at ?? null,
            written: previous?.written ?? [],
            failure: { at: deps.now(), reason: upload.reason },
          },
    );
  }

  /** Omamori's backups there (the stored connection, or one typed on a new browser). */
  async function list(config?: WebDavConfig): Promise<WebDavResult<WebDavBackup[]>> {
    const connection = config ?? (await stored());
    return connection ? destination(connection).list() : { ok: false, reason: 'invalid-config' };
  }

  async function read(filename: string, config?: WebDavConfig): Promise<WebDavResult<string>> {
    const connection = config ?? (await stored());
    return connection ? destination(connection).read(filename) : { ok: false, reason: 'invalid-config' };
  }

  return { connect, disconnect, settings, uploadNow, list, read };
}

export type WebDavService = ReturnType<typeof webDavService>;
