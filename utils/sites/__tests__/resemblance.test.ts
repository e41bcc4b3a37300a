import fc from 'fast-check';
import { toASCII } from 'punycode/';
import { describe, expect, it } from 'vitest';
import { lookalikeOf } from '../resemblance';

const EXCHANGE_SITES = [
  'bitflyer.com',
  'bitflyer.jp',
  'zaif.jp',
  'coincheck.com',
  'coin.z.com',
  'bitbank.cc',
  'kraken.com',
  'binance.com',
];
/** Sites the user has already bound accounts to. */
const USER_SITES = ['github.com', 'mufg.jp'];
const SITES = [...EXCHANGE_SITES, ...USER_SITES];

/** An IDN as the URL parser hands it over: punycode labels. */
const idn = (unicodeHost: string): string => toASCII(unicodeHost);

describe('lookalikeOf: look-alikes name the site they imitate', () => {
  it.each([
    // Look-alike letters (confusables skeleton and ASCII folds).
    ['bitf1yer.com', 'bitflyer.com'],
    ['lightning.bitf1yer.com', 'bitflyer.com'],
    [idn('bitfly\u0435r.com'), 'bitflyer.com'], // Cyrillic е
    [idn('\uff42itflyer.com'), 'bitflyer.com'], // fullwidth ｂ
    ['c0incheck.com', 'coincheck.com'],
    [idn('c\u03bfincheck.com'), 'coincheck.com'], // Greek ο
    [idn('kr\u0430ken.com'), 'kraken.com'], // Cyrillic а
    [idn('z\u00e4if.jp'), 'zaif.jp'], // accent
    [idn('za\u0131f.jp'), 'zaif.jp'], // dotless ı
    ['c0in.z.com', 'coin.z.com'],
    ['rnufg.jp', 'mufg.jp'], // rn reads as m
    // Typos: edit distance by brand length, doubled letters.
    ['bitflyr.com', 'bitflyer.com'],
    ['bitfyler.com', 'bitflyer.com'],
    ['bitflyerr.com', 'bitflyer.com'],
    ['bitfiyer.com', 'bitflyer.com'],
    ['zaiif.jp', 'zaif.jp'],
    ['coinchek.com', 'coincheck.com'],
    ['coincehck.com', 'coincheck.com'],
    ['krakken.com', 'kraken.com'],
    ['blnance.com', 'binance.com'],
    ['binanse.com', 'binance.com'],
    ['bitbamk.cc', 'bitbank.cc'],
    ['bitbannk.cc', 'bitbank.cc'],
    ['githib.com', 'github.com'],
    ['bitflyr-login.com', 'bitflyer.com'],
    // The same brand under another suffix.
    ['bitflyer.net', 'bitflyer.com'],
    ['bitflyer.co.jp', 'bitflyer.com'],
    ['bit-flyer.com', 'bitflyer.com'],
    ['bitflyer.web.app', 'bitflyer.com'],
    ['zaif.com', 'zaif.jp'],
    ['coincheck.co', 'coincheck.com'],
    ['coinz.com', 'coin.z.com'],
    ['bitbank.com', 'bitbank.cc'],
    ['binance.org', 'binance.com'],
    // The brand with words.
    ['bitflyer-login.com', 'bitflyer.com'],
    ['bitflyerlogin.com', 'bitflyer.com'],
    ['securezaif.jp', 'zaif.jp'],
    ['zaiflogin.jp', 'zaif.jp'],
    ['kraken-support.com', 'kraken.com'],
    ['binance-us.help', 'binance.com'],
    ['binance24.com', 'binance.com'],
    ['coinzlogin.com', 'coin.z.com'],
    ['github-login.com', 'github.com'],
    ['mufgbank.com', 'mufg.jp'],
    ['bitflyer.secure-auth.net', 'bitflyer.com'],
    ['coin-z-login.net', 'coin.z.com'],
    // A protected domain embedded in another host.
    ['zaif.jp.evil-login.com', 'zaif.jp'],
    ['zaif-jp.com', 'zaif.jp'],
    ['secure-zaif.jp', 'zaif.jp'],
    ['login-bitflyer.jp', 'bitflyer.jp'],
    ['bitflyer-jp.net', 'bitflyer.jp'],
    ['bitflyer.com-secure.net', 'bitflyer.com'],
    ['lightning.bitflyer.com.example.org', 'bitflyer.com'],
    ['coin-z.com', 'coin.z.com'],
    ['coin.z.com.evil.org', 'coin.z.com'],
    ['coincheck-com.net', 'coincheck.com'],
    ['kraken.com.ru', 'kraken.com'],
    ['mufg-jp.com', 'mufg.jp'],
    ['github.com.evil.io', 'github.com'],
  ])('%s imitates %s', (host, site) => {
    expect(lookalikeOf(host, SITES)).toBe(site);
  });
});

