import { aegisExport } from '../formats/exporters/aegis';
import { googleMigrationExport } from '../formats/exporters/google-migration';
import { otpauthList, otpauthUri } from '../formats/exporters/otpauth-list';
import type { Result } from '../messaging/protocol';
import { nameOf } from '../otp/account';
import type { RandomBytes } from '../vault/crypto';
import { MIN_PASSWORD_LENGTH, type Vault } from '../vault/vault';
import { fail, ok, whenOpen, type Handlers } from './handlers';

export interface ExportDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly randomBytes: RandomBytes;
}

/**
 * Exports for other apps and for paper. Every one carries every secret, so, as a password
 * manager's export does, each is given only for the vault password (someone at an
 * unlocked browser gets codes, not secrets); files go only where the person saves them.
 */
export function exportHandlers({
  vault,
  now,
  randomBytes,
}: ExportDeps): Handlers<'exportFile' | 'migrationCodes' | 'recoverySheet'> {
  function withVaultPassword<T, R extends string>(
    vaultPassword: string | undefined,
    work: () => Promise<Result<T, R>>,
  ) {
    return whenOpen(async () => ((await vault.passwordOpens(vaultPassword ?? '')) ? work() : fail('wrong-password')));
  }
  const day = () => new Date(now()).toISOString().slice(0, 10);

  return {
    // Encrypted too: its password is whoever asks for it, so it is no protection by itself.
    exportFile: ({ format, password, vaultPassword }) =>
      withVaultPassword(vaultPassword, async () => {
        const accounts = await vault.accounts();
        if (format === 'otpauth-list')
          return ok({ filename: `omamori-otpauth-${day()}.txt`, content: otpauthList(accounts) });
        if (format === 'aegis-plain')
          return ok({
            filename: `aegis-export-plain-${day()}.json`,
            content: await aegisExport(accounts, null, randomBytes),
          });
        if (!password || password.length < MIN_PASSWORD_LENGTH) return fail('weak-password');
        return ok({
          filename: `aegis-export-${day()}.json`,
          content: await aegisExport(accounts, password, randomBytes),
        });
      }),

    migrationCodes: ({ vaultPassword }) =>
      withVaultPassword(vaultPassword, async () => {
        const { uris, skipped } = googleMigrationExport(await vault.accounts(), randomBytes);
        return ok({ uris, skipped: skipped.map(({ account, reason }) => ({ ...nameOf(account), reason })) });
      }),

    recoverySheet: ({ vaultPassword }) =>
      withVaultPassword(vaultPassword, async () =>
        ok({
          accounts: (await vault.accounts()).map((account) => ({
            issuer: account.issuer,
            label: account.label,
            type: account.type,
            secret: account.secret,
            uri: otpauthUri(account),
            recoveryCodes: account.recoveryCodes,
            recoveryKit: account.recoveryKit,
          })),
        }),
      ),
  };
}
