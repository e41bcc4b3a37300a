import { useState } from 'preact/hooks';
import { toBase64 } from '@/utils/encoding';
import { t } from '@/utils/i18n';
import { sendMessage, type ImportFormatName, type ImportReport } from '@/utils/messaging/protocol';
import { accountName } from '../account-name';
import { failureMessage } from '../failures';
import { Field, PasswordField } from '../Field';
import { FormMessage, useFormOutcome } from '../FormOutcome';

/** "FreeOTP 2 backup, encrypted", in the person's language. */
export function formatLabel(format: ImportFormatName): string {
  return format.encrypted ? t('importFormatEncrypted', t(format.name)) : t(format.name);
}

type Answer = Awaited<ReturnType<typeof sendMessage<'importFile'>>>;

/** The sentence for a file refused whole: each refusal its own, naming the format when known. */
function refusalMessage(result: Extract<Answer, { ok: false }>): string {
  const format = result.format;
  switch (result.reason) {
    case 'wrong-password':
      return format ? t('importWrongPassword', formatLabel(format)) : failureMessage('wrong-password');
    case 'corrupt':
      return format ? t('importDamaged', formatLabel(format)) : t('errorCorruptFile');
    case 'unsupported-app':
      return [
        format ? t('importUnsupportedKind', t(format.name)) : t('errorUnknownFormat'),
        format?.advice ? t(format.advice) : '',
      ]
        .join(' ')
        .trim();
    case 'unknown-format':
      return t('errorUnknownFormat');
    case 'needs-password':
      return t('errorNeedsPassword');
    default:
      return failureMessage(result.reason);
  }
}

/** Import from every app in the hint (detected by content), and say exactly what came in. */
export function ImportSection() {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [format, setFormat] = useState<ImportFormatName | null>(null);
  const [needsPassword, setNeedsPassword] = useState(false);
  const [password, setPassword] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const { outcome, fail, clear } = useFormOutcome();
  const [busy, setBusy] = useState(false);

  async function run(chosen: { name: string; base64: string }, withPassword?: string) {
    clear();
    setBusy(true);
    const result = await sendMessage('importFile', { ...chosen, password: withPassword }).finally(() => setBusy(false));
    if (result.ok) {
      setReport(result.value);
      setNeedsPassword(false);
      setPassword('');
      return;
    }
    setFormat(result.format ?? null);
    if (result.reason === 'needs-password') return setNeedsPassword(true);
    // A wrong password keeps the prompt open for another try; every other refusal closes it.
    if (result.reason !== 'wrong-password') setNeedsPassword(false);
    fail(refusalMessage(result));
  }

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    const next = { name: chosen.name, base64: toBase64(new Uint8Array(await chosen.arrayBuffer())) };
    setFile(next);
    setReport(null);
    setFormat(null);
    setNeedsPassword(false);
    setPassword('');
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
          data-format={format?.id}
          onSubmit={(event) => {
            event.preventDefault();
            void run(file, password);
          }}
        >
          <PasswordField
            id="import-password"
            label={format ? t('importPasswordFor', formatLabel(format)) : t('importPasswordLabel')}
            value={password}
            onValue={setPassword}
            purpose="current-password"
            autoFocus
          />
          <button type="submit" class="button button--primary" disabled={!password || busy}>
            {t('importButton')}
          </button>
        </form>
      )}
      <FormMessage outcome={outcome} />
      {report && <ImportResult report={report} />}
    </section>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  return (
    <div
      class="stack import-report"
      data-testid="import-report"
      data-format={report.format.id}
      data-added={report.added.length}
      data-duplicates={report.duplicates.length}
      data-failed={report.failed.length}
    >
      <p class="hint import-format" data-testid="import-format">
        {t('importDetected', formatLabel(report.format))}
      </p>
      <p class="form-ok">{t('importAdded', String(report.added.length))}</p>
      {report.added.length > 0 && (
        <>
          <p class="hint">{t('importAddedTitle')}</p>
          <ul class="import-added" data-testid="import-added">
            {report.added.map((account, index) => (
              <li key={index}>{accountName(account)}</li>
            ))}
          </ul>
        </>
      )}
      {report.duplicates.length > 0 && (
        <>
          <p class="hint">{t('importDuplicates', String(report.duplicates.length))}</p>
          <ul class="import-duplicates" data-testid="import-duplicates">
            {report.duplicates.map((account, index) => (
              <li key={index}>{accountName(account)}</li>
            ))}
          </ul>
        </>
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
