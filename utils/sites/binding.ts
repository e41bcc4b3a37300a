import { getDomain } from 'tldts';

/**
 * Registrable domains that unrelated services share: a site on one of them is its host,
 * never the shared domain (an account bound to coin.z.com must not fill on any *.z.com).
 */
export const SHARED_DOMAINS: readonly { readonly domain: string; readonly source: string }[] = [
  {
    domain: 'z.com',
    source:
      'https://www.z.com/ — GMO Internet Group runs GMO Coin (coin.z.com) beside FX, hosting and other services (checked 2026-12-01)',
  },
];

const sharedDomains = new Set(SHARED_DOMAINS.map(({ domain }) => domain));

/**
 * The site of a host name: its registrable domain (eTLD+1, private suffixes included:
 * user.github.io is its own), or the host itself on a shared domain. Null for IPs and
 * names without a public suffix.
 */
export function siteOfHost(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const domain = getDomain(host, { allowPrivateDomains: true });
  if (!domain) return null;
  return sharedDomains.has(domain) ? host : domain;
}

/**
 * The site of an https URL; null for anything else — no code is ever released to http,
 * IPs, file: or browser pages.
 */
export function siteOf(url: string | undefined): string | null {
  const host = httpsHost(url);
  return host === null ? null : siteOfHost(host);
}

/** The host of an https URL, lowercase (IDNs as punycode, as the URL parser gives them). */
export function httpsHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** Where a fill request really comes from, as the browser (not the page) reports it. */
export interface RequestOrigin {
  /** The tab's top-level URL. */
  readonly tabUrl: string | undefined;
  /** The URL of the frame holding the field (the top frame, or a same-site iframe). */
  readonly frameUrl: string | undefined;
}

/**
 * The site a code may be released to: the top page's and the field frame's site, when
 * they are the same. A foreign iframe on the real site, or the real site framed by
 * another, get null.
 */
export function fillSite(origin: RequestOrigin): string | null {
  const top = siteOf(origin.tabUrl);
  return top !== null && top === siteOf(origin.frameUrl ?? origin.tabUrl) ? top : null;
}

/**
 * Whether an account bound to `sites` may fill on `site`. A shared domain itself never
 * matches (older vaults bound GMO Coin to z.com).
 */
export function isBoundTo(sites: readonly string[], site: string | null): boolean {
  return site !== null && sites.some((bound) => !sharedDomains.has(bound) && bound.toLowerCase() === site);
}

/**
 * A site as a person types it — `https://www.Example.com/login`, `例え.jp`, `zaif.jp` —
 * as the host and site it names (IDNs as punycode); null when it names none.
 */
export function normalizeSiteInput(text: string): { host: string; site: string } | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let host: string;
  try {
    const parsed = new URL(withScheme);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  const site = siteOfHost(host);
  return site === null ? null : { host, site };
}
