import { SALT_BYTES, TWOFAS_PBKDF2_ITERATIONS } from '../bounds';
import { FormatError } from '../errors';
import { derived, openGcm, sameBytes, utf8, type ImportKdfs } from './crypto';
import { accountFromFields } from './fields';
import {
  base64Bytes,
  entryName,
  fileJson,
  isRecord,
  parseJson,
  type ImportEntry,
  type Importer,
  type ImportFile,
} from './importer';

interface Encrypted {
  readonly data: Uint8Array;
  readonly salt: Uint8Array;
  readonly iv: Uint8Array;
}

const backup = (file: ImportFile) => {
  const json = fileJson(file);
  return isRecord(json) && Array.isArray(json.services) && 'schemaVersion' in json ? json : undefined;
};

/** 2FAS backup (schema 4), plain or encrypted (PBKDF2-SHA256 10,000 + AES-GCM). */
export const twofasImporter = {
  id: '2fas',
  name: 'format2fas',
  detect: (file) => backup(file) !== undefined,
  isEncrypted: (file) => typeof backup(file)?.servicesEncrypted === 'string',
  async entries(file, password, kdfs) {
    const parsed = backup(file);
    if (!parsed) throw new FormatError('unknown-format');
    const services =
      typeof parsed.servicesEncrypted === 'string'
        ? await decrypt(parsed.servicesEncrypted, parsed.reference, password, kdfs)
        : parsed.services;
    if (!Array.isArray(services)) throw new FormatError('corrupt', 'no services');
    return services.map(toEntry);
  },
} as const satisfies Importer;

/**
 * 2FAS also encrypts a fixed `reference` text under the same key: when it opens and the
 * services do not, the password was right and the file is damaged.
 */
async function decrypt(
  servicesEncrypted: string,
  reference: unknown,
  password: string | undefined,
  kdfs: ImportKdfs,
): Promise<unknown> {
  if (password === undefined) throw new FormatError('needs-password');
  const services = encrypted(servicesEncrypted);
  const check = typeof reference === 'string' ? encrypted(reference) : undefined;
  const keyFor = (salt: Uint8Array) => derived(() => kdfs.pbkdf2(password, salt, TWOFAS_PBKDF2_ITERATIONS, 'SHA-256'));
  const key = await keyFor(services.salt);
  if (check) {
    const checkKey = sameBytes(check.salt, services.salt) ? key : await keyFor(check.salt);
    if (!(await openGcm(checkKey, check.iv, check.data))) throw new FormatError('wrong-password');
  }
  const plain = await openGcm(key, services.iv, services.data);
  if (!plain) throw new FormatError(check ? 'corrupt' : 'wrong-password');
  return parseJson(utf8(plain));
}

/** `data:salt:iv`, each base64. */
function encrypted(text: string): Encrypted {
  const [data, salt, iv, ...rest] = text.split(':').map(base64Bytes);
  if (!data || !salt || !iv || rest.length > 0) throw new FormatError('corrupt', 'not data:salt:iv in base64');
  if (salt.length < SALT_BYTES.min || salt.length > SALT_BYTES.max) throw new FormatError('corrupt', 'salt size');
  return { data, salt, iv };
}

function toEntry(service: unknown): ImportEntry {
  const record = isRecord(service) ? service : {};
  const otp = isRecord(record.otp) ? record.otp : {};
  return {
    name: entryName(record.name),
    decode: () =>
      accountFromFields({
        type: otp.tokenType,
        secret: record.secret,
        algorithm: otp.algorithm,
        digits: otp.digits,
        period: otp.period,
        counter: otp.counter,
        issuer: otp.issuer ?? record.name,
        label: otp.account ?? otp.label,
      }),
  };
}
