import type { TestPage } from './browsers';
import { waitUntil } from './wait';

/** Waits for Omamori's fill button beside a field, and returns where to click it. */
export async function fillButtonCenter(page: TestPage): Promise<{ x: number; y: number }> {
  return waitUntil(
    'the Omamori fill button',
    () =>
      page.evaluate(() => {
        const host = document.querySelector('omamori-fill');
        const box = host?.getBoundingClientRect();
        return box && box.width > 0 && getComputedStyle(host!).display !== 'none'
          ? { x: box.left + box.width / 2, y: box.top + box.height / 2 }
          : null;
      }, undefined),
    15_000,
  );
}

/** Waits until the current 30-s step has 4–26 s left, so a click now fills this step's code. */
export function waitForMidStep(clockOffsetMs = 0): Promise<number> {
  return waitUntil(
    'the middle of a time step',
    () => {
      // `clockOffsetMs`: mid-step on a site's clock that runs this far ahead of ours.
      const moment = Date.now() + clockOffsetMs;
      const into = moment % 30_000;
      return into > 4_000 && into < 26_000 && moment;
    },
    30_000,
  );
}

/** Clicks the fill button mid-step; returns the moment, for the independent code. */
export async function clickFillButton(page: TestPage): Promise<number> {
  const { x, y } = await fillButtonCenter(page);
  const moment = await waitForMidStep();
  await page.clickAt(x, y);
  return moment;
}

export function fieldValue(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((css) => {
    const find = (root: Document | ShadowRoot): HTMLInputElement | null => {
      const direct = root.querySelector<HTMLInputElement>(css);
      if (direct) return direct;
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const inShadow = element.shadowRoot && find(element.shadowRoot);
        if (inShadow) return inShadow;
      }
      return null;
    };
    return find(document)?.value ?? '';
  }, selector);
}

/** Omamori's own window for a waiting fill in `tabId` (unlock, or choose an account). */
export function fillWindowUrl(tabId: number): string {
  return `fill-window.html?tab=${tabId}`;
}

/**
 * What a page could read or draw over: Omamori elements, extension frames and password
 * fields, in the page and in every frame it can reach. All must be absent.
 */
export function omamoriPasswordSurfaces(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const look = (doc: Document) => {
      if (doc.querySelector('omamori-frame')) found.push('omamori-frame');
      for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
        if (/^(chrome|moz)-extension:/.test(frame.src)) found.push(`extension frame ${frame.src}`);
        try {
          if (frame.contentDocument) look(frame.contentDocument);
        } catch {
          found.push(`unreadable frame ${frame.src}`);
        }
      }
      for (const input of Array.from(doc.querySelectorAll('input[type=password]')))
        found.push(`password field ${input.id}`);
    };
    look(document);
    return found;
  }, undefined);
}

/** The content script, injected into every frame of `tabId` as the shortcut or the menu does on a site without a rule. */
export async function injectFillScript(control: TestPage, tabId: number): Promise<void> {
  await control.evaluate(async (tab) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    await api.scripting.executeScript({ target: { tabId: tab, allFrames: true }, files: ['/content-scripts/fill.js'] });
  }, tabId);
}

/**
 * What Omamori's fill button in `tabId` says now (its note), read from the content script's
 * world: the button is in a closed shadow root the page cannot reach.
 */
export async function fillButtonNote(control: TestPage, tabId: number): Promise<string> {
  return control.evaluate(async (tab) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const [result] = await api.scripting.executeScript({
      target: { tabId: tab },
      func: () => {
        const host = document.querySelector('omamori-fill');
        if (!host) return '';
        // Chrome's and Firefox's ways for an extension's script to open a closed shadow root.
        const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot } } })
          .chrome?.dom;
        const root = chromeDom
          ? chromeDom.openOrClosedShadowRoot(host)
          : (host as Element & { openOrClosedShadowRoot?: ShadowRoot }).openOrClosedShadowRoot;
        return root?.querySelector('p')?.textContent ?? '';
      },
    });
    return result?.result ?? '';
  }, tabId);
}
