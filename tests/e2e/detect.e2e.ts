import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusHost, type CorpusCase } from '../fixtures/pages/corpus/cases';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage } from '../support/browsers';
import { clickFillButton, fillButtonCenter, injectFillScript } from '../support/fill';
import { fixtureUrl } from '../support/fixtures';
import { sendFromPage } from '../support/messages';
import { screenshotPath } from '../support/screenshots';
import { independentTotp } from '../support/totp';
import { waitUntil } from '../support/wait';
import { launchWithVault } from '../support/vault-state';

const PASSWORD = 'detector corpus e2e password';
const E2E_CASES = CORPUS.filter((entry) => !entry.unitOnly);
// One account per corpus site, bound to it: a click fills with no question asked.
const ACCOUNTS = {
  6: { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', domains: ['example.net'] },
  8: { secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U', domains: ['eightdigit.org'] },
} as const;

/** What the page holds: the target's values (in digit order) and every other field's. */
interface Fields {
  target: string[];
  others: string[];
  boxes: { left: number; top: number; right: number; bottom: number }[];
  buttons: { left: number; top: number; right: number; bottom: number }[];
}

function readFields(page: TestPage, selectors: readonly string[]): Promise<Fields> {
  return page.evaluate((wanted) => {
    const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => [
      root,
      ...Array.from(root.querySelectorAll('*')).flatMap((element) =>
        element.shadowRoot ? roots(element.shadowRoot) : [],
      ),
    ];
    const all = roots(document);
    const target = wanted.flatMap((selector) =>
      all.flatMap((root) => Array.from(root.querySelectorAll<HTMLInputElement>(selector))),
    );
    const others = all
      .flatMap((root) => Array.from(root.querySelectorAll('input')))
      .filter((input) => !target.includes(input));
    const rect = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    return {
      target: target.map((input) => input.value),
      others: others.map((input) => input.value),
      boxes: target.map(rect),
      buttons: Array.from(document.querySelectorAll('omamori-fill'), rect).filter((box) => box.right > box.left),
    };
  }, selectors);
}

// Pages whose button a person can look at afterwards (tests/.tmp/screenshots).
const SCREENSHOTS = new Set(['en-github-totp', 'en-boxes-order', 'lib-mui-otp', 'lib-input-otp', 'ja-2dankai-boxes']);

const overlaps = (a: Fields['boxes'][number], b: Fields['boxes'][number]) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(BROWSER_KINDS)('%s: the generic detector on the corpus', (kind) => {
  let harness: ExtensionHarness;
  let control: TestPage;
  const outcomes = new Map<string, boolean>();

  /** The content script looked and found nothing: no code on request, and no button. */
  const expectNoTarget = async (page: TestPage, tabId: number) => {
    expect(await sendFromPage(control, 'fillRequested', undefined, tabId)).toEqual({ filled: false });
    expect(await page.evaluate(() => document.querySelectorAll('omamori-fill').length, undefined)).toBe(0);
  };

  beforeAll(async () => {
    ({ harness, control } = await launchWithVault(kind, PASSWORD));
    for (const [digits, { secret, domains }] of Object.entries(ACCOUNTS)) {
      const added = await sendFromPage(control, 'addAccountManually', {
        secret,
        issuer: 'Example',
        label: `${digits} digits`,
        digits: Number(digits),
        domains: [...domains],
      });
      expect(added).toMatchObject({ ok: true });
    }
  });
  afterAll(async () => {
    const right = (filter: (entry: CorpusCase) => boolean) =>
      E2E_CASES.filter((entry) => filter(entry) && outcomes.get(entry.page)).length;
    const traps = E2E_CASES.filter((entry) => entry.trap).length;
    const pairs = E2E_CASES.filter((entry) => entry.pair).length;
    console.log(
      `${kind}: ${right(() => true)}/${E2E_CASES.length} cases right, traps ${right((entry) => !!entry.trap)}/${traps}, ` +
        `pages whose words decide ${right((entry) => !!entry.pair)}/${pairs}`,
    );
    await harness?.close();
  });

  // The static pages marked unitOnly are checked in happy-dom (tests/unit/detect-corpus.test.ts);
  // every pair keeps a side here.
  it.each(E2E_CASES.map((entry) => [entry.page, entry] as const))('%s', async (_, entry) => {
    const { page, tabId } = await harness.openTab(fixtureUrl(corpusHost(entry), `/${entry.page}`));
    try {
      await page.waitFor('html[data-ready]');
      await injectFillScript(control, tabId);
      if (!entry.fill) {
        await expectNoTarget(page, tabId);
        expect((await readFields(page, [])).others.filter(Boolean)).toEqual([]);
      } else {
        if (entry.tie) {
          // Nothing is picked for the person; in one of the fields, the button is there.
          await expectNoTarget(page, tabId);
          await page.click(entry.fill[0]!);
        }
        await fillButtonCenter(page);
        const before = await readFields(page, entry.fill);
        expect(before.buttons).toHaveLength(1);
        // Beside the field or the boxes: it covers no digit.
        expect(before.boxes.filter((box) => overlaps(box, before.buttons[0]!))).toEqual([]);
        if (SCREENSHOTS.has(entry.page)) await page.screenshot(screenshotPath(`detect-${kind}-${entry.page}`));
        const moment = await clickFillButton(page);
        const code = independentTotp(ACCOUNTS[entry.digits ?? 6].secret, moment, entry.digits ?? 6);
        const filled = await waitUntil(`${entry.page} to hold the code`, async () => {
          const fields = await readFields(page, entry.fill!);
          return fields.target.join('') === code && fields;
        });
        if (filled.target.length > 1) expect(filled.target).toEqual([...code]);
        if (entry.state)
          await waitUntil(`${entry.page} to take the code`, async () => (await page.text('#state')) === code);
        expect(filled.others.filter(Boolean)).toEqual([]);
      }
      outcomes.set(entry.page, true);
    } finally {
      await page.close();
    }
  });
});
