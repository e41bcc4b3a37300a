import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage, type TouchUnlockOffer } from '@/utils/messaging/protocol';
import type { CeremonyFailure } from '@/utils/webauthn/ceremony';
import { failureMessage } from './failures';

export const CEREMONY_FAILURES = {
  cancelled: 'touchCancelled',
  'no-prf': 'touchNoPrf',
  unavailable: 'touchUnavailable',
} as const satisfies Record<CeremonyFailure, MessageKey>;

const PASSWORD_REASONS = {
  changed: 'touchWhyChanged',
  due: 'touchWhyDue',
  renew: 'touchWhyRenew',
} as const satisfies Record<string, MessageKey>;

/** What the unlock screen offers (null while asking; the password when the question fails). */
export function useTouchOffer(): TouchUnlockOffer | null {
  const [offer, setOffer] = useState<TouchUnlockOffer | null>(null);
  useEffect(() => {
    void sendMessage('touchOffer').then((result) =>
      setOffer(result.ok ? result.value : { kind: 'password', why: 'no-slots', days: 0 }),
    );
  }, []);
  return offer;
}

/** Why the password is asked instead of a touch, or nothing when no slot is set up. */
export function PasswordReasonNote({ offer }: { offer: TouchUnlockOffer }) {
  if (offer.kind !== 'password' || offer.why === 'no-slots') return null;
  return (
    <p class="hint" id="touch-why">
      {t(PASSWORD_REASONS[offer.why], String(offer.days))}
    </p>
  );
}

interface TouchProps {
  credentials: Extract<TouchUnlockOffer, { kind: 'touch' }>['credentials'];
  onUnlocked: () => void;
  /** The touch did not open the vault: the password, with this sentence. */
  onFallback: (message: string) => void;
}

/** One button: the browser's own WebAuthn prompt, then the vault opens in the background. */
export function TouchUnlockButton({ credentials, onUnlocked, onFallback }: TouchProps) {
  const [busy, setBusy] = useState(false);

  async function touchNow() {
    setBusy(true);
    // The WebAuthn code loads only when it is used: the popup's first script stays small.
    const { touch } = await import('@/utils/webauthn/ceremony');
    const touched = await touch(credentials);
    if (!touched.ok) {
      setBusy(false);
      return onFallback(t(CEREMONY_FAILURES[touched.reason]));
    }
    const result = await sendMessage('unlockByTouch', touched.value);
    setBusy(false);
    if (result.ok) return onUnlocked();
    if (result.reason === 'touch-refused') return onFallback(t('touchRefused'));
    if (result.reason === 'password-due') return onFallback(t('errorPasswordDue'));
    onFallback(failureMessage(result.reason));
  }

  return (
    <div class="stack">
      <p class="hint">{t('touchUnlockHint')}</p>
      <button
        type="button"
        class="button button--primary"
        id="touch-unlock"
        disabled={busy}
        onClick={() => void touchNow()}
      >
        {busy ? t('touchUnlockBusy') : t('touchUnlock')}
      </button>
      <button
        type="button"
        class="button button--ghost button--small"
        id="touch-use-password"
        onClick={() => onFallback('')}
      >
        {t('touchUsePassword')}
      </button>
    </div>
  );
}
