import type { AccountName } from '@/utils/otp/account';

/** How a page names an account in a sentence or list: "bitFlyer — taro@example.jp". */
export function accountName({ issuer, label }: AccountName): string {
  return [issuer, label].filter(Boolean).join(' — ');
}

export function accountNames(accounts: readonly AccountName[]): string {
  return accounts.map(accountName).join(', ');
}
