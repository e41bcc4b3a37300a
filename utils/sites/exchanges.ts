/** How to fill one exchange's 2FA step; without one, the generic detector decides. */
export interface FillRule {
  /** The authenticator-code field, most specific first. */
  readonly codeSelectors: readonly string[];
  /** Other code fields on the same pages that must never get a TOTP (email, SMS codes). */
  readonly exclude: readonly string[];
}

/** The page a rule's selectors were taken from, and when they were last seen there. */
export interface RuleSource {
  readonly url: string;
  readonly checked: string;
  readonly note: string;
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
  /** Sites an account of this exchange is bound to (see `siteOf`: a host on a shared domain). */
  readonly domains: readonly string[];
  readonly fill?: FillRule;
}

/** Where the issuer spellings come from: the exchanges' own names for themselves. */
export const ISSUER_SOURCE =
  "each exchange's English and Japanese name on its own site (bitflyer.com/ja-jp, zaif.jp, coincheck.com/ja, coin.z.com/jp, bitbank.cc, kraken.com, binance.com), and the issuer of its setup QR as users report it (checked 2026-12-01)";

export const EXCHANGES: readonly Exchange[] = [
  {
    id: 'bitflyer',
    name: 'bitFlyer',
    hosts: ['*.bitflyer.com', '*.bitflyer.jp'],
    domains: ['bitflyer.com', 'bitflyer.jp'],
    fill: {
      codeSelectors: ['input#ConfirmationCode'],
      exclude: [],
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
    },
  },
  // GMO's z.com hosts many unrelated services: bound, and run, on the exchange host only.
  {
    id: 'gmocoin',
    name: 'GMO Coin',
    hosts: ['coin.z.com'],
    domains: ['coin.z.com'],
  },
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
    },
  },
  {
    id: 'binance',
    name: 'Binance',
    hosts: ['*.binance.com'],
    domains: ['binance.com'],
    fill: {
      codeSelectors: ['[data-e2e="input-mfa"]'],
      // The same step asks for email and SMS codes: those never get the TOTP.
      exclude: ['[data-e2e*="email"]', '[data-e2e*="sms"]'],
    },
  },
];

/** Match patterns for the content script: every exchange host, HTTPS only. */
export function exchangeMatchPatterns(exchanges: readonly Exchange[] = EXCHANGES): string[] {
  return exchanges.flatMap((exchange) => exchange.hosts.map((host) => `https://${host}/*`));
}

/** The exchange whose host patterns cover `hostname` (the way match patterns match). */
export function exchangeForHost(hostname: string, exchanges: readonly Exchange[] = EXCHANGES): Exchange | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return exchanges.find((exchange) => exchange.hosts.some((pattern) => hostMatches(pattern, host)));
}

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** The hosts of an exchange's own login (where its 2FA step asks for the code), and where they were read. */
export interface LoginHosts {
  readonly hosts: readonly string[];
  readonly source: RuleSource;
}

/**
 * Auto-fill (a code with no click, turned on per exchange) goes only to these exact hosts:
 * a help centre, a blog or a taken-over subdomain under the same domain gets nothing
 * unasked. By exchange id, beside the table: the background decides, the content script
 * has no use for them.
 */
export const LOGIN_HOSTS: Readonly<Record<string, LoginHosts>> = {
  bitflyer: {
    hosts: ['lightning.bitflyer.com', 'lightning.bitflyer.jp'],
    source: {
      url: 'https://lightning.bitflyer.com/Home/TwoFactorAuth',
      checked: '2026-11-22',
      note: 'the 2FA step of RULE_SOURCES.bitflyer; lightning.bitflyer.jp is its older host',
    },
  },
  zaif: {
    hosts: ['zaif.jp'],
    source: {
      url: 'https://zaif.jp/login',
      checked: '2026-12-07',
      note: 'the login form on the bare host, as the fixture page tests/fixtures/pages/zaif/login.html has it; not checked against the live site from here (no network)',
    },
  },
  coincheck: {
    hosts: ['coincheck.com'],
    source: {
      url: 'https://coincheck.com/ja/sessions/signin',
      checked: '2026-11-22',
      note: 'the sign-in form of RULE_SOURCES.coincheck',
    },
  },
  gmocoin: {
    hosts: ['coin.z.com'],
    source: {
      url: 'https://coin.z.com/jp/member/login',
      checked: '2026-12-07',
      note: 'the exchange host itself (every other z.com host is another GMO service); not checked against the live site from here (no network)',
    },
  },
  bitbank: {
    hosts: ['app.bitbank.cc'],
    source: {
      url: 'https://app.bitbank.cc/login',
      checked: '2026-12-07',
      note: 'the trading app host, where bitbank.cc links its login; not checked against the live site from here (no network)',
    },
  },
  kraken: {
    hosts: ['www.kraken.com'],
    source: {
      url: 'https://www.kraken.com/sign-in',
      checked: '2026-11-22',
      note: 'the sign-in page of RULE_SOURCES.kraken',
    },
  },
  binance: {
    hosts: ['accounts.binance.com'],
    source: {
      url: 'https://accounts.binance.com/en/login',
      checked: '2026-11-22',
      note: 'the login and security verification of RULE_SOURCES.binance',
    },
  },
};

/** The exchange whose login hosts name `hostname` exactly; undefined anywhere else. */
export function loginExchangeForHost(
  hostname: string,
  exchanges: readonly Exchange[] = EXCHANGES,
): Exchange | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return exchanges.find((exchange) => LOGIN_HOSTS[exchange.id]?.hosts.includes(host));
}

/**
 * How each exchange's accounts name it in setup QR codes and other apps' exports (see
 * `issuers.ts`), by exchange id. Beside the table rather than in it: the content script
 * reads the table and has no use for these (its size budget).
 */
export const EXCHANGE_ISSUERS: Readonly<Record<string, readonly string[]>> = {
  bitflyer: ['bitFlyer', 'bitFlyer Lightning', 'ビットフライヤー', 'bitFlyer Japan'],
  zaif: ['Zaif', 'ザイフ', 'Zaif Exchange'],
  coincheck: ['Coincheck', 'コインチェック'],
  gmocoin: ['GMO Coin', 'GMOコイン', 'GMO-Z.com Coin'],
  bitbank: ['bitbank', 'ビットバンク'],
  kraken: ['Kraken', 'クラーケン', 'Payward'],
  binance: ['Binance', 'バイナンス', 'Binance Japan'],
};

/** Where each fill rule's selectors come from, by exchange id (beside the table, as above). */
export const RULE_SOURCES: Readonly<Record<string, RuleSource>> = {
  bitflyer: {
    url: 'https://lightning.bitflyer.com/Home/TwoFactorAuth',
    checked: '2026-11-22',
    note: 'server-rendered 2FA step, as reported in issue #4; fixture pages/bitflyer/Home/TwoFactorAuth.html',
  },
  coincheck: {
    url: 'https://coincheck.com/ja/sessions/signin',
    checked: '2026-11-22',
    note: 'the 2FA field of the sign-in form, as reported in issue #4; fixture pages/coincheck/sessions/signin.html',
  },
  kraken: {
    url: 'https://www.kraken.com/sign-in',
    checked: '2026-11-22',
    note: 'the 2FA step of sign-in, as reported in issue #4; fixture pages/kraken/sign-in.html',
  },
  binance: {
    url: 'https://accounts.binance.com/en/login',
    checked: '2026-11-22',
    note: 'the security verification step (data-e2e attributes), as reported in issue #4; fixture pages/binance/security-verification.html',
  },
};
