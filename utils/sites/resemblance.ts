// Look-alike (phishing) domains of the sites an account is bound to. Data only: the
// callers decide what to show. `punycode/` (trailing slash) is the npm package, so
// bundlers never pick Node's deprecated builtin.
import { toUnicode } from 'punycode/';
import { getDomain, getPublicSuffix } from 'tldts';
import unhomoglyph from 'unhomoglyph';

const TLD_OPTIONS = { allowPrivateDomains: true } as const;

/** What separates words inside a host: label dots, hyphens, underscores. */
const SEPARATORS = /[.\-_]+/;
const ALL_SEPARATORS = /[.\-_]+/g;
/** Invisible characters UTS #39's internal skeleton drops before mapping. */
const IGNORABLES = /\p{Default_Ignorable_Code_Point}/gu;
const MARKS = /\p{M}/gu;

/** Brands shorter than this only match as a whole embedded domain: as words they hit real sites. */
const MIN_WORD_BRAND = 3;
/** The shortest brand whose doubled letter (zaiif) still reads as the brand. */
const MIN_DOUBLED_BRAND = 4;
/** Edit distance allowed by brand length: 1 from 5 letters, 2 from 8; none below. */
const TYPO_STEPS: readonly { readonly minLength: number; readonly distance: number }[] = [
  { minLength: 8, distance: 2 },
  { minLength: 5, distance: 1 },
];

/**
 * Words phishing hosts glue to a brand without a separator (bitflyerlogin, securezaif).
 * A closed list, so a brand inside an unrelated name (krakenfiles) is not flagged.
 */
const ATTACHED_WORDS: ReadonlySet<string> = new Set([
  'login',
  'logon',
  'signin',
  'signup',
  'auth',
  'sso',
  'mfa',
  'otp',
  'verify',
  'verification',
  'confirm',
  'secure',
  'security',
  'safe',
  'support',
  'help',
  'helpdesk',
  'service',
  'services',
  'account',
  'accounts',
  'member',
  'members',
  'mypage',
  'my',
  'user',
  'users',
  'customer',
  'official',
  'update',
  'recovery',
  'restore',
  'unlock',
  'alert',
  'notice',
  'info',
  'mail',
  'wallet',
  'app',
  'apps',
  'web',
  'www',
  'online',
  'site',
  'portal',
  'center',
  'home',
  'top',
  'jp',
  'japan',
  'us',
  'usa',
  'global',
  'intl',
  'com',
  'net',
  'co',
  'pro',
  'lightning',
  'bonus',
  'airdrop',
  'gift',
  'reward',
  'rewards',
  'event',
  'campaign',
  'claim',
  'promo',
  'pay',
  'trade',
  'trading',
  'exchange',
  'bank',
  'coin',
  'coins',
  'crypto',
  'btc',
  'token',
  'kyc',
]);
const LONGEST_WORD = Math.max(...[...ATTACHED_WORDS].map((word) => word.length));

/** A protected site, reduced to what look-alikes are compared on. */
interface Target {
  readonly site: string;
  /** Folded labels left of the public suffix: ['bitflyer'], or ['coin', 'z'] for coin.z.com. */
  readonly labels: readonly string[];
  /** The same, split into words (rakuten-sec: rakuten, sec). */
  readonly tokens: readonly string[];
  /** Words of the whole site, suffix included (zaif, jp). */
  readonly siteTokens: readonly string[];
  /** The brand as one run of letters (bitflyer, coinz). */
  readonly brand: string;
}

/** A host under test, folded the same way. */
interface HostView {
  /** Folded labels left of the public suffix. */
  readonly labels: readonly string[];
  /** Their words. */
  readonly tokens: readonly string[];
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
  const view = viewOf(name);
  if (view === null) return null;
  const targets = protectedSites.flatMap((site) => targetOf(site) ?? []);
  // Strongest evidence first, across every site: an embedded "bitflyer.jp" names bitflyer.jp
  // even though the bare brand would also match bitflyer.com.
  for (const rule of RULES) {
    const match = targets.find((target) => rule(view, target));
    if (match) return match.site;
  }
  return null;
}

