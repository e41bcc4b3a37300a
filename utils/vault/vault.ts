import type { Account, AccountData } from '../otp/account';
import { checkedAccount } from '../otp/validate';
import { forgetCodeCache } from '../otp/codes';
import { KEY_BYTES, decode, encode, importAesKey, keyId, open, sameBytes, seal, type Sealed } from './crypto';
import type { AccountRow, HeaderRow, RetiredKey } from './db';
import { VaultError, WrongPasswordError } from './errors';
import { VAULT_FORMAT_VERSION, unwrapVaultKey, wrapVaultKey, type KeyEnvelope } from './header';
import { isWeakerCost, type Argon2idDerive } from './kdf';
import { byPlace, positionsForMove, type Destination } from './positions';
import { openRow, sealRow } from './rows';
import { resealSecrets, secretContext } from './secrets';
import { serialQueue } from './serial';
import {
  PRF_OUTPUT_BYTES,
  findSlot,
  isKeySlot,
  touchOffer,
  unwrapSlot,
  wrapForSlot,
  type KeySlotRow,
  type TouchOffer,
} from './slots';
import type { VaultDeps } from './deps';
import {
  DAY_MS,
  TOMBSTONE_DAYS,
  TRASH_DAYS,
  type Tombstone,
  type TrashedAccount,
  type VaultContents,
  type VersionedAccount,
} from './versions';

export type { VaultDeps } from './deps';
export type VaultState = 'uninitialized' | 'locked' | 'unlocked';

/** The fields a person edits after adding an account (its place in the list: `move`). */
export type AccountEdit = Partial<
  Pick<AccountData, 'issuer' | 'label' | 'domains' | 'notes' | 'recoveryCodes' | 'recoveryKit' | 'pinned' | 'group'>
>;

export const MIN_PASSWORD_LENGTH = 8;

/** What a row says besides its account: where it sits, its revision, and whether it is a conflict copy. */
interface RowMeta {
  readonly order: number;
  readonly rev: number;
  readonly conflictOf?: string;
}

interface OpenVault {
  readonly vaultKey: Uint8Array;
  readonly key: CryptoKey;
  /** Decrypted accounts by id, in memory of the background only. */
  readonly accounts: Map<string, Account>;
  readonly meta: Map<string, RowMeta>;
  readonly trash: Map<string, TrashedAccount>;
  /** Rows that do not open (tampered, truncated, invalid): listed, removable, never fatal. */
  readonly damaged: Map<string, AccountRow>;
}

/** A row that would not open, as the person sees it: when it was last written. */
export interface DamagedRow {
  readonly id: string;
  readonly updatedAt: number;
}

/** An account from elsewhere (a sync copy, a merge) checked like any other, its id and times kept. */
const checked = (account: Account): Account => ({
  ...checkedAccount(account),
  id: account.id,
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
});
const KEY_CHECK_CONTEXT = 'omamori/key-check/v1';
const KEY_CHECK = encode('omamori vault key');
const VAULT_ID_BYTES = 16;
const RETIRED_KEY_CONTEXT = 'omamori/retired-key/v1';
/** Enough for a browser that missed a few password changes; older copies are long replaced. */
const RETIRED_KEYS_KEPT = 8;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
function accountOf(entry: VersionedAccount | TrashedAccount): Account {
  const { rev: _rev, conflictOf: _conflict, ...rest } = entry;
  if (!('deletedAt' in rest)) return rest;
  const { deletedAt: _deleted, ...account } = rest;
  return account;
}

/**
 * The encrypted vault. Lives in the background only: secrets never leave it except as
 * codes. Every write is one Dexie transaction, and one writer runs at a time (`serial`).
 */
export class Vault {
  private opened: Promise<OpenVault> | undefined;
  /** Raised by every lock: an unlock or a password change begun before it does not reopen the vault. */
  private epoch = 0;
  private readonly serial = serialQueue();
  private readonly lockListeners: (() => void)[] = [];
  private readonly changeListeners: (() => void)[] = [];
  private readonly unlockListeners: (() => void)[] = [];
  private readonly rotationHooks: (() => Promise<void>)[] = [];

  constructor(private readonly deps: VaultDeps) {}

  /** The vault's Argon2id, for the backups it opens with a password (restore, check, sync copy). */
  get derive(): Argon2idDerive {
    return this.deps.derive;
  }

  async state(): Promise<VaultState> {
    if (!(await this.header())) return 'uninitialized';
    if (this.opened) return 'unlocked';
    return (await this.deps.session.load()) ? 'unlocked' : 'locked';
  }

  async create(password: string): Promise<void> {
    if (password.length < MIN_PASSWORD_LENGTH) throw new VaultError('weak-password');
    const vaultKey = this.deps.randomBytes(KEY_BYTES);
    const vaultId = toHex(this.deps.randomBytes(VAULT_ID_BYTES));
    await this.begin(password, vaultKey, { vaultId, revision: 1, accounts: [], trash: [], tombstones: [] });
  }

  /**
   * A new vault on this browser that takes the key, id and contents (ids, times, revisions,
   * trash) of a copy the person opened with its password: the browser's sync copy of
   * another browser's vault, which both can then read and merge.
   */
  async adopt(password: string, vaultKey: Uint8Array, contents: VaultContents): Promise<void> {
    await this.begin(password, vaultKey, contents);
  }

