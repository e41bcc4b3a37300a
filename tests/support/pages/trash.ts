import type { TestFrame } from '../browsers';
import { waitUntil } from '../wait';
import { byTestId } from './selectors';

/**
 * "Recently deleted", as the popup's screen and the options' section both show it: the
 * list carries `data-count` once loaded, each deleted account `data-trash-id`.
 */
const TRASH = byTestId('trash');
const item = (id: string) => `[data-trash-id="${id}"]`;

/** The list, once it has loaded: the deleted accounts' ids and names, most recent first. */
export async function trashItems(page: TestFrame): Promise<{ id: string; text: string }[]> {
  await page.waitFor(`${TRASH}:not([data-count=""])`);
  return page.evaluate(
    (selector) =>
      Array.from(document.querySelectorAll<HTMLElement>(`${selector} [data-trash-id]`), (element) => ({
        id: element.dataset.trashId ?? '',
        text: element.textContent ?? '',
      })),
    TRASH,
  );
}

/** Restores an account and waits until the list no longer holds it. */
export async function restoreFromTrash(page: TestFrame, id: string): Promise<void> {
  await page.click(`${item(id)} ${byTestId('trash-restore')}`);
  await waitUntil(`${id} to leave the trash`, async () => !(await trashItems(page)).some((shown) => shown.id === id));
}

/** "Delete for good", confirmed; waits until the list no longer holds it. */
export async function deleteForGood(page: TestFrame, id: string): Promise<void> {
  await page.click(`${item(id)} ${byTestId('trash-delete')}`);
  await page.click(`${item(id)} ${byTestId('trash-delete-confirm')}`);
  await waitUntil(
    `${id} to be deleted for good`,
    async () => !(await trashItems(page)).some((shown) => shown.id === id),
  );
}
