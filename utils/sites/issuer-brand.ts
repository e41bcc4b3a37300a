import { getDomainWithoutSuffix } from 'tldts';
import { unicodeLabel } from './idn';
import { withoutAsides } from './issuers';

/**
 * Words an issuer carries beside its name, which no site needs to have in its own:
 * company forms, the kind of service, places.
 */
const GENERIC_WORDS = new Set([
  'inc',
  'ltd',
  'llc',
  'corp',
  'corporation',
  'company',
  'co',
  'group',
  'holdings',
  'the',
  'and',
  'bank',
  'banking',
  'securities',
  'card',
  'cards',
  'financial',
  'finance',
  'exchange',
  'online',
  'account',
  'accounts',
  'login',
  'auth',
  'app',
  'official',
  'japan',
  'global',
  'com',
  'net',
  'org',
]);
const MIN_BRAND_WORD = 3;

/** Lowercase, NFKC, without accents. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of an issuer that name it (Latin letters and digits, 3 or more, not generic). */
function brandWords(issuer: string): string[] {
  const words = fold(withoutAsides(issuer)).split(/[^a-z0-9]+/);
  return words.filter((word) => word.length >= MIN_BRAND_WORD && !GENERIC_WORDS.has(word) && !/^\d+$/.test(word));
}

/**
 * Whether binding an account of `issuer` to a page on `host` deserves a warning: the
 * issuer has a name in Latin letters, and no word of it appears in the page's registrable
 * domain (GitHub on github.com, Example Bank on example-bank.co.jp: no warning; Acme Bank
 * on evil.example: a warning). An issuer with no such word (empty, only kana or kanji, only
 * generic words) gives nothing to compare: no warning.
 */
export function issuerBrandMissing(issuer: string, host: string): boolean {
  const words = brandWords(issuer);
  if (words.length === 0) return false;
  const name = getDomainWithoutSuffix(host, { allowPrivateDomains: true });
  if (!name) return true;
  const letters = fold(name.split('.').map(unicodeLabel).join('')).replace(/[^a-z0-9]+/g, '');
  return !words.some((word) => letters.includes(word));
}
