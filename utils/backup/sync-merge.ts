import type { Account } from '../otp/account';
import { admitMergedSites, type SyncRefusal } from './sync-admit';
import {
  DAY_MS,
  TOMBSTONE_DAYS,
  type Tombstone,
  type TrashedAccount,
  type VaultContents,
  type VersionedAccount,
} from '../vault/versions';

/** A deletion dated further ahead than this is a wrong clock or a forgery: refused. */
const CLOCK_SLACK_MS = 5 * 60_000;

export interface MergeSides {
  readonly local: VaultContents;
  /** Ids of rows here that do not open: never read as deleted; the other copy's version heals them. */
  readonly damaged: ReadonlySet<string>;
  /** The copy in sync storage, opened; null when there is none to merge with. */
  readonly remote: VaultContents | null;
  /** The revision of each account this browser last saw in the copy: the merge's base. */
  readonly base: ReadonlyMap<string, number>;
  readonly now: number;
}

export interface MergeResult {
  readonly merged: VaultContents;
  /** Whether the copy in sync storage already holds exactly `merged` (nothing to write). */
  readonly remoteCurrent: boolean;
  /** Accounts that came without sites the bind policy refused here. */
  readonly refusals: readonly SyncRefusal[];
}

type Version =
  | { readonly kind: 'live'; readonly entry: VersionedAccount }
  | { readonly kind: 'trash'; readonly entry: TrashedAccount }
  | { readonly kind: 'gone'; readonly entry: Tombstone };

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
  'recoveryKit',
];

/** JSON with sorted keys: two browsers' copies of one version compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

const sameMaterial = (a: Account, b: Account) => MATERIAL.every((field) => canonical(a[field]) === canonical(b[field]));
const sameVersion = (a: Version, b: Version) => a.kind === b.kind && canonical(a.entry) === canonical(b.entry);

/** The id the older of two edits keeps beside the newer one: the same on every browser that computes it. */
export const conflictCopyId = (entry: VersionedAccount) => `${entry.id}~${entry.rev}.${entry.updatedAt}`;

/**
 * Two copies of one vault, merged three-way, account by account, against the revision this
 * browser last saw (the base): a side that did not change since the base gives way to the
 * side that did; a change on both sides keeps both (edit beats delete; two edits keep the
 * newer under the id and the older as a conflict copy); nothing is deleted but by an
 * explicit deletion, so an account that does not open here is healed, not lost. Every
 * browser computes the same result from the same copies.
 */
export function mergeVaults({ local, damaged, remote, base, now }: MergeSides): MergeResult {
  if (!remote) return { merged: local, remoteCurrent: false, refusals: [] };
  const mine = versionsOf(local);
  const theirs = new Map([...versionsOf(remote)].filter(([, version]) => !fromTheFuture(version, now)));
  const merged = new Map<string, Version>();
  const copies: VersionedAccount[] = [];
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const here = damaged.has(id) ? undefined : mine.get(id);
    const there = theirs.get(id);
    const chosen = !there ? here : !here ? there : pick(here, there, base.get(id) ?? 0, { mine, theirs, copies });
    if (chosen) merged.set(id, chosen);
  }
  for (const copy of copies) if (!merged.has(copy.id)) merged.set(copy.id, { kind: 'live', entry: copy });
  const refusals = admitArrivedSites(merged, mine, damaged);
  const oldest = now - TOMBSTONE_DAYS * DAY_MS;
  const contents = contentsOf(merged, local, remote, oldest);
  const remoteCurrent = canonical(sortedVersions(contents)) === canonical(sortedVersions(remote));
  const revision = remoteCurrent ? remote.revision : Math.max(local.revision, remote.revision) + 1;
  return { merged: { ...contents, revision }, remoteCurrent, refusals };
}

/**
 * The sites the copy brings pass the one bind policy here, as every way an account arrives
 * does: what an account held here stands, a refused site is dropped (see sync-admit).
 */
function admitArrivedSites(
  merged: Map<string, Version>,
  mine: ReadonlyMap<string, Version>,
  damaged: ReadonlySet<string>,
): SyncRefusal[] {
  const live = [...merged.values()].flatMap((version) => (version.kind === 'live' ? [version.entry] : []));
  const heldOf = (id: string) => {
    const here = damaged.has(id) ? undefined : mine.get(id);
    return here && here.kind !== 'gone' ? here.entry.domains : [];
  };
  const { accounts, refusals } = admitMergedSites(live, heldOf);
  for (const entry of accounts) merged.set(entry.id, { kind: 'live', entry });
  return refusals;
}

function versionsOf(contents: VaultContents): Map<string, Version> {
  const versions = new Map<string, Version>();
  for (const entry of contents.tombstones) versions.set(entry.id, { kind: 'gone', entry });
  for (const entry of contents.trash) versions.set(entry.id, { kind: 'trash', entry });
  for (const entry of contents.accounts) versions.set(entry.id, { kind: 'live', entry });
  return versions;
}

