import { OtpError } from '../../otp/errors';
import { parseOtpauthUri } from '../../otp/uri';
import { accountData, type AccountData } from '../../otp/account';
import { checkedAccount } from '../../otp/validate';
import { KDBX_KDF } from '../bounds';
import { FormatError } from '../errors';
import { accountFromFields } from './fields';
import { entryName, startsWith, type ImportEntry, type Importer } from './importer';

const SIGNATURE = [0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5];
const AES_KDF = 'c9d9f39a628a4460bf740d08c18a4fea';
const ARGON2_KDFS = new Set(['ef636ddf8c29444b91f7a9a403e30a0c', '9e298b1956db4773b23dfc3ec6f0a1e6']);
const END = 0;
const KDBX3_TRANSFORM_ROUNDS = 6;
const KDBX4_KDF_PARAMETERS = 11;

/**
 * KeePass / KeePassXC databases (KDBX 4, and 3.1), opened with kdbxweb, loaded only when
 * such a file is imported; its Argon2 is ours (hash-wasm, through `kdfs`). The KDF costs
 * in the header are read and held to KDBX_KDF before kdbxweb derives anything. Entries
 * with an `otp` field (an otpauth URI: KeePassXC, KeeTrayTOTP), KeePassXC's older `TOTP
 * Seed` + `TOTP Settings` ("30;6", "30;S" for Steam), or KeePass 2.47's `TimeOtp-*` /
 * `HmacOtp-*` fields become accounts; the recycle bin is left out.
 */
export const keepassImporter = {
  id: 'keepass',
  name: 'formatKeepass',
  detect: (file) => startsWith(file.bytes, SIGNATURE),
  isEncrypted: () => true,
  async entries(file, password, kdfs) {
    checkKdf(file.bytes);
    if (password === undefined) throw new FormatError('needs-password');
    const kdbxweb = await import('kdbxweb');
    const api = (kdbxweb as unknown as { default?: typeof kdbxweb }).default ?? kdbxweb;
    api.CryptoEngine.setArgon2Impl((pass, salt, memory, iterations, length, parallelism, type) =>
      kdfs
        .argon2(new Uint8Array(pass), new Uint8Array(salt), {
          variant: type === api.CryptoEngine.Argon2TypeArgon2id ? 'argon2id' : 'argon2d',
          memoryKiB: memory,
          iterations,
          parallelism,
          hashLength: length,
        })
        .then((key) => key.slice().buffer),
    );
    let db: InstanceType<typeof api.Kdbx>;
    try {
      const buffer = file.bytes.slice().buffer;
      db = await api.Kdbx.load(buffer, new api.Credentials(api.ProtectedValue.fromString(password)));
    } catch (error) {
      if (error instanceof FormatError) throw error;
      const code = (error as { code?: string }).code;
      if (code === api.Consts.ErrorCodes.InvalidKey) throw new FormatError('wrong-password');
      if (code === api.Consts.ErrorCodes.Unsupported)
        throw new FormatError('unknown-format', 'a KDBX version kdbxweb does not read');
      throw new FormatError('corrupt', error instanceof Error ? error.message.slice(0, 80) : 'KDBX');
    }
    const recycleBin = db.meta.recycleBinUuid?.id;
    const entries: ImportEntry[] = [];
    const visit = (group: (typeof db.groups)[number], depth: number) => {
      if (depth > 64 || (recycleBin && group.uuid.id === recycleBin)) return;
      for (const entry of group.entries) {
        const fields = new Map<string, string>();
        for (const [key, value] of entry.fields) fields.set(key, typeof value === 'string' ? value : value.getText());
        const otp = entryAccount(fields);
        if (otp) entries.push(otp);
      }
      for (const child of group.groups) visit(child, depth + 1);
    };
    for (const group of db.groups) visit(group, 0);
    return entries;
  },
} as const satisfies Importer;

/** One entry's account, or undefined when it has no one-time password. */
function entryAccount(fields: Map<string, string>): ImportEntry | undefined {
  const title = fields.get('Title')?.trim() ?? '';
  const username = fields.get('UserName')?.trim() ?? '';
  const withNames = (account: AccountData) =>
    checkedAccount(accountData({ ...account, issuer: account.issuer || title, label: account.label || username }));
  const name = entryName(title, username);
  const otp = fields.get('otp')?.trim();
  if (otp) {
    return {
      name,
      decode: () => (/^otpauth:/i.test(otp) ? withNames(parseOtpauthUri(otp)) : keeOtp(otp, title, username)),
    };
  }
  const seed = fields.get('TOTP Seed')?.trim();
  if (seed) {
    return {
      name,
      decode: () => {
        const [period, digits] = (fields.get('TOTP Settings') ?? '30;6').split(';');
        const steam = digits?.trim().toUpperCase() === 'S';
        return accountFromFields({
          type: steam ? 'steam' : 'totp',
          secret: seed,
          period: period?.trim(),
          digits: steam ? undefined : digits?.trim(),
          issuer: title,
          label: username,
        });
      },
    };
  }
  const timeSecret = fields.get('TimeOtp-Secret-Base32')?.trim();
  if (timeSecret) {
    return {
      name,
      decode: () =>
        accountFromFields({
          secret: timeSecret,
          algorithm: keepassAlgorithm(fields.get('TimeOtp-Algorithm')),
          digits: fields.get('TimeOtp-Length')?.trim(),
          period: fields.get('TimeOtp-Period')?.trim(),
          issuer: title,
          label: username,
        }),
    };
  }
  const hmacSecret = fields.get('HmacOtp-Secret-Base32')?.trim();
  if (hmacSecret) {
    return {
      name,
      decode: () =>
        accountFromFields({
          type: 'hotp',
          secret: hmacSecret,
          counter: fields.get('HmacOtp-Counter')?.trim() ?? 0,
          issuer: title,
          label: username,
        }),
    };
  }
  return undefined;
}

