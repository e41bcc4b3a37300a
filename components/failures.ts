import { t, type MessageKey } from '@/utils/i18n';
import type { FormatErrorCode } from '@/utils/formats/errors';
import type { AddAccountFailure, BindFailure } from '@/utils/messaging/protocol';

type FailureReason =
  | AddAccountFailure
  | 'wrong-password'
  | 'weak-password'
  | 'already-initialized'
  | 'not-initialized'
  | 'not-found'
  | 'corrupt'
  | 'not-allowed'
  | 'no-field'
  | 'tab-changed'
  | 'newer-format'
  | 'internal'
  | FormatErrorCode
  | 'invalid-domain'
  | 'invalid-migration'
  | 'reader-failed';

const FAILURE_MESSAGES: Record<FailureReason, MessageKey> = {
  forbidden: 'errorForbidden',
  locked: 'errorLocked',
  duplicate: 'errorDuplicate',
  'wrong-password': 'errorWrongPassword',
  'weak-password': 'errorWeakPassword',
  'already-initialized': 'errorAlreadyInitialized',
  'not-initialized': 'errorNotInitialized',
  'not-found': 'errorNotFound',
  corrupt: 'errorCorrupt',
  'not-allowed': 'errorNotAllowed',
  'no-field': 'errorNoField',
  'tab-changed': 'errorTabChanged',
  'newer-format': 'errorNewerFormat',
  internal: 'errorInternal',
  'needs-password': 'errorNeedsPassword',
  'unknown-format': 'errorUnknownFormat',
  'unsupported-kdf': 'errorUnsupportedKdf',
  'too-large': 'errorTooLarge',
  'invalid-domain': 'errorInvalidDomain',
  'invalid-migration': 'errorInvalidMigration',
  'reader-failed': 'errorReaderFailed',
  'unsupported-motp': 'errorUnsupportedMotp',
  'unsupported-yandex': 'errorUnsupportedYandex',
  'not-an-account-line': 'errorNotAccountLine',
  'not-otpauth': 'errorNotOtpauth',
  'unsupported-type': 'errorUnsupportedType',
  'missing-secret': 'errorMissingSecret',
  'invalid-secret': 'errorInvalidSecret',
  'invalid-algorithm': 'errorInvalidAlgorithm',
  'invalid-digits': 'errorInvalidDigits',
  'invalid-period': 'errorInvalidPeriod',
  'invalid-counter': 'errorInvalidCounter',
  'invalid-account': 'errorInvalidAccount',
  'invalid-issuer': 'errorInvalidIssuer',
  'invalid-label': 'errorInvalidLabel',
  'invalid-domains': 'errorInvalidDomains',
  'invalid-notes': 'errorInvalidNotes',
  'invalid-recovery-codes': 'errorInvalidRecoveryCodes',
  'invalid-group': 'errorInvalidGroup',
};

/** The sentence a person reads for a refusal from the background; `detail` fills it in. */
export function failureMessage(reason: FailureReason, detail?: string): string {
  return t(FAILURE_MESSAGES[reason], detail);
}

/** A refusal that may concern a look-alike of `detail` (the real site) on `host`. */
export function fillFailureMessage(
  failure: { reason: FailureReason | BindFailure; detail?: string },
  host: string,
): string {
  const real = failure.detail ?? '';
  if (failure.reason === 'look-alike') return t('bindLookAlike', [host, real]);
  if (failure.reason === 'other-exchange') return t('bindOtherExchange', [real, host]);
  return failureMessage(failure.reason, failure.detail);
}

/** Why an account edit was refused, as the edit screen and the options' list say it. */
export function editFailureMessage(failure: { reason: FailureReason | BindFailure; detail?: string }): string {
  if (failure.reason === 'look-alike') return t('editLookAlike', failure.detail ?? '');
  if (failure.reason === 'other-exchange') return t('editOtherExchange', failure.detail ?? '');
  return failureMessage(failure.reason, failure.detail);
}
