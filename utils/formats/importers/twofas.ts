import { fromBase64 } from '../../encoding';
import { FormatError } from '../errors';
import { decryptGcm, pbkdf2 } from './crypto';
import { accountFromFields } from './fields';
import { isRecord, parseJson, type ImportEntry, type Importer, type ImportFile } from './importer';

const PBKDF2_ITERATIONS = 10_000;

const backup = (file: ImportFile) => {
  const json = parseJson(file.text);
  return isRecord(json) && Array.isArray(json.services) && 'schemaVersion' in json ? json : undefined;
};

/** 2FAS backup (schema 4), plain or encrypted (PBKDF2-SHA256 10,000 + AES-GCM). */
export const twofasImporter: Importer = {
  id: '2fas',
  detect: (file) => backup(file) !== undefined,
  isEncrypted: (file) => typeof backup(file)?.servicesEncrypted === 'string',
  async entries(file, password) {
    const parsed = backup(file)!;
    const services = typeof parsed.servicesEncrypted === 'string' ? await decrypt(parsed.servicesEncrypted, password) : parsed.services;
    if (!Array.isArray(services)) throw new FormatError('corrupt', 'no services');
    return services.map(toEntry);
  },
};

async function decrypt(encrypted: string, password: string | undefined): Promise<unknown> {
  if (password === undefined) throw new FormatError('needs-password');
  const [data, salt, iv] = encrypted.split(':');
  if (!data || !salt || !iv) throw new FormatError('corrupt', 'servicesEncrypted is not data:salt:iv');
  const key = await pbkdf2(password, fromBase64(salt), PBKDF2_ITERATIONS, 'SHA-256');
  return parseJson(new TextDecoder().decode(await decryptGcm(key, fromBase64(iv), fromBase64(data))));
}

function toEntry(service: unknown): ImportEntry {
  const record = isRecord(service) ? service : {};
  const otp = isRecord(record.otp) ? record.otp : {};
  return {
    name: String(record.name ?? '?'),
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
