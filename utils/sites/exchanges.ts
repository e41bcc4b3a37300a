/**
 * The first-class exchanges: one entry per exchange. `hosts` are match-pattern hosts
 * (HTTPS only) where the content script runs; `domains` are the registrable domains an
 * account of this exchange is bound to. Field rules join this table with the fill issue.
 */
export interface Exchange {
  readonly id: string;
  readonly name: string;
  readonly hosts: readonly string[];
  readonly domains: readonly string[];
}

export const EXCHANGES: readonly Exchange[] = [
  {
    id: 'bitflyer',
    name: 'bitFlyer',
    hosts: ['*.bitflyer.com', '*.bitflyer.jp'],
    domains: ['bitflyer.com', 'bitflyer.jp'],
  },
  { id: 'zaif', name: 'Zaif', hosts: ['*.zaif.jp'], domains: ['zaif.jp'] },
  { id: 'coincheck', name: 'Coincheck', hosts: ['*.coincheck.com'], domains: ['coincheck.com'] },
  // GMO's z.com hosts many unrelated services: the script runs on the exchange host only.
  { id: 'gmocoin', name: 'GMO Coin', hosts: ['coin.z.com'], domains: ['z.com'] },
  { id: 'bitbank', name: 'bitbank', hosts: ['*.bitbank.cc'], domains: ['bitbank.cc'] },
  { id: 'kraken', name: 'Kraken', hosts: ['*.kraken.com'], domains: ['kraken.com'] },
  { id: 'binance', name: 'Binance', hosts: ['*.binance.com'], domains: ['binance.com'] },
];

/** Match patterns for the content script: every exchange host, HTTPS only. */
export function exchangeMatchPatterns(exchanges: readonly Exchange[] = EXCHANGES): string[] {
  return exchanges.flatMap((exchange) => exchange.hosts.map((host) => `https://${host}/*`));
}

/** The exchange whose host patterns cover `hostname` (the way match patterns match). */
export function exchangeForHost(
  hostname: string,
  exchanges: readonly Exchange[] = EXCHANGES,
): Exchange | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return exchanges.find((exchange) => exchange.hosts.some((pattern) => hostMatches(pattern, host)));
}

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** The domains an account is bound to when its issuer names a known exchange. */
export function domainsForIssuer(issuer: string, exchanges: readonly Exchange[] = EXCHANGES): string[] {
  const name = issuer.trim().toLowerCase().replace(/\s+/g, '');
  const exchange = exchanges.find(
    (candidate) => candidate.id === name || candidate.name.toLowerCase().replace(/\s+/g, '') === name,
  );
  return exchange ? [...exchange.domains] : [];
}
