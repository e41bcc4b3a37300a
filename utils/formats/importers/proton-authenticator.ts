import { FormatError } from '../errors';
import { OtpError } from '../../otp/errors';
import { uriName } from './otpauth-list';
import { parseOtpauthUri } from '../../otp/uri';
import { accountData } from '../../otp/account';
import { checkedAccount } from '../../otp/validate';
import { entryName, field, fileJson, isRecord, textOf, type Importer, type ImportFile } from './importer';

const backup = (file: ImportFile) => {
  const json = fileJson(file);
  if (!isRecord(json) || !Array.isArray(field(json, 'entries')) || !('version' in json)) return undefined;
  const entries = field(json, 'entries') as unknown[];
  return entries.every((entry) => isRecord(entry) && isRecord(field(entry, 'content'))) ? entries : undefined;
};

/**
 * Proton Authenticator's JSON export: `{ version: 1, entries: [{ id, content: { uri,
 * entry_type, name }, note }] }`, each `uri` an otpauth URI; `name` is the account's own name.
 */
export const protonAuthenticatorImporter = {
  id: 'proton-authenticator',
  name: 'formatProtonAuthenticator',
  detect: (file) => backup(file) !== undefined,
  isEncrypted: () => false,
  async entries(file) {
    const entries = backup(file);
    if (!entries) throw new FormatError('unknown-format');
    return entries.map((entry) => {
      const content = field(entry as Record<string, unknown>, 'content') as Record<string, unknown>;
      const uri = field(content, 'uri');
      const name = textOf(field(content, 'name'));
      return {
        name: typeof uri === 'string' ? uriName(uri) : entryName(name),
        decode: () => {
          if (typeof uri !== 'string') throw new OtpError('not-otpauth');
          const account = parseOtpauthUri(uri);
          return checkedAccount(accountData({ ...account, label: name?.trim() || account.label }));
        },
      };
    });
  },
} as const satisfies Importer;
