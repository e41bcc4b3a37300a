// A test-time generator of look-alike hosts for one protected site, in the families
// phishing kits and dnstwist-style tools produce. Each host names the family it came from.
import { toASCII } from 'punycode/';
import { getPublicSuffix } from 'tldts';

export interface Permutation {
  readonly family: string;
  readonly host: string;
}

/** Letters and the characters drawn like them (ASCII, Cyrillic, Greek, accented). */
const HOMOGLYPHS: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'à', 'á', 'ä', 'ɑ'],
  b: ['Ь', 'ḃ'],
  c: ['с', 'ϲ', 'ç'],
  d: ['cl', 'ԁ'],
  e: ['е', 'é', 'ë', 'ė'],
  f: ['ƒ'],
  g: ['q', 'ɡ'],
  h: ['һ'],
  i: ['1', 'l', 'I', 'j', 'í', 'ı', 'і'],
  k: ['κ', 'ḳ'],
  l: ['1', 'i', 'I', 'ӏ', 'ł'],
  m: ['rn', 'ṃ'],
  n: ['ո', 'ñ'],
  o: ['0', 'о', 'ο', 'ö', 'ọ'],
  r: ['г'],
  s: ['ѕ', 'ś'],
  t: ['т', 'ţ'],
  u: ['υ', 'ü', 'ս'],
  w: ['vv', 'ԝ'],
  y: ['у', 'ý'],
  z: ['ż', 'ʐ'],
};

/** QWERTY neighbours, for insertions next to the letter a finger slipped from. */
const KEYBOARD: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qesa',
  e: 'wrds',
  r: 'etfd',
  t: 'rygf',
  y: 'tuhg',
  u: 'yijh',
  i: 'uokj',
  o: 'iplk',
  p: 'ol',
  a: 'qwsz',
  s: 'awedxz',
  d: 'serfcx',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  z: 'asx',
  x: 'zsdc',
  c: 'xdfv',
  v: 'cfgb',
  b: 'vghn',
  n: 'bhjm',
  m: 'njk',
};

const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const OTHER_SUFFIXES = [
  'com',
  'net',
  'org',
  'jp',
  'co.jp',
  'co',
  'cc',
  'io',
  'info',
  'xyz',
  'app',
  'top',
  'site',
  'online',
  'biz',
  'us',
  'ru',
  'cn',
  'asia',
  'exchange',
];
const WORDS = [
  'login',
  'secure',
  'support',
  'verify',
  'account',
  'official',
  'wallet',
  'help',
  'auth',
  'jp',
  'japan',
  'app',
  'my',
  'mypage',
  'bonus',
  'airdrop',
  'update',
  'service',
  '24',
  '365',
];
const EVIL_DOMAINS = [
  'secure-login.net',
  'verify-account.com',
  'example.xyz',
  'auth-check.io',
  'web.app',
  'github.io',
  'herokuapp.com',
  'blogspot.com',
];

/**
 * Look-alikes of `site` (a registrable domain, or the exchange's host on a shared domain),
 * from its brand word and from `otherNames` (the brand words its issuer names give it).
 */
export function permutations(site: string, otherNames: readonly string[]): Permutation[] {
  const suffix = getPublicSuffix(site, { allowPrivateDomains: true }) ?? 'com';
  const own = site.slice(0, -suffix.length - 1);
  const brand = own.replace(/\./g, '');
  const out: Permutation[] = [];
  const add = (family: string, host: string) => out.push({ family, host: toASCII(host.toLowerCase()) });
  const onSuffixes = (family: string, name: string) => {
    for (const tld of [suffix, 'com', 'net']) add(family, `${name}.${tld}`);
  };

  for (const word of [brand, ...otherNames]) {
    const letters = Array.from(word);
    letters.forEach((letter, at) => {
      const head = letters.slice(0, at).join('');
      const tail = letters.slice(at + 1).join('');
      for (const glyph of HOMOGLYPHS[letter] ?? []) onSuffixes('homoglyph', `${head}${glyph}${tail}`);
      if (letters.length > 3) onSuffixes('omission', `${head}${tail}`);
      onSuffixes('repetition', `${head}${letter}${letter}${tail}`);
      const next = letters[at + 1];
      if (next !== undefined && next !== letter) onSuffixes('transposition', `${head}${next}${letter}${tail.slice(1)}`);
      for (const key of KEYBOARD[letter] ?? '') {
        onSuffixes('insertion', `${head}${key}${letter}${tail}`);
        onSuffixes('insertion', `${head}${letter}${key}${tail}`);
      }
      if (VOWELS.includes(letter))
        for (const vowel of VOWELS) if (vowel !== letter) onSuffixes('vowel-swap', `${head}${vowel}${tail}`);
      if (at > 0) onSuffixes('hyphenation', `${head}-${letter}${tail}`);
    });
    // Every one-stroke letter at once: bitf1yer, za1f; and every m drawn as rn.
    onSuffixes('homoglyph', word.replace(/[il]/g, '1'));
    onSuffixes('homoglyph', word.replace(/m/g, 'rn'));
    for (const tld of OTHER_SUFFIXES) if (tld !== suffix) add('other-suffix', `${word}.${tld}`);
    for (const extra of WORDS) {
      onSuffixes('glued-word', `${word}${extra}`);
      onSuffixes('glued-word', `${extra}${word}`);
      onSuffixes('brand-plus-word', `${word}-${extra}`);
      onSuffixes('brand-plus-word', `${extra}-${word}`);
    }
    onSuffixes('glued-suffix', `${word}${suffix.replace(/\./g, '')}`);
    onSuffixes('glued-suffix', `${word}-${suffix.replace(/\./g, '-')}`);
    for (const evil of EVIL_DOMAINS) add('subdomain', `${word}.${evil}`);
  }

  // The site's own name inside another host.
  for (const evil of EVIL_DOMAINS) {
    add('subdomain', `${site}.${evil}`);
    add('subdomain', `login.${site}.${evil}`);
    add('subdomain', `${site.replace(/\./g, '-')}.${evil}`);
  }
  add('subdomain', `${site.replace(/\./g, '-')}.com`);
  add('subdomain', `${site}-secure.net`);
  add('subdomain', `www-${site}`);
  // A label of the site moved under a look-alike of the rest (coin.gmo-z.net for coin.z.com).
  const [first] = own.split('.');
  if (first && own.includes('.'))
    for (const name of otherNames)
      for (let at = 0; at < name.length; at += 1)
        onSuffixes('subdomain', `${first}.${name.slice(0, at)}${at > 0 ? '-' : ''}${name.slice(at)}`);
  return out;
}
