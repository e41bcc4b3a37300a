import { aegisExport } from '../formats/exporters/aegis';
import { googleMigrationExport } from '../formats/exporters/google-migration';
import { otpauthList, otpauthUri } from '../formats/exporters/otpauth-list';
import type { ExportFormat } from '../messaging/protocol';
import type { RandomBytes } from '../vault/crypto';
import { MIN_PASSWORD_LENGTH, type Vault } from '../vault/vault';
import { fail, ok, whenOpen, type Handlers } from './vault-handlers';

export interface ExportDeps {
  readonly vault: Vault;
  readonly now: () => number;
  readonly randomBytes: RandomBytes;
}

/**
 * Exports for other apps and for paper. Plain ones carry secrets, so the pages ask for a
 * clear yes before they ask for them; files go only where the person saves them.
 */
export function exportHandlers({ vault, now, randomBytes }: ExportDeps): Handlers<'exportFile' | 'migrationCodes' | 'recoverySheet'> {
  async function exportFile(format: ExportFormat, password: string | undefined) {
    const accounts = await vault.accounts();
    const day = new Date(now()).toISOString().slice(0, 10);
    if (format === 'otpauth-list') return ok({ filename: `omamori-otpauth-${day}.txt`, content: otpauthList(accounts) });
    if (format === 'aegis-plain') return ok({ filename: `aegis-export-plain-${day}.json`, content: await aegisExport(accounts, null, randomBytes) });
    if (!password || password.length < MIN_PASSWORD_LENGTH) return fail('weak-password');
    return ok({ filename: `aegis-export-${day}.json`, content: await aegisExport(accounts, password, randomBytes) });
  }

  return {
    exportFile: ({ format, password }) => whenOpen(() => exportFile(format, password)),

    migrationCodes: () =>
      whenOpen(async () => {
        const { uris, skipped } = googleMigrationExport(await vault.accounts(), randomBytes);
        return ok({ uris, skipped: skipped.map(({ account: { issuer, label }, reason }) => ({ issuer, label, reason })) });
      }),

    recoverySheet: () =>
      whenOpen(async () =>
        ok({
          accounts: (await vault.accounts()).map((account) => ({
            issuer: account.issuer,
            label: account.label,
            type: account.type,
            secret: account.secret,
            uri: otpauthUri(account),
          })),
        }),
      ),
  };
}
