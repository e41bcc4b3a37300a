import { EXCHANGE_ISSUERS } from './exchanges';
import { exchangeOfAccount } from './issuers';

/** What a search looks at in an account: never its secret. */
export interface Searchable {
  readonly issuer: string;
  readonly label: string;
  readonly domains: readonly string[];
  readonly group: string;
}

const KATAKANA = /[\u30a1-\u30f6]/g;

/**
 * Text as a search compares it: NFKC (full-width ＧＭＯ is GMO, half-width ｶﾅ is カナ), lower
 * case, katakana as hiragana (コインチェック is こいんちぇっく), so a person finds an account
 * however the IME left what they typed.
 */
export function searchForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** Without spaces and signs: `gmocoin` finds "GMO Coin", `bitflyer` finds "bit Flyer". */
const compact = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Everything a search finds an account by, in search form: issuer, name, sites and group,
 * and, for a known exchange, each of its names (`bitflyer` finds ビットフライヤー; the
 * spellings are the exchange table's, EXCHANGE_ISSUERS, with their source).
 */
export function searchText(account: Searchable): string {
  const exchange = exchangeOfAccount(account);
  const names = exchange ? [exchange.name, ...(EXCHANGE_ISSUERS[exchange.id] ?? [])] : [];
  const text = searchForm([account.issuer, account.label, ...account.domains, account.group, ...names].join('\n'));
  return `${text}\n${compact(text)}`;
}

/**
 * The accounts every word of `query` is found in, in their order. `textOf` keeps each
 * account's search text between keystrokes (a popup of a thousand accounts asks it each time).
 */
export function matchAccounts<A extends Searchable>(
  accounts: readonly A[],
  query: string,
  textOf: (account: A) => string = searchText,
): readonly A[] {
  const words = searchForm(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return accounts;
  return accounts.filter((account) => {
    const text = textOf(account);
    return words.every((word) => text.includes(word) || (compact(word) !== '' && text.includes(compact(word))));
  });
}
