import { describe, expect, it } from 'vitest';
import { accountData, type Account } from '../../otp/account';
import { conflictCopyId, mergeSync, type SyncMerge } from '../sync-merge';

const NOW = Date.UTC(2026, 11, 1);
const account = (id: string, secret: string, updatedAt: number, changes: Partial<Account> = {}): Account => ({
  ...accountData({ secret, issuer: 'Example', label: id }),
  id,
  createdAt: 1,
  updatedAt,
  ...changes,
});
const A = account('a', 'JBSWY3DPEHPK3PXPJBSWY3DP', 10);
const B = account('b', 'KRSXG5CTMVRXEZLUKRSXG5CT', 10);
const C = account('c', 'GEZDGNBVGY3TQOJQGEZDGNBV', 10);

/** What a side holds after applying a merge. */
function applied(local: readonly Account[], merge: SyncMerge): Account[] {
  const byId = new Map(local.map((item) => [item.id, item]));
  for (const id of merge.remove) byId.delete(id);
  for (const item of [...merge.replace, ...merge.add]) byId.set(item.id, item);
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}

describe('mergeSync', () => {
  it('adds what only the other browser has, and keeps what only this one has', () => {
    const merge = mergeSync({ local: [A], remote: [A, B], tombstones: [], known: new Set(['a']), now: NOW });
    expect(merge).toEqual({ add: [B], replace: [], remove: [], tombstones: [] });
    expect(mergeSync({ local: [A, C], remote: [A], tombstones: [], known: new Set(['a']), now: NOW }).add).toEqual([]);
  });

  it('turns an account deleted here into a tombstone, and applies the other side’s tombstones', () => {
    const here = mergeSync({ local: [A], remote: [A, B], tombstones: [], known: new Set(['a', 'b']), now: NOW });
    expect(here.add).toEqual([]);
    expect(here.tombstones).toEqual([{ id: 'b', deletedAt: NOW }]);
    const there = mergeSync({
      local: [A, B],
      remote: [A],
      tombstones: here.tombstones,
      known: new Set(['a', 'b']),
      now: NOW,
    });
    expect(there.remove).toEqual(['b']);
  });

  it('keeps an account edited after its deletion elsewhere', () => {
    const edited = { ...B, label: 'renamed', updatedAt: NOW + 1 };
    const merge = mergeSync({
      local: [A, edited],
      remote: [A],
      tombstones: [{ id: 'b', deletedAt: NOW }],
      known: new Set(['a', 'b']),
      now: NOW,
    });
    expect(merge.remove).toEqual([]);
  });

  it('keeps both versions of an account edited on both sides, the same way on both browsers', () => {
    const mine = { ...A, label: 'mine', updatedAt: 20 };
    const theirs = { ...A, label: 'theirs', updatedAt: 30 };
    const here = applied(
      [mine],
      mergeSync({ local: [mine], remote: [theirs], tombstones: [], known: new Set(['a']), now: NOW }),
    );
    const there = applied(
      [theirs],
      mergeSync({ local: [theirs], remote: [mine], tombstones: [], known: new Set(['a']), now: NOW }),
    );
    expect(here).toEqual(there);
    expect(here.map((item) => [item.id, item.label])).toEqual([
      ['a', 'theirs'],
      [conflictCopyId(mine), 'mine'],
    ]);
  });

  it('takes the newer version without a copy when only a counter or a remembered choice differs', () => {
    const mine = { ...A, type: 'hotp' as const, counter: 7, updatedAt: 20 };
    const theirs = { ...A, type: 'hotp' as const, counter: 4, updatedAt: 30, preferredOn: ['example.com'] };
    const merge = mergeSync({ local: [mine], remote: [theirs], tombstones: [], known: new Set(['a']), now: NOW });
    expect(merge.add).toEqual([]);
    expect(merge.replace).toEqual([{ ...theirs, counter: 7 }]);
  });

  it('changes nothing when both sides agree', () => {
    expect(mergeSync({ local: [A, B], remote: [A, B], tombstones: [], known: new Set(['a', 'b']), now: NOW })).toEqual({
      add: [],
      replace: [],
      remove: [],
      tombstones: [],
    });
  });

  it('forgets tombstones after half a year', () => {
    const old = { id: 'z', deletedAt: NOW - 200 * 86_400_000 };
    expect(mergeSync({ local: [], remote: [], tombstones: [old], known: new Set(), now: NOW }).tombstones).toEqual([]);
  });
});
