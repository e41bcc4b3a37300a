import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type BackupStatus } from '@/utils/messaging/protocol';
import { failureMessage } from '../failures';
import { FormError, PasswordField } from '../Field';
import { saveFile } from '../save-file';

/** Backups: when the last one was written, what is in none yet, export by hand, restore. */
export function BackupSection() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const refresh = () => void sendMessage('backupStatus').then((result) => setStatus(result.ok ? result.value : null));
  useEffect(refresh, []);

  async function download() {
    const result = await sendMessage('exportBackup');
    if (result.ok) saveFile(result.value.filename, result.value.json);
  }

  return (
    <section class="card stack" id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title" class="section__title">
        {t('backupTitle')}
      </h2>
      {status && (
        <div class="backup-status" data-pending={status.notBackedUp.length}>
          <p>
            {status.lastBackupAt === null
              ? t('backupNever')
              : t('backupLast', new Date(status.lastBackupAt).toLocaleString(document.documentElement.lang))}
          </p>
          {status.notBackedUp.length > 0 && (
            <p class="form-error">
              {t('backupPending', String(status.notBackedUp.length))}{' '}
              {status.notBackedUp.map((account) => [account.issuer, account.label].filter(Boolean).join(' — ')).join(', ')}
            </p>
          )}
          <p class="hint">{t('backupAutomaticHint')}</p>
          <button type="button" class="button" id="export-backup" onClick={() => void download()}>
            {t('backupDownload')}
          </button>
        </div>
      )}
      <RestoreForm onRestored={refresh} />
    </section>
  );
}

function RestoreForm({ onRestored }: { onRestored: () => void }) {
  const [text, setText] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function restore(event: Event) {
    event.preventDefault();
    if (text === null) return;
    setError(null);
    const result = await sendMessage('restoreBackup', { text, password });
    if (!result.ok) {
      const keys = { corrupt: 'errorCorruptFile', 'unknown-format': 'errorNotBackup' } as const;
      return setError(result.reason in keys ? t(keys[result.reason as keyof typeof keys]) : failureMessage(result.reason as 'locked'));
    }
    setDone(t('restoreDone', [String(result.value.added), String(result.value.duplicates)]));
    setPassword('');
    onRestored();
  }

  return (
    <form class="stack" id="restore" onSubmit={restore}>
      <h3 class="subsection__title">{t('restoreTitle')}</h3>
      <p class="hint">{t('restoreHint')}</p>
      <input id="restore-file" type="file" accept=".json,application/json" onChange={async (event) => setText(await event.currentTarget.files?.[0]?.text() ?? null)} />
      <PasswordField id="restore-password" label={t('restorePasswordLabel')} value={password} onValue={setPassword} purpose="current-password" />
      <FormError message={error} />
      {done && <p class="form-ok restore-done">{done}</p>}
      <button type="submit" class="button button--primary" disabled={text === null || !password}>
        {t('restoreButton')}
      </button>
    </form>
  );
}
