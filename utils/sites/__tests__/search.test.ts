import { describe, expect, it } from 'vitest';
import { matchAccounts, searchForm, type Searchable } from '../search';

const account = (issuer: string, label = '', domains: string[] = [], group = ''): Searchable => ({
  issuer,
  label,
  domains,
  group,
});
const COLLECTION = [
  account('ビットフライヤー', 'taro@example.jp'),
  account('ザイフ', '山田 太郎'),
  account('コインチェック', 'hanako'),
  account('GMOコイン', 'taro', ['coin.z.com'], '取引所'),
  account('Ｇｏｏｇｌｅ', 'taro.yamada@gmail.com', ['google.com'], '仕事'),
  account('BF', 'second', ['bitflyer.com']),
  account('楽天証券', 'YAMADA1234', ['rakuten-sec.co.jp']),
];
const found = (query: string) => matchAccounts(COLLECTION, query).map((entry) => `${entry.issuer}/${entry.label}`);

describe('the popup’s search', () => {
  it('finds a Japanese exchange by its Latin spelling, from the exchange table', () => {
    expect(found('bitflyer')).toEqual(['ビットフライヤー/taro@example.jp', 'BF/second']);
    expect(found('zaif')).toEqual(['ザイフ/山田 太郎']);
    expect(found('coincheck')).toEqual(['コインチェック/hanako']);
    expect(found('BitFlyer taro')).toEqual(['ビットフライヤー/taro@example.jp']);
    expect(found('gmocoin')).toEqual(['GMOコイン/taro']);
  });

  it('folds width, case and katakana to hiragana on both sides', () => {
    expect(searchForm('ＧＭＯｺｲﾝ')).toBe('gmoこいん');
    expect(found('google')).toEqual(['Ｇｏｏｇｌｅ/taro.yamada@gmail.com']);
    expect(found('ＹＡＭＡＤＡ１２３４')).toEqual(['楽天証券/YAMADA1234']);
    expect(found('ｺｲﾝﾁｪｯｸ')).toEqual(['コインチェック/hanako']);
    expect(found('こいんちぇっく')).toEqual(['コインチェック/hanako']);
    expect(found('びっとふらいやー')).toEqual(['ビットフライヤー/taro@example.jp', 'BF/second']);
  });

  it('matches name, site and group, every word somewhere', () => {
    expect(found('取引所')).toEqual(['GMOコイン/taro']);
    expect(found('仕事 gmail')).toEqual(['Ｇｏｏｇｌｅ/taro.yamada@gmail.com']);
    expect(found('rakuten-sec')).toEqual(['楽天証券/YAMADA1234']);
    expect(found('山田')).toEqual(['ザイフ/山田 太郎']);
    expect(found('kraken')).toEqual([]);
    expect(found('  ')).toHaveLength(COLLECTION.length);
    // A sign alone is no wildcard.
    expect(found('zaif -')).toEqual([]);
  });
});
