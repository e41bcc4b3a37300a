import type { AccountData } from '../otp/account';
import { OtpError, type OtpErrorCode } from '../otp/errors';
import { parseOtpauthUri } from '../otp/uri';
import { FormatError } from '../formats/errors';
import {
  decodeMigrationUri,
  MIGRATION_PREFIX,
  type MigrationBatch,
  type MigrationFailure,
} from '../formats/google-migration';

/** What one QR code holds, as far as Omamori is concerned. */
export type ScannedCode =
  | {
      readonly kind: 'accounts';
      /** Each passes validateAccount. */
      readonly accounts: AccountData[];
      readonly batch?: MigrationBatch['batch'];
      /** Accounts of a Google export QR that could not be taken (the others are). */
      readonly failed?: MigrationFailure[];
    }
  /** A QR that is not a 2FA setup code (a URL, a text…): shown, never added. */
  | { readonly kind: 'not-2fa'; readonly preview: string }
  /** A 2FA code that is malformed: said why. */
  | { readonly kind: 'invalid'; readonly reason: OtpErrorCode | 'invalid-migration'; readonly preview: string };

const PREVIEW_LENGTH = 60;

export function previewOf(text: string): string {
  const flat = text
    .slice(0, PREVIEW_LENGTH * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

/**
 * Reads a QR's text as an `otpauth://` URI, a Google Authenticator export, or neither.
 * Never throws: a malformed code is `invalid` on its own, the other codes of a scan stand.
 */
export function interpretQrText(text: string): ScannedCode {
  const trimmed = text.trim();
  const preview = previewOf(trimmed.replace(/secret=[^&]*/i, 'secret=…').replace(/data=.*/i, 'data=…'));
  try {
    if (trimmed.toLowerCase().startsWith(MIGRATION_PREFIX)) return migrationCode(trimmed, preview);
    if (/^(otpauth|steam):\/\//i.test(trimmed)) return { kind: 'accounts', accounts: [parseOtpauthUri(trimmed)] };
  } catch (error) {
    if (error instanceof OtpError) return { kind: 'invalid', reason: error.code, preview };
    if (error instanceof FormatError) return { kind: 'invalid', reason: 'invalid-migration', preview };
    throw error;
  }
  return { kind: 'not-2fa', preview: previewOf(trimmed) };
}

function migrationCode(text: string, preview: string): ScannedCode {
  const { accounts, failed, batch } = decodeMigrationUri(text);
  const [firstFailure] = failed;
  if (accounts.length === 0 && firstFailure) return { kind: 'invalid', reason: firstFailure.reason, preview };
  return failed.length > 0 ? { kind: 'accounts', accounts, batch, failed } : { kind: 'accounts', accounts, batch };
}
