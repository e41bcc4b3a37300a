import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { passwordStrength, type PasswordStrength } from '@/utils/passwords/strength';
import { failureMessage } from './failures';
import { PasswordField } from './Field';
import { FormMessage, useFormOutcome } from './FormOutcome';

const STRENGTH_LABELS: Record<PasswordStrength, MessageKey> = {
  'too-short': 'strengthTooShort',
  weak: 'strengthWeak',
  fair: 'strengthFair',
  strong: 'strengthStrong',
};

/** First run: choose the vault password (twice), with a strength hint. */
export function CreateVaultForm({ onCreated }: { onCreated: () => void }) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { outcome, fail } = useFormOutcome();
  const [busy, setBusy] = useState(false);
  const strength = passwordStrength(password);

  async function submit(event: Event) {
    event.preventDefault();
    if (strength === 'too-short') return fail(t('errorWeakPassword'));
    if (password !== confirmation) return fail(t('errorPasswordsDiffer'));
    setBusy(true);
    const result = await sendMessage('createVault', { password });
    setBusy(false);
    if (result.ok) onCreated();
    else fail(failureMessage(result.reason));
  }

  return (
    <form class="stack" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title" class="section__title">
        {t('createTitle')}
      </h2>
      <p class="hint">{t('createExplain')}</p>
      <PasswordField
        id="new-password"
        label={t('passwordLabel')}
        value={password}
        onValue={setPassword}
        purpose="new-password"
        autoFocus
      />
      {password && (
        <div class="strength" data-strength={strength}>
          <span class="strength__bar" />
          <span>{t(STRENGTH_LABELS[strength])}</span>
        </div>
      )}
      <PasswordField
        id="confirm-password"
        label={t('passwordConfirmLabel')}
        value={confirmation}
        onValue={setConfirmation}
        purpose="new-password"
      />
      <FormMessage outcome={outcome} />
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? t('creatingVault') : t('createVault')}
      </button>
      <p class="hint">{t('createWarning')}</p>
    </form>
  );
}
