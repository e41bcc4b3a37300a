import type { Account } from '../otp/account';
import { validateAccount } from '../otp/validate';
import { decode, encode, open, seal, type RandomBytes } from './crypto';
import type { AccountRow } from './db';

const rowContext = (id: string) => `omamori/account/v1/${id}`;

/** What a row holds sealed: everything but id, order, times and revision (plain in the row). */
export async function sealRow(
  key: CryptoKey,
  account: Account,
  plain: Omit<AccountRow, 'id' | 'createdAt' | 'updatedAt' | 'sealed'>,
  randomBytes: RandomBytes,
): Promise<AccountRow> {
  const { id, createdAt, updatedAt, ...secretFields } = account;
  const sealed = await seal(key, encode(JSON.stringify(secretFields)), rowContext(id), randomBytes);
  return { id, createdAt, updatedAt, ...plain, sealed };
}

/** The account a row holds, or null when it does not open as a valid account. */
export async function openRow(key: CryptoKey, row: AccountRow): Promise<Account | null> {
  try {
    const plaintext = await open(key, row.sealed, rowContext(row.id));
    if (!plaintext) return null;
    const check = validateAccount(JSON.parse(decode(plaintext)));
    return check.ok ? { ...check.value, id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt } : null;
  } catch {
    return null;
  }
}
