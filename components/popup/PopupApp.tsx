import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormMessage } from '../FormOutcome';
import { Header } from '../Header';
import { UnlockForm } from '../UnlockForm';
import { CreateVaultForm, SyncOffer, Welcome } from './lazy-screens';
import { SiteStatus } from './SiteStatus';
import type { CodesAnswer } from './first-answers';
import type { PopupTarget } from './target';
import { VaultView } from './VaultView';

type Screen =
  | { kind: 'welcome' }
  | { kind: 'create' }
  | { kind: 'locked' }
  | { kind: 'failed'; reason: 'newer-format' | 'internal' }
  | { kind: 'unlocked'; answer: Extract<CodesAnswer, { ok: true }> };

function screenFor(answer: CodesAnswer): Screen {
  if (answer.ok) return { kind: 'unlocked', answer };
  if (answer.reason === 'newer-format' || answer.reason === 'internal')
    return { kind: 'failed', reason: answer.reason };
  return answer.reason === 'not-initialized' ? { kind: 'welcome' } : { kind: 'locked' };
}

/**
 * Rendered once both first answers are in (asked before the modules loaded, see
 * first-answers.ts), so the first frame already shows the codes and the site.
 */
interface PopupAppProps {
  firstCodes: CodesAnswer;
  target: PopupTarget | null;
}

export function PopupApp({ firstCodes, target }: PopupAppProps) {
  const [screen, setScreen] = useState<Screen>(() => screenFor(firstCodes));
  const refresh = () => void sendMessage('listCodes').then((answer) => setScreen(screenFor(answer)));

  const lock = async () => {
    await sendMessage('lockVault');
    refresh();
  };

  return (
    <main class="popup" data-screen={screen.kind}>
      <Header
        actions={
          screen.kind === 'unlocked' && (
            <>
              <button
                type="button"
                class="icon-button"
                title={t('openSettings')}
                aria-label={t('openSettings')}
                onClick={() => void browser.runtime.openOptionsPage()}
              >
                ⚙
              </button>
              <button type="button" class="button button--small" id="lock" onClick={() => void lock()}>
                {t('lockNow')}
              </button>
            </>
          )
        }
      />
      <SiteStatus target={target} />
      <div class="popup__body">
        {screen.kind === 'welcome' && (
          <>
            <SyncOffer onRestored={refresh} />
            <div class="card">
              <Welcome onStart={() => setScreen({ kind: 'create' })} />
            </div>
          </>
        )}
        {screen.kind === 'create' && (
          <div class="card">
            <CreateVaultForm onCreated={refresh} />
          </div>
        )}
        {screen.kind === 'locked' && (
          <div class="card">
            <UnlockForm onUnlocked={refresh} />
          </div>
        )}
        {screen.kind === 'failed' && (
          <div class="card">
            <FormMessage outcome={{ kind: 'error', message: failureMessage(screen.reason) }} />
          </div>
        )}
        {screen.kind === 'unlocked' && (
          <VaultView
            initial={screen.answer.value}
            target={target}
            onLocked={(answer) => setScreen(screenFor(answer))}
          />
        )}
      </div>
    </main>
  );
}