  private async begin(password: string, vaultKey: Uint8Array, contents: VaultContents): Promise<void> {
    const epoch = this.epoch;
    const envelope = await this.wrap(vaultKey, password);
    const keyCheck = await this.keyCheck(vaultKey);
    const key = await importAesKey(vaultKey);
    const live = contents.accounts.map((account, index) => this.sealVersion(key, account, index + 1));
    const trashed = contents.trash.map((account, index) => this.sealVersion(key, account, -index - 1));
    const rows = await Promise.all([...live, ...trashed]);
    const now = this.deps.now();
    const { db } = this.deps;
    await db.transaction('rw', [db.header, db.accounts, db.tombstones, db.slots], async () => {
      if (await db.header.get('vault')) throw new VaultError('already-initialized');
      await db.accounts.clear();
      await db.tombstones.clear();
      await db.slots.clear();
      await db.header.delete('backup');
      await db.header.put({
        id: 'vault',
        formatVersion: VAULT_FORMAT_VERSION,
        ...envelope,
        keyCheck,
        vaultId: contents.vaultId,
        revision: contents.revision,
        createdAt: now,
        updatedAt: now,
        passwordAt: now,
      });
      await db.accounts.bulkAdd(rows);
      await db.tombstones.bulkPut([...contents.tombstones]);
    });
    await this.remember(vaultKey, epoch);
  }

  /** Opens the vault; a wrong password throws WrongPasswordError and changes nothing. */
  async unlock(password: string): Promise<void> {
    const epoch = this.epoch;
    const header = await this.requireHeader();
    const vaultKey = await unwrapVaultKey(header, password, this.deps.derive);
    await this.remember(vaultKey, epoch);
    await this.passwordTyped();
    await this.raiseCost(header, vaultKey, password);
  }

  /** The password was typed and found right: unlock by touch may be offered again for a while. */
  private async passwordTyped(): Promise<void> {
    await this.deps.db.header.update('vault', { passwordAt: this.deps.now() });
  }

