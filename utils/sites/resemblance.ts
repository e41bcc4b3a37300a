// Look-alike (phishing) domains of the sites an account is bound to. Data only: the
// callers decide what to show. `punycode/` (trailing slash) is the npm package, so
// bundlers never pick Node's deprecated builtin.
import { getDomain, getPublicSuffix } from 'tldts';
import unhomoglyph from 'unhomoglyph';
import { unicodeLabel } from './idn';
import { BRAND_WORDS } from './resemblance-brands';
import { ATTACHED_WORDS, EXTRA_CONFUSABLES, SOUND_ALIKE_FIRST_LETTERS, VOWELS } from './resemblance-words';

const TLD_OPTIONS = { allowPrivateDomains: true } as const;

/** What separates words inside a host: label dots, hyphens, underscores. */
const SEPARATORS = /[.\-_]+/;
const ALL_SEPARATORS = /[.\-_]+/g;
/** Invisible characters UTS #39's internal skeleton drops before mapping. */
const IGNORABLES = /\p{Default_Ignorable_Code_Point}/gu;
const MARKS = /\p{M}/gu;
const EXTRA_LETTERS = new RegExp(`[${Object.keys(EXTRA_CONFUSABLES).join('')}]`, 'gu');

/** Brands shorter than this only match as a whole embedded domain: as words they hit real sites. */
const MIN_WORD_BRAND = 3;
/** The shortest brand whose small typos (zaiif, zaifx, zaef) still read as the brand. */
export const MIN_TYPO_BRAND = 4;
/** Edit distance allowed by brand length: 1 from 5 letters, 2 from 8; none below. */
export const TYPO_STEPS: readonly { readonly minLength: number; readonly distance: number }[] = [
  { minLength: 8, distance: 2 },
  { minLength: 5, distance: 1 },
];
/** From this length a brand is no longer anchored on its first letter (itflyer, oincheck). */
const UNANCHORED_BRAND = 8;
/** From this length a brand without its first letter still reads as the brand (raken, inance). */
const MIN_HEADLESS_BRAND = 6;

/** The attached words as the loose fold writes them (login is logln), the fold those rules compare in. */
const FOLDED_WORDS: ReadonlySet<string> = new Set([...ATTACHED_WORDS].map((word) => looseFold(word)));
const LONGEST_WORD = Math.max(...[...ATTACHED_WORDS].map((word) => word.length));

/** A protected site, reduced to what look-alikes are compared on. */
export interface Target {
  readonly site: string;
  /** Folded labels left of the public suffix: ['bitflyer'], or ['coin', 'z'] for coin.z.com. */
  readonly labels: readonly string[];
  /** Words of the whole site, suffix included (zaif, jp). */
  readonly siteTokens: readonly string[];
  /** The suffix's words (cc for bitbank.cc): glued to the brand they still name the site (bitbankcc). */
  readonly suffixWords: readonly string[];
  /** The brand as one run of letters (bitflyer, coinz), then its other names (gmocoin, gmoz). */
  readonly brands: readonly string[];
  /** Only the other names. */
  readonly otherNames: readonly string[];
}

/** A host under test, folded the same way. */
export interface HostView {
  /** Folded labels left of the public suffix. */
  readonly labels: readonly string[];
  /** Their words. */
  readonly tokens: readonly string[];
  /** Every run of adjacent words joined (bit-flyer: bit, bitflyer, flyer). */
  readonly runs: readonly string[];
  /** Words of the whole host, suffix included. */
  readonly hostTokens: readonly string[];
}

type Rule = (host: HostView, target: Target) => boolean;

/**
 * The protected site that `host` imitates, or null when `host` is one of the protected sites
 * (or a subdomain of one) or is clearly a different site.
 * host: a lowercase hostname as the URL parser gives it (ASCII; IDNs arrive as punycode `xn--…`).
 * protectedSites: registrable domains (e.g. "bitflyer.com", "zaif.jp") or, for exchanges on a
 * shared registrable domain, full hosts (e.g. "coin.z.com"), ASCII lowercase.
 */
