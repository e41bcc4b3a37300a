import type { Preference } from '../preference';
import { compareBackup } from './check';
import { FormatError, type FormatErrorCode } from '../formats/errors';
import { backupFilename, readBackup, writeBackup, type OpenedBackup } from './format';
import type { BackupFileFailure, BackupStatus, Result, SyncStatus, WebDavStatus } from '../messaging/protocol';
import { retain } from './retention';
import { debounced } from './schedule';
import { holdsEverything, remindOnlyHere } from './status';
import { nameOf, type Account } from '../otp/account';
import { accountRecoveryReady } from '../sites/recovery';
import type { RandomBytes } from '../vault/crypto';
import { WrongPasswordError } from '../vault/errors';
import type { Argon2idDerive } from '../vault/kdf';
import type { Vault } from '../vault/vault';
import { admitArrivals, boundSitesBut } from '../background/account-sites';
import { fail, ok, settle, whenOpen, type Handlers } from '../background/handlers';

export interface BackupRecord {
  readonly at: number;
  readonly accountIds: readonly string[];
}

export interface BackupDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly randomBytes: RandomBytes;
  /** Writes a file into the person's downloads (`Omamori/…`); its download id. */
  readonly save: (filename: string, json: string) => Promise<number>;
  /** Deletes one of Omamori's own downloads. */
  readonly remove: (downloadId: number) => Promise<void>;
  /** The automatic backups written so far, with when each was written (older records: bare ids). */
  readonly automaticDownloads: Preference<AutomaticDownload[]>;
  readonly record: Preference<BackupRecord | null>;
  /** The toolbar badge: on while some account is in no backup. */
  readonly warn: (on: boolean) => Promise<void>;
  /** The sync copy's standing (see utils/backup/sync-handlers.ts). */
  readonly syncStatus: () => Promise<SyncStatus>;
  /** The WebDAV destination's standing, when one is set up. */
  readonly webdavStatus: () => Promise<WebDavStatus | null>;
}

/**
 * One of Omamori's own automatic backups in the downloads folder: its download id and when it
 * was written. A bare id is a record from before backups were kept by age (time unknown).
 */
export type AutomaticDownload = { readonly id: number; readonly at: number } | number;

const AUTO_BACKUP_DELAY_MS = 2_000;

/**
 * Backups in the person's own storage: written automatically a moment after every change
 * (no password needed), by hand on request, and restored on a fresh browser.
 */
