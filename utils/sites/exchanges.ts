/** How to fill one exchange's 2FA step; without one, the generic detector decides. */
export interface FillRule {
  /** The authenticator-code field, most specific first. */
  readonly codeSelectors: readonly string[];
  /** Other code fields on the same pages that must never get a TOTP (email, SMS codes). */
  readonly exclude: readonly string[];
  /** The button that submits the code, when the form's own submit is not the one. */
  readonly submitSelector?: string;
  readonly codeLength: number;
  /** Where the selectors come from, so they can be checked again when a site changes. */
  readonly source: string;
}

/**
 * The first-class exchanges: one entry per exchange. `hosts` are match-pattern hosts
 * (HTTPS only) where the content script runs; `domains` are the registrable domains an
 * account of this exchange is bound to; `fill` is its field rule, if its markup is known.
 */
export interface Exchange {
  readonly id: string;
  readonly name: string;
  readonly hosts: readonly string[];
  readonly domains: readonly string[];
  readonly fill?: FillRule;
}

export const EXCHANGES: readonly Exchange[] = [
  {
    id: 'bitflyer',
    name: 'bitFlyer',
    hosts: ['*.bitflyer.com', '*.bitflyer.jp'],
    domains: ['bitflyer.com', 'bitflyer.jp'],
    fill: {
      codeSelectors: ['input#ConfirmationCode'],
      exclude: [],
      codeLength: 6,
      source: 'bitFlyer Lightning 2FA step /Home/TwoFactorAuth (server-rendered form), issue #4',
    },
  },
  // Zaif, GMO Coin and bitbank: the generic detector, until their markup is known.
  { id: 'zaif', name: 'Zaif', hosts: ['*.zaif.jp'], domains: ['zaif.jp'] },
  {
    id: 'coincheck',
    name: 'Coincheck',
    hosts: ['*.coincheck.com'],
    domains: ['coincheck.com'],
    fill: {
      codeSelectors: ['input[name="two_factor_password"]'],
      exclude: [],
      codeLength: 6,
      source: 'Coincheck login 2FA field, as reported in issue #4',
    },
  },
  // GMO's z.com hosts many unrelated services: the script runs on the exchange host only.
  { id: 'gmocoin', name: 'GMO Coin', hosts: ['coin.z.com'], domains: ['z.com'] },
  { id: 'bitbank', name: 'bitbank', hosts: ['*.bitbank.cc'], domains: ['bitbank.cc'] },
  {
    id: 'kraken',
    name: 'Kraken',
    hosts: ['*.kraken.com'],
    domains: ['kraken.com'],
    fill: {
      // Kraken sometimes renders it as type=password: the rule allows that.
      codeSelectors: ['input[name="tfa"]'],
      exclude: [],
      codeLength: 6,
      source: 'Kraken sign-in 2FA field, issue #4',
    },
  },
  {
    id: 'binance',
    name: 'Binance',
    hosts: ['*.binance.com'],
    domains: ['binance.com'],
    fill: {
      codeSelectors: ['[data-e2e="input-mfa"]', 'input[data-e2e="input-mfa"]'],
      // The same step asks for email and SMS codes: those never get the TOTP.
      exclude: ['[data-e2e="input-email"]', '[data-e2e="input-sms"]', '[data-e2e*="email"]', '[data-e2e*="sms"]'],
      codeLength: 6,
      source: 'Binance security verification step (data-e2e attributes), issue #4',
    },
  },
];

/** Match patterns for the content script: every exchange host, HTTPS only. */
export function exchangeMatchPatterns(exchanges: readonly Exchange[] = EXCHANGES): string[] {
  return exchanges.flatMap((exchange) => exchange.hosts.map((host) => `https://${host}/*`));
}

/** The exchange whose host patterns cover `hostname` (the way match patterns match). */
export function exchangeForHost(
  hostname: string,
  exchanges: readonly Exchange[] = EXCHANGES,
): Exchange | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return exchanges.find((exchange) => exchange.hosts.some((pattern) => hostMatches(pattern, host)));
}

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** The domains an account is bound to when its issuer names a known exchange. */
export function domainsForIssuer(issuer: string, exchanges: readonly Exchange[] = EXCHANGES): string[] {
  const name = issuer.trim().toLowerCase().replace(/\s+/g, '');
  const exchange = exchanges.find(
    (candidate) => candidate.id === name || candidate.name.toLowerCase().replace(/\s+/g, '') === name,
  );
  return exchange ? [...exchange.domains] : [];
}