export function lookalikeOf(host: string, protectedSites: readonly string[]): string | null {
  const name = normalizeHost(host);
  if (protectedSites.some((site) => isGenuine(name, normalizeHost(site)))) return null;
  const views = { loose: viewOf(name, 'loose'), strict: viewOf(name, 'strict') };
  const targets = {
    loose: protectedSites.flatMap((site) => targetOf(site, 'loose') ?? []),
    strict: protectedSites.flatMap((site) => targetOf(site, 'strict') ?? []),
  };
  // Strongest evidence first, across every site: an embedded "bitflyer.jp" names bitflyer.jp
  // even though the bare brand would also match bitflyer.com.
  for (const [rule, fold] of RULES) {
    const view = views[fold];
    if (view === null) return null;
    const match = targets[fold].find((target) => rule(view, target));
    if (match) return match.site;
  }
  return null;
}

/** Lowercase, without the trailing root dot the URL parser keeps. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.+$/, '');
}

/** The site itself or one of its subdomains (for coin.z.com: only that host and below). */
function isGenuine(host: string, site: string): boolean {
  return site !== '' && (host === site || host.endsWith(`.${site}`));
}

/** Labels left of the public suffix, and the suffix's labels; null for IPs and non-hosts. */
function splitHost(host: string): { readonly name: string[]; readonly suffix: string[] } | null {
  const domain = getDomain(host, TLD_OPTIONS);
  const suffix = getPublicSuffix(host, TLD_OPTIONS);
  if (!domain || !suffix || !host.endsWith(`.${suffix}`)) return null;
  return { name: host.slice(0, -suffix.length - 1).split('.'), suffix: suffix.split('.') };
}

// Every popup opening and every bind asks about the same few sites: each is folded once.
const targets = new Map<string, Target | null>();

export function targetOf(site: string, fold: Fold): Target | null {
  const key = `${fold} ${site}`;
  if (!targets.has(key)) targets.set(key, makeTarget(site, fold));
  return targets.get(key) ?? null;
}

function makeTarget(site: string, fold: Fold): Target | null {
  const parts = splitHost(normalizeHost(site));
  if (parts === null) return null;
  const labels = parts.name.map((label) => foldLabel(label, fold));
  const suffixWords = wordsOf(parts.suffix.map((label) => foldLabel(label, fold)));
  const brand = compact(labels);
  const others = (BRAND_WORDS.get(site) ?? []).map((word) => foldLabel(word, fold)).filter((word) => word !== brand);
  return {
    site,
    labels,
    siteTokens: [...wordsOf(labels), ...suffixWords],
    suffixWords,
    brands: codePoints(brand).length >= MIN_WORD_BRAND ? [brand, ...new Set(others)] : others,
    otherNames: [...new Set(others)],
  };
}

export function viewOf(host: string, fold: Fold): HostView | null {
  const parts = splitHost(host);
  if (parts === null) return null;
  const labels = parts.name.map((label) => foldLabel(label, fold));
  const tokens = wordsOf(labels);
  const suffix = wordsOf(parts.suffix.map((label) => foldLabel(label, fold)));
  return { labels, tokens, runs: runsOf(tokens), hostTokens: [...tokens, ...suffix] };
}

/**
 * How far letters are folded: `loose` makes every one-stroke letter one (for names that must
 * be equal), `strict` keeps i and j apart from l (for typos, where a fold would count a
 * changed letter as none: bitfinex is no typo of bitflyer).
 */
export type Fold = 'loose' | 'strict';

/** One label as a reader sees it: Unicode form, confusables skeleton, ASCII look-alikes. */
function foldLabel(label: string, fold: Fold): string {
  const folded = foldAsciiLookalikes(skeleton(unicodeLabel(label)));
  return fold === 'loose' ? looseFold(folded) : folded;
}

/**
 * The UTS #39 skeleton (NFD, drop default ignorables, map confusables, NFD), lowercased.
 * NFKC and lowercase first repeat the URL parser's IDNA mapping (fullwidth ｂ is b) for
 * labels that skipped it.
 */
function skeleton(text: string): string {
  // Confusables first as well: NFKC turns some (Greek lunate ϲ) into letters the table lacks (ς).
  const mapped = unhomoglyph(text.toLowerCase().normalize('NFD').replace(IGNORABLES, ''));
  const decomposed = mapped.normalize('NFKC').toLowerCase().normalize('NFD').replace(IGNORABLES, '');
  return unhomoglyph(decomposed).normalize('NFD').toLowerCase();
}

