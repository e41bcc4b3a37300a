import type { AccountData } from '../../otp/account';
import { toBase64 } from '../../encoding';
import type { RandomBytes } from '../../vault/crypto';
import type { Exporter } from './exporter';

const SCRYPT = { n: 32768, r: 8, p: 1 };
const TAG_BYTES = 16;

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function uuid(randomBytes: RandomBytes): string {
  const h = hex(randomBytes(16));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function aegisDb(accounts: readonly AccountData[], randomBytes: RandomBytes) {
  return {
    version: 2,
    entries: accounts.map((account) => ({
      type: account.type,
      uuid: uuid(randomBytes),
      name: account.label,
      issuer: account.issuer,
      // Aegis has one free-text note: the recovery codes and kit travel in it.
      note: recoveryNote(account),
      icon: null,
      info: {
        secret: account.secret,
        algo: account.algorithm,
        digits: account.digits,
        ...(account.type === 'hotp' ? { counter: account.counter } : { period: account.period }),
      },
    })),
  };
}

/** AES-256-GCM as Aegis stores it: ciphertext and tag apart. */
async function gcm(key: Uint8Array, plaintext: Uint8Array, randomBytes: RandomBytes) {
  const { importAesKey, seal } = await import('../../vault/crypto');
  const { nonce, ciphertext: sealed } = await seal(await importAesKey(key), plaintext, null, randomBytes);
  return { nonce, ciphertext: sealed.slice(0, -TAG_BYTES), tag: sealed.slice(-TAG_BYTES) };
}

/**
 * An Aegis vault file (as Aegis documents it), so a phone running Aegis can take the same
 * secrets: plain, or encrypted with a password slot (scrypt N=2^15 r=8 p=1, AES-256-GCM).
 */
export async function aegisExport(
  accounts: readonly AccountData[],
  password: string | null,
  randomBytes: RandomBytes,
): Promise<string> {
  const db = aegisDb(accounts, randomBytes);
  if (password === null) return JSON.stringify({ version: 1, header: { slots: null, params: null }, db }, null, 2);
  const masterKey = randomBytes(32);
  const salt = randomBytes(32);
  // Loaded here (as the AES-GCM above), so that the pages that list the exporters carry neither.
  const { scryptKey } = await import('../importers/crypto');
  const slotKey = await scryptKey(password, salt, SCRYPT.n, SCRYPT.r, SCRYPT.p);
  const wrapped = await gcm(slotKey, masterKey, randomBytes);
  const content = await gcm(masterKey, new TextEncoder().encode(JSON.stringify(db)), randomBytes);
  const header = {
    slots: [
      {
        type: 1,
        uuid: uuid(randomBytes),
        key: hex(wrapped.ciphertext),
        key_params: { nonce: hex(wrapped.nonce), tag: hex(wrapped.tag) },
        ...SCRYPT,
        salt: hex(salt),
        repaired: true,
      },
    ],
    params: { nonce: hex(content.nonce), tag: hex(content.tag) },
  };
  return JSON.stringify({ version: 1, header, db: toBase64(content.ciphertext) }, null, 2);
}

export const aegisEncryptedExporter = {
  id: 'aegis-encrypted',
  label: 'exportAegisEncrypted',
  encrypted: true,
  mime: 'application/json',
  filename: (day) => `aegis-export-${day}.json`,
  write: (accounts, password, randomBytes) => aegisExport(accounts, password, randomBytes),
} as const satisfies Exporter;

export const aegisPlainExporter = {
  id: 'aegis-plain',
  label: 'exportAegisPlain',
  encrypted: false,
  mime: 'application/json',
  filename: (day) => `aegis-export-plain-${day}.json`,
  write: (accounts, _password, randomBytes) => aegisExport(accounts, null, randomBytes),
} as const satisfies Exporter;

/** The account's notes, then its recovery codes and recovery kit, as plain lines. */
export function recoveryNote({ notes, recoveryCodes, recoveryKit }: AccountData): string {
  const lines = [
    ...(recoveryCodes.length ? [`Recovery codes: ${recoveryCodes.join(' ')}`] : []),
    ...Object.entries(recoveryKit)
      .filter(([, answer]) => answer.trim())
      .map(([item, answer]) => `${item}: ${answer}`),
  ];
  return [notes, ...(lines.length ? ['Omamori recovery kit', ...lines] : [])].filter(Boolean).join('\n');
}