export function backupService(deps: BackupDeps) {
  async function backupJson(): Promise<{ json: string; ids: string[]; at: Date; accounts: Account[] }> {
    const { envelope, vaultKey, contents } = await deps.vault.backupMaterial();
    const at = new Date(deps.now());
    const file = await writeBackup(envelope, vaultKey, contents, at, deps.randomBytes);
    const { accounts } = contents;
    return {
      json: JSON.stringify(file, null, 2),
      ids: accounts.map((account) => account.id),
      at,
      accounts: [...accounts],
    };
  }

  /** The vault's backup file now, for another destination (WebDAV). */
  async function currentBackup(): Promise<{ text: string; accounts: Account[] }> {
    const { json, accounts } = await backupJson();
    return { text: json, accounts };
  }

  async function backUpNow(): Promise<void> {
    const { json, ids, at } = await backupJson();
    const downloadId = await deps.save(`Omamori/${backupFilename(at)}`, json);
    await deps.record.setValue({ at: at.getTime(), accountIds: ids });
    await rotate({ id: downloadId, at: at.getTime() });
  }

  /**
   * Keeps the automatic backups by age (retention.ts); a file the person exported is never
   * among these ids, so it is never deleted. A record without a time (written before) counts
   * as written now: kept a day, then the newest of them stays as that day's.
   */
  async function rotate(written: { id: number; at: number }): Promise<void> {
    const now = deps.now();
    const recorded = (await deps.automaticDownloads.getValue())
      .map((entry) => (typeof entry === 'number' ? { id: entry, at: now } : entry))
      .filter(({ id }) => id !== written.id);
    const backups = [written, ...recorded];
    const { keep, remove } = retain(
      backups.map(({ id, at }) => ({ key: id, at })),
      now,
    );
    const kept = new Set(keep.map(({ key }) => key));
    await deps.automaticDownloads.setValue(backups.filter(({ id }) => kept.has(id)));
    for (const old of remove) await deps.remove(old).catch(() => undefined);
  }

  async function refreshWarning(): Promise<void> {
    const status = await handlers.backupStatus(undefined);
    await deps.warn(status.ok && (status.value.notBackedUp.length > 0 || status.value.onlyHereReminder));
  }

  /** After a change: warn at once, wait for the burst to settle, then write one backup. */
  const backUpSoon = debounced(AUTO_BACKUP_DELAY_MS, () => backUpNow().then(refreshWarning, () => undefined));

  function scheduleAutomaticBackup(): void {
    void refreshWarning().catch(() => undefined);
    backUpSoon();
  }

  const handlers: Handlers<'exportBackup' | 'restoreBackup' | 'checkBackup' | 'backupStatus' | 'setBackupPassword'> = {
    exportBackup: () =>
      whenOpen(async () => {
        const { json, at } = await backupJson();
        return ok({ filename: backupFilename(at), json });
      }),

    restoreBackup: ({ text, password }) =>
      withBackup(text, password, deps.vault.derive, async ({ accounts, failed }) => {
        // A fresh browser: the backup's password becomes the new vault's.
        if ((await deps.vault.state()) === 'uninitialized') await deps.vault.create(password);
        // A file's sites are a claim like any other: they pass the bind policy first.
        const admitted = admitArrivals(accounts, await boundSitesBut(deps.vault));
        const { added, duplicates } = await deps.vault.addMany(admitted.accounts);
        return ok({
          added: added.length,
          duplicates: duplicates.length,
          failed: failed.map((entry) => entry.name),
          unbound: admitted.unbound,
        });
      }),

    checkBackup: ({ text, password }) =>
      withBackup(text, password, deps.vault.derive, async (backup) =>
        ok({
          createdAt: backup.createdAt.getTime(),
          count: backup.accounts.length,
          older: await isOlder(deps.vault, backup),
          ...compareBackup(backup.accounts, await deps.vault.accounts(), deps.now()),
        }),
      ),

    setBackupPassword: ({ vaultPassword, backupPassword }) =>
      settle(['locked', 'wrong-password', 'weak-password'], () =>
        deps.vault.setBackupPassword(vaultPassword, backupPassword).then(() => null),
      ),

    backupStatus: (): Promise<Result<BackupStatus, 'locked'>> =>
      whenOpen(async () => {
        const accounts = await deps.vault.accounts();
        const record = await deps.record.getValue();
        const backedUp = new Set(record?.accountIds ?? []);
        const sync = await deps.syncStatus();
        const webdav = await deps.webdavStatus();
        return ok({
          lastBackupAt: record?.at ?? null,
          notBackedUp: accounts.filter((account) => !backedUp.has(account.id)).map(nameOf),
          separatePassword: await deps.vault.hasSeparateBackupPassword(),
          sync,
          webdav,
          offComputer: holdsEverything(sync) || holdsEverything(webdav),
          onlyHereReminder: remindOnlyHere(deps.now(), sync, webdav),
          recovery: {
            ready: accounts.filter(accountRecoveryReady).length,
            total: accounts.length,
          },
        });
      }),
  };

  return { handlers, scheduleAutomaticBackup, currentBackup };
}

/** Whether `backup` is of this vault and older than what it holds: the authenticated revision decides, never a date or a name. */
async function isOlder(vault: Vault, backup: OpenedBackup): Promise<boolean> {
  const { vaultId, revision } = await vault.identity();
  return backup.vaultId === vaultId && backup.revision !== null && backup.revision < revision;
}

/** Opens a backup file, then does `work` with the open vault; a bad file or password says which. */
async function withBackup<T>(
  text: string,
  password: string,
  derive: Argon2idDerive,
  work: (backup: OpenedBackup) => Promise<Result<T, BackupFileFailure>>,
): Promise<Result<T, BackupFileFailure>> {
  let backup: OpenedBackup;
  try {
    backup = await readBackup(text, password, derive);
  } catch (error) {
    if (error instanceof WrongPasswordError) return fail('wrong-password');
    if (error instanceof FormatError) return fail(backupFileFailure(error.code));
    throw error;
  }
  return whenOpen(() => work(backup));
}

/** A backup reader's refusal as the pages are told it; what a backup cannot be is `corrupt`. */
function backupFileFailure(code: FormatErrorCode): Exclude<BackupFileFailure, 'locked'> {
  if (code === 'needs-password' || code === 'invalid-migration') return 'corrupt';
  return code;
}
