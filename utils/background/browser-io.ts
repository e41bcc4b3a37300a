import { browser } from 'wxt/browser';
// The background's dealings with browser APIs that tests replace (capture, downloads,
// badge): kept out of the logic modules, which take them as injected functions.
import { t } from '../i18n';

/**
 * The browser's own image decoder (quicker than decoding in WebAssembly), optionally scaled
 * down to `width` pixels across. A CPU-backed canvas: its pixels are read straight back.
 */
export async function pixelsOf(image: Blob, width?: number): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const scale = width && width < bitmap.width ? width / bitmap.width : 1;
  const [w, h] = [Math.round(bitmap.width * scale), Math.round(bitmap.height * scale)];
  const context = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  return context.getImageData(0, 0, w, h);
}

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

/**
 * JPEG at high quality: several times quicker to encode than PNG, and QR codes survive it.
 * Firefox captures at CSS-pixel resolution itself (`scale`, else the device pixel ratio):
 * a quarter of the pixels to encode and decode at ratio 2. Chrome has no such option.
 */
const CAPTURE_OPTIONS = {
  format: 'jpeg',
  quality: 92,
  ...(import.meta.env.FIREFOX ? { scale: 1 } : {}),
} as const satisfies Parameters<typeof browser.tabs.captureVisibleTab>[1] & { scale?: number };

/**
 * The visible part of a tab as pixels, at the page's CSS-pixel resolution: a code a phone
 * could read off a standard screen reads the same here, and a HiDPI screen's extra device
 * pixels only cost decoding time (4× at ratio 2; `npm run bench`).
 */
export async function captureTab(tabId: number): Promise<ImageData> {
  const { windowId, width } = await browser.tabs.get(tabId);
  const dataUrl = await captureWithRetry(() => browser.tabs.captureVisibleTab(windowId, CAPTURE_OPTIONS));
  // The browser's own base64 decoding of its data URL, not a JavaScript loop.
  return pixelsOf(await (await fetch(dataUrl)).blob(), width);
}
