import type { WebDavFailure } from '@/utils/backup/webdav';
import type { MessageKey } from '@/utils/i18n';

export const WEBDAV_FAILURES: Record<WebDavFailure, MessageKey> = {
  unauthorized: 'webdavFailedUnauthorized',
  forbidden: 'webdavFailedForbidden',
  'not-found': 'webdavFailedNotFound',
  quota: 'webdavFailedQuota',
  unreachable: 'webdavFailedUnreachable',
  certificate: 'webdavFailedCertificate',
  timeout: 'webdavFailedTimeout',
  server: 'webdavFailedServer',
  'bad-response': 'webdavFailedBadResponse',
  redirect: 'webdavFailedRedirect',
  'insecure-url': 'webdavFailedInsecure',
  'invalid-config': 'webdavFailedInvalid',
};

export const isWebDavFailure = (reason: string): reason is WebDavFailure => Object.hasOwn(WEBDAV_FAILURES, reason);
