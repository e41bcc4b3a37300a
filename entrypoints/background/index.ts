import { AUTO_LOCK_ALARM, autoLockTimer } from '@/utils/background/auto-lock';
import { registerPageHandlers } from '@/utils/background/register';
import { vaultHandlers } from '@/utils/background/vault-handlers';
import { autoLockMinutes } from '@/utils/settings';
import { systemRandomBytes } from '@/utils/vault/crypto';
import { VaultDb } from '@/utils/vault/db';
import { DEFAULT_KDF_COST } from '@/utils/vault/kdf';
import { browserKeySession } from '@/utils/vault/key-session';
import { Vault } from '@/utils/vault/vault';

export default defineBackground(() => {
  const vault = new Vault({
    db: new VaultDb(),
    session: browserKeySession(),
    now: () => Date.now(),
    randomBytes: systemRandomBytes,
    newId: () => crypto.randomUUID(),
    kdfCost: DEFAULT_KDF_COST,
  });
  const autoLock = autoLockTimer(browser.alarms, () => autoLockMinutes.getValue());

  registerPageHandlers(vaultHandlers({ vault, now: () => Date.now(), autoLockMinutes }), () => autoLock.touch());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void vault.lock();
  });
});
