import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type KeySlotView } from '@/utils/messaging/protocol';
import { PASSWORD_EVERY_DAYS } from '@/utils/settings';
import { touchSupport, type TouchSupport } from '@/utils/webauthn/support';
import { failureMessage } from '../failures';
import { Field, PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { CEREMONY_FAILURES } from '../TouchUnlock';

const DAY_CHOICES = [PASSWORD_EVERY_DAYS.min, 10, PASSWORD_EVERY_DAYS.fallback, 21, PASSWORD_EVERY_DAYS.max];

/**
 * "Unlock with this computer's lock or a security key": key slots, set up here (Omamori's
 * own page, its own origin as the relying party) after the vault password. Hidden, with the
 * reason, where the browser cannot do it.
 */
export function KeySlotSettings() {
  const [support, setSupport] = useState<TouchSupport | null>(null);
  useEffect(() => void touchSupport().then(setSupport), []);
  return (
    <section class="stack" aria-labelledby="slots-title" id="key-slots">
      <h3 id="slots-title" class="subsection__title">
        {t('slotsTitle')}
      </h3>
      {support && !support.ok && (
        <p class="hint" id="touch-unsupported">
          {support.why === 'firefox-extension' ? t('slotsUnsupportedFirefox', support.version) : t('slotsUnsupported')}
        </p>
      )}
      {support?.ok && <KeySlots />}
    </section>
  );
}

function KeySlots() {
  const [slots, setSlots] = useState<readonly KeySlotView[] | null>(null);
  const { outcome, fail, succeed } = useFormOutcome();
  const load = useCallback(async () => {
    const result = await sendMessage('keySlots');
    if (result.ok) return setSlots(result.value);
    setSlots(null);
    fail(result.reason === 'locked' ? t('slotsLocked') : failureMessage(result.reason));
  }, [fail]);
  useEffect(() => void load(), [load]);

  async function renew(slot: KeySlotView) {
    const { touch } = await import('@/utils/webauthn/ceremony');
    const touched = await touch([slot]);
    if (!touched.ok) return fail(t(CEREMONY_FAILURES[touched.reason]));
    const result = await sendMessage('renewKeySlot', touched.value);
    if (!result.ok) return fail(failureMessage(result.reason));
    await load();
  }

  async function remove(slot: KeySlotView) {
    const result = await sendMessage('removeKeySlot', { id: slot.id });
    if (!result.ok) return fail(failureMessage(result.reason));
    await load();
  }

  return (
    <>
      <p class="hint">{t('slotsIntro')}</p>
      {slots && (
        <ul class="stack" id="slot-list">
          {slots.length === 0 && <li class="hint">{t('slotsNone')}</li>}
          {slots.map((slot) => (
            <li key={slot.id} class="slot" data-testid="key-slot" data-stale={String(slot.stale)}>
              <strong>{slot.name}</strong>{' '}
              <span class="hint">
                {t('slotCreated', new Date(slot.createdAt).toLocaleDateString(document.documentElement.lang))}
                {slot.stale && ` · ${t('slotStale')}`}
              </span>{' '}
              {slot.stale && (
                <button type="button" class="button button--small" onClick={() => void renew(slot)}>
                  {t('slotRenew')}
                </button>
              )}
              <button
                type="button"
                class="button button--ghost button--small"
                data-testid="slot-remove"
                onClick={() => void remove(slot)}
              >
                {t('slotRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormMessage outcome={outcome} />
      {slots && <AddSlotForm onAdded={() => void load().then(() => succeed(t('slotAdded')))} onFailed={fail} />}
      {slots && <PasswordEvery />}
    </>
  );
}

function AddSlotForm({ onAdded, onFailed }: { onAdded: () => void; onFailed: (message: string) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const { register } = await import('@/utils/webauthn/ceremony');
    const registered = await register(name.trim());
    if (!registered.ok) {
      setBusy(false);
      return onFailed(t(CEREMONY_FAILURES[registered.reason]));
    }
    const result = await sendMessage('addKeySlot', { ...registered.value, name: name.trim(), vaultPassword: password });
    setBusy(false);
    setPassword('');
    if (!result.ok) return onFailed(failureMessage(result.reason));
    setName('');
    onAdded();
  }

  return (
    <form class="stack" onSubmit={submit}>
      <Field label={t('slotName')} hint={t('slotNameHint')}>
        <input
          id="slot-name"
          class="input"
          value={name}
          maxLength={64}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </Field>
      <PasswordField
        id="slot-password"
        label={t('currentPasswordLabel')}
        value={password}
        onValue={setPassword}
        purpose="current-password"
      />
      <button type="submit" class="button" id="slot-add" disabled={busy || !name.trim() || !password}>
        {t('slotAdd')}
      </button>
    </form>
  );
}

function PasswordEvery() {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => void sendMessage('getSettings').then((settings) => setDays(settings.passwordEveryDays)), []);
  if (days === null) return null;
  return (
    <Field label={t('passwordEveryLabel')} hint={t('passwordEveryHint')}>
      <select
        id="password-every"
        class="input"
        value={days}
        onChange={async (event) => {
          const result = await sendMessage('setSettings', { passwordEveryDays: Number(event.currentTarget.value) });
          if (result.ok) setDays(result.value.passwordEveryDays);
        }}
      >
        {DAY_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t('passwordEveryDays', String(choice))}
          </option>
        ))}
      </select>
    </Field>
  );
}
