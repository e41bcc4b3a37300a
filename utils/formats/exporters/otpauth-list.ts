import type { Exporter } from './exporter';
import type { AccountData } from '../../otp/account';

/** One `otpauth://` URI per line: readable by almost every authenticator, and by anyone. */
export function otpauthList(accounts: readonly AccountData[]): string {
  return accounts.map(otpauthUri).join('\n') + '\n';
}

export function otpauthUri(account: AccountData): string {
  const label = account.issuer ? `${account.issuer}:${account.label}` : account.label;
  const params = new URLSearchParams({ secret: account.secret });
  if (account.issuer) params.set('issuer', account.issuer);
  params.set('algorithm', account.algorithm);
  params.set('digits', String(account.digits));
  if (account.type === 'hotp') params.set('counter', String(account.counter));
  else params.set('period', String(account.period));
  return `otpauth://${account.type}/${encodeURIComponent(label)}?${params}`;
}

export const otpauthListExporter = {
  id: 'otpauth-list',
  label: 'exportOtpauthList',
  encrypted: false,
  mime: 'text/plain',
  filename: (day) => `omamori-otpauth-${day}.txt`,
  write: async (accounts) => otpauthList(accounts),
} as const satisfies Exporter;
