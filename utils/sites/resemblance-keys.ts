// The look-alike check (resemblance.ts) against sites known only by keyed hashes: while the
// vault is locked, the sites bound to its accounts are sealed inside it, and what is kept
// outside is a set of hashes of what the check compares (their folded brands, words and
// site). A host is then reduced to the same kinds of strings, each asked about by hash.
import {
  compact,
  isTypo,
  isWordRun,
  MIN_TYPO_BRAND,
  normalizeHost,
  targetOf,
  TYPO_STEPS,
  viewOf,
  type HostView,
} from './resemblance';

/** From this brand length, typos of two edits count. */
const TWO_EDIT_BRAND = Math.min(...TYPO_STEPS.filter((step) => step.distance === 2).map((step) => step.minLength));
/** The letters a folded ASCII host is written in: what a one-letter typo may put in. */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

/**
 * What the look-alike check compares about one protected site, as strings (to be hashed):
 * the site itself (a host under it is genuine), its words with its suffix (embedded),
 * its brand at the brand's place (same brand), as a word and glued to its suffix's words,
 * and for a site of one label its brand for typos (strict fold), with every form of it two
 * letters shorter when it is long enough for two-letter typos.
 */
export function siteFeatures(site: string): string[] {
  const loose = targetOf(normalizeHost(site), 'loose');
  const strict = targetOf(normalizeHost(site), 'strict');
  if (!loose || !strict) return [];
  const features = [`G:${normalizeHost(site)}`, `E:${loose.siteTokens.join('.')}`];
  for (const brand of loose.brands) {
    features.push(`B${loose.labels.length}:${brand}`, `W:${brand}`);
    for (const word of loose.suffixWords) features.push(`W:${brand}${word}`, `W:${word}${brand}`);
  }
  if (strict.labels.length === 1) {
    for (const brand of strict.brands.filter((name) => [...name].length >= MIN_TYPO_BRAND)) {
      const length = [...brand].length;
      // Each form one letter shorter (a typo of one letter shares one with its brand), and for
      // two-letter typos its length, so that a host's words are taken apart only when one is near.
      features.push(`T:${brand}`, `N:${length}`, ...[...deletions(brand, 1)].map((form) => `S:${form}`));
      if (length >= TWO_EDIT_BRAND) for (const shorter of deletions(brand, 2)) features.push(`D:${shorter}`);
    }
  }
  return [...new Set(features)];
}

/**
 * Whether `host` imitates a site whose features `known` holds (asked one string at a time,
 * so the sites themselves need not be known): the rules of resemblance.ts, each reduced to
 * "is this string of the host a feature". Exact for every rule but two-letter typos of long
 * brands, which count when the host's word and the brand share all but two letters each
 * (a little wider than the unlocked check). A host under a known site is genuine.
 */
export function imitatesKnown(host: string, known: (feature: string) => boolean): boolean {
  const name = normalizeHost(host);
  const labels = name.split('.');
  if (labels.some((_, at) => known(`G:${labels.slice(at).join('.')}`))) return false;
  const loose = viewOf(name, 'loose');
  const strict = viewOf(name, 'strict');
  if (!loose || !strict) return false;
  return embeds(loose, known) || namesBrand(loose, known) || typoOfBrand(strict, known);
}

function embeds(host: HostView, known: (feature: string) => boolean): boolean {
  const words = host.hostTokens;
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 2; end <= words.length; end += 1) {
      if (known(`E:${words.slice(start, end).join('.')}`)) return true;
    }
  }
  return false;
}

/** The brand at the brand's place, as a word, or glued to phishing words and digits. */
function namesBrand(host: HostView, known: (feature: string) => boolean): boolean {
  for (let count = 1; count <= host.labels.length; count += 1) {
    if (known(`B${count}:${compact(host.labels.slice(-count))}`)) return true;
  }
  for (const run of host.runs) {
    for (let start = 0; start < run.length; start += 1) {
      if (!isWordRun(run.slice(0, start), [])) continue;
      for (let end = run.length; end > start; end -= 1) {
        if (isWordRun(run.slice(end), []) && known(`W:${run.slice(start, end)}`)) return true;
      }
    }
  }
  return false;
}

/** A typo of a one-label site's brand as the host's last label or one of its words (strict fold). */
function typoOfBrand(host: HostView, known: (feature: string) => boolean): boolean {
  const words = new Set([compact(host.labels.slice(-1)), ...host.runs]);
  for (const word of words) {
    const length = [...word].length;
    if (length < MIN_TYPO_BRAND - 1) continue;
    for (const form of deletions(word, 1)) {
      // The brand is this form (the word has one letter more), or this form with one letter more.
      const brands = known(`T:${form}`) ? [form] : [];
      if (known(`S:${form}`)) brands.push(...oneInsertion(form));
      if (brands.some((brand) => known(`T:${brand}`) && isTypo(word, brand))) return true;
    }
    const long = Array.from({ length: 5 }, (_, at) => length - 2 + at).filter(
      (brandLength) => brandLength >= TWO_EDIT_BRAND && known(`N:${brandLength}`),
    );
    // A form two letters shorter of each in common: their lengths are within two of each other.
    if (long.length > 0 && [...deletions(word, 2)].some((form) => known(`D:${form}`))) return true;
  }
  return false;
}

/** Every string one letter longer than `word`, anywhere. */
function oneInsertion(word: string): string[] {
  const letters = [...word];
  return letters
    .flatMap((_, at) => {
      const [before, after] = [letters.slice(0, at).join(''), letters.slice(at).join('')];
      return ALPHABET.map((letter) => before + letter + after);
    })
    .concat(ALPHABET.map((letter) => word + letter));
}

/** `word` with up to `count` letters left out, anywhere (itself included). */
function deletions(word: string, count: number): Set<string> {
  let forms = new Set([word]);
  const all = new Set(forms);
  for (let step = 0; step < count; step += 1) {
    const next = new Set<string>();
    for (const form of forms) {
      const letters = [...form];
      letters.forEach((_, at) => next.add([...letters.slice(0, at), ...letters.slice(at + 1)].join('')));
    }
    next.forEach((form) => all.add(form));
    forms = next;
  }
  return all;
}
