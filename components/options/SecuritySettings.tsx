import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { AUTO_LOCK_CHOICES, parseAutoLockMinutes, type AutoLockMinutes } from '@/utils/settings';
import { failureMessage } from '../failures';
import { Field, PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { KeySlotSettings } from './KeySlotSettings';

export function SecuritySettings() {
  return (
    <section class="card stack" aria-labelledby="security-title">
      <h2 id="security-title" class="section__title">
        {t('securityTitle')}
      </h2>
      <AutoLockSetting />
      <KeySlotSettings />
      <ChangePasswordForm />
    </section>
  );
}

function AutoLockSetting() {
  const [minutes, setMinutes] = useState<AutoLockMinutes | null>(null);
  useEffect(() => void sendMessage('getSettings').then((settings) => setMinutes(settings.autoLockMinutes)), []);
  if (minutes === null) return null;
  return (
    <Field label={t('autoLockLabel')} hint={t('autoLockHint')}>
      <select
        id="auto-lock"
        class="input"
        value={minutes}
        onChange={async (event) => {
          const choice = parseAutoLockMinutes(event.currentTarget.value);
          if (choice === undefined) return;
          const result = await sendMessage('setSettings', { autoLockMinutes: choice });
          if (result.ok) setMinutes(result.value.autoLockMinutes);
        }}
      >
        {AUTO_LOCK_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 0 ? t('autoLockOnClose') : t('autoLockMinutes', String(choice))}
          </option>
        ))}
      </select>
    </Field>
  );
}

function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { outcome, fail, succeed } = useFormOutcome();

  async function submit(event: Event) {
    event.preventDefault();
    if (next !== confirmation) return fail(t('errorPasswordsDiffer'));
    const result = await sendMessage('changePassword', { current, next });
    if (!result.ok) return fail(failureMessage(result.reason));
    setCurrent('');
    setNext('');
    setConfirmation('');
    const changed = t('passwordChanged');
    succeed(result.value.backupPasswordRemoved ? `${changed} ${t('backupPasswordRemoved')}` : changed);
  }

  return (
    <form class="stack" onSubmit={submit}>
      <h3 class="subsection__title">{t('changePasswordTitle')}</h3>
      <PasswordField
        id="current-password"
        label={t('currentPasswordLabel')}
        value={current}
        onValue={setCurrent}
        purpose="current-password"
      />
      <PasswordField
        id="next-password"
        label={t('newPasswordLabel')}
        value={next}
        onValue={setNext}
        purpose="new-password"
      />
      <PasswordField
        id="next-password-confirm"
        label={t('passwordConfirmLabel')}
        value={confirmation}
        onValue={setConfirmation}
        purpose="new-password"
      />
      <FormMessage outcome={outcome} />
      <button type="submit" class="button" disabled={!current || !next}>
        {t('changePassword')}
      </button>
    </form>
  );
}
