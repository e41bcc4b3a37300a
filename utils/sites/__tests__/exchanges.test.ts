import { describe, expect, it } from 'vitest';
import { EXCHANGES, exchangeForHost, exchangeMatchPatterns } from '../exchanges';

describe('exchangeForHost', () => {
  it.each([
    ['bitflyer.com', 'bitflyer'],
    ['lightning.bitflyer.com', 'bitflyer'],
    ['lightning.bitflyer.jp', 'bitflyer'],
    ['zaif.jp', 'zaif'],
    ['coincheck.com', 'coincheck'],
    ['coin.z.com', 'gmocoin'],
    ['app.bitbank.cc', 'bitbank'],
    ['www.kraken.com', 'kraken'],
    ['accounts.binance.com', 'binance'],
    ['LIGHTNING.BITFLYER.COM.', 'bitflyer'],
  ])('%s is %s', (host, id) => {
    expect(exchangeForHost(host)?.id).toBe(id);
  });

  it.each([
    'bitf1yer.com',
    'lightning.bitf1yer.com',
    'bitflyer.com.evil.example',
    'notbitflyer.com',
    'xn--bitflyr-n2a.com',
    'z.com',
    'other.z.com',
    'example.com',
  ])('%s is no exchange', (host) => {
    expect(exchangeForHost(host)).toBeUndefined();
  });
});

describe('exchangeMatchPatterns', () => {
  it('covers every exchange host over HTTPS only', () => {
    const patterns = exchangeMatchPatterns();
    expect(patterns).toContain('https://*.bitflyer.com/*');
    expect(patterns).toContain('https://coin.z.com/*');
    expect(patterns.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    expect(patterns).toHaveLength(EXCHANGES.flatMap((exchange) => exchange.hosts).length);
  });
});
