import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { VaultState } from '@/utils/vault/vault';
import { CreateVaultForm } from '../CreateVaultForm';
import { Header } from '../Header';
import { UnlockForm } from '../UnlockForm';
import { Welcome } from '../Welcome';
import { SiteStatus } from './SiteStatus';
import { VaultView } from './VaultView';

type Screen = VaultState | 'loading' | 'create';

export function PopupApp() {
  const [screen, setScreen] = useState<Screen>('loading');
  const refresh = useCallback(() => void sendMessage('vaultState').then(setScreen), []);
  useEffect(refresh, [refresh]);

  const lock = async () => {
    await sendMessage('lockVault');
    refresh();
  };

  return (
    <main class="popup" data-screen={screen}>
      <Header
        actions={
          screen === 'unlocked' && (
            <>
              <button type="button" class="icon-button" title={t('openSettings')} aria-label={t('openSettings')} onClick={() => void browser.runtime.openOptionsPage()}>
                ⚙
              </button>
              <button type="button" class="button button--small" id="lock" onClick={() => void lock()}>
                {t('lockNow')}
              </button>
            </>
          )
        }
      />
      <SiteStatus />
      <div class="popup__body">
        {screen === 'uninitialized' && (
          <div class="card">
            <Welcome onStart={() => setScreen('create')} />
          </div>
        )}
        {screen === 'create' && (
          <div class="card">
            <CreateVaultForm onCreated={refresh} />
          </div>
        )}
        {screen === 'locked' && (
          <div class="card">
            <UnlockForm onUnlocked={refresh} />
          </div>
        )}
        {screen === 'unlocked' && <VaultView onLocked={refresh} />}
      </div>
    </main>
  );
}