describe('lookalikeOf: genuine and different sites are not look-alikes', () => {
  it.each([
    // The protected sites and their subdomains.
    'bitflyer.com',
    'lightning.bitflyer.com',
    'www.bitflyer.com',
    'bitflyer.jp',
    'lightning.bitflyer.jp',
    'bitflyer.com.', // the URL parser keeps the root dot
    'zaif.jp',
    'coincheck.com',
    'app.coincheck.com',
    'coin.z.com',
    'api.coin.z.com',
    'bitbank.cc',
    'app.bitbank.cc',
    'kraken.com',
    'pro.kraken.com',
    'accounts.binance.com',
    'github.com',
    'gist.github.com',
    'mufg.jp',
    'bk.mufg.jp',
    // Japanese sites, including the rest of the shared z.com.
    'rakuten.co.jp',
    'yahoo.co.jp',
    'finance.yahoo.co.jp',
    'mercari.com',
    'sbivc.co.jp',
    'rakuten-sec.co.jp',
    'smbc.co.jp',
    'mizuhobank.co.jp',
    'nintendo.co.jp',
    'dmm.com',
    'line.me',
    'gmo.jp',
    'z.com',
    'www.z.com',
    'forex.z.com',
    'click.z.com',
    'bitpoint.co.jp',
    'bittrade.co.jp',
    'okcoin.jp',
    // Others, some one word or letter from a brand.
    'google.com',
    'taro.github.io',
    'githubusercontent.com',
    'githubstatus.com',
    'gitlab.com',
    'amazon.co.jp',
    'coinbase.com',
    'coin.com',
    'kucoin.com',
    'bitget.com',
    'bitstamp.net',
    'bitfinex.com',
    'krakenfiles.com', // kraken + a word outside the phishing list
    'finance.com', // one edit from binance, but not at the first letter
    'zaim.net', // one edit from zaif: too short for edit distance
    'zaifun.jp', // zaif glued to something that is no phishing word
    'example.com',
    // Not host names at all.
    '192.0.2.1',
    'localhost',
    '',
  ])('%s is no look-alike', (host) => {
    expect(lookalikeOf(host, SITES)).toBeNull();
  });
});

describe('lookalikeOf: real sites accepted as flagged', () => {
  // The price of the rules above, kept visible: each reads as the brand to a person too.
  it.each([
    ['binance.us', 'binance.com'], // Binance.US: a separate exchange under the same brand
    ['krakend.io', 'kraken.com'], // an API gateway, one letter from kraken
    ['coincheckup.com', 'coincheck.com'], // a crypto research site, two letters from coincheck
    ['binance.zendesk.com', 'binance.com'], // a help desk on a third-party domain
    ['github.blog', 'github.com'], // GitHub's own blog: the same brand under another suffix
  ])('%s is flagged as %s', (host, site) => {
    expect(lookalikeOf(host, SITES)).toBe(site);
  });
});

describe('lookalikeOf: folds and limits', () => {
  it('reads vv as w', () => {
    expect(lookalikeOf('vvise.com', ['wise.com'])).toBe('wise.com');
  });

  it('matches one- and two-letter brands only as an embedded domain', () => {
    expect(lookalikeOf('x.org', ['x.com'])).toBeNull();
    expect(lookalikeOf('x-login.net', ['x.com'])).toBeNull();
    expect(lookalikeOf('x.com.evil.org', ['x.com'])).toBe('x.com');
  });

  it('never flags a site that is itself protected', () => {
    expect(lookalikeOf('binance.us', [...SITES, 'binance.us'])).toBeNull();
  });

  it('names nothing with no protected sites', () => {
    expect(lookalikeOf('bitf1yer.com', [])).toBeNull();
  });
});

describe('lookalikeOf: properties', () => {
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);

  it('never throws, and names only a protected site', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.domain(), fc.webUrl());
    fc.assert(
      fc.property(text, (host) => {
        const site = lookalikeOf(host, SITES);
        return site === null || SITES.includes(site);
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  it('gives null for every protected site and its subdomains', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SITES), fc.array(label, { maxLength: 4 }), (site, subdomains) => {
        return lookalikeOf([...subdomains, site].join('.'), SITES) === null;
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});
