import type { WebDavFailure } from '@/utils/backup/webdav';
import type { Connected } from '@/utils/backup/webdav-service';
import { t, uiLanguage } from '@/utils/i18n';
import { WEBDAV_FAILURES } from './webdav-failures';

const time = (at: number) =>
  new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'short', timeStyle: 'short' }).format(at);

/** What happens next after a failed upload: the try the background has scheduled, or that none is. */
export const retryText = (retryAt: number | null): string =>
  retryAt === null ? t('webdavNotRetried') : t('webdavRetryAt', time(retryAt));

/** A failed upload as the person reads it: why, then only the retry that will really happen. */
export const uploadFailureText = (reason: WebDavFailure, retryAt: number | null): string =>
  `${t(WEBDAV_FAILURES[reason])} ${retryText(retryAt)}`;

/** A connect's outcome: the first backup is there, or why not and what happens next. */
export const connectedText = (connected: Connected): { ok: boolean; message: string } =>
  connected.uploaded
    ? { ok: true, message: t('webdavFirstBackupSaved') }
    : {
        ok: false,
        message: `${t('webdavFirstBackupFailed')} ${uploadFailureText(connected.reason, connected.retryAt)}`,
      };
