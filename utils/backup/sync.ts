import type { Preference } from '../preference';
import { openBackup, writeBackup, type OpenedContents } from './format';
import type { RandomBytes } from '../vault/crypto';
import { WrongPasswordError } from '../vault/errors';
import type { KeyEnvelope } from '../vault/header';
import type { Vault } from '../vault/vault';
import type { VaultContents } from '../vault/versions';
import { FormatError } from '../formats/errors';
import { fitsSyncQuota, fromSyncItems, toSyncItems, type SyncItems, type SyncRead } from './sync-chunks';
import { mergeVaults } from './sync-merge';
import { destinationStatus, type DestinationStatus, type WrittenRecord } from './status';
import { nameOf, type AccountName } from '../otp/account';

/** `storage.sync`, as the service needs it (tests give it a map, or another profile's copy). */
export interface SyncArea {
  get(): Promise<SyncItems>;
  set(items: SyncItems): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** What the last sync did: when it wrote, which accounts (id and version) are in the copy, why it failed. */
export interface SyncRecord extends WrittenRecord<SyncFailure> {
  readonly total: number;
  /**
   * Accounts a merge took without sites the bind policy refused here, by id and the version
   * that dropped them (no name or site: this record is not encrypted); reported while that
   * version stands.
   */
  readonly sitesLeftOut?: readonly { readonly id: string; readonly updatedAt: number }[];
}

/**
 * Why the sync copy was not written: a copy of another vault is there (the person
 * chooses), this vault's under a key changed on another browser (its new password is
 * asked), half of one still arriving, a newer Omamori's, or the storage refused.
 */
export type SyncFailure = 'other-vault' | 'new-key' | 'incomplete' | 'newer-format' | 'quota' | 'write-failed';

/** The sync copy against the vault; `missing`: accounts whose latest version is not in it (the quota, or not written yet). */
export type SyncStatus = DestinationStatus<SyncFailure> & {
  /** Accounts a merge took from the copy without sites that imitate others (see sync-admit). */
  readonly sitesLeftOut?: readonly AccountName[];
};

export interface SyncDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly randomBytes: RandomBytes;
  readonly area: SyncArea;
  /** Not secret: each account's revision this browser last saw in the copy (the merge's base). */
  readonly state: Preference<SyncState>;
  readonly record: Preference<SyncRecord | null>;
}

export interface SyncState {
  readonly base: Readonly<Record<string, number>>;
  /** Since when the copy has been seen incomplete (its chunks still arriving, or never to). */
  readonly incompleteSince?: number;
}

/**
 * A copy whose chunks have not all arrived for this long will not: it is replaced. Chrome
 * and Firefox sync deliver a write's items within seconds to minutes of each other.
 */
export const INCOMPLETE_DEADLINE_MS = 30 * 60_000;

/** The reports of sites left out whose version still stands in `contents`. */
function standing(
  reports: SyncRecord['sitesLeftOut'],
  contents: VaultContents,
): { readonly id: string; readonly updatedAt: number }[] {
  const now = new Map(contents.accounts.map(({ id, updatedAt }) => [id, updatedAt]));
  return (reports ?? []).filter(({ id, updatedAt }) => now.get(id) === updatedAt);
}

/** The sync destination against the vault now, with the accounts a merge took without some sites. */
export async function syncStatus(vault: Vault, record: SyncRecord | null): Promise<SyncStatus> {
  const status = await destinationStatus(vault, record);
  const reports = record?.sitesLeftOut ?? [];
  if (!reports.length) return status;
  const accounts = await vault.accounts();
  const sitesLeftOut = accounts
    .filter((account) => reports.some(({ id, updatedAt }) => id === account.id && updatedAt === account.updatedAt))
    .map(nameOf);
  return { ...status, sitesLeftOut };
}

/** The copy there, as the merge needs it: opened, nothing to merge with, or why not to write. */
type RemoteSide =
  { readonly contents: VaultContents | null; readonly underOldKey?: true } | { readonly failure: SyncFailure };

/**
 * The encrypted backup kept in the browser's own sync storage, so that another computer
 * signed in to the same browser account has it: merged with what another browser wrote
 * there (three-way, see sync-merge), then written after each change (debounced by the
 * caller), and offered to a new browser.
 */
