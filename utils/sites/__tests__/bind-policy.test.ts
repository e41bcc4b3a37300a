import { describe, expect, it } from 'vitest';
import { admitSites, NEW_SITE } from '../bind-policy';

describe('admitSites, the one bind policy', () => {
  it("binds an arriving exchange account to its exchange's sites only, naming the others", () => {
    const admitted = admitSites(
      {
        issuer: 'bitFlyer',
        domains: ['bitf1yer.com', 'https://lightning.bitflyer.com/'],
        preferredOn: ['bitf1yer.com'],
      },
      [],
    );
    expect(admitted.domains).toContain('bitflyer.com');
    expect(admitted.domains).not.toContain('bitf1yer.com');
    expect(admitted.preferredOn).toEqual([]);
    expect(admitted.refused).toEqual([{ site: 'bitf1yer.com', reason: 'other-exchange', real: 'bitflyer.com' }]);
  });

  it('refuses a look-alike of an exchange, of a bound site and of a site admitted before it; and a non-site', () => {
    const admitted = admitSites(
      { issuer: 'Helper', domains: ['zaif.co', 'githib.com', 'mybank.jp', 'mybamk.jp', 'not a site'] },
      ['github.com'],
    );
    expect(admitted.domains).toEqual(['mybank.jp']);
    expect(admitted.refused).toEqual([
      { site: 'zaif.co', reason: 'look-alike', real: 'zaif.jp' },
      { site: 'githib.com', reason: 'look-alike', real: 'github.com' },
      { site: 'mybamk.jp', reason: 'look-alike', real: 'mybank.jp' },
      { site: 'not a site', reason: 'invalid-domain' },
    ]);
  });

  it('keeps preferredOn within the sites it binds', () => {
    const kept = admitSites({ issuer: 'Shop', domains: ['shop.jp'], preferredOn: ['shop.jp', 'evil.jp'] }, []);
    expect(kept).toEqual({ domains: ['shop.jp'], preferredOn: ['shop.jp'], refused: [] });
  });

  it('asks an edit only about sites the account does not hold yet, and gives no exchange site unasked', () => {
    expect(
      admitSites({ issuer: 'Helper', domains: ['mybamk.jp'] }, ['mybank.jp'], { kind: 'edit', held: ['mybamk.jp'] }),
    ).toEqual({
      domains: ['mybamk.jp'],
      preferredOn: [],
      refused: [],
    });
    expect(admitSites({ issuer: 'bitFlyer', domains: ['example.jp'] }, [], NEW_SITE)).toEqual({
      domains: [],
      preferredOn: [],
      refused: [{ site: 'example.jp', reason: 'other-exchange', real: 'bitflyer.com' }],
    });
  });
});
