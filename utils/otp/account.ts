export type OtpType = 'totp' | 'hotp' | 'steam';
export const OTP_TYPES: readonly OtpType[] = ['totp', 'hotp', 'steam'];
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';
export const OTP_ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];
/** A form's value (a `<select>`'s is only a string) as a type or an algorithm, or undefined. */
export const parseOtpType = (value: string): OtpType | undefined => OTP_TYPES.find((type) => type === value);
export const parseOtpAlgorithm = (value: string): OtpAlgorithm | undefined =>
  OTP_ALGORITHMS.find((algorithm) => algorithm === value);

/** What a code is computed from. `period` serves totp and steam, `counter` hotp. */
export interface OtpParams {
  readonly type: OtpType;
  /** Base32, normalised: upper case, no spaces, no padding. */
  readonly secret: string;
  readonly algorithm: OtpAlgorithm;
  readonly digits: number;
  readonly period: number;
  readonly counter: number;
}

/** Everything about an account that is encrypted at rest. */
export interface AccountData extends OtpParams {
  readonly issuer: string;
  readonly label: string;
  /** Registrable domains (eTLD+1) this account may fill on. */
  readonly domains: readonly string[];
  readonly notes: string;
  readonly recoveryCodes: readonly string[];
  /**
   * The recovery kit: what the site asks before it resets 2FA (a master key, the registered
   * name, …), by item (see utils/sites/recovery.ts), written down in advance.
   */
  readonly recoveryKit: Readonly<Record<string, string>>;
  /** Domains where the person chose this account among several: filled without asking. */
  readonly preferredOn: readonly string[];
  /** Shown above the others in the popup. */
  readonly pinned: boolean;
  /** The person's group ("取引所", "仕事"); '' for none. */
  readonly group: string;
  /**
   * Where the person put it in the list: a fractional index, so a move rewrites (and
   * versions, for the sync merge) only the account moved. 0 for accounts from before it:
   * they keep the order they had (see Vault.accounts).
   */
  readonly position: number;
}

export interface Account extends AccountData {
  readonly id: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** How pages and reports name an account: never its secret. */
export interface AccountName {
  readonly issuer: string;
  readonly label: string;
}

export function nameOf({ issuer, label }: AccountName): AccountName {
  return { issuer, label };
}

export const STEAM_DIGITS = 5;
export const DEFAULT_PERIOD = 30;

/**
 * An account as a URI or a form describes it; the rest takes its defaults. It checks
 * nothing (that is validateAccount's work) and never throws, whatever the draft holds at
 * run time: a value of the wrong type is kept as it is, for validateAccount to refuse.
 */
export function accountData(draft: Partial<AccountData> & Pick<AccountData, 'secret'>): AccountData {
  const type = draft.type ?? 'totp';
  return {
    type,
    secret: draft.secret,
    algorithm: type === 'steam' ? 'SHA1' : (draft.algorithm ?? 'SHA1'),
    digits: type === 'steam' ? STEAM_DIGITS : (draft.digits ?? 6),
    period: draft.period ?? DEFAULT_PERIOD,
    counter: draft.counter ?? 0,
    issuer: typeof draft.issuer === 'string' ? draft.issuer.trim() : (draft.issuer ?? ''),
    label: typeof draft.label === 'string' ? draft.label.trim() : (draft.label ?? ''),
    domains: draft.domains ?? [],
    notes: draft.notes ?? '',
    recoveryCodes: draft.recoveryCodes ?? [],
    recoveryKit: draft.recoveryKit ?? {},
    preferredOn: draft.preferredOn ?? [],
    pinned: draft.pinned ?? false,
    group: typeof draft.group === 'string' ? draft.group.trim() : (draft.group ?? ''),
    position: draft.position ?? 0,
  };
}
