import { admitSites, type SiteRefusal } from '../sites/bind-policy';
import { normalizeSiteInput } from '../sites/binding';
import type { VersionedAccount } from '../vault/versions';

/** An account that came through a sync merge without sites it named: by id, for the report. */
export interface SyncRefusal {
  readonly id: string;
  readonly refused: readonly SiteRefusal[];
}

/**
 * The merged accounts through the one bind policy (utils/sites/bind-policy.ts): the sites
 * each account already held here (`heldOf`) stand; every other site it brings from the
 * copy must imitate neither a known exchange nor a site another account holds here or was
 * admitted before it. A refused site is dropped and the account stays, at the revision it
 * came with.
 */
export function admitMergedSites(
  accounts: readonly VersionedAccount[],
  heldOf: (id: string) => readonly string[],
): { accounts: VersionedAccount[]; refusals: SyncRefusal[] } {
  const held = new Map(
    accounts.map((account) => [account.id, account.domains.filter((site) => heldOf(account.id).includes(site))]),
  );
  const admitted: string[] = [];
  const refusals: SyncRefusal[] = [];
  const result = accounts.map((account) => {
    const own = held.get(account.id) ?? [];
    if (account.domains.every((site) => own.includes(site))) return account;
    const others = [...held].flatMap(([id, sites]) => (id === account.id ? [] : sites));
    const { refused } = admitSites(account, [...others, ...admitted], { kind: 'edit', held: own });
    const dropped = new Set(refused.map((refusal) => refusal.site));
    const domains = account.domains.filter((site) => {
      const named = normalizeSiteInput(site);
      return named !== null && !dropped.has(named.site) && !dropped.has(site);
    });
    admitted.push(...domains.filter((site) => !own.includes(site)));
    if (!refused.length) return account;
    refusals.push({ id: account.id, refused });
    const preferredOn = account.preferredOn.filter((site) => domains.includes(site));
    // Not a new revision: the person did not edit it, so a deletion or an edit made
    // elsewhere still wins as it would have (a drop that outranked them brought deleted
    // accounts back: sync-model seed 1350544668). Each browser drops what it refuses.
    return { ...account, domains, preferredOn };
  });
  return { accounts: result, refusals };
}
