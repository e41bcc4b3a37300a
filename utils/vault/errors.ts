export type VaultErrorCode =
  | 'not-initialized'
  | 'already-initialized'
  | 'locked'
  | 'not-found'
  | 'duplicate'
  | 'corrupt'
  | 'weak-password'
  /** The vault was written by a newer Omamori: opened by this one, it could be damaged. */
  | 'newer-format'
  /** The authenticator's answer opens no key slot (another credential, a stale or damaged slot). */
  | 'touch-refused'
  /** The password is asked instead of a touch (due, or changed since): see utils/vault/slots.ts. */
  | 'password-due';

/** Everything the vault refuses, but a wrong password (see WrongPasswordError). */
export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'VaultError';
  }
}

/** The password does not open the vault (or backup). Nothing was changed. */
export class WrongPasswordError extends Error {
  constructor() {
    super('wrong password');
    this.name = 'WrongPasswordError';
  }
}

/** The vault is locked, or not created yet: a page is told `locked`, and asked for the password. */
export const isClosedVault = (error: unknown): boolean =>
  error instanceof VaultError && (error.code === 'locked' || error.code === 'not-initialized');
