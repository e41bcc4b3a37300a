import type { AccountData } from '../otp/account';
import { codeAt } from '../otp/codes';

export interface AccountName {
  readonly issuer: string;
  readonly label: string;
}

/** How a backup compares with the vault, without writing anything. */
export interface BackupComparison {
  /** In both, giving the same code now. */
  readonly same: number;
  /** In both (same secret) but giving another code: a moved HOTP counter, other digits… */
  readonly differentCode: readonly AccountName[];
  readonly onlyInBackup: readonly AccountName[];
  readonly notInBackup: readonly AccountName[];
}

const name = ({ issuer, label }: AccountName): AccountName => ({ issuer, label });

/** Accounts are the same account when their secrets are; codes are compared at `now`. */
export function compareBackup(backup: readonly AccountData[], vault: readonly AccountData[], now: number): BackupComparison {
  const inVault = new Map(vault.map((account) => [account.secret, account]));
  const inBackup = new Set(backup.map((account) => account.secret));
  const differentCode: AccountName[] = [];
  const onlyInBackup: AccountName[] = [];
  let same = 0;
  for (const account of backup) {
    const current = inVault.get(account.secret);
    if (!current) onlyInBackup.push(name(account));
    else if (codeAt(current, now) === codeAt(account, now)) same += 1;
    else differentCode.push(name(current));
  }
  const notInBackup = vault.filter((account) => !inBackup.has(account.secret)).map(name);
  return { same, differentCode, onlyInBackup, notInBackup };
}
