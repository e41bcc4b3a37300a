import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { ImageFrame } from './scan';

export const FILL_COMMAND = 'fill-code';
export const SCAN_COMMAND = 'scan-qr';
const FILL_MENU_ID = 'omamori-fill';
const SCAN_MENU_ID = 'omamori-scan';

export interface TriggerActions {
  /** Fill the 2FA field in front (of one frame). */
  fillInTab(tabId: number, frameId: number): Promise<void>;
  /** Scan the tab for setup QR codes and show what was found (`image`: the right-clicked image's frame). */
  scanInTab(tabId: number, image?: ImageFrame): Promise<void>;
}

/** The keyboard shortcuts and the right-click menu items. */
export function wireTriggers(actions: TriggerActions): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: FILL_MENU_ID, title: t('contextMenuFill'), contexts: ['editable'] });
    browser.contextMenus.create({ id: SCAN_MENU_ID, title: t('contextMenuScan'), contexts: ['image'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === FILL_MENU_ID) void actions.fillInTab(tab.id, info.frameId ?? 0);
    // The browser's own frame id and URL for the image: the codes bind to that frame's site or to none.
    const image = { frameId: info.frameId ?? 0, url: info.frameUrl ?? info.pageUrl };
    if (info.menuItemId === SCAN_MENU_ID) void actions.scanInTab(tab.id, image);
  });
  const onCommand = async (command: string) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === FILL_COMMAND) await actions.fillInTab(tab.id, 0);
    if (command === SCAN_COMMAND) await actions.scanInTab(tab.id);
  };
  // The browser reads nothing from this listener's answer.
  browser.commands.onCommand.addListener((command) => void onCommand(command));
}
