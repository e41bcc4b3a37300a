import type { AccountData } from '../otp/account';
import { OtpError, type OtpErrorCode } from '../otp/errors';
import { validateAccount } from '../otp/validate';
import { checkFileSize } from './bounds';
import { FormatError, type FormatErrorCode } from './errors';
import { aegisImporter } from './importers/aegis';
import { andotpImporter } from './importers/andotp';
import { SYSTEM_KDFS, type ImportKdfs } from './importers/crypto';
import type { ImportEntry, Importer, ImportFile, ImportFormat } from './importers/importer';
import { twofasImporter } from './importers/twofas';
import {
  authenticatorExtensionImporter,
  bitwardenImporter,
  enteImporter,
  googleMigrationImporter,
  otpauthListImporter,
} from './importers/uri-lists';

/** Most specific first: Ente's lines are otpauth lines too, so Ente is asked before them. */
export const IMPORTERS: readonly Importer[] = [
  aegisImporter,
  twofasImporter,
  bitwardenImporter,
  andotpImporter,
  authenticatorExtensionImporter,
  googleMigrationImporter,
  enteImporter,
  otpauthListImporter,
];

export type DecodedEntry =
  | { readonly ok: true; readonly name: string; readonly account: AccountData }
  | { readonly ok: false; readonly name: string; readonly reason: OtpErrorCode | FormatErrorCode };

export interface DecodedImport {
  readonly format: ImportFormat;
  readonly entries: readonly DecodedEntry[];
}

export function detectImporter(file: ImportFile): Importer {
  const importer = IMPORTERS.find((candidate) => candidate.detect(file));
  if (!importer) throw new FormatError('unknown-format');
  return importer;
}

/**
 * Reads an export of another app, found out by its content. The file as a whole may fail
 * with a FormatError (unknown, too large, wrong password, corrupt, unsupported KDF costs);
 * each entry then succeeds (a valid account) or fails on its own. `kdfs`: see ImportKdfs.
 */
export async function decodeImport(file: ImportFile, password?: string, kdfs: ImportKdfs = SYSTEM_KDFS): Promise<DecodedImport> {
  checkFileSize(file.bytes.length);
  const importer = detectImporter(file);
  if (importer.isEncrypted(file) && password === undefined) throw new FormatError('needs-password');
  const entries = await importer.entries(file, password, kdfs);
  return { format: importer.id, entries: entries.map(decodeEntry) };
}

/** One entry on its own; its account is checked here too, whatever the importer did. */
function decodeEntry(entry: ImportEntry): DecodedEntry {
  try {
    const check = validateAccount(entry.decode());
    return check.ok ? { ok: true, name: entry.name, account: check.value } : { ok: false, name: entry.name, reason: check.reason };
  } catch (error) {
    if (error instanceof OtpError || error instanceof FormatError) return { ok: false, name: entry.name, reason: error.code };
    throw error;
  }
}
