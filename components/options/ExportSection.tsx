import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage, type ExportFormat } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormError, PasswordField } from '../Field';
import { saveFile } from '../save-file';

const FORMATS: readonly { format: ExportFormat; label: MessageKey }[] = [
  { format: 'aegis-encrypted', label: 'exportAegisEncrypted' },
  { format: 'aegis-plain', label: 'exportAegisPlain' },
  { format: 'otpauth-list', label: 'exportOtpauthList' },
];

/** Exports for a phone app: encrypted Aegis by default; plain ones only after a clear yes. */
export function ExportSection() {
  const [format, setFormat] = useState<ExportFormat>('aegis-encrypted');
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plain = format !== 'aegis-encrypted';

  async function run(event: Event) {
    event.preventDefault();
    setError(null);
    const result = await sendMessage('exportFile', { format, password: plain ? undefined : password });
    if (!result.ok) return setError(failureMessage(result.reason));
    saveFile(result.value.filename, result.value.content, plain && format === 'otpauth-list' ? 'text/plain' : 'application/json');
    setPassword('');
    setUnderstood(false);
  }

  return (
    <form class="card stack" id="export" aria-labelledby="export-title" onSubmit={run}>
      <h2 id="export-title" class="section__title">
        {t('exportTitle')}
      </h2>
      <p class="hint">{t('exportHint')}</p>
      {FORMATS.map((option) => (
        <label key={option.format} class="check">
          <input type="radio" name="export-format" value={option.format} checked={format === option.format} onChange={() => setFormat(option.format)} />
          {t(option.label)}
        </label>
      ))}
      {plain ? (
        <label class="check warning">
          <input type="checkbox" id="export-understood" checked={understood} onChange={(event) => setUnderstood(event.currentTarget.checked)} />
          {t('exportPlainWarning')}
        </label>
      ) : (
        <PasswordField id="export-password" label={t('exportPasswordLabel')} value={password} onValue={setPassword} purpose="new-password" />
      )}
      <FormError message={error} />
      <button type="submit" class="button button--primary" disabled={plain ? !understood : !password}>
        {t('exportButton')}
      </button>
    </form>
  );
}
