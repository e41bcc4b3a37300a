import type { Account, AccountData } from '../otp/account';
import { checkedAccount, validateAccount } from '../otp/validate';
import { forgetCodeCache } from '../otp/codes';
import {
  KEY_BYTES,
  decode,
  encode,
  importAesKey,
  open,
  sameBytes,
  seal,
  type RandomBytes,
  type Sealed,
} from './crypto';
import { VaultDb, type AccountRow, type HeaderRow, type SecretRow } from './db';
import { VaultError, WrongPasswordError } from './errors';
import { VAULT_FORMAT_VERSION, unwrapVaultKey, wrapVaultKey, type KeyEnvelope } from './header';
import { isWeakerCost, type Argon2idDerive, type KdfCost } from './kdf';
import type { KeySession } from './key-session';

export type VaultState = 'uninitialized' | 'locked' | 'unlocked';

/** The fields a person edits after adding an account. */
export type AccountEdit = Partial<
  Pick<AccountData, 'issuer' | 'label' | 'domains' | 'notes' | 'recoveryCodes' | 'recoveryKit'>
>;

export interface VaultDeps {
  readonly db: VaultDb;
  readonly session: KeySession;
  readonly now: () => number;
  readonly randomBytes: RandomBytes;
  readonly newId: () => string;
  /** What new wraps cost; a vault wrapped below it is raised on its next unlock. */
  readonly kdfCost: KdfCost;
  /** Argon2id, here or on a thread of its own (see utils/kdf/thread.ts). */
  readonly derive: Argon2idDerive;
}

export const MIN_PASSWORD_LENGTH = 8;

interface OpenVault {
  readonly key: CryptoKey;
  /** Decrypted accounts by id, in memory of the background only. */
  readonly accounts: Map<string, Account>;
  readonly order: Map<string, number>;
  /** Rows that do not open (tampered, truncated, invalid): listed, removable, never fatal. */
  readonly damaged: Map<string, AccountRow>;
}

/** A row that would not open, as the person sees it: when it was last written. */
export interface DamagedRow {
  readonly id: string;
  readonly updatedAt: number;
}

const rowContext = (id: string) => `omamori/account/v1/${id}`;
const secretContext = (id: string) => `omamori/secret/v1/${id}`;

/** An account from elsewhere (a sync copy) checked like any other, its id and times kept. */
const checked = (account: Account): Account => ({
  ...checkedAccount(account),
  id: account.id,
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
});
const KEY_CHECK_CONTEXT = 'omamori/key-check/v1';
const KEY_CHECK = encode('omamori vault key');

/**
 * The encrypted vault. Lives in the background only: secrets never leave it except as
 * codes. Every write is one Dexie transaction.
 */
