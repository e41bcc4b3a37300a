import { parseOtpauthUri } from '../../otp/uri';
import { decodeMigrationUri } from '../google-migration';
import { FormatError } from '../errors';
import { accountFromFields } from './fields';
import { isRecord, parseJson, type ImportEntry, type Importer, type ImportFile } from './importer';

const lines = (file: ImportFile, prefix: RegExp) =>
  file.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => prefix.test(line));

const uriEntry = (uri: string): ImportEntry => ({ name: uri.replace(/secret=[^&]*/i, 'secret=…').slice(0, 80), decode: () => parseOtpauthUri(uri) });

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

/** Google Authenticator export URIs (`otpauth-migration://`), one batch per line. */
export const googleMigrationImporter: Importer = {
  id: 'google-migration',
  detect: (file) => lines(file, /^otpauth-migration:\/\//i).length > 0,
  isEncrypted: () => false,
  entries: async (file) =>
    lines(file, /^otpauth-migration:\/\//i).flatMap((line) =>
      decodeMigrationUri(line).accounts.map((account) => ({
        name: [account.issuer, account.label].filter(Boolean).join(' / '),
        decode: () => account,
      })),
    ),
};

const bitwardenItems = (file: ImportFile) => {
  const json = parseJson(file.text);
  return isRecord(json) && Array.isArray(json.items) ? json : undefined;
};

/** Bitwarden JSON export: `items[].login.totp` (a URI, or `steam://SECRET`). */
export const bitwardenImporter: Importer = {
  id: 'bitwarden',
  detect: (file) => bitwardenItems(file) !== undefined,
  isEncrypted: (file) => bitwardenItems(file)?.encrypted === true,
  async entries(file) {
    const json = bitwardenItems(file)!;
    if (json.encrypted === true) throw new FormatError('corrupt', 'encrypted Bitwarden exports cannot be read: export as plain JSON');
    return (json.items as unknown[]).flatMap((item) => {
      const record = isRecord(item) ? item : {};
      const totp = isRecord(record.login) ? record.login.totp : undefined;
      if (typeof totp !== 'string' || totp === '') return [];
      const name = String(record.name ?? '?');
      const secretOnly = !/^(otpauth|steam):\/\//i.test(totp);
      return [{ name, decode: () => (secretOnly ? accountFromFields({ secret: totp, issuer: name }) : parseOtpauthUri(totp)) }];
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
    const entries = extensionEntries(file)!;
    if (entries.some((entry) => entry.encrypted === true)) {
      throw new FormatError('corrupt', 'encrypted Authenticator backups cannot be read: export without a password');
    }
    return entries.map((entry) => ({
      name: [entry.issuer, entry.account].filter(Boolean).join(' / ') || '?',
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
