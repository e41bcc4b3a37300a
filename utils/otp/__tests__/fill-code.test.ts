import { describe, expect, it } from 'vitest';
import { accountData, type Account } from '../account';
import { codeAt } from '../codes';
import { codeToFill } from '../fill-code';

const account: Account = {
  ...accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' }),
  id: 'a',
  createdAt: 0,
  updatedAt: 0,
};
const stepStart = 1_800_000_000_000 - (1_800_000_000_000 % 30_000);

describe('codeToFill', () => {
  it('fills the current code while it has 3 s or more', () => {
    expect(codeToFill(account, stepStart + 27_000)).toBe(codeAt(account, stepStart));
  });

  it('fills the next code when under 3 s are left', () => {
    expect(codeToFill(account, stepStart + 27_001)).toBe(codeAt(account, stepStart + 30_000));
    expect(codeToFill(account, stepStart + 27_001)).not.toBe(codeAt(account, stepStart));
  });
});
