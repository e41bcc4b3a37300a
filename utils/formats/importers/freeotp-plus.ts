import { OtpError } from '../../otp/errors';
import { base32Encode } from '../../otp/secret';
import { FormatError } from '../errors';
import { accountFromFields } from './fields';
import {
  byteList,
  entryName,
  field,
  fileJson,
  isRecord,
  textOf,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

/**
 * A FreeOTP token as FreeOTP (org.fedorahosted.freeotp Token) and FreeOTP+ store it:
 * `{ algo, digits, period, counter, issuerExt, issuerInt, label, type: 'TOTP' | 'HOTP' }`,
 * Steam being a TOTP token whose issuer is "Steam". An HOTP token's `counter` is the counter
 * of the next code it shows, as Omamori's is, so it is taken as it is: FreeOTP+ shows
 * HOTP(counter) and then adds one (TokenListAdapter: generateTokenCode, then
 * OtpTokenDao.incrementCounter), and so did FreeOTP (legacy Token.generateCodes:
 * getHOTP(counter++)). Aegis reads it the same. Adding one, as Omamori did, skipped a code.
 * (FreeOTP+'s URI export writes counter + 1 and its URI import subtracts it again: that is
 * its URIs' convention, not its stored counter's.)
 */
export function tokenAccount(token: Record<string, unknown>, secret: Uint8Array) {
  const issuer = textOf(field(token, 'issuerExt')) || textOf(field(token, 'issuerInt')) || '';
  const type = textOf(field(token, 'type'))?.toLowerCase();
  const counter = field(token, 'counter');
  const steam = type === 'totp' && issuer === 'Steam';
  return accountFromFields({
    type: steam ? 'steam' : type,
    secret: base32Encode(secret),
    algorithm: field(token, 'algo'),
    digits: steam ? undefined : field(token, 'digits'),
    period: field(token, 'period'),
    counter,
    issuer,
    label: field(token, 'label'),
  });
}

export const tokenName = (token: Record<string, unknown>) =>
  entryName(textOf(field(token, 'issuerExt')) || textOf(field(token, 'issuerInt')), field(token, 'label'));

const tokens = (file: ImportFile) => {
  const json = fileJson(file);
  return isRecord(json) && Array.isArray(field(json, 'tokens')) && Array.isArray(field(json, 'tokenOrder'))
    ? (field(json, 'tokens') as unknown[])
    : undefined;
};

/**
 * FreeOTP+'s JSON export (ImportExportUtil.exportJsonFile: `{ tokenOrder, tokens }`, Gson of
 * the legacy Token), each secret a list of signed bytes.
 */
export const freeotpPlusImporter = {
  id: 'freeotp-plus',
  name: 'formatFreeotpPlus',
  detect: (file) => tokens(file) !== undefined,
  isEncrypted: () => false,
  async entries(file) {
    const list = tokens(file);
    if (!list) throw new FormatError('unknown-format');
    return list.map((token): ImportEntry => {
      const record = isRecord(token) ? token : {};
      return {
        name: tokenName(record),
        decode: () => {
          const secret = byteList(field(record, 'secret'));
          if (!secret) throw new OtpError('invalid-secret', 'not a list of bytes');
          return tokenAccount(record, secret);
        },
      };
    });
  },
} as const satisfies Importer;
