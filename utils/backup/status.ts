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
  readonly failure: F | null;
}

export async function destinationStatus<F extends string>(vault: Vault, record: WrittenRecord<F> | null): Promise<DestinationStatus<F>> {
  const accounts = await vault.accounts();
  const written = new Map((record?.written ?? []).map(({ id, updatedAt }) => [id, updatedAt]));
  return {
    at: record?.at ?? null,
    count: written.size,
    total: accounts.length,
    missing: accounts.filter((account) => written.get(account.id) !== account.updatedAt).map(nameOf),
    failure: record?.failure?.reason ?? null,
  };
}

/** Whether a destination holds every account's latest version. */
export const holdsEverything = (status: DestinationStatus<string> | null) => status !== null && status.at !== null && status.missing.length === 0;
