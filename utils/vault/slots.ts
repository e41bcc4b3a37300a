import { KEY_BYTES, encode, open, sameBytes, seal, type RandomBytes, type Sealed } from './crypto';
import { DAY_MS } from './versions';

/**
 * Key slots, as Aegis has them: besides the password (always), the vault key may be
 * wrapped by WebAuthn credentials through the PRF extension. The authenticator's PRF
 * output (never stored) goes through HKDF-SHA256 to an AES-GCM key that wraps the vault
 * key; the slot keeps only what is useless without the authenticator.
 */
export interface KeySlotRow {
  readonly id: string;
  /** The person's name for it ("This laptop's fingerprint", "YubiKey"). */
  readonly name: string;
  readonly credentialId: Uint8Array;
  /** The PRF input (`eval.first`), random per slot; not secret. */
  readonly prfSalt: Uint8Array;
  /** Absent while stale: the key it wrapped was discarded by a password change. */
  readonly wrappedKey?: Sealed;
  readonly createdAt: number;
}

/** PRF outputs are 32 bytes (WebAuthn Level 3, the prf extension). */
export const PRF_OUTPUT_BYTES = 32;

const HKDF_INFO = encode('omamori/slot-wrap/v1');
const slotContext = (id: string) => `omamori/slot-key/v1/${id}`;

/** A slot as read back: a row of another shape (damaged, hand-edited) is no slot at all. */
export function isKeySlot(row: unknown): row is KeySlotRow {
  if (typeof row !== 'object' || row === null) return false;
  const slot = row as Record<string, unknown>;
  const bytes = (value: unknown) => value instanceof Uint8Array && value.length > 0;
  const sealed = slot.wrappedKey as Record<string, unknown> | undefined;
  return (
    typeof slot.id === 'string' &&
    typeof slot.name === 'string' &&
    typeof slot.createdAt === 'number' &&
    bytes(slot.credentialId) &&
    bytes(slot.prfSalt) &&
    (sealed === undefined ||
      (typeof sealed === 'object' && sealed !== null && bytes(sealed.nonce) && bytes(sealed.ciphertext)))
  );
}

async function slotWrappingKey(prfOutput: Uint8Array, prfSalt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', prfOutput as BufferSource, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: prfSalt as BufferSource, info: HKDF_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The vault key wrapped for slot `id` (its id is authenticated: a wrap moved to another slot opens nothing). */
export async function wrapForSlot(
  vaultKey: Uint8Array,
  slot: Pick<KeySlotRow, 'id' | 'prfSalt'>,
  prfOutput: Uint8Array,
  randomBytes: RandomBytes,
): Promise<Sealed> {
  return seal(await slotWrappingKey(prfOutput, slot.prfSalt), vaultKey, slotContext(slot.id), randomBytes);
}

/** The vault key, or null: a wrong PRF output, a stale or damaged slot. */
export async function unwrapSlot(slot: KeySlotRow, prfOutput: Uint8Array): Promise<Uint8Array | null> {
  if (!slot.wrappedKey || prfOutput.length !== PRF_OUTPUT_BYTES) return null;
  const key = await open(await slotWrappingKey(prfOutput, slot.prfSalt), slot.wrappedKey, slotContext(slot.id));
  return key && key.length === KEY_BYTES ? key : null;
}

export const findSlot = (slots: readonly KeySlotRow[], credentialId: Uint8Array) =>
  slots.find((slot) => sameBytes(slot.credentialId, credentialId));

/** Why the password is asked instead of a touch. */
export type PasswordReason = 'no-slots' | 'changed' | 'due' | 'renew';

/** What the unlock screens offer: a touch (with what the ceremony asks for), or the password and why. */
export type TouchOffer =
  | { readonly kind: 'touch'; readonly credentials: readonly { credentialId: Uint8Array; prfSalt: Uint8Array }[] }
  | { readonly kind: 'password'; readonly why: PasswordReason };

/**
 * Backups open only with the password, so a person who never types it loses it: the touch is
 * offered only while the last password unlock is younger than `days` and came after the last
 * password change (`passwordAt` undefined: none since).
 */
export function touchOffer(
  slots: readonly KeySlotRow[],
  passwordAt: number | undefined,
  now: number,
  days: number,
): TouchOffer {
  if (!slots.length) return { kind: 'password', why: 'no-slots' };
  if (passwordAt === undefined) return { kind: 'password', why: 'changed' };
  if (now - passwordAt >= days * DAY_MS) return { kind: 'password', why: 'due' };
  const usable = slots.filter((slot) => slot.wrappedKey);
  if (!usable.length) return { kind: 'password', why: 'renew' };
  return {
    kind: 'touch',
    credentials: usable.map(({ credentialId, prfSalt }) => ({ credentialId, prfSalt })),
  };
}
