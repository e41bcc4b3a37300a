// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findCodeTargets } from '@/utils/autofill/detect';
import { CORPUS, type CorpusCase } from '../fixtures/pages/corpus/cases';
import { FIXTURE_HOSTS } from '../support/hosts';
import { waitUntil } from '../support/wait';

// A path, not a URL: happy-dom's URL stands in for Node's here.
const FOLDER = join(process.cwd(), 'tests/fixtures/pages/corpus');
const pageFiles = readdirSync(FOLDER).filter((name) => name.endsWith('.html'));

// happy-dom lays nothing out: "visible" here means not hidden by attribute or style.
const shown = (input: HTMLInputElement) => !input.hidden && input.style.display !== 'none' && input.type !== 'hidden';

/** The page's markup without its scripts (happy-dom runs none here). */
function load(entry: CorpusCase): void {
  const html = readFileSync(join(FOLDER, `${entry.page}.html`), 'utf8');
  document.documentElement.lang = /<html lang="ja"/.test(html) ? 'ja' : 'en';
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
}

const elements = (selectors: readonly string[]) =>
  selectors.flatMap((selector) => [...document.querySelectorAll<HTMLInputElement>(selector)]);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the detector corpus table', () => {
  it('names every page in the folder once, and only pages that exist', () => {
    const named = CORPUS.map((entry) => `${entry.page}.html`);
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...pageFiles].sort());
  });

  it('has at least 60 cases and 15 traps, from the component libraries too', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((entry) => entry.trap).length).toBeGreaterThanOrEqual(15);
    expect(CORPUS.filter((entry) => entry.fill === null).length).toBeGreaterThanOrEqual(15);
    const libraries = new Set(CORPUS.flatMap((entry) => (entry.library ? [entry.library] : [])));
    expect([...libraries]).toEqual(
      expect.arrayContaining([
        'react-otp-input',
        'input-otp',
        'mui-one-time-password-input',
        'antd',
        'vue3-otp-input',
        'ng-otp-input',
      ]),
    );
  });

  it('is served on the corpus hosts, and every page is ready when it says so', () => {
    expect(FIXTURE_HOSTS['auth.example.net']).toBe('corpus');
    expect(FIXTURE_HOSTS['auth.eightdigit.org']).toBe('corpus');
    for (const entry of CORPUS) {
      const html = readFileSync(join(FOLDER, `${entry.page}.html`), 'utf8');
      // Static pages are ready as they load; the others mark it when their script is done.
      expect(
        /<html lang="\w+" data-ready>/.test(html) ||
          (entry.needs === 'script' && html.includes("'data-ready'")) ||
          html.includes('corpus.mount('),
        entry.page,
      ).toBe(true);
      if (entry.library) expect(html, entry.page).toContain('corpus.mount(');
    }
  });

  it('holds pairs that differ only in their words: the same input (or widget), a target on one side only', () => {
    const pairs = CORPUS.filter((entry) => entry.pair);
    // What the words may not change: every input a person sees, as written, and the widget mounted.
    const markup = (page: string) => {
      const html = readFileSync(join(FOLDER, `${page}.html`), 'utf8');
      const tags = [...html.matchAll(/<input\b[^>]*>|corpus\.mount\(.*\)/g)].map(([tag]) => tag);
      return tags.filter((tag) => !tag.includes('type="hidden"'));
    };
    for (const entry of pairs) {
      const other = CORPUS.find((candidate) => candidate.page === entry.pair);
      expect(other, entry.page).toBeDefined();
      expect(markup(entry.page), entry.page).toEqual(markup(other!.page));
      expect(!entry.fill, entry.page).not.toBe(!other!.fill);
    }
    // English and Japanese, server-rendered and framework widgets, targets and traps.
    const html = (entry: CorpusCase) => readFileSync(join(FOLDER, `${entry.page}.html`), 'utf8');
    expect(pairs.filter((entry) => entry.fill).length).toBeGreaterThanOrEqual(10);
    expect(pairs.filter((entry) => !entry.fill).length).toBeGreaterThanOrEqual(15);
    expect(pairs.filter((entry) => html(entry).includes('<html lang="ja"')).length).toBeGreaterThanOrEqual(8);
    expect(pairs.filter((entry) => entry.library).length).toBeGreaterThanOrEqual(8);
    // The e2e run keeps a side of every pair.
    for (const entry of pairs.filter((item) => item.unitOnly)) {
      expect(CORPUS.find((candidate) => candidate.page === entry.pair)?.unitOnly, entry.page).toBeUndefined();
    }
  });

  it('names, for every target, fields the page has', () => {
    for (const entry of CORPUS.filter((item) => item.fill && !item.needs)) {
      load(entry);
      const found = elements(entry.fill!);
      expect(found.length, entry.page).toBeGreaterThan(0);
      expect(found.length === 1 || found.length === (entry.digits ?? 6), entry.page).toBe(true);
    }
  });
});

describe.each(CORPUS.filter((entry) => !entry.needs).map((entry) => [entry.page, entry] as const))(
  'the detector on %s',
  (_, entry) => {
    it(
      entry.fill
        ? entry.tie
          ? 'sees equally likely targets, this one among them'
          : 'finds exactly the target'
        : 'finds no target',
      () => {
        load(entry);
        const targets = findCodeTargets(document, undefined, shown);
        if (!entry.fill) {
          expect(targets).toEqual([]);
          return;
        }
        const expected = elements(entry.fill);
        if (entry.tie) {
          expect(targets.length).toBeGreaterThan(1);
          expect(targets).toContainEqual(expected);
        } else {
          expect(targets).toHaveLength(1);
          expect(targets[0]).toEqual(expected);
        }
      },
    );
  },
);

/** A widget page with its library running (happy-dom runs the committed bundle). */
async function mount(entry: CorpusCase): Promise<void> {
  load(entry);
  const html = readFileSync(join(FOLDER, `${entry.page}.html`), 'utf8');
  const bundle = /dist\/\w+\.js/.exec(html)![0];
  (0, eval)(readFileSync(join(FOLDER, bundle), 'utf8'));
  (0, eval)(/corpus\.mount\(.*\);/.exec(html)![0]);
  await waitUntil('the widget to render', () => document.querySelector('#widget input'));
}

// The widget traps whose words say "sent", in happy-dom too (their targets need layout: e2e).
describe.each(
  CORPUS.filter((entry) => entry.pair && entry.library && !entry.fill).map((entry) => [entry.page, entry] as const),
)('the detector on %s, its widget running', (_, entry) => {
  it('finds no target', async () => {
    await mount(entry);
    expect(findCodeTargets(document, undefined, shown)).toEqual([]);
  });
});
