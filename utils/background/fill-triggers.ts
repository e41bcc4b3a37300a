import { t } from '../i18n';

export const FILL_COMMAND = 'fill-code';
export const FILL_MENU_ID = 'omamori-fill';

/** The keyboard shortcut and the right-click menu: both fill the field in front. */
export function wireFillTriggers(fillInTab: (tabId: number, frameId: number) => Promise<void>): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: FILL_MENU_ID, title: t('contextMenuFill'), contexts: ['editable'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FILL_MENU_ID && tab?.id !== undefined) void fillInTab(tab.id, info.frameId ?? 0);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== FILL_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await fillInTab(tab.id, 0);
  });
}