/** KeePass 2.47's algorithm names: HMAC-SHA-1, HMAC-SHA-256, HMAC-SHA-512. */
const keepassAlgorithm = (value: string | undefined) => value?.trim().replace(/^HMAC-/i, '');

/** KeeOtp's `key=BASE32&step=30&size=6&type=Totp&otpHashMode=Sha256`. */
function keeOtp(text: string, title: string, username: string): AccountData {
  const params = new URLSearchParams(text);
  const key = params.get('key');
  if (!key) throw new OtpError('not-otpauth');
  return accountFromFields({
    type: params.get('type')?.toLowerCase() === 'hotp' ? 'hotp' : 'totp',
    secret: key,
    algorithm: params.get('otpHashMode') ?? undefined,
    digits: params.get('size') ?? undefined,
    period: params.get('step') ?? undefined,
    counter: params.get('counter') ?? undefined,
    issuer: title,
    label: username,
  });
}

/**
 * The KDF costs of the outer header (KDBX 4: the KdfParameters VariantMap; 3.1: its
 * TransformRounds), refused as `unsupported-kdf` past KDBX_KDF, before anything is derived.
 */
function checkKdf(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) throw new FormatError('corrupt', 'KDBX header');
  const major = view.getUint16(10, true);
  const wide = major >= 4;
  let at = 12;
  for (let field = 0; field < 64; field += 1) {
    if (at + (wide ? 5 : 3) > bytes.length) throw new FormatError('corrupt', 'KDBX header ends early');
    const id = bytes[at]!;
    const size = wide ? view.getUint32(at + 1, true) : view.getUint16(at + 1, true);
    const start = at + (wide ? 5 : 3);
    if (start + size > bytes.length) throw new FormatError('corrupt', 'KDBX header field past the end');
    if (id === END) return;
    if (id === KDBX3_TRANSFORM_ROUNDS && size === 8 && u64(view, start) > KDBX_KDF.maxAesRounds)
      throw new FormatError('unsupported-kdf', 'AES-KDF rounds');
    if (id === KDBX4_KDF_PARAMETERS) checkKdfParameters(variantMap(bytes.subarray(start, start + size)));
    at = start + size;
  }
  throw new FormatError('corrupt', 'KDBX header has no end');
}

function checkKdfParameters(params: Map<string, Uint8Array>): void {
  const uuid = Array.from(params.get('$UUID') ?? [], (byte) => byte.toString(16).padStart(2, '0')).join('');
  const number = (name: string) => {
    const value = params.get(name);
    if (!value || (value.length !== 4 && value.length !== 8)) return Number.NaN;
    const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
    return value.length === 4 ? view.getUint32(0, true) : u64(view, 0);
  };
  if (uuid === AES_KDF) {
    const rounds = number('R');
    if (!(rounds >= 1 && rounds <= KDBX_KDF.maxAesRounds)) throw new FormatError('unsupported-kdf', 'AES-KDF rounds');
    return;
  }
  if (!ARGON2_KDFS.has(uuid)) throw new FormatError('unsupported-kdf', 'a KDF KeePass does not define');
  const [memory, iterations, parallelism] = [number('M'), number('I'), number('P')];
  const ok =
    memory >= 8 * 1024 &&
    memory <= KDBX_KDF.maxArgon2MemoryBytes &&
    iterations >= 1 &&
    memory * iterations <= KDBX_KDF.maxArgon2Work &&
    parallelism >= 1 &&
    parallelism <= KDBX_KDF.maxArgon2Parallelism;
  if (!ok) throw new FormatError('unsupported-kdf', 'Argon2 costs past the bound');
}

/** KeePass's VariantMap: version (2), then type (1) | name length (4) | name | value length (4) | value, up to type 0. */
function variantMap(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const map = new Map<string, Uint8Array>();
  let at = 2;
  while (at < bytes.length && bytes[at] !== 0) {
    if (at + 5 > bytes.length) break;
    const nameLength = view.getInt32(at + 1, true);
    const nameEnd = at + 5 + nameLength;
    if (nameLength < 0 || nameEnd + 4 > bytes.length) throw new FormatError('corrupt', 'KDF parameters');
    const valueLength = view.getInt32(nameEnd, true);
    if (valueLength < 0 || nameEnd + 4 + valueLength > bytes.length) throw new FormatError('corrupt', 'KDF parameters');
    map.set(
      new TextDecoder().decode(bytes.subarray(at + 5, nameEnd)),
      bytes.subarray(nameEnd + 4, nameEnd + 4 + valueLength),
    );
    at = nameEnd + 4 + valueLength;
  }
  return map;
}

const u64 = (view: DataView, at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
