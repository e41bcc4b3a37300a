import { OtpError } from '../../otp/errors';
import { parseOtpauthUri } from '../../otp/uri';
import { decodeMigrationUri } from '../google-migration';
import { FormatError } from '../errors';
import { accountFromFields } from './fields';
import { entryName, isRecord, parseJson, textOf, type ImportEntry, type Importer, type ImportFile } from './importer';

const lines = (file: ImportFile, prefix: RegExp) =>
  file.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => prefix.test(line));

const uriName = (uri: string) => entryName(uri.replace(/secret=[^&]*/i, 'secret=…'));
const uriEntry = (uri: string): ImportEntry => ({ name: uriName(uri), decode: () => parseOtpauthUri(uri) });

/** Plain `otpauth://` lists, one URI per line (many apps' "plain text" export). */
export const otpauthListImporter: Importer = {
  id: 'otpauth-list',
  detect: (file) => lines(file, /^(otpauth|steam):\/\//i).length > 0,
  isEncrypted: () => false,
  entries: async (file) => lines(file, /^(otpauth|steam):\/\//i).map(uriEntry),
};

/** Ente Auth's plain export: `otpauth://` lines with Ente's own `codeDisplay` parameter. */
export const enteImporter: Importer = {
  id: 'ente',
  detect: (file) => lines(file, /^otpauth:\/\/.*[?&]codeDisplay=/i).length > 0,
  isEncrypted: () => false,
  entries: async (file) => lines(file, /^otpauth:\/\//i).map(uriEntry),
};

/**
 * Google Authenticator export URIs (`otpauth-migration://`), one batch per line. A line
 * that does not decode is one failed entry; an account a line cannot give is another.
 */
export const googleMigrationImporter: Importer = {
  id: 'google-migration',
  detect: (file) => lines(file, /^otpauth-migration:\/\//i).length > 0,
  isEncrypted: () => false,
  entries: async (file) => lines(file, /^otpauth-migration:\/\//i).flatMap(migrationEntries),
};

function migrationEntries(line: string, index: number): ImportEntry[] {
  let batch: ReturnType<typeof decodeMigrationUri>;
  try {
    batch = decodeMigrationUri(line);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return [{ name: `otpauth-migration #${index + 1}`, decode: () => { throw error; } }];
  }
  return [
    ...batch.accounts.map((account) => ({ name: entryName(account.issuer, account.label), decode: () => account })),
    ...batch.failed.map(({ name, reason }) => ({ name, decode: () => { throw new OtpError(reason); } })),
  ];
}

const bitwardenItems = (file: ImportFile) => {
  const json = parseJson(file.text);
  return isRecord(json) && Array.isArray(json.items) ? { items: json.items, encrypted: json.encrypted === true } : undefined;
};

/** Bitwarden JSON export: `items[].login.totp` (a URI, or `steam://SECRET`). */
export const bitwardenImporter: Importer = {
  id: 'bitwarden',
  detect: (file) => bitwardenItems(file) !== undefined,
  isEncrypted: (file) => bitwardenItems(file)?.encrypted === true,
  async entries(file) {
    const json = bitwardenItems(file);
    if (!json) throw new FormatError('unknown-format');
    if (json.encrypted) throw new FormatError('corrupt', 'encrypted Bitwarden exports cannot be read: export as plain JSON');
    return json.items.flatMap((item): ImportEntry[] => {
      const record = isRecord(item) ? item : {};
      const totp = isRecord(record.login) ? record.login.totp : undefined;
      if (typeof totp !== 'string' || totp === '') return [];
      const name = entryName(record.name);
      const issuer = textOf(record.name) ?? '';
      const secretOnly = !/^(otpauth|steam):\/\//i.test(totp);
      return [{ name, decode: () => (secretOnly ? accountFromFields({ secret: totp, issuer }) : parseOtpauthUri(totp)) }];
    });
  },
};

const extensionEntries = (file: ImportFile) => {
  const json = parseJson(file.text);
  if (!isRecord(json)) return undefined;
  const values = Object.values(json).filter(isRecord);
  return values.length > 0 && values.every((value) => 'secret' in value || 'encrypted' in value) ? values : undefined;
};

/** The open-source "Authenticator" browser extension's JSON backup (plain). */
export const authenticatorExtensionImporter: Importer = {
  id: 'authenticator-extension',
  detect: (file) => extensionEntries(file) !== undefined,
  isEncrypted: (file) => extensionEntries(file)?.some((entry) => entry.encrypted === true) ?? false,
  async entries(file) {
    const entries = extensionEntries(file);
    if (!entries) throw new FormatError('unknown-format');
    if (entries.some((entry) => entry.encrypted === true)) {
      throw new FormatError('corrupt', 'encrypted Authenticator backups cannot be read: export without a password');
    }
    return entries.map((entry) => ({
      name: entryName(entry.issuer, entry.account),
      decode: () =>
        accountFromFields({
          type: entry.type ?? 'totp',
          secret: entry.secret,
          algorithm: entry.algorithm,
          digits: entry.digits,
          period: entry.period,
          counter: entry.counter,
          issuer: entry.issuer,
          label: entry.account,
        }),
    }));
  },
};
