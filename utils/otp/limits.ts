/**
 * What an account may hold. Codes: 6–10 digits (10 carry the whole 31-bit HOTP value),
 * Steam's 5 characters; steps of 1 s to 5 min; a counter JavaScript counts exactly.
 * Text is bounded so that one row, entry or QR cannot make the popup or a report huge.
 */
export const ACCOUNT_LIMITS = {
  minDigits: 6,
  maxDigits: 10,
  minPeriod: 1,
  maxPeriod: 300,
  maxCounter: Number.MAX_SAFE_INTEGER,
  maxNameLength: 256,
  maxNotesLength: 10_000,
  maxDomains: 64,
  maxDomainLength: 253,
  maxRecoveryCodes: 100,
  maxRecoveryCodeLength: 256,
  maxKitItems: 32,
  maxKitAnswerLength: 2_000,
  maxGroupLength: 64,
  /** Positions are fractional indices well inside a double's exact range. */
  maxPosition: 1e12,
} as const;