  /** The key slots that read back whole, oldest first (a damaged row is skipped, never fatal). */
  async keySlots(): Promise<KeySlotRow[]> {
    return (await this.deps.db.slots.toArray()).filter(isKeySlot).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** What an unlock screen offers now: a touch, or the password and why (`days` between password unlocks). */
  async touchOffer(days: number): Promise<TouchOffer> {
    const header = await this.requireHeader();
    return touchOffer(await this.keySlots(), header.passwordAt, this.deps.now(), days);
  }

  /**
   * Opens the vault with an authenticator's PRF output for `credentialId`: no Argon2 on this
   * path. Refused (`password-due`) when the password is due; `touch-refused` when the output
   * opens no slot, or opens a key that is not the vault's current one.
   */
  async unlockByTouch(credentialId: Uint8Array, prfOutput: Uint8Array, days: number): Promise<void> {
    const epoch = this.epoch;
    const header = await this.requireHeader();
    const slots = await this.keySlots();
    const offer = touchOffer(slots, header.passwordAt, this.deps.now(), days);
    if (offer.kind !== 'touch') throw new VaultError('password-due', offer.why);
    const slot = findSlot(slots, credentialId);
    const vaultKey = slot ? await unwrapSlot(slot, prfOutput) : null;
    if (!vaultKey || !(await this.isCurrentKey(header, vaultKey))) throw new VaultError('touch-refused');
    await this.remember(vaultKey, epoch);
  }

  /**
   * Adds a key slot for a credential just registered, after the vault password (checked
   * here); the open vault's key is wrapped by the PRF output of `prfSalt`. The same
   * credential registered again replaces its slot.
   */
  async addKeySlot(
    password: string,
    slot: Pick<KeySlotRow, 'name' | 'credentialId' | 'prfSalt'>,
    prfOutput: Uint8Array,
  ): Promise<KeySlotRow> {
    // Our pages send whole answers; anything else is a bug, not a slot that opens nothing.
    if (prfOutput.length !== PRF_OUTPUT_BYTES || !slot.credentialId.length || !slot.prfSalt.length)
      throw new Error('not a PRF answer');
    if (!(await this.passwordOpens(password))) throw new WrongPasswordError();
    return this.serial(async () => {
      const vault = await this.open();
      const id = this.deps.newId();
      const row: KeySlotRow = {
        id,
        name: slot.name.trim(),
        credentialId: slot.credentialId,
        prfSalt: slot.prfSalt,
        createdAt: this.deps.now(),
        wrappedKey: await wrapForSlot(vault.vaultKey, { id, prfSalt: slot.prfSalt }, prfOutput, this.deps.randomBytes),
      };
      const same = findSlot(await this.keySlots(), slot.credentialId);
      const { db } = this.deps;
      await db.transaction('rw', db.slots, async () => {
        if (same) await db.slots.delete(same.id);
        await db.slots.add(row);
      });
      await this.passwordTyped();
      return row;
    });
  }

  /** A stale slot (see `rotate`) wraps the current key again, with a new touch of its authenticator. */
  renewKeySlot(credentialId: Uint8Array, prfOutput: Uint8Array): Promise<void> {
    return this.serial(async () => {
      const vault = await this.open();
      const slot = findSlot(await this.keySlots(), credentialId);
      if (!slot) throw new VaultError('not-found', 'key slot');
      const wrappedKey = await wrapForSlot(vault.vaultKey, slot, prfOutput, this.deps.randomBytes);
      await this.deps.db.slots.put({ ...slot, wrappedKey });
    });
  }

  removeKeySlot(id: string): Promise<void> {
    return this.serial(async () => {
      await this.open();
      const { db } = this.deps;
      const removed = await db.transaction('rw', db.slots, async () => {
        if (!(await db.slots.get(id))) return false;
        await db.slots.delete(id);
        return true;
      });
      if (!removed) throw new VaultError('not-found', 'key slot');
    });
  }

  /**
   * A vault wrapped below today's cost (64 MiB × 3 before) is wrapped again at it with the
   * password just typed: the same vault key, so rows, backups and the sync copy stay valid,
   * and older backups keep opening at their own cost. Once (about the old cost plus the new,
   * still inside the unlock budget); should it fail, the old wrap still opens and the next
   * unlock tries again. The separate backup password's wrap is raised when it is next set.
   */
  private async raiseCost(header: HeaderRow, vaultKey: Uint8Array, password: string): Promise<void> {
    if (!isWeakerCost(header.kdf, this.deps.kdfCost)) return;
    try {
      const envelope = await this.wrap(vaultKey, password);
      const raised = await this.serial(() =>
        this.deps.db.transaction('rw', this.deps.db.header, async () => {
          const current = await this.deps.db.header.get('vault');
          // A password changed meanwhile wrapped another key: that one stands.
          if (!current || !sameBytes(current.wrappedKey.ciphertext, header.wrappedKey.ciphertext)) return false;
          await this.deps.db.header.put({ ...current, ...envelope, updatedAt: this.deps.now() });
          return true;
        }),
      );
      // The next automatic backup and the sync copy carry the stronger wrap.
      if (raised) this.changed();
    } catch {
      // Nothing lost: the vault is open and the old wrap still opens it.
    }
  }

  private wrap(vaultKey: Uint8Array, password: string): Promise<KeyEnvelope> {
    return wrapVaultKey(vaultKey, password, this.deps.kdfCost, this.deps.randomBytes, this.deps.derive);
  }

  async lock(): Promise<void> {
    this.epoch += 1;
    this.opened = undefined;
    forgetCodeCache();
    for (const listener of this.lockListeners) listener();
    await this.deps.session.clear();
  }

  /** Told after every change of accounts or password (the automatic backup listens). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  /** Told when the vault opens with the password (the sync copy catches up then). */
  onUnlock(listener: () => void): void {
    this.unlockListeners.push(listener);
  }

  /**
   * Work to finish under the current key before a password change discards it: the sync copy
   * is merged first, since after the change this browser can no longer read a copy under the
   * old key. A hook that fails does not stop the change.
   */
  beforeRotation(hook: () => Promise<void>): void {
    this.rotationHooks.push(hook);
  }

  /** Whatever else holds plain account data (a pending scan) lets go of it on lock. */
  onLock(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  /**
   * Rotates the vault key: a new random key wrapped under the new password, every row (and
   * the trash) sealed again under it, in one transaction — stopped midway, the old vault
   * and password stand. It holds the writer queue from its snapshot to its commit, so no
   * write lands under the discarded key. Backups written before keep opening with the
   * password they were made with; an old backup and the old password open nothing written
   * after. A separate backup password wrapped the old key, so it goes; the answer says so.
   */
  async changePassword(current: string, next: string): Promise<{ backupPasswordRemoved: boolean }> {
    if (next.length < MIN_PASSWORD_LENGTH) throw new VaultError('weak-password');
    const epoch = this.epoch;
    const header = await this.requireHeader();
    const oldKey = await unwrapVaultKey(header, current, this.deps.derive);
    for (const hook of this.rotationHooks) await hook().catch(() => undefined);
    const vaultKey = this.deps.randomBytes(KEY_BYTES);
    const backupPasswordRemoved = await this.serial(async () => {
      const removed = (await this.backupHeader()) !== undefined;
      await this.rotate(oldKey, vaultKey, () => this.wrap(vaultKey, next));
      // Before the queue moves on, so the next write seals under the new key. Locked
      // meanwhile: the new password stands, and the vault stays locked.
      if (epoch === this.epoch) await this.remember(vaultKey, epoch);
      return removed;
    });
    this.changed();
    return { backupPasswordRemoved };
  }

  /**
   * Takes the key another browser rotated to (its password changed there): the same vault,
   * now under `vaultKey`, wrapped by the password that opened the copy. Like a password change
   * here, without drawing a key.
   */
  async rekey(password: string, vaultKey: Uint8Array): Promise<void> {
    const epoch = this.epoch;
    const current = await this.deps.session.load();
    if (!current) throw new VaultError('locked');
    await this.serial(async () => {
      await this.rotate(current, vaultKey, () => this.wrap(vaultKey, password));
      if (epoch === this.epoch) await this.remember(vaultKey, epoch);
    });
    this.changed();
  }

  /**
   * Seals every row and secret under `vaultKey` and commits them with its new wrap; run inside
   * `serial`, which it holds from its snapshot, through the derivation, to its commit.
   */
  private async rotate(oldRaw: Uint8Array, vaultKey: Uint8Array, wrap: () => Promise<KeyEnvelope>): Promise<void> {
    const header = await this.requireHeader();
    const old = await this.decryptAll(oldRaw);
    const envelope = await wrap();
    const key = await importAesKey(vaultKey);
    // Damaged rows stay as they are: they open under no key, and a backup may still hold them.
    const rows = await Promise.all([
      ...[...old.accounts.values()].map((account) => this.sealAt(key, account, old.meta.get(account.id)!)),
      ...[...old.trash.values()].map((account) => this.sealVersion(key, account, old.meta.get(account.id)!.order)),
    ]);
    const secrets = await resealSecrets(this.deps.db, old.key, key, this.deps.randomBytes);
    // The next unlock asks for the new password (passwordAt goes with the old one).
    const { passwordAt: _typed, ...unchanged } = header;
    const next: HeaderRow = {
      ...unchanged,
      ...envelope,
      keyCheck: await this.keyCheck(vaultKey),
      vaultId: await this.idOf(header, oldRaw),
      retiredKeys: await this.retire(header.retiredKeys ?? [], old.key, oldRaw, key),
      revision: (header.revision ?? 1) + 1,
      updatedAt: this.deps.now(),
    };
    const { db } = this.deps;
    // Nothing but Dexie's own work inside: IndexedDB commits a transaction that waits on anything else.
    await db.transaction('rw', [db.header, db.accounts, db.secrets, db.slots], async () => {
      await db.header.put(next);
      await db.header.delete('backup');
      await db.accounts.bulkPut(rows);
      await db.secrets.bulkPut(secrets);
      // Each slot wrapped the discarded key: its wrap goes with it, its credential stays, to
      // be renewed with a touch once the vault is open again (never a slot that opens an old key).
      await db.slots.toCollection().modify((slot: { wrappedKey?: Sealed }) => {
        delete slot.wrappedKey;
      });
    });
  }

  /** The keys retired so far and `oldRaw`, the newest first, sealed again under `newKey`. */
  private async retire(
    retired: readonly RetiredKey[],
    oldKey: CryptoKey,
    oldRaw: Uint8Array,
    newKey: CryptoKey,
  ): Promise<RetiredKey[]> {
    const earlier = await Promise.all(
      retired.map(async ({ keyId: id, sealed }) => ({
        keyId: id,
        raw: await open(oldKey, sealed, RETIRED_KEY_CONTEXT),
      })),
    );
    const raws = [{ keyId: await keyId(oldRaw), raw: oldRaw }, ...earlier].filter(
      (entry): entry is { keyId: string; raw: Uint8Array } => entry.raw !== null,
    );
    return Promise.all(
      raws.slice(0, RETIRED_KEYS_KEPT).map(async ({ keyId: id, raw }) => ({
        keyId: id,
        sealed: await seal(newKey, raw, RETIRED_KEY_CONTEXT, this.deps.randomBytes),
      })),
    );
  }

  /** A key this vault had before a password change, by its id; null when it is not one of them. */
  async retiredKey(id: string): Promise<Uint8Array | null> {
    const vault = await this.open();
    const retired = (await this.requireHeader()).retiredKeys?.find((entry) => entry.keyId === id);
    return retired ? open(vault.key, retired.sealed, RETIRED_KEY_CONTEXT) : null;
  }

  /**
   * Backups open with the vault password unless the person sets a separate one: the same
   * vault key, wrapped once more under it. `null` goes back to the vault password.
   */
  async setBackupPassword(vaultPassword: string, backupPassword: string | null): Promise<void> {
    if (backupPassword !== null && backupPassword.length < MIN_PASSWORD_LENGTH) throw new VaultError('weak-password');
    const header = await this.requireHeader();
    const vaultKey = await unwrapVaultKey(header, vaultPassword, this.deps.derive);
    const envelope = backupPassword === null ? null : await this.wrap(vaultKey, backupPassword);
    await this.serial(async () => {
      // A password changed meanwhile: this wrap is of a discarded key.
      if (!(await this.isCurrentKey(await this.requireHeader(), vaultKey))) throw new WrongPasswordError();
      if (envelope === null) return this.deps.db.header.delete('backup');
      const now = this.deps.now();
      await this.deps.db.header.put({
        id: 'backup',
        formatVersion: VAULT_FORMAT_VERSION,
        ...envelope,
        createdAt: now,
        updatedAt: now,
      });
    });
    this.changed();
  }

  /** Whether `password` opens this vault (asked again before secrets leave in plain text). */
  async passwordOpens(password: string): Promise<boolean> {
    if (!password) return false;
    try {
      await unwrapVaultKey(await this.requireHeader(), password, this.deps.derive);
      return true;
    } catch (error) {
      if (error instanceof WrongPasswordError) return false;
      throw error;
    }
  }

  async hasSeparateBackupPassword(): Promise<boolean> {
    return (await this.backupHeader()) !== undefined;
  }

  /** Accounts in the person's order. */
  async accounts(): Promise<Account[]> {
    return this.inOrder(await this.open());
  }

  private inOrder(vault: OpenVault): Account[] {
    const placed = [...vault.accounts.values()].map((account) => ({
      account,
      id: account.id,
      position: account.position,
      order: vault.meta.get(account.id)!.order,
    }));
    return placed.sort(byPlace).map((entry) => entry.account);
  }

  /** Deleted accounts still in the trash, the most recently deleted first. */
  async trash(): Promise<TrashedAccount[]> {
    return [...(await this.open()).trash.values()].sort((a, b) => b.deletedAt - a.deletedAt);
  }

  /** Ids of the accounts that are conflict copies, with the account each was split from. */
  async conflicts(): Promise<Map<string, string>> {
    const vault = await this.open();
    return new Map([...vault.meta].flatMap(([id, meta]) => (meta.conflictOf ? [[id, meta.conflictOf] as const] : [])));
  }

  /** A secret setting (a destination's credentials), sealed under the vault key; null when unset. */
  async secret(id: string): Promise<unknown> {
    const vault = await this.open();
    const row = await this.deps.db.secrets.get(id);
    const plaintext = row ? await open(vault.key, row.sealed, secretContext(id)) : null;
    if (!plaintext) return null;
    try {
      return JSON.parse(decode(plaintext)) as unknown;
    } catch {
      return null;
    }
  }

  /** Keeps (or, with null, forgets) a secret setting; the caller validates what it reads back. */
  async setSecret(id: string, value: unknown): Promise<void> {
    await this.serial(async () => {
      const vault = await this.open();
      if (value === null) return void (await this.deps.db.secrets.delete(id));
      const sealed = await seal(vault.key, encode(JSON.stringify(value)), secretContext(id), this.deps.randomBytes);
      await this.deps.db.secrets.put({ id, sealed });
    });
  }

  /** Rows that would not open: shown so the person can remove them or restore from a backup. */
  async damagedRows(): Promise<DamagedRow[]> {
    return [...(await this.open()).damaged.values()].map(({ id, updatedAt }) => ({ id, updatedAt }));
  }

  async account(id: string): Promise<Account> {
    const account = (await this.open()).accounts.get(id);
    if (!account) throw new VaultError('not-found', id);
    return account;
  }

  /**
   * The vault's id, key id and revision: what tells a copy of this vault (and under which
   * key, and whether older) from another.
   */
  async identity(): Promise<{ vaultId: string; keyId: string; retiredKeys: readonly string[]; revision: number }> {
    const header = await this.requireHeader();
    const vaultKey = await this.deps.session.load();
    if (!vaultKey) throw new VaultError('locked');
    return {
      vaultId: await this.idOf(header, vaultKey),
      keyId: await keyId(vaultKey),
      retiredKeys: (header.retiredKeys ?? []).map((entry) => entry.keyId),
      revision: header.revision ?? 1,
    };
  }

  /** Everything a backup or the sync copy holds, as one consistent snapshot. */
  async contents(): Promise<VaultContents> {
    return this.serial(() => this.snapshot());
  }

  private async snapshot(): Promise<VaultContents> {
    const vault = await this.open();
    const header = await this.requireHeader();
    const { vaultId } = await this.identity();
    const versioned = (account: Account) => ({ ...account, ...this.versionOf(vault, account.id) });
    return {
      vaultId,
      revision: header.revision ?? 1,
      accounts: (await this.accounts()).map(versioned),
      trash: [...vault.trash.values()],
      tombstones: await this.deps.db.tombstones.toArray(),
    };
  }

  private versionOf(vault: OpenVault, id: string): { rev: number; conflictOf?: string } {
    const { rev, conflictOf } = vault.meta.get(id)!;
    return conflictOf ? { rev, conflictOf } : { rev };
  }

  /**
   * The wrapped key (by the backup password if there is one), the vault key and the
   * contents: what a backup carries (see backup/format).
   */
  async backupMaterial(): Promise<{ envelope: KeyEnvelope; vaultKey: Uint8Array; contents: VaultContents }> {
    return this.serial(async () => {
      const contents = await this.snapshot();
      const vaultKey = await this.deps.session.load();
      const header = (await this.backupHeader()) ?? (await this.requireHeader());
      if (!vaultKey) throw new VaultError('locked');
      return { envelope: { kdf: header.kdf, wrappedKey: header.wrappedKey }, vaultKey, contents };
    });
  }

  /**
   * Adds many accounts in one transaction (a restore, an import): all land or none do.
   * Secrets already in the vault are skipped and returned as duplicates.
   */
  addMany(data: readonly AccountData[]): Promise<{ added: Account[]; duplicates: AccountData[] }> {
    return this.serial(() => this.addNow(data));
  }

  private async addNow(data: readonly AccountData[]): Promise<{ added: Account[]; duplicates: AccountData[] }> {
    const vault = await this.open();
    const known = new Set([...vault.accounts.values()].map((account) => account.secret));
    const added: Account[] = [];
    const duplicates: AccountData[] = [];
    const rows: AccountRow[] = [];
    let order = this.lastOrder(vault);
    let position = this.lastPosition(vault);
    for (const item of data) {
      if (known.has(item.secret)) {
        duplicates.push(item);
        continue;
      }
      known.add(item.secret);
      const now = this.deps.now();
      // Every path in (add, import, scan, restore) is checked here too: an invalid one fails the batch.
      // At the end of the list, whatever place it had where it came from (pin and group kept).
      const placed = { ...item, position: (position += 1) };
      const account: Account = { ...checkedAccount(placed), id: this.deps.newId(), createdAt: now, updatedAt: now };
      rows.push(await this.sealAt(vault.key, account, { order: (order += 1), rev: 1 }));
      added.push(account);
    }
    if (!added.length) return { added, duplicates };
    await this.commit(() => this.deps.db.accounts.bulkAdd(rows));
    for (const [index, account] of added.entries()) {
      vault.accounts.set(account.id, account);
      vault.meta.set(account.id, { order: rows[index]!.order, rev: 1 });
    }
    this.changed();
    return { added, duplicates };
  }

  /** Adds an account at the end; the same secret twice is a `duplicate`. */
  async add(data: AccountData): Promise<Account> {
    const { added } = await this.addMany([data]);
    if (!added[0]) throw new VaultError('duplicate');
    return added[0];
  }

  /** An edit; on a conflict copy it is the person's choice to keep it, so it stops being one. */
  edit(id: string, changes: AccountEdit): Promise<Account> {
    return this.serial(async () => this.replace(await this.account(id), changes, { keep: true }));
  }

  /** HOTP: moves to the next counter and returns the account with it. */
  advanceCounter(id: string): Promise<Account> {
    return this.serial(async () => {
      const account = await this.account(id);
      if (account.type !== 'hotp') throw new VaultError('not-found', `${id} is not HOTP`);
      return this.replace(account, { counter: account.counter + 1 });
    });
  }

  /** Remembers `id` as the account to fill on `domain` (and no other account there). */
  preferOn(id: string, domain: string): Promise<void> {
    return this.serial(async () => {
      const chosen = await this.account(id);
      for (const account of await this.accounts()) {
        if (account.id !== id && account.preferredOn.includes(domain)) {
          await this.replace(account, { preferredOn: account.preferredOn.filter((item) => item !== domain) });
        }
      }
      if (!chosen.preferredOn.includes(domain))
        await this.replace(chosen, { preferredOn: [...chosen.preferredOn, domain] });
    });
  }

  /**
   * Moves an account to the trash (kept TRASH_DAYS, restorable); a damaged row, which opens
   * under no key and so cannot be kept anywhere, is removed.
   */
  remove(id: string): Promise<void> {
    return this.serial(async () => {
      const vault = await this.open();
      if (vault.damaged.has(id)) {
        await this.commit(() => this.deps.db.accounts.delete(id));
        vault.damaged.delete(id);
        return this.changed();
      }
      const account = await this.account(id);
      const meta = vault.meta.get(id)!;
      const trashed: TrashedAccount = { ...account, rev: meta.rev + 1, deletedAt: this.deps.now() };
      const row = await this.sealVersion(vault.key, trashed, meta.order);
      await this.commit(() => this.deps.db.accounts.put(row));
      vault.accounts.delete(id);
      vault.trash.set(id, trashed);
      vault.meta.set(id, { order: meta.order, rev: trashed.rev });
      this.changed();
    });
  }

  /** Takes an account out of the trash, back to its place in the list; `not-found` when it is not there. */
  restoreFromTrash(id: string): Promise<Account> {
    return this.serial(async () => {
      const vault = await this.open();
      const trashed = vault.trash.get(id);
      if (!trashed) throw new VaultError('not-found', id);
      // Back where it was (its position is its own): two browsers restoring it make one version.
      const account = { ...accountOf(trashed), updatedAt: this.deps.now() };
      const meta = { order: this.lastOrder(vault) + 1, rev: trashed.rev + 1 };
      const row = await this.sealAt(vault.key, account, meta);
      await this.commit(() => this.deps.db.accounts.put(row));
      vault.trash.delete(id);
      vault.accounts.set(id, account);
      vault.meta.set(id, meta);
      this.changed();
      return account;
    });
  }

  /**
   * Deletes for good the trashed accounts `ids` (none: only the expired) and those in the
   * trash longer than TRASH_DAYS; a tombstone keeps other browsers from bringing them back.
   * Tombstones older than TOMBSTONE_DAYS are forgotten.
   */
  purge(ids: readonly string[] = []): Promise<void> {
    return this.serial(async () => {
      const vault = await this.open();
      const now = this.deps.now();
      const expired = (account: TrashedAccount) => now - account.deletedAt > TRASH_DAYS * DAY_MS;
      const chosen = [...vault.trash.values()].filter((account) => ids.includes(account.id) || expired(account));
      const stones: Tombstone[] = chosen.map(({ id, rev }) => ({ id, rev: rev + 1, deletedAt: now }));
      const oldest = now - TOMBSTONE_DAYS * DAY_MS;
      const forgotten = (await this.deps.db.tombstones.toArray()).filter((stone) => stone.deletedAt < oldest);
      if (!stones.length && !forgotten.length) return;
      const { db } = this.deps;
      await this.commit(() =>
        db.transaction('rw', [db.accounts, db.tombstones], async () => {
          await db.accounts.bulkDelete(stones.map((stone) => stone.id));
          await db.tombstones.bulkDelete(forgotten.map((stone) => stone.id));
          await db.tombstones.bulkPut(stones);
        }),
      );
      for (const { id } of stones) {
        vault.trash.delete(id);
        vault.meta.delete(id);
      }
      if (stones.length) this.changed();
    });
  }

  /**
   * Applies the result of a merge with another copy (see backup/sync-merge) in one
   * transaction: accounts, trash and tombstones as they should now be here, with the ids,
   * times and revisions they have there. A damaged row that the other copy holds heals.
   * `basedOn`: the revision the merge was computed from; a vault changed since (a deletion, an
   * edit made while the copy was read) is not overwritten with the older state: `stale`, and
   * that change's own sync merges again.
   */
  applyMerge(merged: VaultContents, basedOn: number): Promise<boolean | 'stale'> {
    return this.serial(async () => {
      const epoch = this.epoch;
      const vault = await this.open();
      const before = await this.snapshot();
      if (before.revision !== basedOn) return 'stale';
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      const mine = new Map<string, unknown>([...before.accounts, ...before.trash].map((entry) => [entry.id, entry]));
      let order = this.lastOrder(vault);
      const orderOf = (id: string) => vault.meta.get(id)?.order ?? (order += 1);
      const changed = [...merged.accounts, ...merged.trash].filter(
        (entry) => !same(mine.get(entry.id), entry) || vault.damaged.has(entry.id),
      );
      const rows = await Promise.all(changed.map((entry) => this.sealVersion(vault.key, entry, orderOf(entry.id))));
      const kept = new Set([...merged.accounts, ...merged.trash].map((entry) => entry.id));
      const gone = [...mine.keys()].filter((id) => !kept.has(id));
      const stonesChanged = !same(
        [...before.tombstones].sort((a, b) => a.id.localeCompare(b.id)),
        [...merged.tombstones].sort((a, b) => a.id.localeCompare(b.id)),
      );
      if (!rows.length && !gone.length && !stonesChanged && merged.revision <= before.revision) return false;
      const { db } = this.deps;
      await db.transaction('rw', [db.accounts, db.tombstones, db.header], async () => {
        await db.accounts.bulkDelete(gone);
        await db.accounts.bulkPut(rows);
        await db.tombstones.clear();
        await db.tombstones.bulkPut([...merged.tombstones]);
        const header = await this.requireHeader();
        await db.header.put({ ...header, revision: Math.max(merged.revision, header.revision ?? 1) });
      });
      // Read back whole: simpler than patching four maps, and a merge is rare. Not after a lock.
      if (epoch === this.epoch) await (this.opened = this.decryptAll(vault.vaultKey));
      if (rows.length || gone.length) this.changed();
      return true;
    });
  }

  /**
   * Moves an account right before or after another in the person's order: a new position
   * for it alone (its revision moves on, so the sync copy carries it), or, when its
   * neighbours leave no room, every account renumbered. Nothing moving writes nothing.
   */
  move(id: string, to: Destination): Promise<void> {
    return this.serial(async () => {
      const vault = await this.open();
      await this.account(id);
      const list = this.inOrder(vault).map((account) => ({ ...account, order: vault.meta.get(account.id)!.order }));
      const positions = positionsForMove(list, id, to);
      if (!positions) {
        const neighbour = 'before' in to ? to.before : to.after;
        if (!vault.accounts.has(neighbour)) throw new VaultError('not-found', neighbour);
        return;
      }
      await this.replaceMany([...positions].map(([moved, position]) => [vault.accounts.get(moved)!, { position }]));
    });
  }

  /** Writes a changed account under the next revision; run inside `serial`. */
  private async replace(account: Account, changes: Partial<AccountData>, { keep = false } = {}): Promise<Account> {
    const [updated] = await this.replaceMany([[account, changes]], { keep });
    return updated!;
  }

  /** Writes changed accounts, each under its next revision, in one transaction; run inside `serial`. */
  private async replaceMany(
    edits: readonly (readonly [Account, Partial<AccountData>])[],
    { keep = false } = {},
  ): Promise<Account[]> {
    const vault = await this.open();
    const now = this.deps.now();
    const updates = await Promise.all(
      edits.map(async ([account, changes]) => {
        const updated = checked({ ...account, ...changes, updatedAt: now });
        const { order, rev, conflictOf } = vault.meta.get(account.id)!;
        const meta = { order, rev: rev + 1, ...(conflictOf && !keep ? { conflictOf } : {}) };
        return { updated, meta, row: await this.sealAt(vault.key, updated, meta) };
      }),
    );
    await this.commit(() => this.deps.db.accounts.bulkPut(updates.map((update) => update.row)));
    for (const { updated, meta } of updates) {
      vault.accounts.set(updated.id, updated);
      vault.meta.set(updated.id, meta);
    }
    this.changed();
    return updates.map((update) => update.updated);
  }

  /** A write and the vault's revision moving on, in one transaction. */
  private async commit(write: () => Promise<unknown>): Promise<void> {
    const { db } = this.deps;
    await db.transaction('rw', [db.accounts, db.tombstones, db.header], async () => {
      await write();
      const header = await this.requireHeader();
      await db.header.put({ ...header, revision: (header.revision ?? 1) + 1 });
    });
  }

  private lastOrder(vault: OpenVault): number {
    return Math.max(0, ...[...vault.meta.values()].map((meta) => meta.order));
  }

  /** The position after every account's: where an added or restored account goes. */
  private lastPosition(vault: OpenVault): number {
    return Math.max(0, ...[...vault.accounts.values()].map((account) => account.position));
  }

  private sealAt(key: CryptoKey, account: Account, { order, rev, conflictOf }: RowMeta): Promise<AccountRow> {
    return sealRow(key, account, { order, rev, ...(conflictOf ? { conflictOf } : {}) }, this.deps.randomBytes);
  }

  /** A versioned account (live or trashed) as its row. */
  private sealVersion(key: CryptoKey, entry: VersionedAccount | TrashedAccount, order: number): Promise<AccountRow> {
    const { rev, conflictOf } = entry;
    const deletedAt = 'deletedAt' in entry ? entry.deletedAt : undefined;
    const plain = {
      order,
      rev,
      ...(conflictOf ? { conflictOf } : {}),
      ...(deletedAt !== undefined ? { deletedAt } : {}),
    };
    return sealRow(key, checked(accountOf(entry)), plain, this.deps.randomBytes);
  }

  private async keyCheck(vaultKey: Uint8Array): Promise<Sealed> {
    return seal(await importAesKey(vaultKey), KEY_CHECK, KEY_CHECK_CONTEXT, this.deps.randomBytes);
  }

  /** Whether `vaultKey` is the vault's current key (a session key may predate a rotation). */
  private async isCurrentKey(header: HeaderRow, vaultKey: Uint8Array): Promise<boolean> {
    if (!header.keyCheck) return true;
    return (await open(await importAesKey(vaultKey), header.keyCheck, KEY_CHECK_CONTEXT)) !== null;
  }

  /**
   * The vault id; vaults made before it had one take the key id of their first key, which
   * every browser sharing that key (through the sync copy) works out alike.
   */
  private async idOf(header: HeaderRow, vaultKey: Uint8Array): Promise<string> {
    return header.vaultId ?? keyId(vaultKey);
  }

  /** Opens the vault with `vaultKey`, unless a lock came after `epoch` (then it stays locked). */
  private async remember(vaultKey: Uint8Array, epoch: number): Promise<void> {
    if (epoch !== this.epoch) throw new VaultError('locked', 'locked meanwhile');
    await this.deps.session.save(vaultKey);
    const opened = this.decryptAll(vaultKey);
    this.opened = opened;
    try {
      await opened;
    } catch (error) {
      this.opened = undefined;
      await this.deps.session.clear();
      throw error;
    }
    if (epoch !== this.epoch) {
      await this.deps.session.clear();
      throw new VaultError('locked', 'locked meanwhile');
    }
    await this.keepVaultId(vaultKey);
    for (const listener of this.unlockListeners) listener();
  }

  /** Writes the id of a vault made before vault ids down, so a later rotation keeps it. */
  private async keepVaultId(vaultKey: Uint8Array): Promise<void> {
    const header = await this.requireHeader();
    if (header.vaultId) return;
    await this.deps.db.header.put({ ...header, vaultId: await keyId(vaultKey) });
  }

  /** The open vault: from memory, or from the session key after a worker restart. */
  private open(): Promise<OpenVault> {
    this.opened ??= (async () => {
      const header = await this.requireHeader();
      const vaultKey = await this.deps.session.load();
      if (vaultKey && (await this.isCurrentKey(header, vaultKey))) return this.decryptAll(vaultKey);
      // A key from before a password change (the worker stopped midway): ask for the password.
      if (vaultKey) await this.deps.session.clear();
      throw new VaultError('locked');
    })();
    return this.opened.catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
  }

  private async decryptAll(vaultKey: Uint8Array): Promise<OpenVault> {
    const key = await importAesKey(vaultKey);
    const rows = await this.deps.db.accounts.toArray();
    const opened = await Promise.all(rows.map(async (row) => ({ row, account: await openRow(key, row) })));
    const vault: OpenVault = {
      vaultKey,
      key,
      accounts: new Map(),
      meta: new Map(),
      trash: new Map(),
      damaged: new Map(),
    };
    for (const { row, account } of opened) {
      const meta = { order: row.order, rev: row.rev ?? 1, ...(row.conflictOf ? { conflictOf: row.conflictOf } : {}) };
      if (!account) {
        // A damaged row in the trash was deleted anyway: nothing to show or heal.
        if (row.deletedAt === undefined) vault.damaged.set(row.id, row);
        continue;
      }
      vault.meta.set(row.id, meta);
      if (row.deletedAt === undefined) vault.accounts.set(row.id, account);
      else vault.trash.set(row.id, { ...account, ...this.versionOf(vault, row.id), deletedAt: row.deletedAt });
    }
    return vault;
  }

  private backupHeader(): Promise<HeaderRow | undefined> {
    return this.deps.db.header.get('backup');
  }

  private header(): Promise<HeaderRow | undefined> {
    return this.deps.db.header.get('vault');
  }

  /** The vault's header; a vault of a newer format is refused before anything is read. */
  private async requireHeader(): Promise<HeaderRow> {
    const header = await this.header();
    if (!header) throw new VaultError('not-initialized');
    if (!(header.formatVersion <= VAULT_FORMAT_VERSION)) throw new VaultError('newer-format');
    return header;
  }
}
