import { OtpError } from '../../otp/errors';
import { base32Encode } from '../../otp/secret';
import { FormatError } from '../errors';
import { accountFromFields } from './fields';
import { base64Bytes, entryName, field, fileJson, isRecord, textOf, type Importer, type ImportFile } from './importer';

const accounts = (file: ImportFile) => {
  const json = fileJson(file);
  if (!isRecord(json)) return undefined;
  if ('shared_secret' in json) return [json];
  const nested = field(json, 'accounts');
  if (!isRecord(nested)) return undefined;
  const values = Object.values(nested);
  return values.length > 0 && values.every((value) => isRecord(value) && 'shared_secret' in value)
    ? (values as Record<string, unknown>[])
    : undefined;
};

/**
 * Steam Desktop Authenticator's `.maFile` (`{ shared_secret, account_name, … }`, the secret
 * base64), and the older Steam app's `{ accounts: { id: { shared_secret, … } } }`: Steam
 * Guard codes (5 characters, SHA-1, 30 s), issuer Steam.
 */
export const steamImporter = {
  id: 'steam',
  name: 'formatSteam',
  detect: (file) => accounts(file) !== undefined,
  isEncrypted: () => false,
  async entries(file) {
    const list = accounts(file);
    if (!list) throw new FormatError('unknown-format');
    return list.map((account) => ({
      name: entryName('Steam', field(account, 'account_name')),
      decode: () => {
        const secret = base64Bytes(field(account, 'shared_secret'));
        if (!secret) throw new OtpError('invalid-secret', 'shared_secret is not base64');
        return accountFromFields({
          type: 'steam',
          secret: base32Encode(secret),
          issuer: 'Steam',
          label: textOf(field(account, 'account_name')),
        });
      },
    }));
  },
} as const satisfies Importer;
