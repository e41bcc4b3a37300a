import { defineBackground } from 'wxt/utils/define-background';
import { browser, type PublicPath } from 'wxt/browser';
import { AUTO_LOCK_ALARM, autoLockTimer, lockOnScreenLock } from '@/utils/background/auto-lock';
import { backupService } from '@/utils/backup/service';
import { backupHandlers } from '@/utils/background/backup-handlers';
import {
  captureTab,
  foreignFrames,
  qrReaderDocument,
  showBackupWarning,
  shownTabUrl,
} from '@/utils/background/browser-io';
import { browserSyncArea, removeDownload, saveToDownloads } from '@/utils/backup/destinations';
import { withOfflinePage } from '@/utils/backup/offline-page';
import { offlinePageWritten, saveHtmlToDownloads, shippedOfflinePage } from '@/utils/backup/offline-page-browser';
import { debounced, SYNC_DELAY_MS } from '@/utils/backup/schedule';
import { syncService, syncStatus } from '@/utils/backup/sync';
import { offsetClock } from '@/utils/background/test-clock';
import { boundSiteKeys, keepBoundSiteKeys } from '@/utils/sites/bound-site-keys';
import { syncHandlers } from '@/utils/background/sync-handlers';
import { webdavHandlers } from '@/utils/background/webdav-handlers';
import { webDavService, webdavStatus } from '@/utils/backup/webdav-service';
import { WEBDAV_CATCH_UP_ALARM } from '@/utils/backup/webdav-catch-up';
import { exportHandlers } from '@/utils/background/exports';
import { fillService } from '@/utils/background/fill';
import { importHandlers } from '@/utils/background/import';
import { scanService } from '@/utils/background/scan';
import { wireTriggers } from '@/utils/background/triggers';
import { contentScriptHandler, registerPageHandlers } from '@/utils/background/register';
import { vaultHandlers } from '@/utils/background/vault-handlers';
import { keySlotHandlers } from '@/utils/background/key-slot-handlers';
import { dedicatedWorkerAt, importKdfs, kdfRunner, vaultArgon2id } from '@/utils/kdf/thread';
import {
  broadcastToPages,
  onContentScriptMessage,
  sendToContentScript,
  type PageMessage,
} from '@/utils/messaging/protocol';
import type { Handlers } from '@/utils/background/handlers';
import { configureQrDecoder, warmQrDecoder, ZXING_WASM_FILE } from '@/utils/qr/decode';
import { readQrImage } from '@/utils/qr/reader';
import { remoteQrReader } from '@/utils/qr/remote';
import {
  autoLockMinutes,
  automaticBackupDownloads,
  passwordEveryDaysSetting,
  clockAccepted,
  clockReadings,
  exchangePreferences,
  lastBackup,
  syncRecord,
  boundSiteKeysItem,
  syncState,
  webdavRecord,
} from '@/utils/settings';
import { clockService } from '@/utils/background/clock';
import { exchangeMatchPatterns } from '@/utils/sites/exchanges';
import { systemRandomBytes } from '@/utils/vault/crypto';
import { VaultDb } from '@/utils/vault/db';
import { DEFAULT_KDF_COST } from '@/utils/vault/kdf';
import { browserKeySession } from '@/utils/vault/key-session';
import { Vault } from '@/utils/vault/vault';

