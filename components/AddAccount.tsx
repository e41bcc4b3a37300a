import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type AddAccountFailure, type Internal, type ManualAccount } from '@/utils/messaging/protocol';
import { OTP_ALGORITHMS, parseOtpAlgorithm, parseOtpType, type OtpAlgorithm, type OtpType } from '@/utils/otp/account';
import { ACCOUNT_LIMITS } from '@/utils/otp/limits';
import { failureMessage } from './failures';
import { Field } from './Field';
import { FormMessage, useFormOutcome } from './FormOutcome';

type Mode = 'uri' | 'manual';

interface AddAccountProps {
  onDone: () => void;
  onCancel: () => void;
}

/** Add by pasting an otpauth:// link, or by typing the setup key. */
export function AddAccount({ onDone, onCancel }: AddAccountProps) {
  const [mode, setMode] = useState<Mode>('uri');
  const { outcome, fail, clear } = useFormOutcome();

  async function save(send: () => Promise<{ ok: true } | { ok: false; reason: AddAccountFailure | Internal }>) {
    const result = await send();
    if (result.ok) onDone();
    else fail(failureMessage(result.reason));
  }

  return (
    <section class="stack panel" aria-labelledby="add-title">
      <div class="panel__head">
        <h2 id="add-title" class="section__title">
          {t('addAccount')}
        </h2>
        <button type="button" class="button button--ghost button--small" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      <div class="tabs" role="tablist">
        {(['uri', 'manual'] as const).map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            class="tabs__tab"
            aria-selected={mode === tab}
            onClick={() => {
              setMode(tab);
              clear();
            }}
          >
            {tab === 'uri' ? t('addByUri') : t('addManually')}
          </button>
        ))}
      </div>
      {mode === 'uri' ? (
        <UriForm onSubmit={(uri) => save(() => sendMessage('addAccountFromUri', { uri }))} />
      ) : (
        <ManualForm onSubmit={(draft) => save(() => sendMessage('addAccountManually', draft))} />
      )}
      <FormMessage outcome={outcome} />
    </section>
  );
}

function UriForm({ onSubmit }: { onSubmit: (uri: string) => Promise<void> }) {
  const [uri, setUri] = useState('');
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(uri);
      }}
    >
      <Field label={t('uriLabel')} hint={t('uriHint')}>
        <textarea
          id="otpauth-uri"
          class="input"
          rows={3}
          spellcheck={false}
          value={uri}
          onInput={(event) => setUri(event.currentTarget.value)}
          autoFocus
        />
      </Field>
      <button type="submit" class="button button--primary" disabled={!uri.trim()}>
        {t('addAccountSave')}
      </button>
    </form>
  );
}

const DIGIT_CHOICES = Array.from(
  { length: ACCOUNT_LIMITS.maxDigits - ACCOUNT_LIMITS.minDigits + 1 },
  (_, index) => ACCOUNT_LIMITS.minDigits + index,
);

function periodOf(text: string): number | null {
  const seconds = Number(text);
  const { minPeriod, maxPeriod } = ACCOUNT_LIMITS;
  return /^\d+$/.test(text.trim()) && seconds >= minPeriod && seconds <= maxPeriod ? seconds : null;
}

function ManualForm({ onSubmit }: { onSubmit: (draft: ManualAccount) => Promise<void> }) {
  const [draft, setDraft] = useState({
    issuer: '',
    label: '',
    secret: '',
    type: 'totp' as OtpType,
    algorithm: 'SHA1' as OtpAlgorithm,
    digits: 6,
    period: '30',
  });
  const set = (changes: Partial<typeof draft>) => setDraft({ ...draft, ...changes });
  // As validateAccount will: a whole number of seconds in range (a cleared box is not 0).
  const period = periodOf(draft.period);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (period !== null) void onSubmit({ ...draft, period });
      }}
    >
      <Field label={t('issuerLabel')}>
        <input
          id="manual-issuer"
          class="input"
          maxLength={ACCOUNT_LIMITS.maxNameLength}
          value={draft.issuer}
          onInput={(e) => set({ issuer: e.currentTarget.value })}
        />
      </Field>
      <Field label={t('accountNameLabel')}>
        <input
          id="manual-label"
          class="input"
          maxLength={ACCOUNT_LIMITS.maxNameLength}
          value={draft.label}
          onInput={(e) => set({ label: e.currentTarget.value })}
        />
      </Field>
      <Field label={t('secretLabel')} hint={t('secretHint')}>
        <input
          id="manual-secret"
          class="input code-input"
          spellcheck={false}
          autocomplete="off"
          value={draft.secret}
          onInput={(e) => set({ secret: e.currentTarget.value })}
        />
      </Field>
      <details class="advanced">
        <summary>{t('advanced')}</summary>
        <div class="grid-2">
          <Field label={t('typeLabel')}>
            <select
              class="input"
              value={draft.type}
              onChange={(e) => set({ type: parseOtpType(e.currentTarget.value) ?? draft.type })}
            >
              <option value="totp">{t('typeTotp')}</option>
              <option value="hotp">{t('typeHotp')}</option>
              <option value="steam">{t('typeSteam')}</option>
            </select>
          </Field>
          <Field label={t('algorithmLabel')}>
            <select
              class="input"
              value={draft.algorithm}
              onChange={(e) => set({ algorithm: parseOtpAlgorithm(e.currentTarget.value) ?? draft.algorithm })}
            >
              {OTP_ALGORITHMS.map((algorithm) => (
                <option key={algorithm} value={algorithm}>
                  {algorithm}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('digitsLabel')}>
            <select class="input" value={draft.digits} onChange={(e) => set({ digits: Number(e.currentTarget.value) })}>
              {DIGIT_CHOICES.map((digits) => (
                <option key={digits} value={digits}>
                  {digits}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('periodLabel')}>
            <input
              id="manual-period"
              class="input"
              type="number"
              min={ACCOUNT_LIMITS.minPeriod}
              max={ACCOUNT_LIMITS.maxPeriod}
              step={1}
              required
              aria-invalid={period === null}
              value={draft.period}
              onInput={(e) => set({ period: e.currentTarget.value })}
            />
          </Field>
        </div>
        <FormMessage outcome={period === null ? { kind: 'error', message: t('errorInvalidPeriod') } : null} />
      </details>
      <button type="submit" class="button button--primary" disabled={!draft.secret.trim() || period === null}>
        {t('addAccountSave')}
      </button>
    </form>
  );
}
