import { AUTO_LOCK_ALARM, autoLockTimer } from '@/utils/background/auto-lock';
import { backupService } from '@/utils/background/backup';
import { fillService } from '@/utils/background/fill';
import { importHandlers } from '@/utils/background/import';
import { scanService } from '@/utils/background/scan';
import { wireTriggers } from '@/utils/background/triggers';
import { isContentScript, registerPageHandlers } from '@/utils/background/register';
import { vaultHandlers } from '@/utils/background/vault-handlers';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { configureQrDecoder, decodeQrCodes } from '@/utils/qr/decode';
import { autoLockMinutes, exchangePreferences, lastBackup } from '@/utils/settings';
import { fromBase64, toBase64 } from '@/utils/encoding';
import { t } from '@/utils/i18n';
import { systemRandomBytes } from '@/utils/vault/crypto';
import { VaultDb } from '@/utils/vault/db';
import { DEFAULT_KDF_COST } from '@/utils/vault/kdf';
import { browserKeySession } from '@/utils/vault/key-session';
import { Vault } from '@/utils/vault/vault';

/** The browser's own image decoder: quicker than decoding in WebAssembly. */
async function pixelsOf(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, context.canvas.width, context.canvas.height);
}

/** A "!" on the toolbar button while some account is in no backup. */
async function showBackupWarning(on: boolean): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeBackgroundColor({ color: '#c8372d' });
  await action.setBadgeText({ text: on ? '!' : '' });
  await action.setTitle({ title: on ? t('badgeNotBackedUp') : t('extName') });
}

const BACKUPS_KEPT = 10;

/** Into the downloads folder, no dialog; only the newest backups are kept. */
async function saveToDownloads(filename: string, json: string): Promise<void> {
  const bytes = new TextEncoder().encode(json);
  // A worker has no object URLs; Firefox's background page refuses data: downloads.
  const url =
    typeof URL.createObjectURL === 'function'
      ? URL.createObjectURL(new Blob([bytes], { type: 'application/json' }))
      : `data:application/json;base64,${toBase64(bytes)}`;
  await browser.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
  const backups = await browser.downloads.search({ filenameRegex: 'omamori-backup-[0-9-]+(\\s*\\(\\d+\\))?\\.json$', orderBy: ['-startTime'] });
  for (const old of backups.slice(BACKUPS_KEPT)) {
    await browser.downloads.removeFile(old.id).catch(() => undefined);
    await browser.downloads.erase({ id: old.id });
  }
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

export default defineBackground(() => {
  const now = () => Date.now();
  const vault = new Vault({
    db: new VaultDb(),
    session: browserKeySession(),
    now,
    randomBytes: systemRandomBytes,
    newId: () => crypto.randomUUID(),
    kdfCost: DEFAULT_KDF_COST,
  });
  const autoLock = autoLockTimer(browser.alarms, () => autoLockMinutes.getValue());
  const touch = () => autoLock.touch();

  const toFrame = (tabId: number, frameId: number) => ({ tabId, frameId });
  const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId)).url;
  const fill = fillService({
    vault,
    now,
    tabUrl,
    deliver: (tabId, frameId, order) =>
      sendMessage('fillCode', order, toFrame(tabId, frameId)).then((answer) => answer.filled, () => false),
    preferences: () => exchangePreferences.getValue(),
    trigger: (tabId, frameId) =>
      sendMessage('fillRequested', undefined, toFrame(tabId, frameId)).then((answer) => answer.filled, () => false),
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/fill.js'] });
    },
  });

  // Copied next to the manifest by wxt.config.ts.
  configureQrDecoder({ wasmUrl: browser.runtime.getURL('/zxing_reader.wasm') });
  const scan = scanService({
    vault,
    now,
    newId: () => crypto.randomUUID(),
    tabUrl,
    capture: async (tabId) => {
      const { windowId } = await browser.tabs.get(tabId);
      // JPEG at high quality: several times quicker to encode than PNG, and QR codes survive it.
      const dataUrl = await captureWithRetry(() => browser.tabs.captureVisibleTab(windowId, { format: 'jpeg', quality: 92 }));
      return pixelsOf(new Blob([fromBase64(dataUrl.slice(dataUrl.indexOf(',') + 1))]));
    },
    pixels: (bytes) => pixelsOf(new Blob([bytes])),
    decode: decodeQrCodes,
  });
  vault.onLock(scan.forget);

  const backup = backupService({
    vault,
    now,
    randomBytes: systemRandomBytes,
    save: saveToDownloads,
    record: lastBackup,
    warn: showBackupWarning,
  });
  vault.onChange(backup.scheduleAutomaticBackup);
  registerPageHandlers(backup.handlers, touch);
  registerPageHandlers(vaultHandlers({ vault, now, autoLockMinutes, exchangePreferences }), touch);
  registerPageHandlers(fill.pageHandlers, touch);
  registerPageHandlers(scan.handlers, touch);
  registerPageHandlers(importHandlers(vault), touch);
  onMessage('requestFill', ({ sender, data }) =>
    isContentScript(sender) ? fill.requestFill(sender, data.automatic) : { ok: false, reason: 'not-allowed' as const },
  );
  wireTriggers({
    fillInTab: (tabId, frameId) => fill.fillInTab(tabId, frameId),
    // The scan result opens in a small window of its own: no popup can be opened for it.
    scanInTab: async (tabId) => {
      const scanId = await scan.scanForWindow(tabId);
      const url = browser.runtime.getURL(`/popup.html?tab=${tabId}${scanId ? `&scan=${scanId}` : '&scan=none'}`);
      await browser.windows.create({ url, type: 'popup', width: 380, height: 600 });
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void vault.lock();
  });
});
