import { browser } from 'wxt/browser';
// The background's dealings with browser APIs that tests replace (capture, downloads,
// badge): kept out of the logic modules, which take them as injected functions.
import { fromBase64 } from '../encoding';
import { t } from '../i18n';

/** The browser's own image decoder: quicker than decoding in WebAssembly. */
export async function pixelsOf(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, context.canvas.width, context.canvas.height);
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

/** The visible part of a tab as pixels, at the screen's full device-pixel resolution. */
export async function captureTab(tabId: number): Promise<ImageData> {
  const { windowId } = await browser.tabs.get(tabId);
  // JPEG at high quality: several times quicker to encode than PNG, and QR codes survive it.
  const dataUrl = await captureWithRetry(() =>
    browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 92 }),
  );
  return pixelsOf(new Blob([fromBase64(dataUrl.slice(dataUrl.indexOf(',') + 1))]));
}
