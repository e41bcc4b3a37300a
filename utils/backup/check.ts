import { nameOf, type AccountData, type AccountName } from '../otp/account';
import { codeAt } from '../otp/codes';

/** How a backup compares with the vault, without writing anything. */
export interface BackupComparison {
  /** In both, giving the same code now. */
  readonly same: number;
  /** In both (same secret) but giving another code: a moved HOTP counter, other digits… */
  readonly differentCode: readonly AccountName[];
  readonly onlyInBackup: readonly AccountName[];
  readonly notInBackup: readonly AccountName[];
}

/** Accounts are the same account when their secrets are; codes are compared at `now`. */
export function compareBackup(
  backup: readonly AccountData[],
  vault: readonly AccountData[],
  now: number,
): BackupComparison {
  const inVault = new Map(vault.map((account) => [account.secret, account]));
  const inBackup = new Set(backup.map((account) => account.secret));
  const differentCode: AccountName[] = [];
  const onlyInBackup: AccountName[] = [];
  let same = 0;
  for (const account of backup) {
    const current = inVault.get(account.secret);
    if (!current) onlyInBackup.push(nameOf(account));
    else if (codeAt(current, now) === codeAt(account, now)) same += 1;
    else differentCode.push(nameOf(current));
  }
  const notInBackup = vault.filter((account) => !inBackup.has(account.secret)).map(nameOf);
  return { same, differentCode, onlyInBackup, notInBackup };
}
