export type FormatErrorCode = 'invalid-migration' | 'wrong-password' | 'needs-password' | 'corrupt' | 'unknown-format';

/** A file or payload from another app (or a backup) that cannot be read as what it claims. */
export class FormatError extends Error {
  constructor(readonly code: FormatErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FormatError';
  }
}
