import providers from 'email-providers/all.json';
import { describe, expect, it } from 'vitest';
import { EXCHANGES } from '../exchanges';
import { lookalikeOf } from '../resemblance';
import { BRAND_WORDS } from '../resemblance-brands';
import { permutations } from './permutations';

/** Every protected domain: the known exchanges' sites. */
const SITES = EXCHANGES.flatMap((exchange) => exchange.domains);
const exchangeOf = (site: string | null) =>
  EXCHANGES.find((exchange) => site !== null && exchange.domains.includes(site));
const isGenuine = (host: string) => SITES.some((site) => host === site || host.endsWith(`.${site}`));

describe('look-alikes at scale: generated permutations of every exchange', () => {
  const generated = new Map<string, { family: string; site: string }>();
  for (const site of SITES)
    for (const { family, host } of permutations(site, BRAND_WORDS.get(site) ?? []))
      if (!isGenuine(host) && !generated.has(host)) generated.set(host, { family, site });
  const missed = [...generated].filter(([host, { site }]) => exchangeOf(lookalikeOf(host, SITES)) !== exchangeOf(site));

  it(`refuses at least 99 % of ${generated.size} hosts, each as the exchange it imitates`, () => {
    expect(generated.size).toBeGreaterThan(5000);
    const refused = 1 - missed.length / generated.size;
    console.info(
      `look-alikes: ${generated.size - missed.length} of ${generated.size} refused (${(refused * 100).toFixed(2)} %); missed:`,
      missed.map(([host, { family }]) => `${host} (${family})`).join(', '),
    );
    expect(refused).toBeGreaterThanOrEqual(0.99);
  });

  it('generates every family for every exchange', () => {
    const families = new Set([...generated.values()].map(({ family }) => family));
    expect([...families].sort()).toEqual(
      [
        'brand-plus-word',
        'glued-suffix',
        'glued-word',
        'homoglyph',
        'hyphenation',
        'insertion',
        'omission',
        'other-suffix',
        'repetition',
        'subdomain',
        'transposition',
        'vowel-swap',
      ].sort(),
    );
    for (const site of SITES)
      expect([...generated.values()].filter((entry) => entry.site === site).length).toBeGreaterThan(400);
  });
});

describe('look-alikes at scale: the misses of issue 22', () => {
  it.each([
    ['za1f.jp', 'zaif.jp'],
    ['zalf.jp', 'zaif.jp'],
    ['zajf.jp', 'zaif.jp'],
    ['zaef.jp', 'zaif.jp'],
    ['zaifx.jp', 'zaif.jp'],
    ['zalf.co', 'zaif.jp'],
    ['gmo-coin.com', 'coin.z.com'],
    ['gmocoin.jp', 'coin.z.com'],
    ['gmocoin-login.com', 'coin.z.com'],
    ['gmo-z.com', 'coin.z.com'],
    ['coin.gmo-z.net', 'coin.z.com'],
    ['bitbankcc.com', 'bitbank.cc'],
    ['craken.com', 'kraken.com'],
    ['vinance.com', 'binance.com'],
  ])('%s imitates %s', (host, site) => {
    expect(lookalikeOf(host, SITES)).toBe(site);
  });
});

describe('look-alikes at scale: real, unrelated domains', () => {
  // email-providers (npm, ISC; derhuerst/email-providers, from goware/emailproviders): the
  // domains of mail providers worldwide, pinned in package.json.
  const domains = [...new Set(providers)];

  it(`refuses none of the ${domains.length} domains of the email-providers list`, () => {
    expect(domains.length).toBeGreaterThanOrEqual(5000);
    const refused = domains.flatMap((domain) => {
      const site = lookalikeOf(domain, SITES);
      return site === null ? [] : [`${domain} → ${site}`];
    });
    expect(refused).toEqual([]);
  });
});