/** i and j drawn as l, q as g: letters an address bar's font barely tells apart. */
function looseFold(text: string): string {
  return text.replace(/[ij]/g, 'l').replace(/q/g, 'g');
}

/**
 * Folds the skeleton leaves apart: accents (zäif reads as zaif), and the letter pairs that
 * read as one letter in an address bar (the skeleton maps m to rn; vv is w), and the table's
 * few odd choices (EXTRA_CONFUSABLES). 1/l/I and 0/o are already the skeleton's; i and j join l in the loose fold (za1f, zalf, zajf: zaif).
 */
function foldAsciiLookalikes(text: string): string {
  return text
    .replace(MARKS, '')
    .replace(EXTRA_LETTERS, (letter) => EXTRA_CONFUSABLES[letter] ?? letter)
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
}

function wordsOf(labels: readonly string[]): string[] {
  return labels.flatMap((label) => label.split(SEPARATORS)).filter((word) => word !== '');
}

export function compact(labels: readonly string[]): string {
  return labels.join('').replace(ALL_SEPARATORS, '');
}

/** Every run of adjacent words, joined: a brand cut by hyphens or dots is one again. */
function runsOf(tokens: readonly string[]): string[] {
  const runs: string[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    let run = '';
    for (let end = start; end < tokens.length; end += 1) {
      run += tokens[end];
      runs.push(run);
    }
  }
  return runs;
}

/** The host's labels where the target's brand labels would be (the last one, or two for coin.z). */
function brandPosition(host: HostView, target: Target): string {
  return compact(host.labels.slice(-target.labels.length));
}

/** The whole protected domain inside another host: zaif.jp.evil.com, bitflyer.com-secure.net, zaif-jp.com. */
const embedsSite: Rule = (host, target) => containsRun(host.hostTokens, target.siteTokens);

/** The same brand under another suffix or in look-alike letters: bitflyer.net, bitf1yer.com, coin-z.com. */
const sameBrand: Rule = (host, target) => target.brands.includes(brandPosition(host, target));

/**
 * The brand, or another of its names, as words of the host: bitflyer-login.com,
 * bit-flyer.com, bitflyer.evil.com, gmo-coin.com, coin.gmo-z.net.
 */
const brandWord: Rule = (host, target) => host.runs.some((run) => target.brands.includes(run));

/** The brand glued to phishing words or its own suffix: bitflyerlogin.com, binance24.com, bitbankcc.com. */
const brandWithWords: Rule = (host, target) =>
  host.runs.some((run) => target.brands.some((brand) => isBrandWithWords(run, brand, target.suffixWords)));

/**
 * A typo of the brand or of the site's other names, as the host's brand or one of its words:
 * bitflyr.com, zaiif.jp, gmocion.com. A brand of two labels keeps its last one (cionz.com
 * imitates coin.z.com; coin.com, one letter from coinz, is another site).
 */
const brandTypo: Rule = (host, target) => {
  const words = [brandPosition(host, target), ...host.runs];
  const last = target.labels.at(-1) ?? '';
  return target.brands.some((brand) =>
    words.some(
      (word) =>
        isTypo(word, brand) && (target.labels.length === 1 || word.endsWith(last) || brand !== target.brands[0]),
    ),
  );
};

const RULES: readonly (readonly [Rule, Fold])[] = [
  [embedsSite, 'loose'],
  [sameBrand, 'loose'],
  [brandWord, 'loose'],
  [brandWithWords, 'loose'],
  [brandTypo, 'strict'],
];

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let start = 0; start + run.length <= words.length; start += 1) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** `token` is the brand with phishing words, its suffix's words or digits around it, and nothing else. */
function isBrandWithWords(token: string, brand: string, suffixWords: readonly string[]): boolean {
  for (let at = token.indexOf(brand); at >= 0; at = token.indexOf(brand, at + 1)) {
    const before = token.slice(0, at);
    const after = token.slice(at + brand.length);
    if (before + after !== '' && isWordRun(before, suffixWords) && isWordRun(after, suffixWords)) return true;
  }
  return false;
}

