import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type RecoveryEntry } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormError } from '../Field';
import { Logo } from '../Logo';
import { UnlockForm } from '../UnlockForm';
import { RecoveryCard } from './RecoveryCard';

type Sheet = { state: 'confirm' } | { state: 'loading' } | { state: 'locked' } | { state: 'failed'; message: string } | { state: 'ready'; accounts: RecoveryEntry[] };

/** The printable recovery sheet: every account's QR code and setup key, and the date. */
export function RecoveryPage() {
  const [sheet, setSheet] = useState<Sheet>({ state: 'confirm' });
  const load = () => {
    setSheet({ state: 'loading' });
    void sendMessage('recoverySheet').then((result) => {
      if (result.ok) setSheet({ state: 'ready', accounts: result.value.accounts });
      else setSheet(result.reason === 'locked' ? { state: 'locked' } : { state: 'failed', message: failureMessage(result.reason) });
    });
  };

  if (sheet.state === 'confirm') return <ConfirmSheet onConfirmed={load} />;
  if (sheet.state === 'locked') {
    return (
      <main class="sheet sheet--narrow">
        <UnlockForm onUnlocked={load} />
      </main>
    );
  }
  if (sheet.state === 'failed') return <main class="sheet"><FormError message={sheet.message} /></main>;
  if (sheet.state === 'loading') return null;

  const made = new Date().toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
  return (
    <main class="sheet" data-count={sheet.accounts.length}>
      <header class="sheet__header">
        <Logo size={40} />
        <div class="sheet__titles">
          <h1>{t('recoveryTitle')}</h1>
          <p class="sheet__made">{t('recoveryMade', [made, String(sheet.accounts.length)])}</p>
        </div>
        <button type="button" class="button button--primary sheet__print" id="print-sheet" onClick={() => window.print()}>
          {t('recoveryPrint')}
        </button>
      </header>
      <p>{t('recoveryIntro')}</p>
      <p class="sheet__warning">{t('recoveryWarning')}</p>
      {sheet.accounts.length === 0 ? (
        <p class="hint">{t('recoveryEmpty')}</p>
      ) : (
        <ol class="sheet__accounts">
          {sheet.accounts.map((entry, at) => (
            <RecoveryCard key={at} entry={entry} />
          ))}
        </ol>
      )}
    </main>
  );
}

/** The secrets appear only after a clear yes, on the page that shows them. */
function ConfirmSheet({ onConfirmed }: { onConfirmed: () => void }) {
  const [understood, setUnderstood] = useState(false);
  return (
    <main class="sheet sheet--narrow">
      <form
        class="stack"
        id="sheet-confirm"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirmed();
        }}
      >
        <Logo size={40} />
        <h1>{t('recoveryTitle')}</h1>
        <p>{t('recoveryIntro')}</p>
        <label class="check warning">
          <input type="checkbox" id="sheet-understood" checked={understood} onChange={(event) => setUnderstood(event.currentTarget.checked)} />
          {t('exportSecretsWarning')}
        </label>
        <button type="submit" class="button button--primary" id="show-sheet" disabled={!understood}>
          {t('recoveryShow')}
        </button>
      </form>
    </main>
  );
}
