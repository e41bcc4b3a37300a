import { EXCHANGE_ISSUERS, EXCHANGES } from './exchanges';

/**
 * The names an exchange's site goes by besides its domain's own word, as look-alikes spell
 * them (gmocoin.jp, gmo-z.com, coin.gmo-z.net for coin.z.com): every ASCII issuer spelling
 * of two words or more, run together from its first word on ("GMO-Z.com Coin": gmoz,
 * gmozcom, gmozcomcoin). One-word spellings other than the brand (Payward) are left out:
 * they are real companies' own sites. By site, as `lookalikeOf` is given them.
 */
export const BRAND_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  EXCHANGES.flatMap((exchange) => {
    const words = [exchange.name, ...(EXCHANGE_ISSUERS[exchange.id] ?? [])].flatMap(brandWordsOf);
    const unique = [...new Set(words)];
    return exchange.domains.map((site) => [site, unique] as const);
  }),
);

function brandWordsOf(spelling: string): string[] {
  const text = spelling.normalize('NFKC').toLowerCase();
  if (/[^\x20-\x7e]/.test(text)) return [];
  const words = text.split(/[^a-z0-9]+/).filter((word) => word !== '');
  return words.slice(1).map((_, index) => words.slice(0, index + 2).join(''));
}
