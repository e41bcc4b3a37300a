import { browser } from 'wxt/browser';
/**
 * The tab the popup acts on: the one named by `?tab=` when the popup runs popped out in
 * its own tab or window, otherwise the active tab of the window it was opened from.
 */
export async function targetTabId(popupUrl: string): Promise<number | undefined> {
  const named = Number(new URL(popupUrl).searchParams.get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
