import type { Preference } from '../preference';
import { backupFilename, writeBackup } from './format';
import { retain } from './retention';
import { debounced } from './schedule';
import { holdsEverything, remindOnlyHere } from './status';
import type { SyncStatus } from './sync';
import type { WebDavStatus } from './webdav-service';
import { nameOf, type Account, type AccountName } from '../otp/account';
import { accountRecoveryReady } from '../sites/recovery';
import type { RandomBytes } from '../vault/crypto';
import { isClosedVault } from '../vault/errors';
import type { Vault } from '../vault/vault';

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
  /** The sync copy's standing (`syncStatus` in utils/backup/sync.ts). */
  readonly syncStatus: () => Promise<SyncStatus>;
  /** The WebDAV destination's standing, when one is set up. */
  readonly webdavStatus: () => Promise<WebDavStatus | null>;
}

/**
 * One of Omamori's own automatic backups in the downloads folder: its download id and when it
 * was written. A bare id is a record from before backups were kept by age (time unknown).
 */
export type AutomaticDownload = { readonly id: number; readonly at: number } | number;

/** Where the backups stand: what the options page shows, and what the toolbar badge warns of. */
export interface BackupStatus {
  readonly lastBackupAt: number | null;
  /** Accounts in no backup yet. */
  readonly notBackedUp: readonly AccountName[];
  /** Backups open with a password of their own rather than the vault's. */
  readonly separatePassword: boolean;
  /** The copy in the browser's sync storage: the one that leaves this computer. */
  readonly sync: SyncStatus;
  readonly webdav: WebDavStatus | null;
  /** Every account's latest version is somewhere off this computer. */
  readonly offComputer: boolean;
  /** Some change has stayed on this computer alone for over a week. */
  readonly onlyHereReminder: boolean;
  /** Accounts whose recovery codes or exchange kit are written down, of all. */
  readonly recovery: { readonly ready: number; readonly total: number };
}

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

  /** The vault's backup file now, to save where the person chooses. */
  async function backupFile(): Promise<{ filename: string; json: string }> {
    const { json, at } = await backupJson();
    return { filename: backupFilename(at), json };
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

  /** Where the backups stand; throws the vault's error while it is locked. */
  async function status(): Promise<BackupStatus> {
    const accounts = await deps.vault.accounts();
    const record = await deps.record.getValue();
    const backedUp = new Set(record?.accountIds ?? []);
    const sync = await deps.syncStatus();
    const webdav = await deps.webdavStatus();
    return {
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
    };
  }

  /** The badge is on while some account is in no backup, or a change is here alone; off while locked. */
  async function refreshWarning(): Promise<void> {
    const current = await status().catch((error: unknown) => {
      if (isClosedVault(error)) return null;
      throw error;
    });
    await deps.warn(current !== null && (current.notBackedUp.length > 0 || current.onlyHereReminder));
  }

  /** After a change: warn at once, wait for the burst to settle, then write one backup. */
  const backUpSoon = debounced(AUTO_BACKUP_DELAY_MS, () => backUpNow().then(refreshWarning, () => undefined));

  function scheduleAutomaticBackup(): void {
    void refreshWarning().catch(() => undefined);
    backUpSoon();
  }

  return { scheduleAutomaticBackup, currentBackup, backupFile, status };
}

export type BackupService = ReturnType<typeof backupService>;
