import { googleMigrationExport } from '../formats/exporters/google-migration';
import { otpauthUri } from '../formats/exporters/otpauth-list';
import { exporterFor } from '../formats/exporters/registry';
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
        const exporter = exporterFor(format);
        // Its own password is whatever the asker chose: at least as long as a vault's.
        if (exporter.encrypted && (!password || password.length < MIN_PASSWORD_LENGTH)) return fail('weak-password');
        const content = await exporter.write(
          await vault.accounts(),
          exporter.encrypted ? (password ?? null) : null,
          randomBytes,
        );
        return ok({ filename: exporter.filename(day()), content });
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
