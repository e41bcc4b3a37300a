export type FormatErrorCode = 'invalid-migration';

/** A payload from another app (or a backup) that cannot be read as what it claims to be. */
export class FormatError extends Error {
  constructor(readonly code: FormatErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FormatError';
  }
}
