import { describe, expect, it } from 'vitest';
import { issuerBrandMissing } from '../issuer-brand';

describe('the issuer’s name against the page’s site, before a first bind', () => {
  it('warns when no word of the issuer’s name is in the site: a page asking for another service’s code', () => {
    for (const [issuer, host] of [
      ['Acme Bank', 'login.evil-portal.example'],
      ['GitHub', 'secure.evil.example'],
      ['Example Corp', 'examp1e.com'],
      ['Dropbox', 'accounts.example.com'],
      ['Mizuho Securities (taro)', 'sc-login.jp'],
    ] as const)
      expect(issuerBrandMissing(issuer, host), `${issuer} on ${host}`).toBe(true);
  });

  it('says nothing when the site carries the name, in any of its words, case or accents', () => {
    for (const [issuer, host] of [
      ['GitHub', 'github.com'],
      ['Example Bank', 'www.example-bank.co.jp'],
      ['Mizuho Securities', 'mizuho-sc.com'],
      ['Amazon Web Services', 'signin.aws.amazon.com'],
      ['Zürich Bank', 'zurich.ch'],
      ['ＤＲＯＰＢＯＸ', 'dropbox.com'],
    ] as const)
      expect(issuerBrandMissing(issuer, host), `${issuer} on ${host}`).toBe(false);
  });

  it('has nothing to compare when the issuer has no name in Latin letters, or only generic words', () => {
    for (const issuer of ['', 'みずほ銀行', 'Bank', 'Online Banking Inc.', '123'])
      expect(issuerBrandMissing(issuer, 'evil.example'), issuer).toBe(false);
  });
});
