import { afterEach, describe, expect, it } from 'vitest';
import { accountData } from '../../otp/account';
import { deleteTestDatabases, seededRandomBytes, testVault } from '../../vault/__tests__/helpers';
import { exportHandlers } from '../exports';

const PASSWORD = 'export test password';

afterEach(deleteTestDatabases);

async function setup() {
  const vault = testVault();
  await vault.create(PASSWORD);
  await vault.add(accountData({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', issuer: 'bitFlyer', label: 'taro' }));
  return {
    vault,
    handlers: exportHandlers({ vault, now: () => Date.UTC(2026, 10, 22), randomBytes: seededRandomBytes(2) }),
  };
}

describe('plain exports', () => {
  it('give secrets only for the vault password', async () => {
    const { handlers } = await setup();
    const plain = [
      (vaultPassword?: string) => handlers.exportFile({ format: 'otpauth-list', vaultPassword }),
      (vaultPassword?: string) => handlers.exportFile({ format: 'aegis-plain', vaultPassword }),
      (vaultPassword?: string) => handlers.migrationCodes({ vaultPassword: vaultPassword! }),
      (vaultPassword?: string) => handlers.recoverySheet({ vaultPassword: vaultPassword! }),
    ];
    for (const exportWith of plain) {
      expect(await exportWith(undefined)).toEqual({ ok: false, reason: 'wrong-password' });
      expect(await exportWith('not the vault password')).toEqual({ ok: false, reason: 'wrong-password' });
      expect(JSON.stringify(await exportWith(PASSWORD))).toMatch(/"ok":true/);
    }
    expect(await handlers.recoverySheet({ vaultPassword: PASSWORD })).toMatchObject({
      ok: true,
      value: { accounts: [{ issuer: 'bitFlyer', label: 'taro', secret: 'JBSWY3DPEHPK3PXPJBSWY3DP' }] },
    });
  });

  it('say locked, not wrong password, when the vault is locked', async () => {
    const { vault, handlers } = await setup();
    await vault.lock();
    expect(await handlers.recoverySheet({ vaultPassword: PASSWORD })).toEqual({ ok: false, reason: 'locked' });
  });
});

describe('the encrypted Aegis export', () => {
  it('needs the vault password too (its own is whatever the asker chose), and 8 or more characters of its own', async () => {
    const { handlers } = await setup();
    expect(await handlers.exportFile({ format: 'aegis-encrypted', password: 'phone password' })).toEqual({
      ok: false,
      reason: 'wrong-password',
    });
    expect(
      await handlers.exportFile({ format: 'aegis-encrypted', password: 'short', vaultPassword: PASSWORD }),
    ).toEqual({ ok: false, reason: 'weak-password' });
    expect(
      await handlers.exportFile({ format: 'aegis-encrypted', password: 'phone password', vaultPassword: PASSWORD }),
    ).toMatchObject({
      ok: true,
      value: { filename: 'aegis-export-2026-11-22.json' },
    });
  });
});