export class Vault {
  private opened: Promise<OpenVault> | undefined;
  private readonly lockListeners: (() => void)[] = [];
  private readonly changeListeners: (() => void)[] = [];
  private readonly unlockListeners: (() => void)[] = [];

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
    const envelope = await this.wrap(vaultKey, password);
    const keyCheck = await this.keyCheck(vaultKey);
    const now = this.deps.now();
    await this.deps.db.transaction('rw', this.deps.db.header, this.deps.db.accounts, async () => {
      if (await this.deps.db.header.get('vault')) throw new VaultError('already-initialized');
      await this.deps.db.accounts.clear();
      await this.deps.db.header.delete('backup');
      const header = {
        id: 'vault' as const,
        formatVersion: VAULT_FORMAT_VERSION,
        ...envelope,
        keyCheck,
        createdAt: now,
        updatedAt: now,
      };
      await this.deps.db.header.put(header);
    });
    await this.remember(vaultKey);
  }

  /**
   * A new vault on this browser that takes the key and accounts (ids and times kept) of a
   * copy the person opened with its password: the browser's sync copy of another browser's
   * vault, which both can then read and merge.
   */
  async adopt(password: string, vaultKey: Uint8Array, accounts: readonly Account[]): Promise<void> {
    const envelope = await this.wrap(vaultKey, password);
    const keyCheck = await this.keyCheck(vaultKey);
    const key = await importAesKey(vaultKey);
    const rows = await Promise.all(accounts.map((account, index) => this.sealRow(key, checked(account), index + 1)));
    const now = this.deps.now();
    await this.deps.db.transaction('rw', this.deps.db.header, this.deps.db.accounts, async () => {
      if (await this.deps.db.header.get('vault')) throw new VaultError('already-initialized');
      await this.deps.db.accounts.clear();
      await this.deps.db.header.delete('backup');
      await this.deps.db.header.put({
        id: 'vault',
        formatVersion: VAULT_FORMAT_VERSION,
        ...envelope,
        keyCheck,
        createdAt: now,
        updatedAt: now,
      });
      await this.deps.db.accounts.bulkAdd(rows);
    });
    await this.remember(vaultKey);
  }

  /**
   * Applies a merge with the other browser's sync copy in one transaction: accounts keep the
   * ids and times they have there (a conflict copy may share a secret with its original).
   */
  async applySync(changes: {
    add: readonly Account[];
    replace: readonly Account[];
    remove: readonly string[];
  }): Promise<void> {
    const vault = await this.open();
    if (!changes.add.length && !changes.replace.length && !changes.remove.length) return;
    let order = Math.max(0, ...vault.order.values());
    const placed = [...changes.replace, ...changes.add].map((account) => ({
      account: checked(account),
      order: vault.order.get(account.id) ?? (order += 1),
    }));
    const rows = await Promise.all(placed.map(({ account, order: at }) => this.sealRow(vault.key, account, at)));
    await this.deps.db.transaction('rw', this.deps.db.accounts, async () => {
      await this.deps.db.accounts.bulkDelete([...changes.remove]);
      await this.deps.db.accounts.bulkPut(rows);
    });
    for (const id of changes.remove) {
      vault.accounts.delete(id);
      vault.order.delete(id);
    }
    for (const { account, order: at } of placed) {
      vault.accounts.set(account.id, account);
      vault.order.set(account.id, at);
    }
    this.changed();
  }

  /** Opens the vault; a wrong password throws WrongPasswordError and changes nothing. */
  async unlock(password: string): Promise<void> {
    const header = await this.requireHeader();
    const vaultKey = await unwrapVaultKey(header, password, this.deps.derive);
    await this.remember(vaultKey);
    await this.raiseCost(header, vaultKey, password);
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
      const raised = await this.deps.db.transaction('rw', this.deps.db.header, async () => {
        const current = await this.deps.db.header.get('vault');
        // A password changed meanwhile wrapped another key: that one stands.
        if (!current || !sameBytes(current.wrappedKey.ciphertext, header.wrappedKey.ciphertext)) return false;
        await this.deps.db.header.put({ ...current, ...envelope, updatedAt: this.deps.now() });
        return true;
      });
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

  /** Whatever else holds plain account data (a pending scan) lets go of it on lock. */
  onLock(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  /**
   * Rotates the vault key: a new random key wrapped under the new password, every row sealed
   * again under it, in one transaction — stopped midway, the old vault and password stand.
   * Backups written before keep opening with the password they were made with; an old
   * backup and the old password open nothing written after. A separate backup password
   * wrapped the old key, so it goes (backups open with the new vault password); the answer
   * says whether it did.
   */
  async changePassword(current: string, next: string): Promise<{ backupPasswordRemoved: boolean }> {
    if (next.length < MIN_PASSWORD_LENGTH) throw new VaultError('weak-password');
    const header = await this.requireHeader();
    const old = await this.decryptAll(await unwrapVaultKey(header, current, this.deps.derive));
    const vaultKey = this.deps.randomBytes(KEY_BYTES);
    const key = await importAesKey(vaultKey);
    const envelope = await this.wrap(vaultKey, next);
    const keyCheck = await this.keyCheck(vaultKey);
    // Damaged rows stay as they are: they open under no key, and a backup may still hold them.
    const rows = await Promise.all(
      [...old.accounts.values()].map((account) => this.sealRow(key, account, old.order.get(account.id)!)),
    );
    const secrets = await this.resealSecrets(old.key, key);
    const backupPasswordRemoved = (await this.backupHeader()) !== undefined;
    await this.deps.db.transaction(
      'rw',
      [this.deps.db.header, this.deps.db.accounts, this.deps.db.secrets],
      async () => {
        await this.deps.db.header.put({ ...header, ...envelope, keyCheck, updatedAt: this.deps.now() });
        await this.deps.db.header.delete('backup');
        await this.deps.db.accounts.bulkPut(rows);
        await this.deps.db.secrets.bulkPut(secrets);
      },
    );
    await this.remember(vaultKey);
    this.changed();
    return { backupPasswordRemoved };
  }

  /**
   * Backups open with the vault password unless the person sets a separate one: the same
   * vault key, wrapped once more under it. `null` goes back to the vault password.
   */
  async setBackupPassword(vaultPassword: string, backupPassword: string | null): Promise<void> {
    if (backupPassword !== null && backupPassword.length < MIN_PASSWORD_LENGTH) throw new VaultError('weak-password');
    const header = await this.requireHeader();
    const vaultKey = await unwrapVaultKey(header, vaultPassword, this.deps.derive);
    if (backupPassword === null) {
      await this.deps.db.header.delete('backup');
    } else {
      const envelope = await this.wrap(vaultKey, backupPassword);
      const now = this.deps.now();
      await this.deps.db.header.put({
        id: 'backup',
        formatVersion: VAULT_FORMAT_VERSION,
        ...envelope,
        createdAt: now,
        updatedAt: now,
      });
    }
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
    const vault = await this.open();
    return [...vault.accounts.values()].sort((a, b) => vault.order.get(a.id)! - vault.order.get(b.id)!);
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
    const vault = await this.open();
    if (value === null) return void (await this.deps.db.secrets.delete(id));
    const sealed = await seal(vault.key, encode(JSON.stringify(value)), secretContext(id), this.deps.randomBytes);
    await this.deps.db.secrets.put({ id, sealed });
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
   * The wrapped key (by the backup password if there is one) and the vault key: what a
   * backup carries (see backup/format).
   */
  async backupMaterial(): Promise<{ envelope: KeyEnvelope; vaultKey: Uint8Array; accounts: Account[] }> {
    const accounts = await this.accounts();
    const vaultKey = await this.deps.session.load();
    const header = (await this.backupHeader()) ?? (await this.requireHeader());
    if (!vaultKey) throw new VaultError('locked');
    return { envelope: { kdf: header.kdf, wrappedKey: header.wrappedKey }, vaultKey, accounts };
  }

  /**
   * Adds many accounts in one transaction (a restore, a merge): all land or none do.
   * Secrets already in the vault are skipped and returned as duplicates.
   */
  async addMany(data: readonly AccountData[]): Promise<{ added: Account[]; duplicates: AccountData[] }> {
    const vault = await this.open();
    const known = new Set([...vault.accounts.values()].map((account) => account.secret));
    const added: Account[] = [];
    const duplicates: AccountData[] = [];
    const rows: AccountRow[] = [];
    let order = Math.max(0, ...vault.order.values());
    for (const item of data) {
      if (known.has(item.secret)) {
        duplicates.push(item);
        continue;
      }
      known.add(item.secret);
      const now = this.deps.now();
      // Every path in (add, import, scan, restore) is checked here too: an invalid one fails the batch.
      const account: Account = { ...checkedAccount(item), id: this.deps.newId(), createdAt: now, updatedAt: now };
      rows.push(await this.sealRow(vault.key, account, (order += 1)));
      added.push(account);
    }
    await this.deps.db.accounts.bulkAdd(rows);
    for (const [index, account] of added.entries()) {
      vault.accounts.set(account.id, account);
      vault.order.set(account.id, rows[index]!.order);
    }
    if (added.length) this.changed();
    return { added, duplicates };
  }

  /** Adds an account at the end; the same secret twice is a `duplicate`. */
  async add(data: AccountData): Promise<Account> {
    const { added } = await this.addMany([data]);
    if (!added[0]) throw new VaultError('duplicate');
    return added[0];
  }

  async edit(id: string, changes: AccountEdit): Promise<Account> {
    return this.replace(await this.account(id), changes);
  }

  /** HOTP: moves to the next counter and returns the account with it. */
  async advanceCounter(id: string): Promise<Account> {
    const account = await this.account(id);
    if (account.type !== 'hotp') throw new VaultError('not-found', `${id} is not HOTP`);
    return this.replace(account, { counter: account.counter + 1 });
  }

  /** Remembers `id` as the account to fill on `domain` (and no other account there). */
  async preferOn(id: string, domain: string): Promise<void> {
    const chosen = await this.account(id);
    for (const account of await this.accounts()) {
      if (account.id !== id && account.preferredOn.includes(domain)) {
        await this.replace(account, { preferredOn: account.preferredOn.filter((item) => item !== domain) });
      }
    }
    if (!chosen.preferredOn.includes(domain))
      await this.replace(chosen, { preferredOn: [...chosen.preferredOn, domain] });
  }

  /** Removes an account, or a damaged row. */
  async remove(id: string): Promise<void> {
    const vault = await this.open();
    if (!vault.damaged.has(id)) await this.account(id);
    await this.deps.db.accounts.delete(id);
    vault.accounts.delete(id);
    vault.damaged.delete(id);
    vault.order.delete(id);
    this.changed();
  }

  /** Puts the accounts in the order of `ids` (which must name each account once). */
  async reorder(ids: readonly string[]): Promise<void> {
    const vault = await this.open();
    if (ids.length !== vault.accounts.size || ids.some((id) => !vault.accounts.has(id))) {
      throw new VaultError('not-found', 'reorder must list every account once');
    }
    await this.deps.db.transaction('rw', this.deps.db.accounts, async () => {
      for (const [index, id] of ids.entries()) await this.deps.db.accounts.update(id, { order: index + 1 });
    });
    ids.forEach((id, index) => vault.order.set(id, index + 1));
    this.changed();
  }

  private async replace(account: Account, changes: Partial<AccountData>): Promise<Account> {
    const vault = await this.open();
    const updated = checked({ ...account, ...changes, updatedAt: this.deps.now() });
    await this.deps.db.accounts.put(await this.sealRow(vault.key, updated, vault.order.get(account.id)!));
    vault.accounts.set(updated.id, updated);
    this.changed();
    return updated;
  }

  private async sealRow(key: CryptoKey, account: Account, order: number): Promise<AccountRow> {
    const { id, createdAt, updatedAt, ...secretFields } = account;
    const plaintext = encode(JSON.stringify(secretFields));
    return {
      id,
      order,
      createdAt,
      updatedAt,
      sealed: await seal(key, plaintext, rowContext(id), this.deps.randomBytes),
    };
  }

  /** Every secret setting sealed again under the new key (one that does not open is dropped). */
  private async resealSecrets(oldKey: CryptoKey, newKey: CryptoKey): Promise<SecretRow[]> {
    const rows = await this.deps.db.secrets.toArray();
    const resealed = await Promise.all(
      rows.map(async ({ id, sealed }) => {
        const plaintext = await open(oldKey, sealed, secretContext(id));
        return plaintext
          ? { id, sealed: await seal(newKey, plaintext, secretContext(id), this.deps.randomBytes) }
          : null;
      }),
    );
    return resealed.filter((row) => row !== null);
  }

  /** The account a row holds, or null when it does not open as a valid account. */
  private async openRow(key: CryptoKey, row: AccountRow): Promise<Account | null> {
    try {
      const plaintext = await open(key, row.sealed, rowContext(row.id));
      if (!plaintext) return null;
      const check = validateAccount(JSON.parse(decode(plaintext)));
      return check.ok ? { ...check.value, id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt } : null;
    } catch {
      return null;
    }
  }

  private async keyCheck(vaultKey: Uint8Array): Promise<Sealed> {
    return seal(await importAesKey(vaultKey), KEY_CHECK, KEY_CHECK_CONTEXT, this.deps.randomBytes);
  }

  /** Whether `vaultKey` is the vault's current key (a session key may predate a rotation). */
  private async isCurrentKey(header: HeaderRow, vaultKey: Uint8Array): Promise<boolean> {
    if (!header.keyCheck) return true;
    return (await open(await importAesKey(vaultKey), header.keyCheck, KEY_CHECK_CONTEXT)) !== null;
  }

  private async remember(vaultKey: Uint8Array): Promise<void> {
    await this.deps.session.save(vaultKey);
    this.opened = this.decryptAll(vaultKey);
    await this.opened.catch(async (error: unknown) => {
      this.opened = undefined;
      await this.deps.session.clear();
      throw error;
    });
    for (const listener of this.unlockListeners) listener();
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
    const opened = await Promise.all(rows.map(async (row) => ({ row, account: await this.openRow(key, row) })));
    return {
      key,
      accounts: new Map(opened.flatMap(({ account }) => (account ? [[account.id, account] as const] : []))),
      order: new Map(rows.map((row) => [row.id, row.order])),
      damaged: new Map(opened.flatMap(({ row, account }) => (account ? [] : [[row.id, row] as const]))),
    };
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
