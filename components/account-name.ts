/** How a page names an account in a sentence or list: "bitFlyer — taro@example.jp". */
export function accountName({ issuer, label }: { issuer: string; label: string }): string {
  return [issuer, label].filter(Boolean).join(' — ');
}

export function accountNames(accounts: readonly { issuer: string; label: string }[]): string {
  return accounts.map(accountName).join(', ');
}
