import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_ISSUERS, EXCHANGES, exchangeForHost, RULE_SOURCES } from '@/utils/sites/exchanges';
import { FIXTURE_HOSTS, RULE_PAGES } from '../support/hosts';

const PAGES = new URL('../fixtures/pages/', import.meta.url);
const FILL_E2E = readFileSync(new URL('../e2e/fill.e2e.ts', import.meta.url), 'utf8');

/** The fixture file the server gives for `path` on `host` (see tests/support/fixture-server.ts). */
function fixtureFile(host: string, path: string): string | undefined {
  const folder = new URL(`${FIXTURE_HOSTS[host]}/`, PAGES);
  return [`${path.slice(1)}/index.html`, `${path.slice(1)}.html`]
    .map((name) => new URL(name, folder).pathname)
    .find((file) => existsSync(file));
}

function documentOf(file: string): Document {
  const window = new Window();
  window.document.write(readFileSync(file, 'utf8'));
  return window.document as unknown as Document;
}

// As refined-github checks its features: every rule, host and fixture agree.
describe('exchange rules, hosts and fixtures', () => {
  it.each(EXCHANGES.map((exchange) => [exchange.id, exchange] as const))(
    '%s has a fixture host of its own',
    (_, exchange) => {
      expect(Object.keys(FIXTURE_HOSTS).some((host) => exchangeForHost(host)?.id === exchange.id)).toBe(true);
    },
  );

  it.each(EXCHANGES.filter((exchange) => exchange.fill).map((exchange) => [exchange.id, exchange] as const))(
    '%s: its rule has a real fixture page holding the field, opened by the fill e2e test, with a dated URL source',
    (id, exchange) => {
      const page = RULE_PAGES[id];
      expect(page, `RULE_PAGES.${id}`).toBeDefined();
      expect(exchangeForHost(page!.host)?.id).toBe(id);
      const file = fixtureFile(page!.host, page!.path);
      expect(file, `${page!.host}${page!.path}`).toBeDefined();
      const document = documentOf(file!);
      expect(exchange.fill!.codeSelectors.some((selector) => document.querySelector(selector) !== null)).toBe(true);
      expect(FILL_E2E).toContain(`fixtureUrl('${page!.host}', '${page!.path}')`);
      const source = RULE_SOURCES[id];
      expect(source, `RULE_SOURCES.${id}`).toBeDefined();
      expect(new URL(source!.url).protocol).toBe('https:');
      expect(source!.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('gives every exchange its issuer spellings, and no table names an exchange that is not there', () => {
    const ids = EXCHANGES.map((exchange) => exchange.id).sort();
    expect(Object.keys(EXCHANGE_ISSUERS).sort()).toEqual(ids);
    expect(Object.keys(RULE_SOURCES).sort()).toEqual(
      EXCHANGES.filter((exchange) => exchange.fill)
        .map((exchange) => exchange.id)
        .sort(),
    );
  });

  it('names only rules that exist, and every fixture folder serves a host', () => {
    expect(Object.keys(RULE_PAGES).every((id) => EXCHANGES.find((exchange) => exchange.id === id)?.fill)).toBe(true);
    const served = new Set(Object.values(FIXTURE_HOSTS));
    const folders = readdirSync(PAGES, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && entry.name !== 'common',
    );
    expect(folders.map((entry) => entry.name).filter((name) => !served.has(name))).toEqual([]);
  });
});
