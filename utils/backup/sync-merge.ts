import type { Account } from '../otp/account';
import type { Tombstone } from './sync-chunks';

/** Tombstones older than this are dropped: both browsers have long since applied them. */
const TOMBSTONE_DAYS = 180;

export interface SyncMerge {
  /** Accounts to add here, with their ids and times (from the other browser, or conflict copies). */
  readonly add: readonly Account[];
  /** Accounts here to replace by the other browser's newer version. */
  readonly replace: readonly Account[];
  /** Accounts here that the other browser deleted. */
  readonly remove: readonly string[];
  /** Every deletion both browsers know of, to write with the next copy. */
  readonly tombstones: readonly Tombstone[];
}

export interface SyncSides {
  readonly local: readonly Account[];
  readonly remote: readonly Account[];
  /** Deletions known on either side: the sync copy's and this browser's own. */
  readonly tombstones: readonly Tombstone[];
  /** Ids this browser last saw in the sync copy: one of them missing here was deleted here. */
  readonly known: ReadonlySet<string>;
  readonly now: number;
}

/** The fields whose difference is a real edit (not a counter moving or a remembered choice). */
const MATERIAL: readonly (keyof Account)[] = [
  'type',
  'secret',
  'algorithm',
  'digits',
  'period',
  'issuer',
  'label',
  'domains',
  'notes',
  'recoveryCodes',
];

const sameMaterial = (a: Account, b: Account) =>
  MATERIAL.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));

/** The older version of an account edited on both sides, kept beside the newer one. */
export const conflictCopyId = (account: Account) => `${account.id}~${account.updatedAt}`;

/**
 * Two browsers' accounts, merged by id: an account added on either side is never lost, a
 * deletion (tombstone) removes it on the other side unless edited there since, and the same
 * account edited on both keeps both versions — the newer under its id, the older as a copy —
 * so the person sees both and removes one. Both browsers compute the same result.
 */
export function mergeSync({ local, remote, tombstones: deletions, known, now }: SyncSides): SyncMerge {
  const localById = new Map(local.map((account) => [account.id, account]));
  const remoteById = new Map(remote.map((account) => [account.id, account]));
  const deleted = new Map<string, number>();
  for (const stone of deletions) deleted.set(stone.id, Math.max(stone.deletedAt, deleted.get(stone.id) ?? 0));
  const add: Account[] = [];
  const replace: Account[] = [];
  const remove: string[] = [];

  for (const theirs of remote) {
    const mine = localById.get(theirs.id);
    if (!mine) {
      if (known.has(theirs.id)) deleted.set(theirs.id, Math.max(now, theirs.updatedAt));
      else if (!deleted.has(theirs.id)) add.push(theirs);
      continue;
    }
    const resolved = resolve(mine, theirs);
    if (resolved.replace) replace.push(resolved.replace);
    if (resolved.copy && !localById.has(resolved.copy.id) && !deleted.has(resolved.copy.id)) add.push(resolved.copy);
  }
  for (const mine of local) {
    const deletedAt = deleted.get(mine.id);
    if (!remoteById.has(mine.id) && deletedAt !== undefined && deletedAt >= mine.updatedAt) remove.push(mine.id);
  }
  const oldest = now - TOMBSTONE_DAYS * 86_400_000;
  const tombstones = [...deleted].filter(([, at]) => at >= oldest).map(([id, deletedAt]) => ({ id, deletedAt }));
  return { add, replace, remove, tombstones };
}

/** One account on both sides: which version stays under its id, and a copy of the other if both were edited. */
function resolve(mine: Account, theirs: Account): { replace?: Account; copy?: Account } {
  if (mine.updatedAt === theirs.updatedAt && sameMaterial(mine, theirs)) return {};
  const [newer, older] = theirs.updatedAt > mine.updatedAt ? [theirs, mine] : [mine, theirs];
  // A counter that moved on either side is not lost: the higher one holds.
  const kept = newer.type === 'hotp' ? { ...newer, counter: Math.max(newer.counter, older.counter) } : newer;
  const replace = JSON.stringify(kept) === JSON.stringify(mine) ? undefined : kept;
  if (sameMaterial(mine, theirs)) return { replace };
  return { replace, copy: { ...older, id: conflictCopyId(older) } };
}
