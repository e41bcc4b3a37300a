/** Why an account description (a URI, a form, a secret, a decrypted row) was refused. */
export type OtpErrorCode =
  | 'not-otpauth'
  | 'unsupported-type'
  | 'missing-secret'
  | 'invalid-secret'
  | 'invalid-algorithm'
  | 'invalid-digits'
  | 'invalid-period'
  | 'invalid-counter'
  /** Not an account object at all (a decrypted row or file entry of another shape). */
  | 'invalid-account'
  | 'invalid-issuer'
  | 'invalid-label'
  /** Bound domains or "preferred on" domains: not a list of short names, or too many. */
  | 'invalid-domains'
  | 'invalid-notes'
  | 'invalid-recovery-codes'
  /** A group name longer than ACCOUNT_LIMITS.maxGroupLength. */
  | 'invalid-group';

export class OtpError extends Error {
  constructor(
    readonly code: OtpErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'OtpError';
  }
}
