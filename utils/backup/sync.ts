import type { Preference } from '../preference';
import { openBackupEntries, writeBackup } from './format';
import type { Account } from '../otp/account';
import { validateAccount } from '../otp/validate';
import type { RandomBytes } from '../vault/crypto';
import { WrongPasswordError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import {
  fitsSyncQuota,
  fromSyncItems,
  toSyncItems,
  type SyncItems,
  type SyncManifest,
  type Tombstone,
} from './sync-chunks';
import { mergeSync } from './sync-merge';
import type { WrittenRecord } from './status';

/** `storage.sync`, as the service needs it (tests give it a map, or another profile's copy). */
export interface SyncArea {
  get(): Promise<SyncItems>;
  set(items: SyncItems): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** What the last sync did: when it wrote, which accounts (id and version) are in the copy, why it failed. */
export interface SyncRecord extends WrittenRecord<SyncFailure> {
  readonly total: number;
}

/** Why the sync copy was not written: a copy of another vault is there, or half of one. */
export type SyncFailure = 'other-vault' | 'incomplete' | 'newer-format' | 'corrupt' | 'quota' | 'write-failed';

export interface SyncDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly randomBytes: RandomBytes;
  readonly area: SyncArea;
  /**
   * Not secret: the ids this browser last saw in the sync copy (one missing here was deleted
   * here, not added there), and the deletions it knows of.
   */
  readonly state: Preference<SyncState>;
  readonly record: Preference<SyncRecord | null>;
}

type SyncedAccount = Account;

export interface SyncState {
  readonly known: readonly string[];
  readonly tombstones: readonly Tombstone[];
}

/** Entries of a sync copy that are whole accounts with an id and times; the rest is skipped. */
function syncedAccounts(entries: readonly unknown[]): SyncedAccount[] {
  return entries.flatMap((entry) => {
    const check = validateAccount(entry);
    if (!check.ok || typeof entry !== 'object' || entry === null) return [];
    const { id, createdAt, updatedAt } = entry as Record<string, unknown>;
    if (
      typeof id !== 'string' ||
      id.length > 64 ||
      !Number.isSafeInteger(createdAt) ||
      !Number.isSafeInteger(updatedAt)
    )
      return [];
    return [{ ...check.value, id, createdAt: createdAt as number, updatedAt: updatedAt as number }];
  });
}

const versions = (accounts: readonly SyncedAccount[]) =>
  accounts.map(({ id, updatedAt }) => ({ id, updatedAt })).sort((a, b) => a.id.localeCompare(b.id));

/**
 * The encrypted backup kept in the browser's own sync storage, so that another computer
 * signed in to the same browser account has it: written after each change (debounced by
 * the caller), merged with what another browser wrote there, and offered to a new browser.
 */
export function syncService(deps: SyncDeps) {
  async function fail(reason: SyncFailure): Promise<void> {
    const record = await deps.record.getValue();
    await deps.record.setValue({ at: null, written: [], total: 0, ...record, failure: { at: deps.now(), reason } });
  }

  /** The other browser's accounts and deletions, when the copy there is this vault's. */
  async function remoteSide(
    items: SyncItems,
    vaultKey: Uint8Array,
  ): Promise<{ accounts: SyncedAccount[]; tombstones: readonly Tombstone[] } | SyncFailure | null> {
    const read = await fromSyncItems(items);
    if (!read.ok) return read.reason === 'none' ? null : read.reason;
    try {
      const { entries } = await openBackupEntries(read.text, { vaultKey });
      return { accounts: syncedAccounts(entries), tombstones: read.manifest.tombstones };
    } catch (error) {
      return error instanceof WrongPasswordError ? 'other-vault' : 'corrupt';
    }
  }

  /** Merges with the copy there, then writes this vault's (when it differs). */
  async function syncNow(): Promise<void> {
    const { envelope, vaultKey } = await deps.vault.backupMaterial();
    const items = await deps.area.get();
    const remote = await remoteSide(items, vaultKey);
    if (typeof remote === 'string') return fail(remote);
    const state = await deps.state.getValue();
    const merge = mergeSync({
      local: await deps.vault.accounts(),
      remote: remote?.accounts ?? [],
      tombstones: [...(remote?.tombstones ?? []), ...state.tombstones],
      known: new Set(state.known),
      now: deps.now(),
    });
    await deps.vault.applySync(merge);
    const accounts = await deps.vault.accounts();
    const unchanged =
      remote !== null &&
      JSON.stringify(versions(remote.accounts)) === JSON.stringify(versions(accounts)) &&
      JSON.stringify(remote.tombstones) === JSON.stringify(merge.tombstones);
    if (unchanged) return record(accounts, accounts.length, merge.tombstones);
    const { text, count } = await fittingCopy(envelope, vaultKey, accounts);
    if (count === 0 && accounts.length > 0) return fail('quota');
    const manifest: Omit<SyncManifest, 'format' | 'version' | 'chunks'> = {
      createdAt: deps.now(),
      count,
      total: accounts.length,
      tombstones: merge.tombstones,
    };
    const { items: next, stale } = await toSyncItems(text, manifest, Object.keys(items));
    try {
      await deps.area.set(next);
      if (stale.length) await deps.area.remove(stale);
    } catch {
      return fail('write-failed');
    }
    await record(accounts.slice(0, count), accounts.length, merge.tombstones);
  }

  async function record(
    written: readonly SyncedAccount[],
    total: number,
    tombstones: readonly Tombstone[],
  ): Promise<void> {
    await deps.state.setValue({ known: written.map((account) => account.id), tombstones });
    await deps.record.setValue({ at: deps.now(), written: versions(written), total, failure: null });
  }

  /** The backup text of the most accounts (in the person's order) that fit the quota. */
  async function fittingCopy(
    envelope: Parameters<typeof writeBackup>[0],
    vaultKey: Uint8Array,
    accounts: readonly SyncedAccount[],
  ) {
    const textOf = async (count: number) =>
      JSON.stringify(
        await writeBackup(envelope, vaultKey, accounts.slice(0, count), new Date(deps.now()), deps.randomBytes),
      );
    let text = await textOf(accounts.length);
    if (fitsSyncQuota(text.length)) return { text, count: accounts.length };
    let [low, high] = [0, accounts.length];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fitsSyncQuota((await textOf(middle)).length)) low = middle;
      else high = middle - 1;
    }
    text = await textOf(low);
    return { text, count: low };
  }

  /** A new browser: what the sync copy holds, read from its plain manifest (no password). */
  async function offer(): Promise<{ count: number; createdAt: number } | null> {
    const read = await fromSyncItems(await deps.area.get());
    return read.ok ? { count: read.manifest.count, createdAt: read.manifest.createdAt } : null;
  }

  /** A new browser takes the sync copy's vault: its key, accounts and ids, under the password that opens it. */
  async function restore(password: string): Promise<{ added: number } | SyncFailure | 'wrong-password'> {
    const read = await fromSyncItems(await deps.area.get());
    if (!read.ok) return read.reason === 'none' ? 'incomplete' : read.reason;
    let opened: Awaited<ReturnType<typeof openBackupEntries>>;
    try {
      opened = await openBackupEntries(read.text, { password }, deps.vault.derive);
    } catch (error) {
      return error instanceof WrongPasswordError ? 'wrong-password' : 'corrupt';
    }
    const accounts = syncedAccounts(opened.entries);
    await deps.vault.adopt(password, opened.vaultKey, accounts);
    await record(accounts, accounts.length, read.manifest.tombstones);
    return { added: accounts.length };
  }

  return { syncNow, offer, restore };
}
