import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type TouchUnlockOffer } from '@/utils/messaging/protocol';
import { failureMessage } from './failures';
import { PasswordField } from './Field';
import { FormMessage, useFormOutcome } from './FormOutcome';
import { lazy } from './lazy';

// Unlock by touch loads only where a key slot exists: the popup's first script stays small.
const TouchUnlockButton = lazy(() => import('./TouchUnlock').then((module) => module.TouchUnlockButton));
const PasswordReasonNote = lazy(() => import('./TouchUnlock').then((module) => module.PasswordReasonNote));

/** What the unlock screen offers (null while asking; the password when the question fails). */
function useTouchOffer(): TouchUnlockOffer | null {
  const [offer, setOffer] = useState<TouchUnlockOffer | null>(null);
  useEffect(() => {
    void sendMessage('touchOffer').then((result) =>
      setOffer(result.ok ? result.value : { kind: 'password', why: 'no-slots', days: 0 }),
    );
  }, []);
  return offer;
}

export function UnlockForm({ onUnlocked, submitLabel }: { onUnlocked: () => void; submitLabel?: string }) {
  const [password, setPassword] = useState('');
  const { outcome, fail, clear } = useFormOutcome();
  const [busy, setBusy] = useState(false);
  const offer = useTouchOffer();
  // A touch that failed, or the person's choice: the password from then on.
  const [passwordChosen, setPasswordChosen] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await sendMessage('unlockVault', { password });
    setBusy(false);
    if (result.ok) return onUnlocked();
    fail(failureMessage(result.reason));
    setPassword('');
  }

  if (!offer) return null;
  const touchFirst = offer.kind === 'touch' && !passwordChosen;
  return (
    <form class="stack" onSubmit={submit} aria-labelledby="unlock-title">
      <h2 id="unlock-title" class="section__title">
        {t('unlockTitle')}
      </h2>
      {touchFirst ? (
        <TouchUnlockButton
          credentials={offer.credentials}
          onUnlocked={onUnlocked}
          onFallback={(message) => {
            setPasswordChosen(true);
            if (message) fail(message);
            else clear();
          }}
        />
      ) : (
        <>
          {offer.kind === 'password' && offer.why !== 'no-slots' && <PasswordReasonNote offer={offer} />}
          <PasswordField
            id="unlock-password"
            label={t('passwordLabel')}
            value={password}
            onValue={setPassword}
            purpose="current-password"
            autoFocus
          />
          <FormMessage outcome={outcome} />
          <button type="submit" class="button button--primary" disabled={busy || !password}>
            {busy ? t('unlocking') : (submitLabel ?? t('unlock'))}
          </button>
        </>
      )}
    </form>
  );
}
