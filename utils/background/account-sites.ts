import type { RefusedSites, Result } from '../messaging/protocol';
import { nameOf, type AccountData } from '../otp/account';
import { admitSites, type BindFailure, type SiteRefusal } from '../sites/bind-policy';
import type { Vault } from '../vault/vault';
import { ok } from './handlers';

/** A refused site as a page is told it: `detail` names the real site, or the text refused. */
export function refusalAnswer(refusal: SiteRefusal): {
  ok: false;
  reason: 'invalid-domain' | BindFailure;
  detail: string;
} {
  return {
    ok: false,
    reason: refusal.reason,
    detail: refusal.reason === 'invalid-domain' ? refusal.site : refusal.real,
  };
}

/** Every site bound to an account of the vault but `except`: what a new site must not imitate. */
export async function boundSitesBut(vault: Vault, except?: string): Promise<string[]> {
  return (await vault.accounts()).filter((account) => account.id !== except).flatMap((account) => account.domains);
}

/**
 * The sites typed into an account's form, as sites (URL, `www.`, case and IDN undone),
 * each new one through the bind policy (utils/sites/bind-policy.ts); the first refused
 * refuses the edit, named in `detail`.
 */
export async function sitesToBind(
  vault: Vault,
  id: string,
  changes: { readonly domains: readonly string[]; readonly issuer?: string },
): Promise<Result<string[], 'invalid-domain' | BindFailure>> {
  const account = await vault.account(id);
  const admitted = admitSites(
    { issuer: changes.issuer ?? account.issuer, domains: changes.domains },
    await boundSitesBut(vault, id),
    { kind: 'edit', held: account.domains },
  );
  const refused = admitted.refused[0];
  return refused ? refusalAnswer(refused) : ok(admitted.domains);
}

/**
 * Accounts arriving together (a restore, an import, a form), each through the bind policy
 * against `boundSites` and the sites admitted for those before it; with the accounts that
 * lost sites on the way, for the report.
 */
export function admitArrivals<A extends AccountData>(
  arriving: readonly A[],
  boundSites: readonly string[],
): { accounts: A[]; unbound: RefusedSites[] } {
  const bound = [...boundSites];
  const accounts: A[] = [];
  const unbound: RefusedSites[] = [];
  for (const account of arriving) {
    const { domains, preferredOn, refused } = admitSites(account, bound);
    accounts.push({ ...account, domains, preferredOn });
    bound.push(...domains);
    if (refused.length) unbound.push({ ...nameOf(account), refused });
  }
  return { accounts, unbound };
}