function fromTheFuture(version: Version, now: number): boolean {
  return version.kind !== 'live' && version.entry.deletedAt > now + CLOCK_SLACK_MS;
}

interface Seen {
  readonly mine: ReadonlyMap<string, Version>;
  readonly theirs: ReadonlyMap<string, Version>;
  /** Conflict copies made by this merge. */
  readonly copies: VersionedAccount[];
}

/** One account on both sides: the version that stands. */
function pick(here: Version, there: Version, base: number, seen: Seen): Version {
  if (sameVersion(here, there)) return here;
  const changedHere = here.entry.rev > base;
  const changedThere = there.entry.rev > base;
  if (changedThere && !changedHere) return withCounter(there, here);
  if (changedHere && !changedThere) return withCounter(here, there);
  // Neither is newer than what was agreed (a copy rewritten by a browser that had not seen the
  // latest): the later revision stands, as it stood.
  if (!changedHere && !changedThere) return withCounter(...ordered(here, there));
  return resolve(here, there, seen);
}

/** Both changed since the base: edit beats delete, two deletions keep the final one, two edits both. */
function resolve(here: Version, there: Version, seen: Seen): Version {
  const rev = Math.max(here.entry.rev, there.entry.rev);
  if (here.kind === 'live' && there.kind === 'live') return bothEdited(here.entry, there.entry, seen);
  if (here.kind === 'live') return withCounter({ kind: 'live', entry: { ...here.entry, rev: rev + 1 } }, there);
  if (there.kind === 'live') return withCounter({ kind: 'live', entry: { ...there.entry, rev: rev + 1 } }, here);
  if (here.kind === 'gone' || there.kind === 'gone') {
    const gone = here.kind === 'gone' ? here : there;
    return { kind: 'gone', entry: { ...gone.entry, rev } };
  }
  return ordered(here, there)[0];
}

function bothEdited(here: VersionedAccount, there: VersionedAccount, seen: Seen): Version {
  const rev = Math.max(here.rev, there.rev);
  if (sameMaterial(here, there)) {
    const [newer, older] = ordered({ kind: 'live', entry: here }, { kind: 'live', entry: there });
    return withCounter({ kind: 'live', entry: { ...newer.entry, rev } }, older);
  }
  // The other side already split this pair: its result stands, nothing is copied twice.
  if (seen.theirs.has(conflictCopyId(here))) return { kind: 'live', entry: there };
  if (seen.mine.has(conflictCopyId(there))) return { kind: 'live', entry: here };
  const [newer, older] = ordered({ kind: 'live', entry: here }, { kind: 'live', entry: there });
  const winner = withCounter({ kind: 'live', entry: { ...newer.entry, rev: rev + 1 } }, older);
  // The copy shares the secret: its counter moves on with the winner's, or it would show used codes.
  const copy = withCounter(
    { kind: 'live', entry: { ...older.entry, id: conflictCopyId(older.entry), rev: 1, conflictOf: older.entry.id } },
    winner,
  );
  seen.copies.push(copy.entry as VersionedAccount);
  return winner;
}

/** The two versions, the one that stands first: higher revision, then later change, then a fixed order. */
function ordered<V extends Version>(a: V, b: V): [V, V] {
  const stamp = (version: Version) =>
    'updatedAt' in version.entry ? version.entry.updatedAt : version.entry.deletedAt;
  const first =
    a.entry.rev !== b.entry.rev
      ? a.entry.rev > b.entry.rev
      : stamp(a) !== stamp(b)
        ? stamp(a) > stamp(b)
        : canonical(a.entry) >= canonical(b.entry);
  return first ? [a, b] : [b, a];
}

/** An HOTP counter never moves back, whichever version stands (a deleted one's counts too: its codes were used). */
function withCounter(kept: Version, other: Version): Version {
  if (kept.kind !== 'live' || other.kind === 'gone' || kept.entry.type !== 'hotp') return kept;
  if (other.entry.counter <= kept.entry.counter) return kept;
  return { kind: 'live', entry: { ...kept.entry, counter: other.entry.counter } };
}

/** The merged versions as contents, live accounts in this browser's order, then the other's new ones. */
function contentsOf(
  merged: ReadonlyMap<string, Version>,
  local: VaultContents,
  remote: VaultContents,
  oldest: number,
): Omit<VaultContents, 'revision'> {
  const order = [...local.accounts, ...remote.accounts, ...[...merged.values()].map((version) => version.entry)].map(
    (entry) => entry.id,
  );
  const of = <K extends Version['kind']>(kind: K) =>
    [...new Set(order)].flatMap((id) => {
      const version = merged.get(id);
      return version?.kind === kind ? [version.entry as Extract<Version, { kind: K }>['entry']] : [];
    });
  return {
    vaultId: local.vaultId,
    accounts: of('live'),
    trash: of('trash'),
    tombstones: of('gone').filter((stone) => stone.deletedAt >= oldest),
  };
}

function sortedVersions(contents: Omit<VaultContents, 'revision'>): unknown {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return [byId(contents.accounts), byId(contents.trash), byId(contents.tombstones)];
}
