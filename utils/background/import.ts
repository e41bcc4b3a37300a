import { fromBase64 } from '../encoding';
import { FormatError } from '../formats/errors';
import { decodeImport } from '../formats/import';
import type { ImportFailure, ImportReport, Result } from '../messaging/protocol';
import { domainsForIssuer } from '../sites/exchanges';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import { ok, type Handlers } from './vault-handlers';

/**
 * Imports from other apps. Each entry is added on its own (one write each): a bad entry
 * or a duplicate is reported and the others still land; nothing is half-written.
 */
export function importHandlers(vault: Vault): Handlers<'importFile'> {
  return {
    importFile: async ({ name, base64, password }): Promise<Result<ImportReport, ImportFailure>> => {
      try {
        await vault.accounts();
        const bytes = fromBase64(base64);
        const decoded = await decodeImport({ name, bytes, text: new TextDecoder().decode(bytes) }, password);
        const report = { format: decoded.format, added: [], duplicates: [], failed: [] } as {
          format: string;
          added: { issuer: string; label: string }[];
          duplicates: { issuer: string; label: string }[];
          failed: { name: string; reason: string }[];
        };
        for (const entry of decoded.entries) {
          if (!entry.ok) {
            report.failed.push({ name: entry.name, reason: entry.reason });
            continue;
          }
          const account = { ...entry.account, domains: domainsForIssuer(entry.account.issuer) };
          const summary = { issuer: account.issuer, label: account.label };
          try {
            await vault.add(account);
            report.added.push(summary);
          } catch (error) {
            if (!(error instanceof VaultError && error.code === 'duplicate')) throw error;
            report.duplicates.push(summary);
          }
        }
        return ok(report);
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
