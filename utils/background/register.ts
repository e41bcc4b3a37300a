import type { GetDataType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import {
  onPageMessage,
  type ContentScriptMessage,
  type FromContentScript,
  type PageMessage,
} from '../messaging/protocol';
import type { Handlers, Sender } from './handlers';
import { CONTENT_SCRIPT_PAYLOADS, parsePayload } from './payloads';

/** Only the extension's own pages (popup, options) may talk to the vault. */
export function isExtensionPage(sender: { url?: string; id?: string }, extensionOrigin: string): boolean {
  return sender.id === browser.runtime.id && (sender.url?.startsWith(extensionOrigin) ?? false);
}

/** A content script of ours, in a web page's tab (not one of our pages). */
export function isContentScript(sender: { url?: string; id?: string; tab?: unknown }): boolean {
  return (
    sender.id === browser.runtime.id && sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'))
  );
}

/**
 * The message boundary: a bug below it becomes `{ ok: false, reason: 'internal' }` (logged
 * by message type and error name only — an error's text may quote a secret), never a
 * rejected promise that leaves the page waiting.
 */
export async function answerSafely<T>(
  type: string,
  work: () => Promise<T>,
): Promise<T | { ok: false; reason: 'internal' }> {
  try {
    return await work();
  } catch (error) {
    console.error(`Omamori: ${type} failed (${error instanceof Error ? error.name : typeof error})`);
    return { ok: false, reason: 'internal' };
  }
}

/**
 * Wires every page message to its handler (one table: the compiler checks that none is
 * missing). A message from anything but our own pages gets `forbidden` (getSettings, which
 * has no result type, throws instead); a payload that is not what the UI sends
 * (`PAGE_PAYLOADS`) gets `internal` and reaches no handler; each accepted one counts as
 * activity for the auto-lock.
 */
export function registerPageHandlers(handlers: Handlers<PageMessage>, onActivity: () => Promise<void>): void {
  const extensionOrigin = browser.runtime.getURL('/');
  for (const type of Object.keys(handlers) as PageMessage[]) {
    const handler = handlers[type] as (data: unknown, sender: unknown) => Promise<unknown>;
    onPageMessage(type, async (message) => {
      if (!isExtensionPage(message.sender, extensionOrigin)) {
        if (type === 'getSettings') throw new Error('forbidden');
        return { ok: false, reason: 'forbidden' } as never;
      }
      const payload = parsePayload(type, message.data);
      if (!payload.ok) {
        // Our own pages send these shapes: another is a bug (named by field, never by value).
        console.error(`Omamori: ${type} refused a payload (${payload.at})`);
        if (type === 'getSettings') throw new Error('malformed');
        return { ok: false, reason: 'internal' } as never;
      }
      // Re-arming the auto-lock need not delay the answer.
      void onActivity().catch(() => undefined);
      return answerSafely(type, () => handler(payload.value, message.sender)) as never;
    });
  }
}

type ContentScriptData<K extends ContentScriptMessage> = GetDataType<FromContentScript[K]>;
type ContentScriptAnswer<K extends ContentScriptMessage> = ReturnType<FromContentScript[K]>;
type Refusal = { ok: false; reason: 'not-allowed' | 'internal' };

/**
 * A content script's message as its handler may take it: only from our content script
 * (`isContentScript`) and only in the shape it sends (`CONTENT_SCRIPT_PAYLOADS`); anything
 * else answers `not-allowed` and reaches no handler.
 */
export function contentScriptHandler<K extends ContentScriptMessage>(
  type: K,
  handler: (data: ContentScriptData<K>, sender: Sender) => Promise<ContentScriptAnswer<K>>,
): (message: { sender: Sender; data: unknown }) => Promise<ContentScriptAnswer<K> | Refusal> {
  return async ({ sender, data }) => {
    const payload = CONTENT_SCRIPT_PAYLOADS[type](data);
    if (!isContentScript(sender) || !payload.ok) return { ok: false, reason: 'not-allowed' };
    return answerSafely(type, () => handler(payload.value, sender));
  };
}
