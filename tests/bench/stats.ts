import type { TestPage } from '../support/browsers';
import { sendFromPage } from '../support/messages';

/** The vault password of every bench browser. */
export const BENCH_PASSWORD = 'bench password 2026';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Distinct base32 secrets, the same on every run. */
export function seededSecrets(count: number): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let state = 7;
  return Array.from({ length: count }, () =>
    Array.from({ length: 32 }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return alphabet[(state >> 8) % 32];
    }).join(''),
  );
}

/** Accounts `from`…`to` − 1 of the seeded set, added through one import from one of our pages. */
export async function seedAccounts(page: TestPage, from: number, to: number): Promise<void> {
  const uris = seededSecrets(to)
    .slice(from)
    .map((secret, offset) => {
      const n = from + offset;
      return `otpauth://totp/Exchange%20${n + 1}:user${n}?secret=${secret}&issuer=Exchange%20${n + 1}`;
    });
  const result = await sendFromPage(page, 'importFile', {
    name: 'bench.txt',
    base64: Buffer.from(uris.join('\n')).toString('base64'),
  });
  if (!result.ok || result.value.added.length !== to - from)
    throw new Error(`seeding the accounts failed: ${JSON.stringify(result).slice(0, 200)}`);
}