/** Whether `text` splits entirely into attached words, the given words and digit runs (empty counts). */
export function isWordRun(text: string, extraWords: readonly string[]): boolean {
  const reachable = [true];
  for (let end = 1; end <= text.length; end += 1) {
    reachable[end] = false;
    for (let start = Math.max(0, end - LONGEST_WORD); start < end && !reachable[end]; start += 1) {
      const piece = text.slice(start, end);
      reachable[end] =
        reachable[start] === true && (FOLDED_WORDS.has(piece) || extraWords.includes(piece) || /^\d+$/.test(piece));
    }
  }
  return reachable[text.length] === true;
}

/**
 * A misspelling of the brand. From 5 letters: within its length's edit distance. At 4
 * letters, where one letter changed is mostly another word (zaim), only the slips that keep
 * every letter: one doubled or added (zaiif, zaifx), two swapped, one vowel for another
 * (zaef). Readers anchor on the first letter, so it must stay, or be one that sounds the same
 * (vinance, craken), or be swapped with the second (azif), or be the only one dropped or
 * added (raken); brands of 8 letters or more read as themselves whatever their first letter.
 */
export function isTypo(word: string, brand: string): boolean {
  if (word === brand) return false;
  const x = codePoints(word);
  const y = codePoints(brand);
  if (y.length < MIN_TYPO_BRAND || !isAnchored(x, y)) return false;
  const allowed = TYPO_STEPS.find((step) => y.length >= step.minLength)?.distance ?? 0;
  if (allowed > 0) return editDistance(x, y, allowed) <= allowed;
  return isInsertion(x, y) || isTransposition(x, y) || isVowelSwap(x, y);
}

function isAnchored(word: readonly string[], brand: readonly string[]): boolean {
  const [first, second] = word;
  const [brandFirst, brandSecond] = brand;
  if (first === brandFirst || brand.length >= UNANCHORED_BRAND) return true;
  if (first === undefined || brandFirst === undefined) return false;
  if (first === brandSecond && second === brandFirst) return true;
  if (
    SOUND_ALIKE_FIRST_LETTERS.some(([a, b]) => (a === first && b === brandFirst) || (b === first && a === brandFirst))
  )
    return true;
  if (brand.length < MIN_HEADLESS_BRAND) return false;
  return (first === brandSecond && word.length < brand.length) || (second === brandFirst && word.length > brand.length);
}

/** `word` is `brand` with one letter more, anywhere (zaiif, zaifx). */
function isInsertion(word: readonly string[], brand: readonly string[]): boolean {
  if (word.length !== brand.length + 1) return false;
  return word.some((_, at) => [...word.slice(0, at), ...word.slice(at + 1)].join('') === brand.join(''));
}

/** Two neighbouring letters swapped (zafi). */
function isTransposition(word: readonly string[], brand: readonly string[]): boolean {
  const differ = differences(word, brand);
  if (differ?.length !== 2) return false;
  const [a, b] = differ as [number, number];
  return b === a + 1 && word[a] === brand[b] && word[b] === brand[a];
}

/** One vowel written for another (zaef). */
function isVowelSwap(word: readonly string[], brand: readonly string[]): boolean {
  const differ = differences(word, brand);
  if (differ?.length !== 1) return false;
  const [at] = differ as [number];
  return VOWELS.has(word[at] ?? '') && VOWELS.has(brand[at] ?? '');
}

/** Where two words of one length differ; null when their lengths do. */
function differences(word: readonly string[], brand: readonly string[]): number[] | null {
  if (word.length !== brand.length) return null;
  return word.flatMap((letter, at) => (letter === brand[at] ? [] : [at]));
}

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form (substitution, insertion,
 * deletion, adjacent transposition), on code points; anything over `limit` is `limit + 1`.
 */
function editDistance(x: readonly string[], y: readonly string[], limit: number): number {
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, at(previous, j - 1) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, at(before, j - 2) + 1);
      }
      current[j] = best;
    }
    if (Math.min(...current) > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(at(previous, y.length), limit + 1);
}

function at(row: readonly number[], index: number): number {
  return row[index] ?? Number.POSITIVE_INFINITY;
}

function codePoints(text: string): string[] {
  return Array.from(text);
}
