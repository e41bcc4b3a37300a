import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type ProtocolMap } from '@/utils/messaging/protocol';
import { CreateVaultForm } from '../CreateVaultForm';
import { failureMessage } from '../failures';
import { FormMessage } from '../FormOutcome';
import { Header } from '../Header';
import { SyncOffer } from '../SyncOffer';
import { UnlockForm } from '../UnlockForm';
import { Welcome } from '../Welcome';
import { SiteStatus } from './SiteStatus';
import { CODES_ANSWERED_MARK } from './perf-marks';
import type { PopupTarget } from './target';
import { VaultView } from './VaultView';

type CodesAnswer = ReturnType<ProtocolMap['listCodes']>;
type Screen =
  | { kind: 'loading' }
  | { kind: 'welcome' }
  | { kind: 'create' }
  | { kind: 'locked' }
  | { kind: 'newer-format' }
  | { kind: 'unlocked'; answer: Extract<CodesAnswer, { ok: true }> };

/** One message decides the first screen: the codes, or why there are none. */
export async function fetchCodes(): Promise<CodesAnswer> {
  const answer = await sendMessage('listCodes');
  performance.mark(CODES_ANSWERED_MARK);
  return answer;
}

function screenFor(answer: CodesAnswer): Screen {
  if (answer.ok) return { kind: 'unlocked', answer };
  if (answer.reason === 'newer-format') return { kind: 'newer-format' };
  return answer.reason === 'not-initialized' ? { kind: 'welcome' } : { kind: 'locked' };
}

/** `firstCodes` and `target` are asked for before the first render, once. */
interface PopupAppProps {
  firstCodes: Promise<CodesAnswer>;
  target: Promise<PopupTarget | null>;
}

export function PopupApp({ firstCodes, target }: PopupAppProps) {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const show = (answer: Promise<CodesAnswer>) => void answer.then((value) => setScreen(screenFor(value)));
  const refresh = () => show(fetchCodes());
  useEffect(() => show(firstCodes), [firstCodes]);

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
        {screen.kind === 'newer-format' && (
          <div class="card">
            <FormMessage outcome={{ kind: 'error', message: failureMessage('newer-format') }} />
          </div>
        )}
        {screen.kind === 'unlocked' && <VaultView initial={screen.answer.value} target={target} onLocked={refresh} />}
      </div>
    </main>
  );
}
