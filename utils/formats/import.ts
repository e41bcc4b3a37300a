import type { AccountData } from '../otp/account';
import { OtpError, type OtpErrorCode } from '../otp/errors';
import { validateAccount } from '../otp/validate';
import { checkFileSize } from './bounds';
import { FormatError, type FormatErrorCode } from './errors';
import { aegisImporter } from './importers/aegis';
import { andotpImporter } from './importers/andotp';
import { authenticatorExtensionImporter } from './importers/authenticator-extension';
import { bitwardenImporter } from './importers/bitwarden';
import { bitwardenCsvImporter } from './importers/bitwarden-csv';
import { SYSTEM_KDFS, type ImportKdfs } from './importers/crypto';
import { enteImporter } from './importers/ente';
import { authyStorage, googleAuthenticatorDatabase, microsoftAuthenticatorDatabase } from './importers/foreign';
import { freeotpImporter } from './importers/freeotp';
import { freeotpPlusImporter } from './importers/freeotp-plus';
import { googleMigrationImporter } from './importers/google-authenticator';
import type { ImportFormatName } from './format-name';
import type { ImportEntry, ImportFile } from './importers/importer';
import { keepassImporter } from './importers/keepass';
import { otpauthListImporter } from './importers/otpauth-list';
import { protonAuthenticatorImporter } from './importers/proton-authenticator';
import { protonPassImporter } from './importers/proton-pass';
import { steamImporter } from './importers/steam';
import { stratumImporter } from './importers/stratum';
import { totpAuthenticatorImporter } from './importers/totp-authenticator';
import { twofasImporter } from './importers/twofas';

/**
 * Every format Omamori reads (and the ones it recognises to refuse with advice), most
 * specific first: files with a signature or a distinctive shape before the loose ones
 * (Ente's lines are otpauth lines too; andOTP's old format is any binary blob; TOTP
 * Authenticator's any base64 text).
 */
export const IMPORTERS = [
  keepassImporter,
  freeotpImporter,
  stratumImporter,
  googleAuthenticatorDatabase,
  microsoftAuthenticatorDatabase,
  authyStorage,
  protonPassImporter,
  aegisImporter,
  twofasImporter,
  bitwardenImporter,
  bitwardenCsvImporter,
  protonAuthenticatorImporter,
  freeotpPlusImporter,
  steamImporter,
  andotpImporter,
  authenticatorExtensionImporter,
  googleMigrationImporter,
  enteImporter,
  totpAuthenticatorImporter,
  otpauthListImporter,
] as const;

export type DecodedEntry =
  | { readonly ok: true; readonly name: string; readonly account: AccountData }
  | { readonly ok: false; readonly name: string; readonly reason: OtpErrorCode | FormatErrorCode };

export interface DecodedImport {
  readonly format: ImportFormatName;
  readonly entries: readonly DecodedEntry[];
}

type AnyImporter = (typeof IMPORTERS)[number];

export function detectImporter(file: ImportFile): AnyImporter {
  const importer = IMPORTERS.find((candidate) => candidate.detect(file));
  if (!importer) throw new FormatError('unknown-format');
  return importer;
}

const formatName = (importer: AnyImporter, file: ImportFile): ImportFormatName => ({
  id: importer.id,
  name: importer.name,
  encrypted: importer.isEncrypted(file),
  ...('advice' in importer ? { advice: importer.advice } : {}),
});

/**
 * Reads an export of another app, found out by its content. The file as a whole may fail
 * with a FormatError (unknown, too large, needs a password, wrong password, corrupt,
 * unsupported KDF costs), which names the format it was recognised as (`error.format`);
 * each entry then succeeds (a valid account) or fails on its own. `kdfs`: see ImportKdfs.
 */
export async function decodeImport(
  file: ImportFile,
  password?: string,
  kdfs: ImportKdfs = SYSTEM_KDFS,
): Promise<DecodedImport> {
  checkFileSize(file.bytes.length);
  const importer = detectImporter(file);
  const format = formatName(importer, file);
  let entries: ImportEntry[];
  try {
    entries = await importer.entries(file, password === '' ? undefined : password, kdfs);
  } catch (error) {
    if (error instanceof FormatError) error.format ??= format;
    throw error;
  }
  return { format, entries: entries.map(decodeEntry) };
}

/** One entry on its own; its account is checked here too, whatever the importer did. */
function decodeEntry(entry: ImportEntry): DecodedEntry {
  try {
    const check = validateAccount(entry.decode());
    return check.ok
      ? { ok: true, name: entry.name, account: check.value }
      : { ok: false, name: entry.name, reason: check.reason };
  } catch (error) {
    if (error instanceof OtpError || error instanceof FormatError)
      return { ok: false, name: entry.name, reason: error.code };
    throw error;
  }
}
