import { EXCHANGE_ISSUERS, EXCHANGES, type Exchange } from './exchanges';

// Words that issuers add around an exchange's name: "株式会社", "Inc.", "Exchange", "取引所".
const NOISE = /株式会社|\(株\)|㈱|取引所|\b(?:inc|ltd|llc|corp|co|exchange|official)\b/g;

/** Bracketed asides in an issuer ("bitFlyer (taro@example.jp)", 【公式】). */
const ASIDES = /[(（[［【].*?[)）\]］】]/g;

/** An issuer without its bracketed asides. */
export const withoutAsides = (issuer: string) => issuer.replace(ASIDES, ' ');

/**
 * An issuer as a key: NFKC (full-width ＧＭＯ is GMO), lowercase, without bracketed
 * asides ("bitFlyer (taro@example.jp)"), company words, a trailing .com/.jp, and every
 * space or sign. Kana and kanji stay as they are.
 */
export function issuerKey(issuer: string): string {
  return issuer
    .normalize('NFKC')
    .toLowerCase()
    .replace(ASIDES, ' ')
    .replace(/\.(?:com|jp|cc|co\.jp)\b/g, ' ')
    .replace(NOISE, ' ')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The known exchange an issuer names, in any of its usual spellings. */
export function exchangeForIssuer(issuer: string, exchanges: readonly Exchange[] = EXCHANGES): Exchange | undefined {
  const key = issuerKey(issuer);
  if (!key) return undefined;
  return exchanges.find((exchange) => keysOf(exchange).has(key));
}

// Every popup opening asks this of every account: each exchange's keys are made once.
const exchangeKeys = new WeakMap<Exchange, Set<string>>();

function keysOf(exchange: Exchange): Set<string> {
  let keys = exchangeKeys.get(exchange);
  if (!keys) {
    keys = new Set([exchange.id, exchange.name, ...(EXCHANGE_ISSUERS[exchange.id] ?? [])].map(issuerKey));
    exchangeKeys.set(exchange, keys);
  }
  return keys;
}

/** The known exchange an account is of: by its issuer, else by a site it is bound to. */
export function exchangeOfAccount(
  account: { readonly issuer: string; readonly domains: readonly string[] },
  exchanges: readonly Exchange[] = EXCHANGES,
): Exchange | undefined {
  return (
    exchangeForIssuer(account.issuer, exchanges) ??
    exchanges.find((exchange) => exchange.domains.some((domain) => account.domains.includes(domain)))
  );
}

/** A known exchange's badge, from the extension's own files (public/icons/exchanges): never fetched. */
export const exchangeIconPath = (exchange: Exchange) => `/icons/exchanges/${exchange.id}.svg`;

/** The sites an account is bound to when its issuer names a known exchange. */
export function domainsForIssuer(issuer: string, exchanges: readonly Exchange[] = EXCHANGES): string[] {
  return [...(exchangeForIssuer(issuer, exchanges)?.domains ?? [])];
}
