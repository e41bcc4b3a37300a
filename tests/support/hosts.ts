/**
 * The host names the fixture server answers for, each mapped to a folder of
 * tests/fixtures/pages. Real exchange hosts, plus look-alikes serving the same pages.
 */
export const FIXTURE_HOSTS: Readonly<Record<string, string>> = {
  'bitflyer.com': 'bitflyer',
  'lightning.bitflyer.com': 'bitflyer',
  'bitflyer.jp': 'bitflyer',
  'lightning.bitflyer.jp': 'bitflyer',
  'zaif.jp': 'zaif',
  'coincheck.com': 'coincheck',
  'coin.z.com': 'gmocoin',
  // Another GMO service on the shared z.com: not GMO Coin, so never its codes.
  'forex.z.com': 'gmocoin',
  'bitbank.cc': 'bitbank',
  // bitbank's login host: the one place its auto-fill may fill (utils/sites/exchanges.ts LOGIN_HOSTS).
  'app.bitbank.cc': 'bitbank',
  'kraken.com': 'kraken',
  'binance.com': 'binance',
  'accounts.example.com': 'generic',
  // A Japanese bank's site: no rule, so the content script arrives only when asked to fill.
  'example-bank.co.jp': 'bank',
  // Phishing look-alikes: bitFlyer's pages on hosts that are not bitFlyer's.
  'bitf1yer.com': 'bitflyer',
  'lightning.bitf1yer.com': 'bitflyer',
  'accounts.examp1e.com': 'generic',
  // The generic detector's corpus (tests/fixtures/pages/corpus/cases.ts): sites without a
  // rule, one bound to a 6-digit account and one to an 8-digit account.
  'auth.example.net': 'corpus',
  'auth.example.org': 'corpus',
  // The corpus's 8-digit pages: a site of its own, not another TLD of example.net (which the
  // bind policy refuses as a look-alike of it).
  'auth.eightdigit.org': 'corpus',
};

/** The WebDAV server the tests start (tests/support/webdav-server.ts). */
export const WEBDAV_HOST = 'dav.omamori.test';
/** Every host the test browsers resolve to 127.0.0.1: the fixture pages', and the WebDAV server's. */
export const HOST_NAMES = [...Object.keys(FIXTURE_HOSTS), WEBDAV_HOST];

/**
 * The fixture page of each exchange's fill rule, on one of its real hosts: the e2e fill
 * test opens each, and tests/unit/exchange-rules.test.ts checks that it holds the field.
 */
export const RULE_PAGES: Readonly<Record<string, { readonly host: string; readonly path: string }>> = {
  bitflyer: { host: 'lightning.bitflyer.com', path: '/Home/TwoFactorAuth' },
  coincheck: { host: 'coincheck.com', path: '/sessions/signin' },
  kraken: { host: 'kraken.com', path: '/sign-in' },
  binance: { host: 'binance.com', path: '/security-verification' },
};
