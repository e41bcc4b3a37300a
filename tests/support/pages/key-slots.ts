import type { TestPage } from '../browsers';
import { waitUntil } from '../wait';
import { byTestId } from './selectors';

export const KEY_SLOT = byTestId('key-slot');
export const TOUCH_UNLOCK = '#touch-unlock';

export const slotCount = (page: TestPage) =>
  page.evaluate((query) => document.querySelectorAll(query).length, KEY_SLOT);

/** Sets up a key slot through the options' form: its name, the vault password, then the touch. */
export async function setUpSlot(page: TestPage, name: string, password: string): Promise<void> {
  const before = await slotCount(page);
  await page.fill('#slot-name', name);
  await page.fill('#slot-password', password);
  await page.click('#slot-add');
  await waitUntil(`the slot ${name} to be listed`, async () => (await slotCount(page)) === before + 1);
}

/** Removes every slot listed in the options. */
export async function removeSlots(page: TestPage): Promise<void> {
  for (let count = await slotCount(page); count > 0; count -= 1) {
    await page.click(byTestId('slot-remove'));
    await waitUntil('a slot to go', async () => (await slotCount(page)) === count - 1);
  }
}
