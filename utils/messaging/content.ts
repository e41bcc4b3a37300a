import { sendMessage, type ContentPresence } from './protocol';

/**
 * Asks the content script in `tabId` whether it runs there. `null` when nothing answers:
 * the page is not an exchange host (no script), or it is a browser page.
 */
export async function pingContentScript(tabId: number): Promise<ContentPresence | null> {
  try {
    return (await sendMessage('contentPing', undefined, tabId)) ?? null;
  } catch {
    return null;
  }
}
