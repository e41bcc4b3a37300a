/** Why an account description (a URI, a form, a secret) was refused. */
export type OtpErrorCode =
  | 'not-otpauth'
  | 'unsupported-type'
  | 'missing-secret'
  | 'invalid-secret'
  | 'invalid-algorithm'
  | 'invalid-digits'
  | 'invalid-period'
  | 'invalid-counter';

export class OtpError extends Error {
  constructor(readonly code: OtpErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'OtpError';
  }
}
