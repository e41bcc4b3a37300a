import { browser } from 'wxt/browser';
// The background's dealings with browser APIs that tests replace (capture, downloads,
// badge): kept out of the logic modules, which take them as injected functions.
import { t } from '../i18n';
import { captureOptions } from './capture-options';
import { countForeignFrames } from './frame-probe';
import type { QrImage } from '../qr/pixels';
import { QrReaderError, type ReaderDocument, type ReaderTarget } from '../qr/remote';

/** A "!" on the toolbar button while some account is in no backup. */
export async function showBackupWarning(on: boolean): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ color: '#c8372d' });
  await action.setBadgeText({ text: on ? '!' : '' });
  await action.setTitle({ title: on ? t('badgeNotBackedUp') : t('extName') });
}

/** Chrome allows two captures a second: a quick second scan waits its turn once. */
async function captureWithRetry(capture: () => Promise<string>): Promise<string> {
  try {
    return await capture();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 600));
    return capture();
  }
}

const CAPTURE_OPTIONS = captureOptions(import.meta.env.FIREFOX) satisfies Parameters<
  typeof browser.tabs.captureVisibleTab
>[1] & { scale?: number };

/**
 * The visible part of a tab, to be read at the page's CSS-pixel size (a code a phone could
 * read off a standard screen reads the same there, and a HiDPI screen's extra device pixels
 * only cost decoding time: 4× at ratio 2), and the tab's URL as it was taken, if in front.
 */
export async function captureTab(tabId: number): Promise<{ image: QrImage; url: string | undefined }> {
  const tab = await browser.tabs.get(tabId);
  const { windowId, width = 0, height = 0 } = tab;
  const dataUrl = await captureWithRetry(() => browser.tabs.captureVisibleTab(windowId, CAPTURE_OPTIONS));
  return { image: { kind: 'capture', jpeg: await dataUrlBytes(dataUrl), width, height }, url: shownUrlOf(tab) };
}

/** How many frames of another origin the tab's top page shows (see frame-probe.ts); throws when it cannot look. */
export async function foreignFrames(tabId: number): Promise<number> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: countForeignFrames });
  const counted: unknown = injection?.result;
  if (typeof counted !== 'number') throw new Error('the frame probe gave no answer');
  return counted;
}

/** The tab's URL while it is the one in front of its window (the one captureVisibleTab takes). */
export const shownTabUrl = async (tabId: number) => shownUrlOf(await browser.tabs.get(tabId));

const shownUrlOf = ({ url, active }: { url?: string; active: boolean }) => (active ? url : undefined);

type NativeBase64 = { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

/** The engine's own base64 decoding where it has one: a tenth of the time fetch(dataUrl) takes. */
async function dataUrlBytes(dataUrl: string): Promise<Uint8Array<ArrayBuffer>> {
  const native = (Uint8Array as NativeBase64).fromBase64?.(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return native ?? new Uint8Array(await (await fetch(dataUrl)).arrayBuffer());
}

const QR_READER_URL = browser.runtime.getURL('/qr-reader.html');

interface WindowClients {
  matchAll(options: {
    type: 'window';
    includeUncontrolled: true;
  }): Promise<readonly (ReaderTarget & { url: string })[]>;
}

/**
 * Chromium: the QR reader document (entrypoints/qr-reader), opened when first needed. The
 * service worker finds it among its window clients.
 */
export function qrReaderDocument(clients: WindowClients): ReaderDocument {
  let opening: Promise<void> | null = null;
  const find = async () =>
    (await clients.matchAll({ type: 'window', includeUncontrolled: true })).find(
      (client) => client.url === QR_READER_URL,
    );
  const create = () =>
    browser.offscreen
      .createDocument({
        url: QR_READER_URL,
        reasons: ['WORKERS'],
        justification: 'Starts the worker that reads the QR code in a tab the person asked to scan.',
      })
      .finally(() => (opening = null));

  return {
    async client() {
      const found = await find();
      if (found) return found;
      // One document per extension: a second create while the first loads would fail.
      await (opening ??= create());
      const opened = await find();
      if (!opened) throw new QrReaderError('the QR reader document did not open');
      return opened;
    },
    isOpen: async () => (await find()) !== undefined,
    async close() {
      // A document still opening is closed once open, not left behind.
      await opening?.catch(() => undefined);
      if (await find()) await browser.offscreen.closeDocument();
    },
  };
}
