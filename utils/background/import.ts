import { fromBase64 } from '../encoding';
import { FormatError } from '../formats/errors';
import { decodeImport } from '../formats/import';
import type { ImportKdfs } from '../formats/importers/crypto';
import type { ImportFailure, ProtocolMap } from '../messaging/protocol';
import { nameOf } from '../otp/account';
import type { Vault } from '../vault/vault';
import { admitArrivals, boundSitesBut } from './account-sites';
import { ok, whenOpen, type Handlers } from './handlers';

type ImportAnswer = ReturnType<ProtocolMap['importFile']>;

/**
 * Imports from other apps: entries that decode are added in one transaction; a bad entry
 * or a duplicate is reported and the others still land; nothing is half-written. A file
 * refused whole says which format it was taken for (the password prompt names the app).
 */
export function importHandlers(vault: Vault, kdfs: ImportKdfs): Handlers<'importFile'> {
  return {
    importFile: ({ name, base64, password }): Promise<ImportAnswer> =>
      whenOpen(async (): Promise<ImportAnswer> => {
        await vault.accounts();
        const bytes = fromBase64(base64);
        let decoded;
        try {
          decoded = await decodeImport({ name, bytes, text: new TextDecoder().decode(bytes) }, password, kdfs);
        } catch (error) {
          if (!(error instanceof FormatError)) throw error;
          return { ok: false, reason: fileFailure(error), ...(error.format ? { format: error.format } : {}) };
        }
        const failed = decoded.entries.flatMap((entry) =>
          entry.ok ? [] : [{ name: entry.name, reason: entry.reason }],
        );
        // Other apps' files name no sites; the bind policy binds an exchange's accounts to it.
        const decodedAccounts = decoded.entries.flatMap((entry) => (entry.ok ? [entry.account] : []));
        const { accounts } = admitArrivals(decodedAccounts, await boundSitesBut(vault));
        const { added, duplicates } = await vault.addMany(accounts);
        return ok({ format: decoded.format, added: added.map(nameOf), duplicates: duplicates.map(nameOf), failed });
      }),
  };
}

function fileFailure(error: FormatError): Exclude<ImportFailure, 'locked' | 'forbidden'> {
  if (error.code === 'unknown-format' && error.format?.advice) return 'unsupported-app';
  return error.code === 'invalid-migration' ? 'corrupt' : error.code;
}
