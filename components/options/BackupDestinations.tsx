import { t, uiLanguage } from '@/utils/i18n';
import type { BackupStatus } from '@/utils/messaging/protocol';
import { accountNames } from '../account-name';
import { SYNC_FAILURES } from '../SyncOffer';
import { SyncActions } from './SyncActions';
import { uploadFailureText } from './webdav-messages';

const when = (at: number | null) =>
  at === null ? t('destinationNever') : t('destinationLast', new Date(at).toLocaleString(uiLanguage()));

/** Each place a backup goes, and whether the latest change has left this computer. */
export function BackupDestinations({ status, onChanged }: { status: BackupStatus; onChanged: () => void }) {
  const { sync } = status;
  return (
    <section class="stack destinations" aria-labelledby="destinations-title">
      <h3 id="destinations-title" class="subsection__title">
        {t('destinationsTitle')}
      </h3>
      <p class={status.offComputer ? 'form-ok' : 'form-error'} id="off-computer" data-off-computer={status.offComputer}>
        {t(status.offComputer ? 'offComputerYes' : 'offComputerNo')}
      </p>
      {status.onlyHereReminder && (
        <p class="form-error" role="alert" id="only-here-reminder">
          {t('onlyHereReminder')}
        </p>
      )}
      <dl class="destinations__list">
        <dt>{t('destinationDownloads')}</dt>
        <dd>{when(status.lastBackupAt)}</dd>
        {status.webdav && (
          <>
            <dt>{t('destinationWebdav')}</dt>
            <dd id="webdav-status">
              {when(status.webdav.at)}
              {status.webdav.failure && (
                <span class="form-error"> {uploadFailureText(status.webdav.failure, status.webdav.retryAt)}</span>
              )}
            </dd>
          </>
        )}
        <dt>{t('destinationSync')}</dt>
        <dd id="sync-status" data-count={sync.count} data-total={sync.total}>
          {when(sync.at)}
          {sync.failure && <span class="form-error"> {t(SYNC_FAILURES[sync.failure])}</span>}
        </dd>
      </dl>
      {sync.failure && <SyncActions failure={sync.failure} onDone={onChanged} />}
      {sync.at !== null && sync.missing.length > 0 && (
        <p class="hint">
          {t('syncPartial', [String(sync.total - sync.missing.length), String(sync.total)])}{' '}
          {accountNames(sync.missing)}
        </p>
      )}
      {sync.sitesLeftOut?.length ? (
        <p class="form-error" id="sync-sites-left-out">
          {t('syncSitesLeftOut', accountNames(sync.sitesLeftOut))}
        </p>
      ) : null}
    </section>
  );
}
