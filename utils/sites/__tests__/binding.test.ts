import { describe, expect, it } from 'vitest';
import { fillDomain, isBoundTo, registrableDomain } from '../binding';

describe('registrableDomain', () => {
  it.each([
    ['https://lightning.bitflyer.com/Home/TwoFactorAuth', 'bitflyer.com'],
    ['https://bitflyer.jp/', 'bitflyer.jp'],
    ['https://coin.z.com/jp/', 'z.com'],
    ['https://app.bitbank.cc/login', 'bitbank.cc'],
    ['https://taro.github.io/', 'taro.github.io'],
    ['https://example.co.jp/', 'example.co.jp'],
  ])('%s → %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });

  it.each([
    ['http://bitflyer.com/'],
    ['https://127.0.0.1/'],
    ['file:///home/taro/bitflyer.html'],
    ['chrome://settings/'],
    ['not a url'],
    [undefined],
  ])('%s has none', (url) => {
    expect(registrableDomain(url)).toBeNull();
  });
});

describe('fillDomain', () => {
  it('is the site when the top page and the field frame agree', () => {
    const origin = { tabUrl: 'https://bitflyer.com/ja-jp/', frameUrl: 'https://lightning.bitflyer.com/Home/TwoFactorAuth' };
    expect(fillDomain(origin)).toBe('bitflyer.com');
  });

  it('is none for a look-alike, a foreign frame, or the real site framed elsewhere', () => {
    expect(fillDomain({ tabUrl: 'https://bitf1yer.com/', frameUrl: 'https://bitf1yer.com/' })).toBe('bitf1yer.com');
    expect(fillDomain({ tabUrl: 'https://bitflyer.com/', frameUrl: 'https://evil.example/' })).toBeNull();
    expect(fillDomain({ tabUrl: 'https://evil.example/', frameUrl: 'https://lightning.bitflyer.com/' })).toBeNull();
  });
});

describe('isBoundTo', () => {
  it('matches only a bound registrable domain', () => {
    expect(isBoundTo(['bitflyer.com', 'bitflyer.jp'], 'bitflyer.com')).toBe(true);
    expect(isBoundTo(['bitflyer.com'], 'bitf1yer.com')).toBe(false);
    expect(isBoundTo(['bitflyer.com'], 'xn--bitflyr-n2a.com')).toBe(false);
    expect(isBoundTo(['bitflyer.com'], null)).toBe(false);
    expect(isBoundTo([], 'bitflyer.com')).toBe(false);
  });
});
