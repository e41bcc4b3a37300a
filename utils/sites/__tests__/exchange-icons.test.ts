import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { viewsAt } from '../../otp/views';
import { EXCHANGES } from '../exchanges';
import { exchangeIconPath } from '../issuers';

const PUBLIC = new URL('../../../public/', import.meta.url);

describe('exchange badges', () => {
  it('every known exchange has its badge in the extension’s own files, and no file is of another', () => {
    const files = readdirSync(new URL('icons/exchanges/', PUBLIC)).sort();
    expect(files).toEqual(EXCHANGES.map((exchange) => `${exchange.id}.svg`).sort());
    for (const exchange of EXCHANGES) {
      const svg = readFileSync(new URL(`.${exchangeIconPath(exchange)}`, PUBLIC), 'utf8');
      // Drawn here: nothing in it loads from anywhere.
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/href|url\(|https?:|@import/);
    }
  });

  it('an account of a known exchange (by issuer in any spelling, or by its site) shows its badge; others none', () => {
    const accounts = [
      accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'ビットフライヤー' }),
      accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DQ', issuer: 'my exchange', domains: ['coincheck.com'] }),
      accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DR', issuer: 'GitHub', domains: ['github.com'] }),
    ].map((data, index) => ({ ...data, id: `a${index}`, createdAt: 0, updatedAt: 0 }));
    expect(viewsAt(accounts, 0, () => 0).map((view) => view.icon)).toEqual([
      '/icons/exchanges/bitflyer.svg',
      '/icons/exchanges/coincheck.svg',
      null,
    ]);
  });
});
