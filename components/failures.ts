import { t, type MessageKey } from '@/utils/i18n';
import type { AddAccountFailure } from '@/utils/messaging/protocol';

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
  | 'invalid-migration';

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
  'invalid-migration': 'errorInvalidMigration',
  'not-otpauth': 'errorNotOtpauth',
  'unsupported-type': 'errorUnsupportedType',
  'missing-secret': 'errorMissingSecret',
  'invalid-secret': 'errorInvalidSecret',
  'invalid-algorithm': 'errorInvalidAlgorithm',
  'invalid-digits': 'errorInvalidDigits',
  'invalid-period': 'errorInvalidPeriod',
  'invalid-counter': 'errorInvalidCounter',
};

/** The sentence a person reads for a refusal from the background. */
export function failureMessage(reason: FailureReason): string {
  return t(FAILURE_MESSAGES[reason]);
}
