import type { Account } from '../otp/account';

/**
 * An account as backups and the sync copy carry it: `rev` grows by one with every change
 * made to it anywhere, so a browser tells "changed since I last saw it" from "older".
 * A conflict copy (both sides edited) names the account it was split from.
 */
export interface VersionedAccount extends Account {
  readonly rev: number;
  readonly conflictOf?: string;
}

/** Deleted, kept in the trash for TRASH_DAYS and restorable with one click. */
export interface TrashedAccount extends VersionedAccount {
  readonly deletedAt: number;
}

/** A trashed account after TRASH_DAYS, or deleted for good: no data, only that it is gone. */
export interface Tombstone {
  readonly id: string;
  readonly rev: number;
  readonly deletedAt: number;
}

export const TRASH_DAYS = 30;
/** Long past any browser's return from holiday; then forgotten. */
export const TOMBSTONE_DAYS = 180;
export const DAY_MS = 86_400_000;

/** Everything a backup or a sync copy holds of a vault: versions, trash and deletions. */
export interface VaultContents {
  readonly vaultId: string;
  /** Grows with every change: a copy of a lower revision is older than one already seen. */
  readonly revision: number;
  readonly accounts: readonly VersionedAccount[];
  readonly trash: readonly TrashedAccount[];
  readonly tombstones: readonly Tombstone[];
}
