import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, type ExtensionHarness, type TestPage, type UiLocale } from '../support/browsers';
import { COLLECTION } from '../support/collection';
import { OptionsPage } from '../support/pages/options';
import { screenshotPath } from '../support/screenshots';
import { launchWithVault, replaceAccounts } from '../support/vault-state';
import { waitUntil } from '../support/wait';

const PASSWORD = 'options sections e2e password';
const SECTIONS = ['accounts', 'backups', 'import-export', 'security', 'exchanges', 'about'];

/**
 * `#id` landed on: its top just below the window's top (the navigation may cover a strip
 * above it), or, for a last section too short to reach the top, the page scrolled to its
 * end with the section in view; and the navigation still in view.
 */
async function landedOn(options: OptionsPage, id: string): Promise<void> {
  await waitUntil(`#${id} to be at the top of the window`, async () => {
    const place = await options.placeOf(id);
    if (!place?.navInView) return false;
    const atEnd = await options.page.evaluate(
      () => scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
      undefined,
    );
    return (place.top >= 0 && place.top <= 80) || (atEnd && place.top >= 0 && place.bottom <= 800);
  });
}

/** The options in sections, each reachable by a link, with a navigation that stays in view. */
describe.each(BROWSER_KINDS)('%s: the options’ sections', (kind) => {
  describe.each<UiLocale>(['en', 'ja'])('in %s', (locale) => {
    let harness: ExtensionHarness;
    let control: TestPage;

    beforeAll(async () => {
      ({ harness, control } = await launchWithVault(kind, PASSWORD, { locale }));
      await replaceAccounts(control, COLLECTION.slice(0, 3));
    });
    afterAll(() => harness?.close());

    it('options.html#<section> lands on each section, and the old #backup on the backups', async () => {
      for (const id of [...SECTIONS, 'backup', 'trash']) {
        const options = await OptionsPage.openAt(harness, id);
        await landedOn(options, id);
        await options.close();
      }
    });

    it('the navigation leads to every section, stays in view and marks where one is', async () => {
      const options = await OptionsPage.open(harness);
      await options.page.waitFor('#export-backup');
      expect(await options.sectionLinks()).toEqual(SECTIONS);
      for (const id of SECTIONS) {
        await options.goToSection(id);
        await landedOn(options, id);
        await waitUntil(`the navigation to mark ${id}`, async () => (await options.currentSection()) === id);
        await options.screenshot(screenshotPath(`options-${id}-${kind}-${locale}`));
      }
      await options.close();
    });
  });
});
