import { OtpError } from '../../otp/errors';
import { STRATUM_ARGON2, STRATUM_LEGACY_PBKDF2_ITERATIONS } from '../bounds';
import { FormatError } from '../errors';
import { derived, openCbc, openGcm, utf8, utf8Bytes } from './crypto';
import { accountFromFields } from './fields';
import {
  entryName,
  field,
  fileJson,
  isRecord,
  parseJson,
  startsWith,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

const HEADER = 'AUTHENTICATORPRO';
const LEGACY_HEADER = 'AuthenticatorPro';
const TYPES = new Map<unknown, string>([
  [1, 'hotp'],
  [2, 'totp'],
  [4, 'steam'],
]);
const ALGORITHMS = new Map<unknown, string>([
  [0, 'SHA1'],
  [1, 'SHA256'],
  [2, 'SHA512'],
]);

const plainBackup = (json: unknown) =>
  isRecord(json) && Array.isArray(field(json, 'Authenticators'))
    ? (field(json, 'Authenticators') as unknown[])
    : undefined;
const kind = (file: ImportFile) =>
  startsWith(file.bytes, HEADER) ? 'current' : startsWith(file.bytes, LEGACY_HEADER) ? 'legacy' : undefined;

/**
 * Stratum (formerly Authenticator Pro) backups, as its source writes them (Stratum.Core
 * Backup): plain JSON `{ Authenticators: [{ Type, Issuer, Username, Secret, Algorithm,
 * Digits, Period, Counter }] }`; encrypted, `AUTHENTICATORPRO` | salt (16) | IV (12) |
 * AES-256-GCM, the key Argon2id (64 MiB, 3 passes, 4 lanes); legacy, `AuthenticatorPro` |
 * salt (20) | IV (16) | AES-256-CBC, the key PBKDF2-SHA1 (64,000). The costs are the app's,
 * never read from the file.
 */
export const stratumImporter = {
  id: 'stratum',
  name: 'formatStratum',
  detect: (file) => kind(file) !== undefined || plainBackup(fileJson(file)) !== undefined,
  isEncrypted: (file) => kind(file) !== undefined,
  async entries(file, password, kdfs) {
    const variant = kind(file);
    let json: unknown = fileJson(file);
    if (variant) {
      if (password === undefined) throw new FormatError('needs-password');
      const body = file.bytes.subarray(HEADER.length);
      let plain: Uint8Array | null;
      if (variant === 'current') {
        if (body.length < 16 + 12 + 16) throw new FormatError('corrupt', 'shorter than its header');
        const key = await derived(() =>
          kdfs.argon2(utf8Bytes(password), body.slice(0, 16), {
            variant: 'argon2id',
            ...STRATUM_ARGON2,
            hashLength: 32,
          }),
        );
        plain = await openGcm(key, body.slice(16, 28), body.slice(28));
      } else {
        if (body.length < 20 + 16 + 16) throw new FormatError('corrupt', 'shorter than its header');
        const key = await derived(() =>
          kdfs.pbkdf2(password, body.slice(0, 20), STRATUM_LEGACY_PBKDF2_ITERATIONS, 'SHA-1'),
        );
        plain = await openCbc(key, body.slice(20, 36), body.slice(36));
      }
      // Neither format has a key check: a failed tag or padding is most likely the password.
      if (!plain) throw new FormatError('wrong-password');
      json = parseJson(utf8(plain));
      if (json === undefined)
        throw new FormatError(variant === 'current' ? 'corrupt' : 'wrong-password', 'not JSON inside');
    }
    const authenticators = plainBackup(json);
    if (!authenticators) throw new FormatError('corrupt', 'no Authenticators');
    return authenticators.map(toEntry);
  },
} as const satisfies Importer;

function toEntry(value: unknown): ImportEntry {
  const record = isRecord(value) ? value : {};
  const typeCode = field(record, 'Type');
  return {
    name: entryName(field(record, 'Issuer'), field(record, 'Username')),
    decode: () => {
      const type = TYPES.get(typeCode);
      if (!type)
        throw new OtpError('unsupported-type', `Stratum type ${String(typeof typeCode === 'number' ? typeCode : '?')}`);
      const algorithm = ALGORITHMS.get(field(record, 'Algorithm') ?? 0);
      if (!algorithm) throw new OtpError('invalid-algorithm');
      return accountFromFields({
        type,
        secret: field(record, 'Secret'),
        algorithm,
        digits: type === 'steam' ? undefined : field(record, 'Digits'),
        period: field(record, 'Period'),
        counter: field(record, 'Counter'),
        issuer: field(record, 'Issuer'),
        label: field(record, 'Username'),
      });
    },
  };
}
