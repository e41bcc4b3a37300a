import Dexie, { type Table } from 'dexie';
import type { Sealed } from './crypto';
import type { KeyEnvelope } from './header';
import type { KeySlotRow } from './slots';
import type { Tombstone } from './versions';

/**
 * Header rows: `vault` holds the format version and the vault key wrapped by the vault
 * password; `backup`, when the person chose a separate backup password, the same key
 * wrapped by that one (what backups then carry).
 */
export interface HeaderRow extends KeyEnvelope {
  readonly id: 'vault' | 'backup';
  readonly formatVersion: number;
  /**
   * A constant sealed under the vault key: tells a stale session key (one from before a
   * password change, when the key rotated) from the current one. Vaults before it have none.
   */
  readonly keyCheck?: Sealed;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Random, drawn when the vault is made; the same after every key rotation and on every browser. */
  readonly vaultId?: string;
  /**
   * The keys this vault had before its password changed, each sealed under the current key:
   * a sync copy written under one of them (by this browser before the change, or by one that
   * has not caught up) is still read and merged, never lost. They open nothing the current
   * key does not already open.
   */
  readonly retiredKeys?: readonly RetiredKey[];
  /** The vault's revision: grows with every change (see VaultContents). */
  readonly revision?: number;
  /**
   * When the password was last typed and found right (creation, unlock, adding a key slot);
   * removed by a password change. Unlock by touch waits for it (utils/vault/slots.ts).
   */
  readonly passwordAt?: number;
}

export interface RetiredKey {
  readonly keyId: string;
  readonly sealed: Sealed;
}

/** One account: only id, order and times are plain; the rest is `sealed`. */
export interface AccountRow {
  readonly id: string;
  readonly order: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Grows with every change of this account (see VersionedAccount); rows before it: 1. */
  readonly rev?: number;
  /** Set while the account is in the trash. */
  readonly deletedAt?: number;
  /** A conflict copy: the id of the account it was split from, until the person keeps one. */
  readonly conflictOf?: string;
  readonly sealed: Sealed;
}

/** A secret setting (the WebDAV app password): sealed under the vault key like a row. */
export interface SecretRow {
  readonly id: string;
  readonly sealed: Sealed;
}

export class VaultDb extends Dexie {
  header!: Table<HeaderRow, string>;
  accounts!: Table<AccountRow, string>;
  secrets!: Table<SecretRow, string>;
  tombstones!: Table<Tombstone, string>;
  slots!: Table<KeySlotRow, string>;

  constructor(name = 'omamori') {
    super(name);
    // Schema history: add a version per change, with an upgrade() where rows move.
    this.version(1).stores({ header: 'id', accounts: 'id, order' });
    // 2: secret settings (a backup destination's credentials).
    this.version(2).stores({ header: 'id', accounts: 'id, order', secrets: 'id' });
    // 3: accounts deleted for good (after the trash), so no sync copy brings them back.
    this.version(3).stores({ header: 'id', accounts: 'id, order', secrets: 'id', tombstones: 'id' });
    // 4: key slots (WebAuthn PRF credentials that also wrap the vault key); nothing moves.
    this.version(4).stores({ header: 'id', accounts: 'id, order', secrets: 'id', tombstones: 'id', slots: 'id' });
  }
}
