import { fromBase64, toBase64 } from '../encoding';

/**
 * The WebAuthn ceremonies of unlock by touch, run in Omamori's own pages (popup, fill
 * window, options), never in a web page. The relying party is the page's own origin (no
 * `rp.id`: Chromium takes the extension's origin). Only the PRF output goes on to the
 * background; the vault key never comes here. Loaded on demand (the popup's first script
 * stays small).
 */

/** `cancelled`: the person (or the browser's timeout) said no; `no-prf`: this authenticator has no PRF. */
export type CeremonyFailure = 'cancelled' | 'no-prf' | 'unavailable';
export type Ceremony<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: CeremonyFailure };

export interface Touched {
  readonly credentialId: string;
  readonly prfOutput: string;
}

const TIMEOUT_MS = 120_000;
/** The PRF input and output are 32 bytes (WebAuthn Level 3); the background checks the output again. */
const PRF_BYTES = 32;
const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));
const base64url = (bytes: Uint8Array) => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function failure(error: unknown): { ok: false; reason: CeremonyFailure } {
  // NotAllowedError is what every browser says for a cancel, a timeout or a failed verification.
  const cancelled = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'AbortError');
  return { ok: false, reason: cancelled ? 'cancelled' : 'unavailable' };
}

const prfFirst = (credential: PublicKeyCredential): Uint8Array | undefined => {
  const first = credential.getClientExtensionResults().prf?.results?.first;
  if (!first) return undefined;
  const bytes =
    first instanceof ArrayBuffer
      ? new Uint8Array(first)
      : new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
  return bytes.length === PRF_BYTES ? bytes.slice() : undefined;
};

/** One touch of any of `credentials` (ids and salts in base64), with the PRF of its own salt. */
export async function touch(
  credentials: readonly { credentialId: string; prfSalt: string }[],
): Promise<Ceremony<Touched>> {
  const evalByCredential = Object.fromEntries(
    credentials.map(({ credentialId, prfSalt }) => [
      base64url(fromBase64(credentialId)),
      { first: fromBase64(prfSalt) },
    ]),
  );
  let credential: PublicKeyCredential;
  try {
    credential = (await navigator.credentials.get({
      publicKey: {
        challenge: random(32),
        allowCredentials: credentials.map(({ credentialId }) => ({ type: 'public-key', id: fromBase64(credentialId) })),
        userVerification: 'required',
        timeout: TIMEOUT_MS,
        extensions: { prf: { evalByCredential } },
      },
    })) as PublicKeyCredential;
  } catch (error) {
    return failure(error);
  }
  const prfOutput = prfFirst(credential);
  if (!prfOutput) return { ok: false, reason: 'no-prf' };
  return {
    ok: true,
    value: { credentialId: toBase64(new Uint8Array(credential.rawId)), prfOutput: toBase64(prfOutput) },
  };
}

/**
 * A new credential for a key slot, with the PRF of a fresh salt: at creation where the
 * authenticator gives it then, or by one touch more.
 */
export async function register(name: string): Promise<Ceremony<Touched & { readonly prfSalt: string }>> {
  const prfSalt = random(PRF_BYTES);
  let credential: PublicKeyCredential;
  try {
    credential = (await navigator.credentials.create({
      publicKey: {
        rp: { name: 'Omamori' },
        // Not a person's account: a random handle, so nothing links two slots.
        user: { id: random(16), name, displayName: name },
        challenge: random(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { userVerification: 'required', residentKey: 'discouraged' },
        timeout: TIMEOUT_MS,
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    })) as PublicKeyCredential;
  } catch (error) {
    return failure(error);
  }
  const credentialId = toBase64(new Uint8Array(credential.rawId));
  const salt = toBase64(prfSalt);
  const atCreation = prfFirst(credential);
  if (atCreation) return { ok: true, value: { credentialId, prfSalt: salt, prfOutput: toBase64(atCreation) } };
  if (credential.getClientExtensionResults().prf?.enabled !== true) return { ok: false, reason: 'no-prf' };
  const touched = await touch([{ credentialId, prfSalt: salt }]);
  return touched.ok ? { ok: true, value: { ...touched.value, prfSalt: salt } } : touched;
}
