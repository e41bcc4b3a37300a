import { describe, expect, it } from 'vitest';
import { EXCHANGES } from '../exchanges';
import { domainsForIssuer, exchangeForIssuer } from '../issuers';

describe('exchangeForIssuer', () => {
  it.each([
    ['bitFlyer', 'bitflyer'],
    ['BITFLYER', 'bitflyer'],
    ['bitFlyer Lightning', 'bitflyer'],
    ['ビットフライヤー', 'bitflyer'],
    ['bitFlyer (taro@example.jp)', 'bitflyer'],
    ['bitflyer.com', 'bitflyer'],
    ['株式会社bitFlyer', 'bitflyer'],
    ['Zaif', 'zaif'],
    ['ザイフ', 'zaif'],
    ['Zaif Exchange', 'zaif'],
    ['zaif.jp', 'zaif'],
    ['Coincheck', 'coincheck'],
    ['コインチェック', 'coincheck'],
    ['Coincheck, Inc.', 'coincheck'],
    ['GMO Coin', 'gmocoin'],
    ['GMOコイン', 'gmocoin'],
    ['ＧＭＯコイン', 'gmocoin'],
    ['GMOコイン株式会社', 'gmocoin'],
    ['gmocoin', 'gmocoin'],
    ['GMO-Coin', 'gmocoin'],
    ['bitbank', 'bitbank'],
    ['ビットバンク', 'bitbank'],
    ['bitbank.cc', 'bitbank'],
    ['Kraken', 'kraken'],
    ['クラーケン', 'kraken'],
    ['Kraken.com', 'kraken'],
    ['Binance', 'binance'],
    ['バイナンス', 'binance'],
    ['Binance.com', 'binance'],
    ['Binance Japan', 'binance'],
  ])('%s → %s', (issuer, id) => {
    expect(exchangeForIssuer(issuer)?.id).toBe(id);
  });

  it.each([['Some Bank'], [''], ['   '], ['GMO'], ['Coin'], ['bitFlyerX'], ['Bitbank Fake'], ['GitHub'], ['楽天証券']])(
    '%j names no exchange',
    (issuer) => {
      expect(exchangeForIssuer(issuer)).toBeUndefined();
    },
  );
});

describe('domainsForIssuer', () => {
  it('binds GMO Coin by its host, never the shared z.com', () => {
    expect(domainsForIssuer('GMOコイン')).toEqual(['coin.z.com']);
  });

  it('gives every exchange its own sites, and nothing for others', () => {
    for (const exchange of EXCHANGES) expect(domainsForIssuer(exchange.name)).toEqual(exchange.domains);
    expect(domainsForIssuer('Some Bank')).toEqual([]);
  });
});
