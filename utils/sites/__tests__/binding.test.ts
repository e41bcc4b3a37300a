import { describe, expect, it } from 'vitest';
import { fillSite, isBoundTo, normalizeSiteInput, siteOf } from '../binding';

describe('siteOf', () => {
  it.each([
    ['https://lightning.bitflyer.com/Home/TwoFactorAuth', 'bitflyer.com'],
    ['https://bitflyer.jp/', 'bitflyer.jp'],
    // z.com is shared by GMO's unrelated services: the site is the host.
    ['https://coin.z.com/jp/', 'coin.z.com'],
    ['https://forex.z.com/', 'forex.z.com'],
    ['https://app.bitbank.cc/login', 'bitbank.cc'],
    ['https://taro.github.io/', 'taro.github.io'],
    ['https://example.co.jp/', 'example.co.jp'],
    ['https://XN--BITFLYR-N2A.com./', 'xn--bitflyr-n2a.com'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it.each([
    ['http://bitflyer.com/'],
    ['https://127.0.0.1/'],
    ['file:///home/taro/bitflyer.html'],
    ['chrome://settings/'],
    ['not a url'],
    [undefined],
  ])('%s has none', (url) => {
    expect(siteOf(url)).toBeNull();
  });
});

describe('fillSite', () => {
  it('is the site when the top page and the field frame agree', () => {
    const origin = {
      tabUrl: 'https://bitflyer.com/ja-jp/',
      frameUrl: 'https://lightning.bitflyer.com/Home/TwoFactorAuth',
    };
    expect(fillSite(origin)).toBe('bitflyer.com');
  });

  it('is none for a foreign frame, or the real site framed elsewhere', () => {
    expect(fillSite({ tabUrl: 'https://bitf1yer.com/', frameUrl: 'https://bitf1yer.com/' })).toBe('bitf1yer.com');
    expect(fillSite({ tabUrl: 'https://bitflyer.com/', frameUrl: 'https://evil.example/' })).toBeNull();
    expect(fillSite({ tabUrl: 'https://evil.example/', frameUrl: 'https://lightning.bitflyer.com/' })).toBeNull();
    expect(fillSite({ tabUrl: 'https://coin.z.com/', frameUrl: 'https://other.z.com/' })).toBeNull();
  });
});

describe('isBoundTo', () => {
  it('matches only a bound site', () => {
    expect(isBoundTo(['bitflyer.com', 'bitflyer.jp'], 'bitflyer.com')).toBe(true);
    expect(isBoundTo(['bitflyer.com'], 'bitf1yer.com')).toBe(false);
    expect(isBoundTo(['bitflyer.com'], 'xn--bitflyr-n2a.com')).toBe(false);
    expect(isBoundTo(['bitflyer.com'], null)).toBe(false);
    expect(isBoundTo([], 'bitflyer.com')).toBe(false);
    expect(isBoundTo(['coin.z.com'], 'coin.z.com')).toBe(true);
  });

  it('never matches a shared domain that an older vault bound', () => {
    expect(isBoundTo(['z.com'], 'z.com')).toBe(false);
    expect(isBoundTo(['z.com'], 'evil.z.com')).toBe(false);
  });
});

describe('normalizeSiteInput', () => {
  it.each([
    ['bitflyer.com', 'bitflyer.com'],
    ['https://lightning.bitflyer.com/Home/TwoFactorAuth', 'bitflyer.com'],
    ['www.Zaif.JP', 'zaif.jp'],
    ['  coin.z.com  ', 'coin.z.com'],
    ['http://example.co.jp/login?x=1', 'example.co.jp'],
    ['例え.jp', 'xn--r8jz45g.jp'],
    ['https://ドメイン名例.jp/', 'xn--eckwd4c7cu47r2wf.jp'],
  ])('%s → %s', (typed, site) => {
    expect(normalizeSiteInput(typed)?.site).toBe(site);
  });

  it.each([[''], ['not a domain'], ['localhost'], ['127.0.0.1'], ['ftp://example.com'], ['com'], ['https://']])(
    '%j is refused',
    (typed) => {
      expect(normalizeSiteInput(typed)).toBeNull();
    },
  );
});
