import type { BindFailure, Result } from '../messaging/protocol';
import { bindRefusal } from '../sites/bind-policy';
import { normalizeSiteInput } from '../sites/binding';
import type { Vault } from '../vault/vault';
import { ok } from './handlers';

/**
 * The sites typed into an account's form, as sites (URL, `www.`, case and IDN undone),
 * each new one checked as a bind from the popup is: an exchange's account binds only to
 * that exchange, and nothing binds to a look-alike of an exchange or another bound site.
 */
export async function sitesToBind(
  vault: Vault,
  id: string,
  changes: { readonly domains: readonly string[]; readonly issuer?: string },
): Promise<Result<string[], 'invalid-domain' | BindFailure>> {
  const account = await vault.account(id);
  const others = (await vault.accounts()).filter((other) => other.id !== id).flatMap((other) => other.domains);
  const sites: string[] = [];
  for (const typed of changes.domains) {
    const named = normalizeSiteInput(typed);
    if (!named) return { ok: false, reason: 'invalid-domain', detail: typed };
    if (!account.domains.includes(named.site)) {
      const refusal = bindRefusal(changes.issuer ?? account.issuer, named.host, [...others, ...sites]);
      if (refusal) return { ok: false, reason: refusal.reason, detail: refusal.real };
    }
    if (!sites.includes(named.site)) sites.push(named.site);
  }
  return ok(sites);
}
