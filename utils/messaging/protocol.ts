import { defineExtensionMessaging } from '@webext-core/messaging';

/** A tagged result: callers tell a retryable failure from a final one by `reason`. */
export type Result<T, Reason extends string> = { ok: true; value: T } | { ok: false; reason: Reason };

/** What the content script answers when asked whether it runs in a tab. */
export interface ContentPresence {
  readonly exchangeId: string | null;
  readonly host: string;
}

/** The one message protocol of every context (background, popup, options, content). */
export interface ProtocolMap {
  /** To a tab's content script: is Omamori present here, and on which exchange? */
  contentPing(): ContentPresence;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
