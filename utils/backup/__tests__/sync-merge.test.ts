import { describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import type { Tombstone, TrashedAccount, VaultContents, VersionedAccount } from '../../vault/versions';
import { conflictCopyId, mergeVaults, type MergeSides } from '../sync-merge';

const NOW = Date.UTC(2026, 11, 1);
const version = (
  id: string,
  secret: string,
  rev: number,
  changes: Partial<VersionedAccount> = {},
): VersionedAccount => ({
  ...accountData({ secret, issuer: 'Example', label: id }),
  id,
  createdAt: 1,
  updatedAt: 10 + rev,
  rev,
  ...changes,
});
const A = version('a', 'JBSWY3DPEHPK3PXPJBSWY3DP', 1);
const B = version('b', 'KRSXG5CTMVRXEZLUKRSXG5CT', 1);
const trashed = (entry: VersionedAccount, deletedAt = NOW - 1000): TrashedAccount => ({
  ...entry,
  rev: entry.rev + 1,
  deletedAt,
});

const vault = (
  accounts: VersionedAccount[],
  trash: TrashedAccount[] = [],
  tombstones: Tombstone[] = [],
): VaultContents => ({ vaultId: 'v', revision: 5, accounts, trash, tombstones });

function merge(
  local: VaultContents,
  remote: VaultContents | null,
  base: Record<string, number>,
  damaged: string[] = [],
) {
  const sides: MergeSides = { local, remote, base: new Map(Object.entries(base)), damaged: new Set(damaged), now: NOW };
  return mergeVaults(sides);
}
const labels = (contents: VaultContents) => contents.accounts.map((entry) => entry.label);

describe('the three-way merge', () => {
  it('adds what only the other browser has, and keeps what only this one has', () => {
    const { merged } = merge(vault([A]), vault([B]), {});
    expect(labels(merged)).toEqual(['a', 'b']);
  });

  it('reads "absent there" as nothing: only an explicit deletion deletes', () => {
    const { merged } = merge(vault([A, B]), vault([A]), { a: 1, b: 1 });
    expect(labels(merged)).toEqual(['a', 'b']);
  });

  it('takes a one-sided edit without a conflict copy, whichever side made it', () => {
    const edited = { ...A, rev: 2, domains: ['bitflyer.com'] };
    for (const [here, there] of [
      [A, edited],
      [edited, A],
    ] as const) {
      const { merged } = merge(vault([here]), vault([there]), { a: 1 });
      expect(merged.accounts).toEqual([edited]);
    }
  });

  it('deletes an account deleted on the other side, unless it was edited here since', () => {
    const gone = trashed(A);
    expect(merge(vault([A]), vault([], [gone]), { a: 1 }).merged).toMatchObject({ accounts: [], trash: [gone] });
    const editedHere = { ...A, rev: 2, label: 'kept' };
    const { merged } = merge(vault([editedHere]), vault([], [gone]), { a: 1 });
    expect(labels(merged)).toEqual(['kept']);
    expect(merged.accounts[0]!.rev).toBeGreaterThan(gone.rev);
  });

  it('keeps both versions of an account edited on both sides, the same way on both browsers', () => {
    const mine = { ...A, rev: 2, label: 'mine', updatedAt: 20 };
    const theirs = { ...A, rev: 2, label: 'theirs', updatedAt: 30 };
    const here = merge(vault([mine]), vault([theirs]), { a: 1 }).merged;
    const there = merge(vault([theirs]), vault([mine]), { a: 1 }).merged;
    const sorted = (contents: VaultContents) => [...contents.accounts].sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted(here)).toEqual(sorted(there));
    expect(sorted(here).map((entry) => [entry.id, entry.label, entry.conflictOf])).toEqual([
      ['a', 'theirs', undefined],
      [conflictCopyId(mine), 'mine', 'a'],
    ]);
  });

  it('makes no second copy when the other side already split the pair', () => {
    const mine = { ...A, rev: 2, label: 'mine', updatedAt: 20 };
    const theirs = { ...A, rev: 2, label: 'theirs', updatedAt: 30 };
    const split = merge(vault([theirs]), vault([mine]), { a: 1 }).merged;
    const { merged } = merge(vault([mine]), split, { a: 1 });
    expect(merged.accounts).toHaveLength(2);
    expect(merge(split, merged, {}).remoteCurrent).toBe(true);
  });

  it('never moves an HOTP counter back, nor copies an account that differs only in its counter', () => {
    const mine = { ...A, type: 'hotp' as const, counter: 7, rev: 3 };
    const theirs = { ...A, type: 'hotp' as const, counter: 4, rev: 2, preferredOn: ['example.com'] };
    const { merged } = merge(vault([mine]), vault([theirs]), { a: 1 });
    expect(merged.accounts).toEqual([expect.objectContaining({ counter: 7 })]);
  });

  it('keeps the counter an HOTP account reached before a deletion that an edit elsewhere overrides', () => {
    const hotp = { ...A, type: 'hotp' as const, counter: 0 };
    const deletedAfterTwoFills = trashed({ ...hotp, counter: 2, rev: 3 });
    const editedElsewhere = { ...hotp, rev: 2, label: 'renamed' };
    const { merged } = merge(vault([], [deletedAfterTwoFills]), vault([editedElsewhere]), { a: 1 });
    expect(merged.accounts).toEqual([expect.objectContaining({ label: 'renamed', counter: 2 })]);
  });

  it('heals a row that does not open here from the other copy, and never reads it as deleted', () => {
    const { merged } = merge(vault([]), vault([A]), { a: 1 }, ['a']);
    expect(merged.accounts).toEqual([A]);
  });

  it('refuses a deletion dated in the future', () => {
    const future = trashed(A, NOW + 365 * 86_400_000);
    const { merged } = merge(vault([A]), vault([], [future]), { a: 1 });
    expect(merged.accounts).toEqual([A]);
    const stone = { id: 'a', rev: 9, deletedAt: NOW + 86_400_000 };
    expect(merge(vault([A]), vault([], [], [stone]), { a: 1 }).merged.accounts).toEqual([A]);
  });

  it('says when the copy there already holds the merge, and moves the revision on when not', () => {
    const same = merge(vault([A]), vault([A]), { a: 1 });
    expect(same.remoteCurrent).toBe(true);
    const changed = merge(vault([A, B]), vault([A]), { a: 1 });
    expect(changed).toMatchObject({ remoteCurrent: false, merged: { revision: 6 } });
  });
});

