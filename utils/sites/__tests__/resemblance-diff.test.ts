import { describe, expect, it } from 'vitest';
import { markDifferences } from '../resemblance-diff';

const marked = (segments: readonly { text: string; differs: boolean }[]) =>
  segments.map(({ text, differs }) => (differs ? `[${text}]` : text)).join('');

describe('markDifferences: the letters a person must see', () => {
  it('marks the 1 that stands for an l, and the subdomain the real site lacks', () => {
    const { shown, real } = markDifferences('lightning.bitf1yer.com', 'bitflyer.com');
    expect(marked(shown)).toBe('[lightning.]bitf[1]yer.com');
    expect(marked(real)).toBe('bitf[l]yer.com');
  });

  it('marks rn against m, and nothing in equal names', () => {
    expect(marked(markDifferences('rnufg.jp', 'mufg.jp').shown)).toBe('[rn]ufg.jp');
    expect(marked(markDifferences('mufg.jp', 'mufg.jp').real)).toBe('mufg.jp');
  });

  it('marks a look-alike letter of another script', () => {
    expect(marked(markDifferences('kr\u0430ken.com', 'kraken.com').shown)).toBe('kr[\u0430]ken.com');
  });
});
