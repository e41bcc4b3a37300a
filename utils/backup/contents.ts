import type { Account } from '../otp/account';
import type { OtpErrorCode } from '../otp/errors';
import { validateAccount } from '../otp/validate';
import { isIntegerIn } from '../formats/bounds';
import { FormatError } from '../formats/errors';
import { entryName, isRecord } from '../formats/importers/importer';
import type { Tombstone, TrashedAccount, VaultContents, VersionedAccount } from '../vault/versions';

/** An account of the backup that is not a valid account (written by a buggy version). */
export interface BackupEntryFailure {
  readonly name: string;
  readonly reason: OtpErrorCode;
}

export interface ParsedContents {
  readonly contents: VaultContents;
  /** Entries that are no valid account: reported, never restored. */
  readonly failed: BackupEntryFailure[];
}

/** Far above any vault; a count past it is damage. */
export const MAX_ENTRIES = 100_000;
const MAX_ID = 128;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
const isTime = (value: unknown): value is number => isIntegerIn(value, 0, Number.MAX_SAFE_INTEGER);
const isRev = (value: unknown): value is number => isIntegerIn(value, 1, Number.MAX_SAFE_INTEGER);

/** A version 2 payload, every field checked; a structural fault is `corrupt`, a bad account a failure. */
export function parseContents(value: unknown): ParsedContents {
  if (!isRecord(value) || !isId(value.vaultId) || !isRev(value.revision)) throw new FormatError('corrupt', 'contents');
  const { accounts, trash, tombstones } = value;
  if (![accounts, trash, tombstones].every((list) => Array.isArray(list) && list.length <= MAX_ENTRIES))
    throw new FormatError('corrupt', 'contents lists');
  const failed: BackupEntryFailure[] = [];
  const live = (accounts as unknown[]).flatMap((entry) => versioned(entry, failed));
  const trashed = (trash as unknown[]).flatMap((entry) => {
    const [account] = versioned(entry, failed);
    return account && isRecord(entry) && isTime(entry.deletedAt) ? [{ ...account, deletedAt: entry.deletedAt }] : [];
  }) satisfies TrashedAccount[];
  const stones = (tombstones as unknown[]).filter(
    (stone): stone is Tombstone => isRecord(stone) && isId(stone.id) && isRev(stone.rev) && isTime(stone.deletedAt),
  );
  const contents = {
    vaultId: value.vaultId,
    revision: value.revision,
    accounts: live,
    trash: trashed,
    tombstones: stones,
  };
  return { contents: unique(contents), failed };
}

/**
 * A version 1 backup's entries: accounts only (no trash, no deletions), each at revision 1;
 * ids and times where the entry has them (the sync copy's did), otherwise made up from the
 * file's date and place.
 */
export function legacyContents(entries: readonly unknown[], createdAt: number, vaultId: string): ParsedContents {
  const failed: BackupEntryFailure[] = [];
  const accounts = entries.flatMap((entry, index) => {
    const check = validateAccount(entry);
    if (!check.ok) return fail(entry, check.reason, failed);
    const fields = isRecord(entry) ? entry : {};
    return [
      {
        ...check.value,
        id: isId(fields.id) ? fields.id : `backup-${index + 1}`,
        createdAt: isTime(fields.createdAt) ? fields.createdAt : createdAt,
        updatedAt: isTime(fields.updatedAt) ? fields.updatedAt : createdAt,
        rev: 1,
      },
    ];
  });
  return { contents: unique({ vaultId, revision: 1, accounts, trash: [], tombstones: [] }), failed };
}

function versioned(entry: unknown, failed: BackupEntryFailure[]): VersionedAccount[] {
  const check = validateAccount(entry);
  if (!check.ok) return fail(entry, check.reason, failed);
  if (!isRecord(entry) || !isId(entry.id) || !isTime(entry.createdAt) || !isTime(entry.updatedAt) || !isRev(entry.rev))
    return fail(entry, 'invalid-account', failed);
  const account: Account = { ...check.value, id: entry.id, createdAt: entry.createdAt, updatedAt: entry.updatedAt };
  return [{ ...account, rev: entry.rev, ...(isId(entry.conflictOf) ? { conflictOf: entry.conflictOf } : {}) }];
}

function fail(entry: unknown, reason: OtpErrorCode, failed: BackupEntryFailure[]): [] {
  failed.push({ name: isRecord(entry) ? entryName(entry.issuer, entry.label) : '?', reason });
  return [];
}

/** One entry per id (a hostile or buggy copy may repeat one): the first stands. */
function unique(contents: VaultContents): VaultContents {
  const seen = new Set<string>();
  const first = <T extends { id: string }>(list: readonly T[]) =>
    list.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
  return {
    ...contents,
    accounts: first(contents.accounts),
    trash: first(contents.trash),
    tombstones: first(contents.tombstones),
  };
}