export default defineBackground(() => {
  // The e2e build lets a test move time on (utils/background/test-clock.ts); no other build has it.
  const now =
    import.meta.env.MODE === 'e2e'
      ? offsetClock({ get: (key) => browser.storage.local.get(key), onChanged: browser.storage.onChanged }, () =>
          Date.now(),
        )
      : () => Date.now();
  // Firefox's background page shares its thread with the popup: Argon2id and scrypt run in
  // a worker there; Chrome's service worker (no Worker) derives on its own thread.
  const runKdf = kdfRunner(dedicatedWorkerAt(browser.runtime.getURL('/kdf-worker.js')));
  const derive = vaultArgon2id(runKdf);
  const vault = new Vault({
    db: new VaultDb(),
    session: browserKeySession(),
    now,
    randomBytes: systemRandomBytes,
    newId: () => crypto.randomUUID(),
    kdfCost: DEFAULT_KDF_COST,
    derive,
  });
  const autoLock = autoLockTimer(browser.alarms, () => autoLockMinutes.getValue());
  const touch = () => autoLock.touch();

  const toFrame = (tabId: number, frameId: number) => ({ tabId, frameId });
  // A fill that waits for the password or a choice is finished in a window of our own.
  const fillWindows = {
    open: async (tabId: number) =>
      (
        await browser.windows.create({
          url: browser.runtime.getURL(`/fill-window.html?tab=${tabId}`),
          type: 'popup',
          width: 380,
          height: 460,
        })
      )?.id,
    close: async (windowId: number) => void (await browser.windows.remove(windowId)),
  };
  const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId)).url;
  const clock = clockService({ readings: clockReadings, accepted: clockAccepted });
  // The Date header of exchange pages the content script runs on: observed, never requested.
  browser.webRequest.onHeadersReceived.addListener(
    (details) => void clock.observe(details).catch(() => undefined),
    { urls: exchangeMatchPatterns(), types: ['main_frame'] },
    ['responseHeaders'],
  );
  // What the look-alike check knows of the bound sites while locked (utils/sites/bound-site-keys.ts).
  const siteKeys = boundSiteKeys({ store: boundSiteKeysItem, randomBytes: systemRandomBytes });
  keepBoundSiteKeys(vault, siteKeys);
  const fill = fillService({
    clock,
    vault,
    imitatesBound: siteKeys.imitatesBound,
    now,
    newId: () => crypto.randomUUID(),
    tabUrl,
    windows: fillWindows,
    preferences: () => exchangePreferences.getValue(),
    trigger: (tabId, frameId, ticket) =>
      sendToContentScript('fillRequested', { ticket }, toFrame(tabId, frameId)).then(
        (answer) => answer.filled,
        () => false,
      ),
    inject: async (tabId) => {
      await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        files: ['/content-scripts/fill.js'],
      });
    },
  });

  const qr = qrReading();
  const scan = scanService({
    vault,
    now,
    newId: () => crypto.randomUUID(),
    shownUrl: shownTabUrl,
    capture: captureTab,
    read: qr.read,
    prepare: qr.prepare,
    clockOffsets: clock.offsets,
    foreignFrames,
  });
  vault.onLock(scan.forget);
  // Our pages showing secrets (the recovery sheet, transfer codes, notes) clear them now.
  vault.onLock(() => void broadcastToPages('vaultLocked', undefined).catch(() => undefined));
  // Two locks at once (the alarm, the screen) may both try to close it: one is enough.
  vault.onLock(() => void qr.close().catch(() => undefined));

  const sync = syncService({
    vault,
    now,
    randomBytes: systemRandomBytes,
    area: browserSyncArea,
    state: syncState,
    record: syncRecord,
  });
  // After a change here, and when the other browser's copy arrives; bursts become one write
  // (Chrome allows 120 sync writes a minute).
  const syncSoon = debounced(SYNC_DELAY_MS, () => sync.syncNow().catch(() => undefined));
  vault.onChange(syncSoon);
  vault.onUnlock(syncSoon);
  vault.beforeRotation(() => sync.syncNow());
  browser.storage.onChanged.addListener((_, area) => {
    if (area === 'sync') syncSoon();
  });

  const backup = backupService({
    vault,
    now,
    randomBytes: systemRandomBytes,
    // The offline page (tools/open-backup) lands beside the first backup: it opens them without Omamori.
    save: withOfflinePage(saveToDownloads, {
      page: shippedOfflinePage,
      save: saveHtmlToDownloads,
      written: offlinePageWritten,
    }),
    remove: removeDownload,
    automaticDownloads: automaticBackupDownloads,
    record: lastBackup,
    warn: showBackupWarning,
    syncStatus: async () => syncStatus(vault, await syncRecord.getValue()),
    webdavStatus: async () => webdavStatus(webdav, vault, await webdavRecord.getValue()),
  });
  // The person's WebDAV storage: only there, only encrypted backups, under the host
  // permission they granted for it (the background is not held back by CORS then).
  const webdav = webDavService({
    vault,
    now,
    fetch: (url, init) => fetch(url, init),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    alarms: browser.alarms,
    record: webdavRecord,
    backup: () => backup.currentBackup(),
    vaultKey: async () => (await vault.backupMaterial()).vaultKey,
  });
  const catchUpWebDav = () => void webdav.catchUp().catch(() => undefined);
  const uploadSoon = debounced(SYNC_DELAY_MS, catchUpWebDav);
  vault.onChange(uploadSoon);
  // A folder left behind (an outage, a browser closed before the upload) catches up when the
  // vault opens again, and at the alarm its last failure set (webdav-catch-up.ts).
  vault.onUnlock(uploadSoon);
  vault.onChange(backup.scheduleAutomaticBackup);
  const backupPage = backupHandlers({ vault, now, backup });
  const pageHandlers = {
    ...vaultHandlers({
      vault,
      now,
      autoLockMinutes,
      passwordEveryDays: passwordEveryDaysSetting,
      exchangePreferences,
      clockOffsets: clock.offsets,
      nextTurn: () => new Promise((resolve) => setTimeout(resolve, 0)),
    }),
    ...keySlotHandlers(vault, passwordEveryDaysSetting),
    ...fill.pageHandlers,
    ...scan.handlers,
    ...importHandlers(vault, importKdfs(runKdf)),
    ...backupPage,
    ...syncHandlers(sync, vault),
    ...webdavHandlers(webdav, backupPage),
    ...exportHandlers({ vault, now, randomBytes: systemRandomBytes }),
  } satisfies Handlers<PageMessage>;
  registerPageHandlers(pageHandlers, touch);
  // The content script's two messages, each parsed as it sends them (utils/background/payloads.ts).
  onContentScriptMessage(
    'requestFill',
    contentScriptHandler('requestFill', (data, sender) => fill.requestFill(sender, data)),
  );
  onContentScriptMessage(
    'fillDone',
    contentScriptHandler('fillDone', (data, sender) => fill.fillDone(data, sender)),
  );
  // A waiting fill ends when its page navigates or closes, or its window is closed.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) fill.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => fill.forgetTab(tabId));
  browser.windows.onRemoved.addListener((windowId) => fill.forgetWindow(windowId));
  wireTriggers({
    fillInTab: (tabId, frameId) => fill.fillInTab(tabId, frameId),
    // The scan result opens in a small window of its own: no popup can be opened for it.
    scanInTab: async (tabId, image) => {
      const scanId = await scan.scanForWindow(tabId, image);
      const url = browser.runtime.getURL(`/popup.html?tab=${tabId}${scanId ? `&scan=${scanId}` : '&scan=none'}`);
      await browser.windows.create({ url, type: 'popup', width: 380, height: 600 });
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void vault.lock();
    if (alarm.name === WEBDAV_CATCH_UP_ALARM) catchUpWebDav();
  });
  lockOnScreenLock(browser.idle, () => vault.lock());
});

/**
 * Where QR codes are read. Firefox's background page reads its CSS-pixel captures itself;
 * Chrome's service worker has no WebCodecs to decode its device-pixel ones at CSS size, so
 * the worker of a reader document does it there, opened on first need and closed with the
 * vault. `prepare`: ready before the person asks.
 */
function qrReading() {
  if (import.meta.env.FIREFOX) {
    // Copied next to the manifest by wxt.config.ts (not in public/, so WXT's path type lacks it).
    configureQrDecoder({ wasmUrl: browser.runtime.getURL(`/${ZXING_WASM_FILE}` as PublicPath) });
    return { read: readQrImage, prepare: warmQrDecoder, close: async () => undefined };
  }
  const { clients } = globalThis as unknown as { clients: Parameters<typeof qrReaderDocument>[0] };
  return remoteQrReader(qrReaderDocument(clients));
}
