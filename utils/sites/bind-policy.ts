import type { BindFailure } from '../messaging/protocol';
import { siteOfHost } from './binding';
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

/**
 * Why an account named `issuer` may not be bound to the site of `host`, or null when it
 * may: an account of a known exchange binds only to that exchange; any other account
 * never to a site that imitates a known exchange or an already bound site.
 */
export function bindRefusal(
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