/** Lowercase, without the trailing root dot the URL parser keeps. */
function normalizeHost(host: string): string {
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

function targetOf(site: string): Target | null {
  const parts = splitHost(normalizeHost(site));
  if (parts === null) return null;
  const labels = parts.name.map(foldLabel);
  const tokens = wordsOf(labels);
  return {
    site,
    labels,
    tokens,
    siteTokens: [...tokens, ...wordsOf(parts.suffix.map(foldLabel))],
    brand: compact(labels),
  };
}

function viewOf(host: string): HostView | null {
  const parts = splitHost(host);
  if (parts === null) return null;
  const labels = parts.name.map(foldLabel);
  const tokens = wordsOf(labels);
  return { labels, tokens, hostTokens: [...tokens, ...wordsOf(parts.suffix.map(foldLabel))] };
}

/** One label as a reader sees it: Unicode form, confusables skeleton, ASCII look-alikes. */
function foldLabel(label: string): string {
  return foldAsciiLookalikes(skeleton(unicodeLabel(label)));
}

/** The Unicode form of a punycode label; a label that does not decode stays as it is. */
function unicodeLabel(label: string): string {
  try {
    return toUnicode(label);
  } catch {
    return label;
  }
}

/**
 * The UTS #39 skeleton (NFD, drop default ignorables, map confusables, NFD), lowercased.
 * NFKC and lowercase first repeat the URL parser's IDNA mapping (fullwidth ｂ is b) for
 * labels that skipped it.
 */
function skeleton(text: string): string {
  const decomposed = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(IGNORABLES, '');
  return unhomoglyph(decomposed).normalize('NFD').toLowerCase();
}

/**
 * Folds the skeleton leaves apart: accents (zäif reads as zaif), and the letter pairs that read
 * as one letter in an address bar (the skeleton maps m to rn; vv is w). 1/l and 0/o are
 * already the skeleton's.
 */
function foldAsciiLookalikes(text: string): string {
  return text.replace(MARKS, '').replace(/rn/g, 'm').replace(/vv/g, 'w');
}

function wordsOf(labels: readonly string[]): string[] {
  return labels.flatMap((label) => label.split(SEPARATORS)).filter((word) => word !== '');
}

function compact(labels: readonly string[]): string {
  return labels.join('').replace(ALL_SEPARATORS, '');
}

/** The host's labels where the target's brand labels would be (the last one, or two for coin.z). */
function brandPosition(host: HostView, target: Target): string {
  return compact(host.labels.slice(-target.labels.length));
}

/** The whole protected domain inside another host: zaif.jp.evil.com, bitflyer.com-secure.net, zaif-jp.com. */
const embedsSite: Rule = (host, target) => containsRun(host.hostTokens, target.siteTokens);

/** The same brand under another suffix or in look-alike letters: bitflyer.net, bitf1yer.com, coin-z.com. */
const sameBrand: Rule = (host, target) => isWordBrand(target) && brandPosition(host, target) === target.brand;

/** The brand as a word of the host: bitflyer-login.com, secure-zaif.jp, bitflyer.evil.com. */
const brandWord: Rule = (host, target) => isWordBrand(target) && containsRun(host.tokens, target.tokens);

/** The brand glued to phishing words: bitflyerlogin.com, securezaif.jp, binance24.com. */
const brandWithWords: Rule = (host, target) =>
  isWordBrand(target) && host.tokens.some((token) => isBrandWithWords(token, target.brand));

/** A typo of a one-label brand, as the host's brand or one of its words: bitflyr.com, zaiif.jp. */
const brandTypo: Rule = (host, target) =>
  target.labels.length === 1 &&
  [brandPosition(host, target), ...host.tokens].some((word) => isTypo(word, target.brand));

const RULES: readonly Rule[] = [embedsSite, sameBrand, brandWord, brandWithWords, brandTypo];

/** Long enough to be told from ordinary words; one- and two-letter brands only match embedded. */
function isWordBrand(target: Target): boolean {
  return codePoints(target.brand).length >= MIN_WORD_BRAND;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let start = 0; start + run.length <= words.length; start += 1) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** `token` is the brand with phishing words or digits before or after it, and nothing else. */
function isBrandWithWords(token: string, brand: string): boolean {
  for (let at = token.indexOf(brand); at >= 0; at = token.indexOf(brand, at + 1)) {
    const before = token.slice(0, at);
    const after = token.slice(at + brand.length);
    if (before + after !== '' && isWordRun(before) && isWordRun(after)) return true;
  }
  return false;
}

/** Whether `text` splits entirely into attached words and digit runs (empty counts). */
function isWordRun(text: string): boolean {
  const reachable = [true];
  for (let end = 1; end <= text.length; end += 1) {
    reachable[end] = false;
    for (let start = Math.max(0, end - LONGEST_WORD); start < end && !reachable[end]; start += 1) {
      const piece = text.slice(start, end);
      reachable[end] = reachable[start] === true && (ATTACHED_WORDS.has(piece) || /^\d+$/.test(piece));
    }
  }
  return reachable[text.length] === true;
}

/**
 * A misspelling of the brand: within its length's edit distance, or one letter doubled
 * (zaiif) for 4-letter brands too. The first letter must stay: readers anchor on it, and the
 * real words one edit away mostly differ there (finance/binance).
 */
function isTypo(word: string, brand: string): boolean {
  if (word === brand || word.codePointAt(0) !== brand.codePointAt(0)) return false;
  const length = codePoints(brand).length;
  const allowed = TYPO_STEPS.find((step) => length >= step.minLength)?.distance ?? 0;
  if (allowed > 0 && editDistance(word, brand, allowed) <= allowed) return true;
  return length >= MIN_DOUBLED_BRAND && isDoubledLetter(word, brand);
}

/** `word` is `brand` with one of its letters typed twice. */
function isDoubledLetter(word: string, brand: string): boolean {
  const letters = codePoints(word);
  return letters.some(
    (letter, at) =>
      letter === letters[at + 1] && [...letters.slice(0, at), ...letters.slice(at + 1)].join('') === brand,
  );
}

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form (substitution, insertion,
 * deletion, adjacent transposition), on code points; anything over `limit` is `limit + 1`.
 */
function editDistance(a: string, b: string, limit: number): number {
  const x = codePoints(a);
  const y = codePoints(b);
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