export function syncService(deps: SyncDeps) {
  async function fail(reason: SyncFailure): Promise<void> {
    const record = await deps.record.getValue();
    await deps.record.setValue({ at: null, written: [], total: 0, ...record, failure: { at: deps.now(), reason } });
  }

  /** The other browser's contents when the copy is this vault's under this key; else what to do. */
  async function remoteSide(read: SyncRead, vaultKey: Uint8Array, state: SyncState): Promise<RemoteSide> {
    if (!read.ok) {
      if (read.reason === 'newer-format') return { failure: 'newer-format' };
      const stuck =
        read.reason === 'incomplete' && deps.now() - (state.incompleteSince ?? deps.now()) < INCOMPLETE_DEADLINE_MS;
      // Nothing there, damage, or a set that never completed: this vault's copy replaces it.
      return stuck ? { failure: 'incomplete' } : { contents: null };
    }
    const { vaultId, keyId, retiredKeys } = await deps.vault.identity();
    const { manifest } = read;
    if (manifest.version === 2 && manifest.vaultId !== vaultId) return { failure: 'other-vault' };
    // Sealed under a key this vault had before its password changed: read with that key and
    // merged (it may hold another browser's changes, or a row damaged here since), then
    // written under the current one.
    const retired = manifest.keyId !== null && retiredKeys.includes(manifest.keyId);
    if (manifest.keyId !== null && manifest.keyId !== keyId && !retired) return { failure: 'new-key' };
    const key = retired ? await deps.vault.retiredKey(manifest.keyId) : vaultKey;
    if (!key) return { contents: null };
    try {
      const { contents } = await openBackup(read.text, { vaultKey: key });
      return retired ? { contents, underOldKey: true } : { contents };
    } catch (error) {
      // An older Omamori's copy under another key: another vault, for all it can tell.
      if (error instanceof WrongPasswordError)
        return manifest.version === 1 ? { failure: 'other-vault' } : { contents: null };
      if (error instanceof FormatError) return { contents: null };
      throw error;
    }
  }

  /** Merges with the copy there, then writes this vault's (when it differs). */
  async function syncNow(): Promise<void> {
    await deps.vault.purge();
    const { vaultKey, contents } = await deps.vault.backupMaterial();
    const items = await deps.area.get();
    const read = await fromSyncItems(items);
    const state = await deps.state.getValue();
    await noteIncomplete(read, state);
    const remote = await remoteSide(read, vaultKey, state);
    if ('failure' in remote) return fail(remote.failure);
    const { merged, remoteCurrent, refusals } = mergeVaults({
      local: contents,
      damaged: new Set((await deps.vault.damagedRows()).map((row) => row.id)),
      remote: remote.contents,
      base: new Map(Object.entries(state.base)),
      now: deps.now(),
    });
    // Changed here while the copy was read: that change's own sync merges again.
    if ((await deps.vault.applyMerge(merged, contents.revision)) === 'stale') return;
    if (refusals.length) await noteSitesLeftOut(merged, new Set(refusals.map((refusal) => refusal.id)));
    if (remoteCurrent && !remote.underOldKey) return record(merged, merged.accounts.length);
    await write(items);
  }

  async function noteIncomplete(read: SyncRead, state: SyncState): Promise<void> {
    const incomplete = !read.ok && read.reason === 'incomplete';
    if (incomplete === (state.incompleteSince !== undefined)) return;
    const { incompleteSince: _since, ...rest } = state;
    await deps.state.setValue(incomplete ? { ...state, incompleteSince: deps.now() } : rest);
  }

  /** Writes this vault's copy over whatever is there. */
  async function write(existing: SyncItems): Promise<void> {
    const { envelope, vaultKey, contents } = await deps.vault.backupMaterial();
    const { keyId } = await deps.vault.identity();
    const fitted = await fittingCopy(envelope, vaultKey, contents);
    if (!fitted) return fail('quota');
    const { items, stale } = await toSyncItems(
      fitted.text,
      { vaultId: contents.vaultId, keyId },
      Object.keys(existing),
    );
    try {
      await deps.area.set(items);
      if (stale.length) await deps.area.remove(stale);
    } catch {
      return fail('write-failed');
    }
    await record(fitted.written, contents.accounts.length);
  }

  async function record(written: VaultContents, total: number): Promise<void> {
    const entries = [...written.accounts, ...written.trash, ...written.tombstones];
    await deps.state.setValue({ base: Object.fromEntries(entries.map(({ id, rev }) => [id, rev])) });
    const versions = written.accounts.map(({ id, updatedAt }) => ({ id, updatedAt }));
    const sitesLeftOut = standing((await deps.record.getValue())?.sitesLeftOut, written);
    await deps.record.setValue({ at: deps.now(), written: versions, total, failure: null, sitesLeftOut });
  }

  /** Reports the accounts `ids` of `merged` as taken without some of their sites. */
  async function noteSitesLeftOut(merged: VaultContents, ids: ReadonlySet<string>): Promise<void> {
    const record = await deps.record.getValue();
    const noted = merged.accounts.filter((entry) => ids.has(entry.id)).map(({ id, updatedAt }) => ({ id, updatedAt }));
    const sitesLeftOut = [...standing(record?.sitesLeftOut, merged).filter(({ id }) => !ids.has(id)), ...noted];
    await deps.record.setValue({ at: null, written: [], total: 0, failure: null, ...record, sitesLeftOut });
  }

  /**
   * The copy of the most accounts (in the person's order) that fits the quota, with the
   * whole trash and every deletion; null when not even those fit.
   */
  async function fittingCopy(envelope: KeyEnvelope, vaultKey: Uint8Array, contents: VaultContents) {
    const copyOf = async (count: number) => {
      const written = { ...contents, accounts: contents.accounts.slice(0, count) };
      const file = await writeBackup(envelope, vaultKey, written, new Date(deps.now()), deps.randomBytes);
      return { text: JSON.stringify(file), written };
    };
    const whole = await copyOf(contents.accounts.length);
    if (fitsSyncQuota(whole.text.length)) return whole;
    let [low, high] = [-1, contents.accounts.length];
    while (low + 1 < high) {
      const middle = Math.floor((low + high) / 2);
      if (fitsSyncQuota((await copyOf(middle)).text.length)) low = middle;
      else high = middle;
    }
    return low < 0 ? null : copyOf(low);
  }

  /** A new browser: whether the sync copy holds an Omamori vault (its count and date are sealed: shown once opened). */
  async function offer(): Promise<{ present: true } | null> {
    const read = await fromSyncItems(await deps.area.get());
    return read.ok ? { present: true } : null;
  }

  /** The copy opened with a password: its key and contents, or why not. */
  async function openWithPassword(
    password: string,
  ): Promise<OpenedContents | SyncFailure | 'wrong-password' | 'corrupt'> {
    const read = await fromSyncItems(await deps.area.get());
    if (!read.ok)
      return read.reason === 'newer-format' ? 'newer-format' : read.reason === 'none' ? 'incomplete' : read.reason;
    try {
      return await openBackup(read.text, { password }, deps.vault.derive);
    } catch (error) {
      if (error instanceof WrongPasswordError) return 'wrong-password';
      if (error instanceof FormatError) return error.code === 'newer-format' ? 'newer-format' : 'corrupt';
      throw error;
    }
  }

  /**
   * A new browser takes the sync copy's vault: its key, id, accounts, trash and deletions,
   * under the password that opens it. The count and date it answers come from inside the seal.
   */
  async function restore(
    password: string,
  ): Promise<{ added: number; createdAt: number } | SyncFailure | 'wrong-password' | 'corrupt'> {
    const opened = await openWithPassword(password);
    if (typeof opened === 'string') return opened;
    await deps.vault.adopt(password, opened.vaultKey, opened.contents);
    await record(opened.contents, opened.contents.accounts.length);
    return { added: opened.contents.accounts.length, createdAt: opened.createdAt.getTime() };
  }

  /**
   * The password was changed on another browser: the copy is this vault's under a new key.
   * With the new password this browser takes that key (its own changes stay, merged next).
   */
  async function adoptNewKey(password: string): Promise<null | SyncFailure | 'wrong-password' | 'corrupt'> {
    const opened = await openWithPassword(password);
    if (typeof opened === 'string') return opened;
    if (opened.contents.vaultId !== (await deps.vault.identity()).vaultId) return 'other-vault';
    await deps.vault.rekey(password, opened.vaultKey);
    await syncNow();
    return null;
  }

  /** The person chose this vault over the other vault's copy there: it is replaced. */
  async function replaceCopy(): Promise<void> {
    await deps.state.setValue({ base: {} });
    await write(await deps.area.get());
  }

  return { syncNow, offer, restore, adoptNewKey, replaceCopy };
}
