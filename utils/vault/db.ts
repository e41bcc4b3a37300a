import Dexie, { type Table } from 'dexie';
import type { Sealed } from './crypto';
import type { KeyEnvelope } from './header';

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
}

/** One account: only id, order and times are plain; the rest is `sealed`. */
export interface AccountRow {
  readonly id: string;
  readonly order: number;
  readonly createdAt: number;
  readonly updatedAt: number;
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

  constructor(name = 'omamori') {
    super(name);
    // Schema history: add a version per change, with an upgrade() where rows move.
    this.version(1).stores({ header: 'id', accounts: 'id, order' });
    // 2: secret settings (a backup destination's credentials).
    this.version(2).stores({ header: 'id', accounts: 'id, order', secrets: 'id' });
  }
}
