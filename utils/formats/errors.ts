import type { ImportFormatName } from './format-name';

export type FormatErrorCode =
  | 'invalid-migration'
  | 'wrong-password'
  | 'needs-password'
  | 'corrupt'
  | 'unknown-format'
  /**
   * The file asks for key-derivation costs (scrypt N·r·p, PBKDF2 iterations, Argon2
   * memory/passes/lanes) outside what its app writes: refused before deriving anything.
   * It is damaged, or made to stall the browser.
   */
  | 'unsupported-kdf'
  /** Bigger than any real export or backup (see MAX_FILE_BYTES): not read. */
  | 'too-large'
  /** An Omamori backup of a later format version: needs a newer Omamori. */
  | 'newer-format'
  /** A line of a list that is an mOTP account (`motp://`): codes Omamori does not make. */
  | 'unsupported-motp'
  /** A Yandex Key account (`otpauth://yaotp/`): codes made with a PIN, which Omamori does not make. */
  | 'unsupported-yandex'
  /** A line of a list that is no account link at all. */
  | 'not-an-account-line';

/** A file or payload from another app (or a backup) that cannot be read as what it claims. */
export class FormatError extends Error {
  /** The format the file was recognised as, when it was (set by decodeImport). */
  format?: ImportFormatName;

  constructor(
    readonly code: FormatErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FormatError';
  }
}
