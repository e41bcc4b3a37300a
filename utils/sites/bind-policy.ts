import { normalizeSiteInput, siteOfHost } from './binding';
import { EXCHANGES } from './exchanges';
import { exchangeForIssuer } from './issuers';
import { lookalikeOf } from './resemblance';

/** Every site worth imitating: the known exchanges', and every site an account is bound to. */
function protectedSites(boundSites: Iterable<string>): string[] {
  return [...new Set([...EXCHANGES.flatMap((exchange) => exchange.domains), ...boundSites])];
}

/** The real site that a page on `host` imitates, or null when it imitates none. */
export function imitatedSite(host: string, boundSites: Iterable<string>): string | null {
  return lookalikeOf(host.toLowerCase(), protectedSites(boundSites));
}

/** Why a site may not be bound to an account; `detail` names the real site. */
export type BindFailure = 'look-alike' | 'other-exchange';

/** Why one site named for an account was not bound: `real` names the site it imitates. */
export type SiteRefusal =
  | { readonly site: string; readonly reason: BindFailure; readonly real: string }
  | { readonly site: string; readonly reason: 'invalid-domain' };

/** The sites an account may hold, and those it asked for and may not. */
export interface AdmittedSites {
  readonly domains: string[];
  /** `preferredOn` within `domains` only. */
  readonly preferredOn: string[];
  readonly refused: SiteRefusal[];
}

/** What asks for sites: an account arriving (scan, import, restore, manual add) or an edit of one. */
export type BindRequest =
  | { readonly kind: 'arrival' }
  /** `held`: the sites the account already has, not asked about again. */
  | { readonly kind: 'edit'; readonly held: readonly string[] };

/** One site named for an account as it is (the popup's first fill, the page a code was scanned on). */
export const NEW_SITE: BindRequest = { kind: 'edit', held: [] };

/**
 * The one bind policy, for every way an account gets sites (scan, importers, restore,
 * manual add, edit, the popup's first fill). Each site named (a site, host or URL as a
 * file or a person writes it) is bound only if: it names a site at all; for an account
 * of a known exchange, it is one of that exchange's; for any other, it imitates neither
 * a known exchange nor a site bound to any account (`boundSites`) or admitted before it.
 * The rest are refused, each with why. An arriving account of a known exchange is bound
 * to its exchange's sites, as scans and importers always did; another whose sites were all
 * refused arrives unbound, and is bound on a first fill the person confirms.
 */
export function admitSites(
  account: { readonly issuer: string; readonly domains: readonly string[]; readonly preferredOn?: readonly string[] },
  boundSites: Iterable<string>,
  request: BindRequest = { kind: 'arrival' },
): AdmittedSites {
  const held = request.kind === 'edit' ? request.held : [];
  const others = [...boundSites];
  const domains: string[] = [];
  const refused: SiteRefusal[] = [];
  for (const typed of account.domains) {
    const named = normalizeSiteInput(typed);
    if (!named) {
      refused.push({ site: typed, reason: 'invalid-domain' });
      continue;
    }
    if (domains.includes(named.site)) continue;
    const refusal = held.includes(named.site) ? null : bindRefusal(account.issuer, named.host, [...others, ...domains]);
    if (refusal) refused.push({ site: named.site, ...refusal });
    else domains.push(named.site);
  }
  // Arriving, an exchange's account fills on all of its exchange's sites, whatever it named.
  const exchange = request.kind === 'arrival' ? exchangeForIssuer(account.issuer) : undefined;
  if (exchange) domains.splice(0, domains.length, ...exchange.domains);
  const preferredOn = [...new Set(account.preferredOn ?? [])].filter((site) => domains.includes(site));
  return { domains, preferredOn, refused };
}

/**
 * Why an account named `issuer` may not be bound to the site of `host`, or null when it
 * may: an account of a known exchange binds only to that exchange; any other account
 * never to a site that imitates a known exchange or an already bound site.
 */
function bindRefusal(
  issuer: string,
  host: string,
  boundSites: Iterable<string>,
): { reason: BindFailure; real: string } | null {
  const exchange = exchangeForIssuer(issuer);
  if (exchange) {
    const site = siteOfHost(host);
    return site !== null && exchange.domains.includes(site)
      ? null
      : { reason: 'other-exchange', real: exchange.domains[0]! };
  }
  const real = imitatedSite(host, boundSites);
  return real === null ? null : { reason: 'look-alike', real };
}
