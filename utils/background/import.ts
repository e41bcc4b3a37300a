import { fromBase64 } from '../encoding';
import { FormatError } from '../formats/errors';
import { decodeImport } from '../formats/import';
import type { ImportFailure, ImportReport, Result } from '../messaging/protocol';
import { domainsForIssuer } from '../sites/exchanges';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import { ok, type Handlers } from './vault-handlers';

/**
 * Imports from other apps: entries that decode are added in one transaction; a bad entry
 * or a duplicate is reported and the others still land; nothing is half-written.
 */
export function importHandlers(vault: Vault): Handlers<'importFile'> {
  return {
    importFile: async ({ name, base64, password }): Promise<Result<ImportReport, ImportFailure>> => {
      try {
        await vault.accounts();
        const bytes = fromBase64(base64);
        const decoded = await decodeImport({ name, bytes, text: new TextDecoder().decode(bytes) }, password);
        const failed = decoded.entries.flatMap((entry) => (entry.ok ? [] : [{ name: entry.name, reason: entry.reason }]));
        const accounts = decoded.entries.flatMap((entry) =>
          entry.ok ? [{ ...entry.account, domains: domainsForIssuer(entry.account.issuer) }] : [],
        );
        const { added, duplicates } = await vault.addMany(accounts);
        const summary = ({ issuer, label }: { issuer: string; label: string }) => ({ issuer, label });
        return ok({ format: decoded.format, added: added.map(summary), duplicates: duplicates.map(summary), failed });
      } catch (error) {
        if (error instanceof FormatError) {
          const reason = error.code === 'invalid-migration' ? 'corrupt' : error.code;
          return { ok: false, reason };
        }
        if (error instanceof VaultError && (error.code === 'locked' || error.code === 'not-initialized')) {
          return { ok: false, reason: 'locked' };
        }
        throw error;
      }
    },
  };
}