describe('the bind policy in the merge: the copy’s sites are a claim', () => {
  const BANK = 'example-bank.co.jp';
  const LOOK_ALIKE = 'examp1e-bank.co.jp';

  it('drops a look-alike of a site bound here from an account the copy brings; the account stays, reported', () => {
    const bank = { ...A, domains: [BANK] };
    const phish = { ...B, domains: [LOOK_ALIKE], preferredOn: [LOOK_ALIKE] };
    const { merged, refusals, remoteCurrent } = merge(vault([bank]), vault([bank, phish]), { a: 1 });
    expect(merged.accounts.map((entry) => [entry.id, entry.domains, entry.preferredOn])).toEqual([
      ['a', [BANK], []],
      ['b', [], []],
    ]);
    expect(refusals).toEqual([{ id: 'b', refused: [{ site: LOOK_ALIKE, reason: 'look-alike', real: BANK }] }]);
    // Not a new revision: the person did not edit it, so a deletion or an edit made elsewhere
    // still outranks the drop (one that did brought deleted accounts back: sync-model seed 1350544668).
    expect(merged.accounts[1]!.rev).toBe(phish.rev);
    expect(remoteCurrent).toBe(false);
  });

  it('keeps the sites an edit from the copy adds honestly, and drops the look-alike beside them', () => {
    const bank = { ...A, domains: [BANK] };
    const edited = { ...B, rev: 2, domains: [LOOK_ALIKE, 'github.com'] };
    const { merged, refusals } = merge(vault([bank, B]), vault([bank, edited]), { a: 1, b: 1 });
    expect(merged.accounts.map((entry) => entry.domains)).toEqual([[BANK], ['github.com']]);
    expect(refusals.map((refusal) => refusal.refused.map((site) => site.site))).toEqual([[LOOK_ALIKE]]);
  });

  it('binds an exchange’s account only to that exchange, whatever the copy says', () => {
    const exchange = version('x', 'GEZDGNBVGY3TQOJQGEZDGNBV', 1, {
      issuer: 'bitFlyer',
      domains: ['bitflyer.com', 'evil.example'],
    });
    const { merged, refusals } = merge(vault([A]), vault([A, exchange]), { a: 1 });
    expect(merged.accounts.find((entry) => entry.id === 'x')!.domains).toEqual(['bitflyer.com']);
    expect(refusals[0]!.refused).toEqual([{ site: 'evil.example', reason: 'other-exchange', real: 'bitflyer.com' }]);
  });

  it('never asks again about a site an account already holds here', () => {
    const held = { ...A, domains: [LOOK_ALIKE] };
    const bank = { ...B, domains: [BANK] };
    const { merged, refusals } = merge(vault([held, bank]), vault([held, bank]), { a: 1, b: 1 });
    expect(merged.accounts.map((entry) => entry.domains)).toEqual([[LOOK_ALIKE], [BANK]]);
    expect(refusals).toEqual([]);
  });

  it('leaves one of two look-alikes bound on two browsers at once, not neither', () => {
    // A's browser bound y to the look-alike and dropped the x that arrived; this browser then
    // sees y without it and x with its site: x's site no longer imitates anything held here.
    const yHere = version('y', 'JBSWY3DPEHPK3PXPJBSWY3DP', 1, { domains: [LOOK_ALIKE] });
    const yThere = { ...yHere, rev: 2, domains: [] };
    const x = version('x', 'KRSXG5CTMVRXEZLUKRSXG5CT', 1, { domains: [BANK] });
    const { merged, refusals } = merge(vault([yHere]), vault([yThere, x]), { y: 1 });
    expect(merged.accounts.map((entry) => [entry.id, entry.domains])).toEqual([
      ['y', []],
      ['x', [BANK]],
    ]);
    expect(refusals).toEqual([]);
  });
});
