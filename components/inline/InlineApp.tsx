import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type AccountChoice } from '@/utils/messaging/protocol';
import { FormError } from '../Field';
import { Logo } from '../Logo';
import { UnlockForm } from '../UnlockForm';

type Step =
  | { kind: 'loading' }
  | { kind: 'unlock' }
  | { kind: 'choose'; domain: string; accounts: readonly AccountChoice[] }
  | { kind: 'error'; message: string };

const closeFrame = () => parent.postMessage('omamori:close', '*');

/**
 * The small page the content script opens beside a field when a fill needs the person:
 * unlock first, or pick one of several accounts for the site.
 */
export function InlineApp() {
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [remember, setRemember] = useState(true);

  async function complete(accountId?: string) {
    const result = await sendMessage('completePendingFill', { accountId, remember });
    if (!result.ok) setStep({ kind: 'error', message: t(result.reason === 'locked' ? 'errorLocked' : 'fillNoPending') });
  }

  async function load() {
    const result = await sendMessage('pendingFillChoices');
    if (!result.ok) {
      if (result.reason === 'locked') return setStep({ kind: 'unlock' });
      return setStep({ kind: 'error', message: t(result.reason === 'no-account' ? 'fillNoAccount' : 'fillNoPending') });
    }
    if (result.value.accounts.length === 1) return complete();
    setStep({ kind: 'choose', ...result.value });
  }

  useEffect(() => void load(), []);

  return (
    <main class="inline">
      <div class="inline__head">
        <span class="inline__brand">
          <Logo size={20} />
          {t('brandName')}
        </span>
        <button type="button" class="button button--ghost button--small" onClick={closeFrame}>
          {t('cancel')}
        </button>
      </div>
      {step.kind === 'unlock' && <UnlockForm onUnlocked={() => void load()} />}
      {step.kind === 'choose' && (
        <section class="stack" aria-labelledby="choose-title">
          <h2 id="choose-title" class="section__title">
            {t('chooseAccountTitle', step.domain)}
          </h2>
          <ul class="choices">
            {step.accounts.map((account) => (
              <li key={account.id}>
                <button type="button" class="button choice" onClick={() => void complete(account.id)}>
                  <span>{account.issuer || account.label}</span>
                  {account.issuer && <span class="choice__label">{account.label}</span>}
                </button>
              </li>
            ))}
          </ul>
          <label class="check">
            <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.currentTarget.checked)} />
            {t('rememberChoice')}
          </label>
        </section>
      )}
      {step.kind === 'error' && <FormError message={step.message} />}
    </main>
  );
}
