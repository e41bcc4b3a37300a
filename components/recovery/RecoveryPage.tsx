import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type RecoveryEntry } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { PasswordField } from '../Field';
import { FormMessage, type FormOutcome } from '../FormOutcome';
import { Logo } from '../Logo';
import { UnlockForm } from '../UnlockForm';
import { locksSeen, useClearOnLock } from '../vault-lock';
import { RecoveryCard } from './RecoveryCard';

type Sheet =
  | { state: 'confirm'; outcome: FormOutcome }
  | { state: 'loading' }
  | { state: 'locked' }
  | { state: 'ready'; accounts: RecoveryEntry[] };

/** The printable recovery sheet: every account's QR code and setup key, and the date. */
export function RecoveryPage() {
  const [sheet, setSheet] = useState<Sheet>({ state: 'confirm', outcome: null });
  const showing = sheet.state === 'ready' || sheet.state === 'loading';
  // Locked: the password opens the vault again; out of sight a minute: the sheet is asked for again.
  useClearOnLock(showing, (reason) =>
    setSheet(reason === 'locked' ? { state: 'locked' } : { state: 'confirm', outcome: null }),
  );
  const load = (vaultPassword: string) => {
    setSheet({ state: 'loading' });
    const locks = locksSeen();
    void sendMessage('recoverySheet', { vaultPassword }).then((result) => {
      // An answer that crossed a lock (or came after the screen was cleared) is not shown.
      const next: Sheet = locksSeen() !== locks ? { state: 'locked' } : sheetFor(result);
      setSheet((current) => (current.state === 'loading' ? next : current));
    });
  };

  if (sheet.state === 'confirm') return <ConfirmSheet outcome={sheet.outcome} onConfirmed={load} />;
  if (sheet.state === 'locked') {
    return (
      <main class="sheet sheet--narrow">
        <UnlockForm onUnlocked={() => setSheet({ state: 'confirm', outcome: null })} />
      </main>
    );
  }
  if (sheet.state === 'loading') return null;

  const made = new Date().toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
  return (
    <main class="sheet" data-count={sheet.accounts.length}>
      <header class="sheet__header">
        <Logo size={40} />
        <div class="sheet__titles">
          <h1>{t('recoveryTitle')}</h1>
          <p class="sheet__made" data-testid="sheet-made">
            {t('recoveryMade', [made, String(sheet.accounts.length)])}
          </p>
        </div>
        <button
          type="button"
          class="button button--primary sheet__print"
          id="print-sheet"
          onClick={() => window.print()}
        >
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
      <WithoutOmamori />
    </main>
  );
}

/** Where the backups open when Omamori is gone (tools/open-backup): printed with the codes. */
function WithoutOmamori() {
  return (
    <section class="sheet__opener" data-testid="sheet-opener">
      <h2>{t('recoveryOpenerTitle')}</h2>
      <p>{t('recoveryOpenerPage')}</p>
      <p>{t('recoveryOpenerCli')}</p>
    </section>
  );
}

/** The secrets appear only after a clear yes and the vault password, on the page that shows them. */
function ConfirmSheet({
  outcome,
  onConfirmed,
}: {
  outcome: FormOutcome;
  onConfirmed: (vaultPassword: string) => void;
}) {
  const [understood, setUnderstood] = useState(false);
  const [vaultPassword, setVaultPassword] = useState('');
  return (
    <main class="sheet sheet--narrow">
      <form
        class="stack"
        id="sheet-confirm"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirmed(vaultPassword);
        }}
      >
        <Logo size={40} />
        <h1>{t('recoveryTitle')}</h1>
        <p>{t('recoveryIntro')}</p>
        <label class="check warning">
          <input
            type="checkbox"
            id="sheet-understood"
            checked={understood}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          {t('exportSecretsWarning')}
        </label>
        <PasswordField
          id="sheet-vault-password"
          label={t('vaultPasswordLabel')}
          value={vaultPassword}
          onValue={setVaultPassword}
          purpose="current-password"
        />
        <FormMessage outcome={outcome} />
        <button type="submit" class="button button--primary" id="show-sheet" disabled={!understood || !vaultPassword}>
          {t('recoveryShow')}
        </button>
      </form>
    </main>
  );
}

/** What the sheet shows for the background's answer. */
function sheetFor(result: Awaited<ReturnType<typeof sendMessage<'recoverySheet'>>>): Sheet {
  if (result.ok) return { state: 'ready', accounts: result.value.accounts };
  if (result.reason === 'locked') return { state: 'locked' };
  return { state: 'confirm', outcome: { kind: 'error', message: failureMessage(result.reason) } };
}
