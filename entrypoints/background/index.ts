import { AUTO_LOCK_ALARM, autoLockTimer } from '@/utils/background/auto-lock';
import { fillService } from '@/utils/background/fill';
import { wireFillTriggers } from '@/utils/background/fill-triggers';
import { isContentScript, registerPageHandlers } from '@/utils/background/register';
import { vaultHandlers } from '@/utils/background/vault-handlers';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { autoLockMinutes, exchangePreferences } from '@/utils/settings';
import { systemRandomBytes } from '@/utils/vault/crypto';
import { VaultDb } from '@/utils/vault/db';
import { DEFAULT_KDF_COST } from '@/utils/vault/kdf';
import { browserKeySession } from '@/utils/vault/key-session';
import { Vault } from '@/utils/vault/vault';

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
  const fill = fillService({
    vault,
    now,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    deliver: (tabId, frameId, order) =>
      sendMessage('fillCode', order, toFrame(tabId, frameId)).then((answer) => answer.filled, () => false),
    preferences: () => exchangePreferences.getValue(),
    trigger: (tabId, frameId) =>
      sendMessage('fillRequested', undefined, toFrame(tabId, frameId)).then((answer) => answer.filled, () => false),
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/fill.js'] });
    },
  });

  registerPageHandlers(vaultHandlers({ vault, now, autoLockMinutes, exchangePreferences }), touch);
  registerPageHandlers(fill.pageHandlers, touch);
  onMessage('requestFill', ({ sender, data }) =>
    isContentScript(sender) ? fill.requestFill(sender, data.automatic) : { ok: false, reason: 'not-allowed' as const },
  );
  wireFillTriggers((tabId, frameId) => fill.fillInTab(tabId, frameId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void vault.lock();
  });
});
