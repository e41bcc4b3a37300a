import { getDomain } from 'tldts';

/**
 * The registrable domain (eTLD+1, private suffixes included: user.github.io is its own)
 * of an https URL; null for anything else — no code is ever released to http, IPs,
 * file: or browser pages.
 */
export function registrableDomain(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return getDomain(parsed.hostname, { allowPrivateDomains: true });
}

/** Where a fill request really comes from, as the browser (not the page) reports it. */
export interface RequestOrigin {
  /** The tab's top-level URL. */
  readonly tabUrl: string | undefined;
  /** The URL of the frame holding the field (the top frame, or a same-site iframe). */
  readonly frameUrl: string | undefined;
}

/**
 * The domain a code may be released to: the top page's and the field frame's
 * registrable domain, when they are the same. A look-alike site, a foreign iframe on the
 * real site, or the real site framed by another all get null.
 */
export function fillDomain(origin: RequestOrigin): string | null {
  const top = registrableDomain(origin.tabUrl);
  return top !== null && top === registrableDomain(origin.frameUrl ?? origin.tabUrl) ? top : null;
}

/** Whether an account bound to `domains` may fill on `domain`. */
export function isBoundTo(domains: readonly string[], domain: string | null): boolean {
  return domain !== null && domains.some((bound) => bound.toLowerCase() === domain);
}
