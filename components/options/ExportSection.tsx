import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { EXPORTERS } from '@/utils/formats/exporters/registry';
import { sendMessage, type ExportFormat, type MigrationCodes } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { saveFile } from '../save-file';
import { MigrationCodesView } from './MigrationCodesView';
import { locksSeen, useClearOnLock } from '../vault-lock';

/** Files for another app, transfer codes for Google Authenticator, or paper. */
type ExportChoice = ExportFormat | 'google-qr' | 'recovery-sheet';

/** The file exports (from the exporters' registry), then the transfer codes and the paper sheet. */
const CHOICES: readonly { choice: ExportChoice; label: MessageKey }[] = [
  ...EXPORTERS.map((exporter) => ({ choice: exporter.id, label: exporter.label })),
  { choice: 'google-qr', label: 'exportGoogleQr' },
  { choice: 'recovery-sheet', label: 'exportRecoverySheet' },
];

const fileExporter = (choice: ExportChoice) => EXPORTERS.find((exporter) => exporter.id === choice);

const buttonLabel = (choice: ExportChoice): MessageKey =>
  choice === 'google-qr' ? 'exportShowCodes' : choice === 'recovery-sheet' ? 'exportOpenSheet' : 'exportButton';

/**
 * Exports for a phone app or paper: encrypted Aegis by default; plain ones only after a
 * clear yes; every one for the vault password.
 */
export function ExportSection() {
  const [choice, setChoice] = useState<ExportChoice>('aegis-encrypted');
  const [password, setPassword] = useState('');
  const [vaultPassword, setVaultPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const { outcome, fail, clear } = useFormOutcome();
  const [codes, setCodes] = useState<MigrationCodes | null>(null);
  // Transfer codes on screen, or passwords typed: gone on a lock or a minute out of sight.
  useClearOnLock(codes !== null || password !== '' || vaultPassword !== '', () => {
    setCodes(null);
    setPassword('');
    setVaultPassword('');
    setUnderstood(false);
  });
  const encrypted = fileExporter(choice)?.encrypted ?? false;
  // The recovery sheet asks on its own page, where the secrets appear.
  const asksHere = choice !== 'recovery-sheet';
  const warnsHere = asksHere && !encrypted;

  async function run(event: Event) {
    event.preventDefault();
    clear();
    if (choice === 'recovery-sheet') return void browser.tabs.create({ url: browser.runtime.getURL('/recovery.html') });
    if (choice === 'google-qr') {
      const locks = locksSeen();
      const result = await sendMessage('migrationCodes', { vaultPassword });
      if (!result.ok) return fail(failureMessage(result.reason));
      // Codes that crossed a lock on their way are not shown.
      if (locksSeen() !== locks) return fail(failureMessage('locked'));
      setCodes(result.value);
    } else {
      const exporter = fileExporter(choice)!;
      const result = await sendMessage('exportFile', {
        format: exporter.id,
        password: encrypted ? password : undefined,
        vaultPassword,
      });
      if (!result.ok) return fail(failureMessage(result.reason));
      saveFile(result.value.filename, result.value.content, exporter.mime);
    }
    setPassword('');
    setVaultPassword('');
    setUnderstood(false);
  }

  function choose(next: ExportChoice) {
    setChoice(next);
    setCodes(null);
  }

  return (
    <form class="card stack" id="export" aria-labelledby="export-title" onSubmit={run}>
      <h2 id="export-title" class="section__title">
        {t('exportTitle')}
      </h2>
      <p class="hint">{t('exportHint')}</p>
      {CHOICES.map((option) => (
        <label key={option.choice} class="check">
          <input
            type="radio"
            name="export-format"
            value={option.choice}
            checked={choice === option.choice}
            onChange={() => choose(option.choice)}
          />
          {t(option.label)}
        </label>
      ))}
      {encrypted && (
        <PasswordField
          id="export-password"
          label={t('exportPasswordLabel')}
          value={password}
          onValue={setPassword}
          purpose="new-password"
        />
      )}
      {warnsHere && (
        <label class="check warning">
          <input
            type="checkbox"
            id="export-understood"
            checked={understood}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          {t(choice === 'google-qr' ? 'exportSecretsWarning' : 'exportPlainWarning')}
        </label>
      )}
      {asksHere && (
        <PasswordField
          id="export-vault-password"
          label={t('vaultPasswordLabel')}
          value={vaultPassword}
          onValue={setVaultPassword}
          purpose="current-password"
        />
      )}
      <FormMessage outcome={outcome} />
      {codes ? (
        <MigrationCodesView codes={codes} onHide={() => setCodes(null)} />
      ) : (
        <button
          type="submit"
          class="button button--primary"
          id="export-run"
          disabled={asksHere && (!vaultPassword || (encrypted ? !password : !understood))}
        >
          {t(buttonLabel(choice))}
        </button>
      )}
    </form>
  );
}
