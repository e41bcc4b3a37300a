import { useCallback, useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage, type PendingFillView } from '@/utils/messaging/protocol';
import { FormMessage } from '../FormOutcome';
import { Logo } from '../Logo';
import { UnlockForm } from '../UnlockForm';

type Step = { kind: 'loading' } | { kind: 'ready'; fill: PendingFillView } | { kind: 'error'; message: string };

const COMPLETE_FAILURES = {
  'page-changed': 'fillPageChanged',
  'no-pending': 'fillNoPending',
  'no-account': 'fillNoAccount',
  'not-allowed': 'fillNotAllowed',
  forbidden: 'errorForbidden',
  internal: 'errorInternal',
} as const satisfies Record<string, MessageKey>;

/** A page that imitates a site: which one, once the vault is open (the fill window unlocks it). */
const lookAlikeMessage = (real: string | undefined) => (real ? t('fillLookAlike', real) : t('fillLookAlikeUnnamed'));

const choiceName = (choice: PendingFillView['accounts'][number]) => choice.issuer || choice.label;

/**
 * Omamori's own window for a fill that waits: the vault password is typed here (never in
 * a page), and the person's click here finishes the fill. The background then sends the
 * code only to the frame that asked, if it still shows the same page.
 */
export function FillWindowApp({ tabId }: { tabId: number }) {
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [remember, setRemember] = useState(true);

  const load = useCallback(async () => {
    const result = await sendMessage('pendingFill', { tabId });
    if (result.ok) return setStep({ kind: 'ready', fill: result.value });
    if (result.reason === 'look-alike') return setStep({ kind: 'error', message: lookAlikeMessage(result.detail) });
    setStep({ kind: 'error', message: t(result.reason === 'no-account' ? 'fillNoAccount' : 'fillNoPending') });
  }, [tabId]);

  useEffect(() => void load(), [load]);

  async function complete(accountId?: string) {
    const result = await sendMessage('completePendingFill', { tabId, accountId, remember });
    if (result.ok) return window.close();
    if (result.reason === 'locked' || result.reason === 'choose') return void load();
    if (result.reason === 'look-alike') return setStep({ kind: 'error', message: lookAlikeMessage(result.detail) });
    setStep({ kind: 'error', message: t(COMPLETE_FAILURES[result.reason]) });
  }

  async function cancel() {
    await sendMessage('cancelPendingFill', { tabId });
    window.close();
  }

  return (
    <main class="fill-window">
      <div class="fill-window__head">
        <h1 class="fill-window__brand">
          <Logo size={20} />
          {t('brandName')}
        </h1>
        <button type="button" class="button button--ghost button--small" onClick={() => void cancel()}>
          {t('cancel')}
        </button>
      </div>
      {step.kind === 'ready' && (
        <PendingFill fill={step.fill} remember={remember} onRemember={setRemember} onComplete={complete} />
      )}
      {step.kind === 'ready' && step.fill.locked && (
        <>
          <p class="hint">{t('fillWindowUnlockHint')}</p>
          {/* Unlocking is the person's go-ahead when one account fits; otherwise they choose next. */}
          <UnlockForm submitLabel={t('unlockAndFill')} onUnlocked={() => void complete()} />
        </>
      )}
      {step.kind === 'error' && <FormMessage outcome={step} />}
    </main>
  );
}

interface PendingFillProps {
  fill: PendingFillView;
  remember: boolean;
  onRemember: (remember: boolean) => void;
  onComplete: (accountId?: string) => void;
}

function PendingFill({ fill, remember, onRemember, onComplete }: PendingFillProps) {
  return (
    <section class="stack" aria-labelledby="fill-site">
      <p class="fill-window__site" id="fill-site">
        {t('fillWindowFor')}
        <strong>{fill.site}</strong>
      </p>
      {!fill.locked && fill.accounts.length === 1 && (
        <button
          type="button"
          class="button button--primary"
          id="fill-one"
          onClick={() => onComplete(fill.accounts[0]!.id)}
        >
          {t('fillOne', choiceName(fill.accounts[0]!))}
        </button>
      )}
      {!fill.locked && fill.accounts.length > 1 && (
        <>
          <h2 class="section__title">{t('chooseAccountTitle', fill.site)}</h2>
          <ul class="choices">
            {fill.accounts.map((account) => (
              <li key={account.id}>
                <button
                  type="button"
                  class="button choice"
                  data-testid="fill-choice"
                  data-account-id={account.id}
                  onClick={() => onComplete(account.id)}
                >
                  <span>{choiceName(account)}</span>
                  {account.issuer && <span class="choice__label">{account.label}</span>}
                </button>
              </li>
            ))}
          </ul>
          <label class="check">
            <input type="checkbox" checked={remember} onChange={(event) => onRemember(event.currentTarget.checked)} />
            {t('rememberChoice')}
          </label>
        </>
      )}
    </section>
  );
}
