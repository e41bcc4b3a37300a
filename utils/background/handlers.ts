import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ProtocolMap, Result } from '../messaging/protocol';
import { OtpError, type OtpErrorCode } from '../otp/errors';
import { isClosedVault, VaultError, WrongPasswordError, type VaultErrorCode } from '../vault/errors';

/** Who sent a message, as the browser reports it: the only thing a handler trusts. */
export interface Sender {
  readonly id?: string;
  readonly url?: string;
  readonly frameId?: number;
  /** Chromium only: the document that sent it. */
  readonly documentId?: string;
  readonly tab?: { readonly id?: number; readonly url?: string };
}

/** A table of handlers for messages `K`: the compiler checks each answer against the protocol. */
export type Handlers<K extends keyof ProtocolMap> = {
  [P in K]: (data: GetDataType<ProtocolMap[P]>, sender?: Sender) => Promise<GetReturnType<ProtocolMap[P]>>;
};

export const ok = <T>(value: T) => ({ ok: true as const, value });
export const fail = <R extends string>(reason: R) => ({ ok: false as const, reason });

/**
 * Runs work that needs the open vault: a locked (or not yet created) vault becomes the
 * `locked` answer, so the page can ask for the password; anything else is a bug.
 */
export async function whenOpen<T>(work: () => Promise<T>): Promise<T | { ok: false; reason: 'locked' }> {
  try {
    return await work();
  } catch (error) {
    if (isClosedVault(error)) return { ok: false, reason: 'locked' };
    throw error;
  }
}

/** What the vault layer refuses with: a wrong password, or one of its own codes. */
type VaultReason = 'wrong-password' | VaultErrorCode;

function vaultReason(error: unknown): VaultReason | undefined {
  if (error instanceof WrongPasswordError) return 'wrong-password';
  if (error instanceof VaultError) return error.code;
  return undefined;
}

/**
 * The vault layer's one translator. Runs `work`; a refusal named in `expected` becomes
 * that reason (a vault not yet created is `locked` where `locked` is expected); any other
 * error goes on to the message boundary, which answers `internal`. The compiler checks
 * `expected` against each message's declared union.
 */
export async function settle<T, const R extends VaultReason>(
  expected: readonly R[],
  work: () => Promise<T>,
): Promise<Result<T, R>> {
  try {
    return ok(await work());
  } catch (error) {
    const reason = vaultReason(error);
    const known =
      expected.find((candidate) => candidate === reason) ??
      (reason === 'not-initialized' ? expected.find((candidate) => candidate === 'locked') : undefined);
    if (known !== undefined) return fail(known);
    throw error;
  }
}

/** `settle` for work on an account description: its refusal (OtpError) is a reason too. */
export async function settleAccount<T, const R extends VaultReason>(
  expected: readonly R[],
  work: () => Promise<T>,
): Promise<Result<T, R | OtpErrorCode>> {
  try {
    return await settle(expected, work);
  } catch (error) {
    if (error instanceof OtpError) return fail(error.code);
    throw error;
  }
}
