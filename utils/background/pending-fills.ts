import type { Sender } from './handlers';

/**
 * A fill that waits for the person (to unlock, or to choose an account) in an Omamori
 * window. It belongs to one tab, frame and document at one URL: any navigation, the tab
 * or window closing, a cancel or the fill itself ends it.
 */
export interface PendingFill {
  readonly tabId: number;
  readonly frameId: number;
  readonly tabUrl: string;
  readonly frameUrl: string;
  /**
   * Chromium names each document; a navigated frame holds another one. Undefined for a
   * fill from the popup, which knows the tab's URL but no document: the URL decides then.
   */
  readonly documentId: string | undefined;
  readonly site: string;
  windowId?: number;
  /** The account the person chose (or the only one), once they finished in the window. */
  chosen?: string;
  /**
   * Given to the frame's content script when it is asked to ask again: a request carrying
   * it gets this fill or nothing, never another decision for whatever page is there by then.
   */
  ticket?: string;
}

/** A fill the person finished from the popup: to be asked for by `frameId` of the tab still at `tabUrl`. */
export type PulledFill = Pick<PendingFill, 'tabId' | 'frameId' | 'tabUrl' | 'site'> & {
  readonly chosen: string;
  readonly ticket: string;
};

export interface PendingFillWindows {
  /** Opens the Omamori window that finishes a waiting fill; its window id. */
  open(tabId: number): Promise<number | undefined>;
  close(windowId: number): Promise<void>;
}

/** The waiting fills, at most one per tab. */
export function pendingFills(windows: PendingFillWindows) {
  const byTab = new Map<number, PendingFill>();

  function drop(tabId: number): void {
    const waiting = byTab.get(tabId);
    byTab.delete(tabId);
    if (waiting?.windowId !== undefined) void windows.close(waiting.windowId).catch(() => undefined);
  }

  return {
    get: (tabId: number) => byTab.get(tabId),

    /** A fill from `sender` waits: it replaces any other of its tab, in a new window. */
    async wait(sender: Sender & { tab: { id: number; url: string } }, site: string): Promise<void> {
      drop(sender.tab.id);
      const waiting: PendingFill = {
        tabId: sender.tab.id,
        frameId: sender.frameId ?? 0,
        tabUrl: sender.tab.url,
        frameUrl: sender.url ?? sender.tab.url,
        documentId: sender.documentId,
        site,
      };
      byTab.set(waiting.tabId, waiting);
      waiting.windowId = await windows.open(waiting.tabId);
    },

    /** The popup's fill, waiting for its frame to ask: it replaces any other of its tab. */
    pull(fill: PulledFill): PendingFill {
      drop(fill.tabId);
      const waiting: PendingFill = { ...fill, frameUrl: fill.tabUrl, documentId: undefined };
      byTab.set(fill.tabId, waiting);
      return waiting;
    },

    /** Whether a request comes from the very document that the waiting fill belongs to. */
    isFrom(waiting: PendingFill, sender: Sender | undefined): boolean {
      return (
        sender?.tab?.id === waiting.tabId &&
        (sender.frameId ?? 0) === waiting.frameId &&
        sender.tab.url === waiting.tabUrl &&
        (sender.url ?? sender.tab.url) === waiting.frameUrl &&
        (waiting.documentId === undefined || sender.documentId === waiting.documentId)
      );
    },

    /** Ends `waiting` if it is still its tab's (a newer one stays). */
    end(waiting: PendingFill): void {
      if (byTab.get(waiting.tabId) === waiting) drop(waiting.tabId);
    },

    drop,
    /** The tab navigated or closed: whatever waited there is over (its window too). */
    forgetTab: drop,
    /** The person closed the window: the fill it was for is cancelled. */
    forgetWindow: (windowId: number): void => {
      for (const waiting of byTab.values()) {
        if (waiting.windowId === windowId) {
          waiting.windowId = undefined;
          drop(waiting.tabId);
        }
      }
    },
  };
}
