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

const loadCeremony = () => import('@/utils/webauthn/ceremony');

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
  // A slot exists: the WebAuthn code loads now, off the popup's first script and before the click.
  useEffect(() => void loadCeremony(), []);

  async function touchNow() {
    setBusy(true);
    const { touch } = await loadCeremony();
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
