import providers from 'email-providers/all.json';
import { describe, expect, it } from 'vitest';
import { lookalikeOf } from '../resemblance';
import { imitatesKnown, siteFeatures } from '../resemblance-keys';
import { permutations } from './permutations';

/** Sites a person bound (no exchange): what only the sealed vault names. */
const BOUND = ['example-bank.co.jp', 'github.com', 'mizuho-sc.com'];
const features = new Set(BOUND.flatMap(siteFeatures));
const knownOnlyByFeatures = (host: string) => imitatesKnown(host, (feature) => features.has(feature));
const isGenuine = (host: string) => BOUND.some((site) => host === site || host.endsWith(`.${site}`));

describe('the look-alike check against bound sites known only by their features (while locked)', () => {
  it('recognises a look-alike of a bound site that is no exchange', () => {
    for (const host of [
      'examp1e-bank.co.jp',
      'example-bank.com',
      'examplebank.jp',
      'example-bank-login.com',
      'exampel-bank.co.jp',
      'example-bank.co.jp.evil.example',
      'secure.example-bank.co.jp-verify.net',
      'githab.com',
      'glthub.com',
    ])
      expect(knownOnlyByFeatures(host), host).toBe(true);
  });

  it('leaves the bound sites themselves, their subdomains and unrelated sites alone', () => {
    for (const host of [
      'example-bank.co.jp',
      'www.example-bank.co.jp',
      'github.com',
      'gist.github.com',
      'example.com',
      'gitlab.com',
    ])
      expect(knownOnlyByFeatures(host), host).toBe(false);
  });

  it('refuses every generated look-alike that the unlocked check refuses', () => {
    const hosts = BOUND.flatMap((site) => permutations(site, []).map(({ host }) => host)).filter(
      (host) => !isGenuine(host),
    );
    const refused = hosts.filter((host) => lookalikeOf(host, BOUND) !== null);
    const missed = refused.filter((host) => !knownOnlyByFeatures(host));
    console.info(`locked check: ${refused.length - missed.length} of ${refused.length} generated look-alikes refused`);
    expect(refused.length).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  }, 60_000);

  it(`refuses none of ${Object.keys(providers).length} real domains that the unlocked check lets through`, () => {
    const real = providers.filter((host) => !isGenuine(host) && lookalikeOf(host, BOUND) === null);
    expect(real.length).toBeGreaterThan(5000);
    expect(real.filter(knownOnlyByFeatures)).toEqual([]);
  }, 120_000);

  it('keeps no site in the clear: the features name words, not the bound site', () => {
    expect(siteFeatures('example-bank.co.jp')).toContain('G:example-bank.co.jp');
    // (the features are hashed before they are stored: see bound-site-keys.test.ts)
  });
});
