import { expect } from 'vitest';
import type { ExtensionHarness, TestPage } from './browsers';
import { clickFillButton, fieldValue } from './fill';
import { fixtureUrl } from './fixtures';
import { sendFromPage } from './messages';
import { independentTotp } from './totp';
import { waitUntil } from './wait';

/** Eight base32 characters from a number: distinct secrets, the same on every run. */
export const base32Of = (value: number) =>
  Array.from({ length: 8 }, (_, digit) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(value >> (5 * digit)) & 31]).join('');

export interface DrillAccount {
  readonly issuer: string;
  readonly label: string;
  readonly secret: string;
}

/** The lost-computer drill's ten accounts, two of them on exchanges it fills on. */
export function drillAccounts(name: string, secretPrefix: string): DrillAccount[] {
  return [
    { issuer: 'bitFlyer', label: `${name}@bitflyer` },
    { issuer: 'Zaif', label: `${name}@zaif` },
    ...Array.from({ length: 8 }, (_, index) => ({ issuer: 'Example', label: `${name}-${index}` })),
  ].map((account, index) => ({ ...account, secret: `${secretPrefix}${base32Of(index + 1)}` }));
}

export async function labels(page: TestPage): Promise<string[]> {
  const answer = await sendFromPage(page, 'listCodes', undefined);
  return answer.ok ? answer.value.accounts.map((account) => account.label).sort() : [];
}

/** The background computes every code for one moment, which it names: same secrets, same codes. */
export async function expectSameCodes(page: TestPage, accounts: readonly DrillAccount[]): Promise<void> {
  const codes = await sendFromPage(page, 'listCodes', undefined);
  if (!codes.ok) throw new Error(`listCodes: ${codes.reason}`);
  for (const account of accounts) {
    const shown = codes.value.accounts.find((view) => view.label === account.label);
    expect(shown?.code, account.label).toBe(independentTotp(account.secret, codes.value.now));
  }
}

/** The restored browser fills bitFlyer's and Zaif's 2FA fields (the drill's first two accounts). */
export async function expectFillsOnExchanges(
  harness: ExtensionHarness,
  accounts: readonly DrillAccount[],
): Promise<void> {
  for (const [host, path, field, secret] of [
    ['lightning.bitflyer.com', '/Home/TwoFactorAuth', '#ConfirmationCode', accounts[0]!.secret],
    ['zaif.jp', '/login', '#token', accounts[1]!.secret],
  ] as const) {
    const { page } = await harness.openTab(fixtureUrl(host, path));
    const at = await clickFillButton(page);
    await waitUntil(
      `${host} to be filled`,
      async () => (await fieldValue(page, field)) === independentTotp(secret, at),
    );
    await page.close();
  }
}
