import { OTP_ALGORITHMS, OTP_TYPES, STEAM_DIGITS, type AccountData, type OtpType } from './account';
import { OtpError, type OtpErrorCode } from './errors';
import { secretProblem } from './secret';

export { ACCOUNT_LIMITS } from './limits';
import { ACCOUNT_LIMITS } from './limits';

/** Structurally a `Result<AccountData, OtpErrorCode>` of the message protocol. */
export type AccountCheck =
  | { readonly ok: true; readonly value: AccountData }
  | { readonly ok: false; readonly reason: OtpErrorCode; readonly detail?: string };

type Refusal = Extract<AccountCheck, { ok: false }>;

/**
 * The one rule for what an account is, for every way in: a form, a URI, an import, a
 * scan, a restore, a stored row. Takes an AccountData or what claims to be one (parsed
 * JSON, a decrypted row) and answers with a canonical copy holding only the account's
 * fields, or why not; it never throws. Whatever it accepts gives a code (`codeAt`).
 * The descriptive fields (issuer, label, notes, domains, recovery codes, preferred-on)
 * take their defaults when absent: rows and backups written before a field existed
 * stay readable.
 */
export function validateAccount(data: unknown): AccountCheck {
  if (!isRecord(data)) return refused('invalid-account');
  const type = oneOf(OTP_TYPES, data.type);
  if (type === undefined) return refused('unsupported-type', preview(data.type));
  const otp = otpParams(type, data);
  if (!otp.ok) return otp;
  const texts = textFields(data);
  if (!texts.ok) return texts;
  const arrangement = arrangementOf(data);
  if (!arrangement.ok) return arrangement;
  return { ok: true, value: { ...otp.value, ...texts.value, ...arrangement.value } };
}

/** validateAccount for code that reports refusals by throwing (the parsers). */
export function checkedAccount(data: AccountData): AccountData {
  const check = validateAccount(data);
  if (!check.ok) throw new OtpError(check.reason, check.detail);
  return check.value;
}

type OtpFields = Pick<AccountData, 'type' | 'secret' | 'algorithm' | 'digits' | 'period' | 'counter'>;

function otpParams(type: OtpType, data: Record<string, unknown>): { ok: true; value: OtpFields } | Refusal {
  const { secret, digits, period, counter } = data;
  if (typeof secret !== 'string' || secret === '') return refused('missing-secret');
  const problem = secretProblem(secret);
  if (problem) return refused('invalid-secret', problem);
  const algorithm = oneOf(OTP_ALGORITHMS, data.algorithm);
  // Steam Guard is HMAC-SHA1 by definition; another name would give codes Steam never accepts.
  if (algorithm === undefined || (type === 'steam' && algorithm !== 'SHA1'))
    return refused('invalid-algorithm', preview(data.algorithm));
  const [minDigits, maxDigits] =
    type === 'steam' ? [STEAM_DIGITS, STEAM_DIGITS] : [ACCOUNT_LIMITS.minDigits, ACCOUNT_LIMITS.maxDigits];
  if (!isIntegerIn(digits, minDigits, maxDigits)) return refused('invalid-digits', preview(digits));
  if (!isIntegerIn(period, ACCOUNT_LIMITS.minPeriod, ACCOUNT_LIMITS.maxPeriod))
    return refused('invalid-period', preview(period));
  if (!isIntegerIn(counter, 0, ACCOUNT_LIMITS.maxCounter)) return refused('invalid-counter', preview(counter));
  return { ok: true, value: { type, secret, algorithm, digits, period, counter } };
}

type TextFields = Pick<
  AccountData,
  'issuer' | 'label' | 'domains' | 'notes' | 'recoveryCodes' | 'recoveryKit' | 'preferredOn'
>;
type Arrangement = Pick<AccountData, 'pinned' | 'group' | 'position'>;

function textFields(data: Record<string, unknown>): { ok: true; value: TextFields } | Refusal {
  const {
    issuer = '',
    label = '',
    notes = '',
    domains: domainsField = [],
    preferredOn: preferredField = [],
    recoveryCodes: codesField = [],
    recoveryKit: kitField = {},
  } = data;
  if (!isTextUpTo(issuer, ACCOUNT_LIMITS.maxNameLength)) return refused('invalid-issuer', preview(issuer));
  if (!isTextUpTo(label, ACCOUNT_LIMITS.maxNameLength)) return refused('invalid-label', preview(label));
  if (!isTextUpTo(notes, ACCOUNT_LIMITS.maxNotesLength)) return refused('invalid-notes', typeof notes);
  const domains = domainList(domainsField);
  const preferredOn = domainList(preferredField);
  if (!domains || !preferredOn) return refused('invalid-domains');
  const recoveryCodes = textList(codesField, ACCOUNT_LIMITS.maxRecoveryCodes, 0, ACCOUNT_LIMITS.maxRecoveryCodeLength);
  if (!recoveryCodes) return refused('invalid-recovery-codes');
  const recoveryKit = kitAnswers(kitField);
  if (!recoveryKit) return refused('invalid-recovery-codes');
  return { ok: true, value: { issuer, label, notes, domains, recoveryCodes, recoveryKit, preferredOn } };
}

/** Pin, group and place in the list; absent in rows and backups from before them. */
function arrangementOf(data: Record<string, unknown>): { ok: true; value: Arrangement } | Refusal {
  const { pinned = false, group = '', position = 0 } = data;
  if (typeof pinned !== 'boolean') return refused('invalid-account', preview(pinned));
  if (!isTextUpTo(group, ACCOUNT_LIMITS.maxGroupLength)) return refused('invalid-group', preview(group));
  if (typeof position !== 'number' || !(Math.abs(position) <= ACCOUNT_LIMITS.maxPosition))
    return refused('invalid-account', preview(position));
  return { ok: true, value: { pinned, group, position } };
}

/** A copy of a recovery kit: a few short item names, each with a bounded answer; or null. */
function kitAnswers(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > ACCOUNT_LIMITS.maxKitItems) return null;
  const kit: Record<string, string> = {};
  for (const [item, answer] of entries) {
    if (!/^[a-z][a-z-]{0,31}$/.test(item) || !isTextUpTo(answer, ACCOUNT_LIMITS.maxKitAnswerLength)) return null;
    // Defined as own data, never through a setter (an item named like a prototype key stays data).
    Object.defineProperty(kit, item, { value: answer, enumerable: true, writable: true, configurable: true });
  }
  return kit;
}

const domainList = (value: unknown) => textList(value, ACCOUNT_LIMITS.maxDomains, 1, ACCOUNT_LIMITS.maxDomainLength);

/** A copy of a list of strings of bounded count and length, or null. */
function textList(value: unknown, maxCount: number, minLength: number, maxLength: number): string[] | null {
  if (!Array.isArray(value) || value.length > maxCount) return null;
  const items: string[] = [];
  for (const item of value) {
    if (!isTextUpTo(item, maxLength) || item.length < minLength) return null;
    items.push(item);
  }
  return items;
}

/** The member of `allowed` that `value` is; never a lookup in an object (no `__proto__`). */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((item) => item === value);
}

const isTextUpTo = (value: unknown, maxLength: number): value is string =>
  typeof value === 'string' && value.length <= maxLength;

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const refused = (reason: OtpErrorCode, detail?: string): Refusal =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };

/** A refused value as a report may show it: short, and never a secret (callers pass no secret). */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 24 ? `${value.slice(0, 23)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  return Array.isArray(value) ? 'a list' : typeof value;
}
