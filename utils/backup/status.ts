import type { AccountName } from '../otp/account';
import { nameOf } from '../otp/account';
import type { Vault } from '../vault/vault';

/** What a destination's last write held: when, and which account versions. */
export interface WrittenRecord<F extends string> {
  readonly at: number | null;
  readonly written: readonly { readonly id: string; readonly updatedAt: number }[];
  readonly failure: { readonly at: number; readonly reason: F } | null;
}

/** A destination against the vault now: which accounts' latest version it lacks. */
export interface DestinationStatus<F extends string> {
  readonly at: number | null;
  readonly count: number;
  readonly total: number;
  readonly missing: readonly AccountName[];
  /** When the oldest change it lacks was made (null: it lacks none). */
  readonly missingSince: number | null;
  readonly failure: F | null;
}

export async function destinationStatus<F extends string>(
  vault: Vault,
  record: WrittenRecord<F> | null,
): Promise<DestinationStatus<F>> {
  const accounts = await vault.accounts();
  const written = new Map((record?.written ?? []).map(({ id, updatedAt }) => [id, updatedAt]));
  const missing = accounts.filter((account) => written.get(account.id) !== account.updatedAt);
  return {
    at: record?.at ?? null,
    count: written.size,
    total: accounts.length,
    missing: missing.map(nameOf),
    missingSince: missing.length ? Math.min(...missing.map((account) => account.updatedAt)) : null,
    failure: record?.failure?.reason ?? null,
  };
}

/** A change left on this computer alone this long gets a reminder. */
export const ONLY_HERE_REMINDER_MS = 7 * 86_400_000;

/** Whether some change has been in no off-computer destination for a week. */
export function remindOnlyHere(now: number, ...destinations: (DestinationStatus<string> | null)[]): boolean {
  const lacking = destinations.filter((status) => status !== null).map((status) => status.missingSince);
  if (lacking.length === 0 || lacking.some((since) => since === null)) return false;
  return now - Math.max(...(lacking as number[])) > ONLY_HERE_REMINDER_MS;
}

/** Whether a destination holds every account's latest version. */
export const holdsEverything = (status: DestinationStatus<string> | null) =>
  status !== null && status.at !== null && status.missing.length === 0;
