import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type BackupStatus } from '@/utils/messaging/protocol';
import { lastBackup, syncRecord, webdavRecord } from '@/utils/settings';
import { accountNames } from '../account-name';
import { saveFile } from '../save-file';
import { BackupDestinations } from './BackupDestinations';
import { BackupFileForm } from './BackupFileForm';
import { WebDavSection } from './WebDavSection';
import { BackupPasswordForm } from './BackupPasswordForm';

/** Backups: when the last one was written, what is in none yet, export by hand, check, restore. */
export function BackupSection() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const refresh = () => void sendMessage('backupStatus').then((result) => setStatus(result.ok ? result.value : null));
  // The automatic backup lands a moment after a change, whoever made it: follow its record.
  useEffect(() => {
    refresh();
    const unwatch = [lastBackup, syncRecord, webdavRecord].map((record) => record.watch(refresh));
    return () => unwatch.forEach((stop) => stop());
  }, []);

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
        <div class="backup-status stack" data-testid="backup-status" data-pending={status.notBackedUp.length}>
          <p>
            {status.lastBackupAt === null
              ? t('backupNever')
              : t('backupLast', new Date(status.lastBackupAt).toLocaleString(document.documentElement.lang))}
          </p>
          {status.notBackedUp.length > 0 && (
            <p class="form-error">
              {t('backupPending', String(status.notBackedUp.length))} {accountNames(status.notBackedUp)}
            </p>
          )}
          <BackupDestinations status={status} onChanged={refresh} />
          <p id="recovery-count" data-ready={status.recovery.ready}>
            {t('recoveryCount', [String(status.recovery.ready), String(status.recovery.total)])}
          </p>
          <p class="hint">{t('backupAutomaticHint')}</p>
          <button type="button" class="button" id="export-backup" onClick={() => void download()}>
            {t('backupDownload')}
          </button>
          <BackupPasswordForm separate={status.separatePassword} onChanged={refresh} />
        </div>
      )}
      <WebDavSection onChanged={refresh} />
      <BackupFileForm onRestored={refresh} />
    </section>
  );
}
