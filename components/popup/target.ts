import { sendMessage, type TabSite } from '@/utils/messaging/protocol';
import { targetTabId } from '@/utils/tabs';

/** The tab the popup acts on, and what the background says of its site. */
export interface PopupTarget {
  readonly tabId: number;
  readonly site: TabSite;
}

/** Asked once, at popup start: every screen reads the same answer. */
export async function loadTarget(popupUrl: string): Promise<PopupTarget | null> {
  const tabId = await targetTabId(popupUrl);
  return tabId === undefined ? null : { tabId, site: await sendMessage('tabSite', { tabId }) };
}

/** Where Fill may be offered: a real site, never one that imitates another. */
export function fillableSite(target: PopupTarget | null): string | null {
  return target && !target.site.imitates ? target.site.site : null;
}
