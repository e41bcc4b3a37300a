import { expect } from 'vitest';
import type { TestPage } from './browsers';
import { independentTotp } from './totp';

/** First run in the popup: Get started → password twice → the empty vault. */
export async function createVaultInPopup(popup: TestPage, password: string): Promise<void> {
  await popup.click('.welcome .button--primary');
  await popup.fill('#new-password', password);
  await popup.fill('#confirm-password', password);
  await popup.click('form .button--primary');
  await popup.waitFor('.empty', 20_000);
}

export async function unlockInPopup(popup: TestPage, password: string): Promise<void> {
  await popup.fill('#unlock-password', password);
  await popup.click('form .button--primary');
}

export async function addAccountByUriInPopup(popup: TestPage, uri: string): Promise<void> {
  await popup.click('.toolbar .button--primary, #add-first');
  await popup.fill('#otpauth-uri', uri);
  await popup.click('form .button--primary');
}

/**
 * Reads the code shown for an account and checks it against an independent TOTP for the
 * moment it was read; a read that straddles a step boundary is simply read again.
 */
export async function expectShownCodeToMatch(popup: TestPage, selector: string, secret: string): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const before = Date.now();
    const shown = (await popup.text(selector)).replace(/\s/g, '');
    const after = Date.now();
    const sinceStepStart = before % 30_000;
    if (Math.floor(before / 30_000) === Math.floor(after / 30_000) && sinceStepStart > 1_000) {
      expect(shown).toBe(independentTotp(secret, before));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  }
  throw new Error('could not read the code away from a step boundary');
}
