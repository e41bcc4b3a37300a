import { useState } from 'preact/hooks';
import { toBase64 } from '@/utils/encoding';
import { t } from '@/utils/i18n';
import { sendMessage, type ImportFailure, type ImportReport, type Internal } from '@/utils/messaging/protocol';
import { accountNames } from '../account-name';
import { failureMessage } from '../failures';
import { Field, FormError, PasswordField } from '../Field';

const FILE_FAILURES: Partial<Record<ImportFailure | Internal, Parameters<typeof t>[0]>> = {
  'unknown-format': 'errorUnknownFormat',
  corrupt: 'errorCorruptFile',
  'needs-password': 'errorNeedsPassword',
};

/** Import from Aegis, 2FAS, andOTP, Bitwarden, Ente, Google Authenticator, … (detected). */
export function ImportSection() {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [needsPassword, setNeedsPassword] = useState(false);
  const [password, setPassword] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(chosen: { name: string; base64: string }, withPassword?: string) {
    setError(null);
    const result = await sendMessage('importFile', { ...chosen, password: withPassword });
    if (result.ok) {
      setReport(result.value);
      setNeedsPassword(false);
      setPassword('');
      return;
    }
    if (result.reason === 'needs-password') return setNeedsPassword(true);
    const key = FILE_FAILURES[result.reason];
    setError(key ? t(key) : failureMessage(result.reason));
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    const next = { name: chosen.name, base64: toBase64(new Uint8Array(await chosen.arrayBuffer())) };
    setFile(next);
    setReport(null);
    setNeedsPassword(false);
    await run(next);
  }

  return (
    <section class="card stack" id="import" aria-labelledby="import-title">
      <h2 id="import-title" class="section__title">
        {t('importTitle')}
      </h2>
      <p class="hint">{t('importHint')}</p>
      <Field label={t('importFileLabel')}>
        <input id="import-file" type="file" onChange={(event) => void choose(event.currentTarget.files?.[0])} />
      </Field>
      {needsPassword && file && (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void run(file, password);
          }}
        >
          <PasswordField id="import-password" label={t('importPasswordLabel')} value={password} onValue={setPassword} purpose="current-password" autoFocus />
          <button type="submit" class="button button--primary" disabled={!password}>
            {t('importButton')}
          </button>
        </form>
      )}
      <FormError message={error} />
      {report && <ImportResult report={report} />}
    </section>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  return (
    <div class="stack import-report" data-added={report.added.length} data-duplicates={report.duplicates.length} data-failed={report.failed.length}>
      <p class="form-ok">{t('importAdded', String(report.added.length))}</p>
      {report.duplicates.length > 0 && (
        <p class="hint">
          {t('importDuplicates', String(report.duplicates.length))} {accountNames(report.duplicates)}
        </p>
      )}
      {report.failed.length > 0 && (
        <ul class="import-failed">
          {report.failed.map((failure, index) => (
            <li key={index}>
              {t('importFailed', failure.name)} {failureMessage(failure.reason)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
