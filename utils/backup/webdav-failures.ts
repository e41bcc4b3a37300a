/**
 * Why a WebDAV call failed, sorted from what the platform says: an HTTP status, or what
 * `fetch` threw (a timeout, a refused certificate, an unreachable host).
 */
/**
 * Why a WebDAV call failed. `certificate` needs the platform to say so: Node's fetch names
 * the TLS failure in the error's cause; browsers give a bare TypeError for a refused
 * certificate, a refused connection and an unknown host alike, so there it is
 * `unreachable`. `redirect`: the server sent the request elsewhere (the address moved, or a
 * login page); it is not followed, so the app password goes nowhere else, and browsers do not
 * say where it pointed. `invalid-config` is a URL that does not parse or carries credentials, or a
 * user name Basic authentication cannot carry.
 */
export type WebDavFailure =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'quota'
  | 'unreachable'
  | 'certificate'
  | 'timeout'
  | 'server'
  | 'bad-response'
  | 'redirect'
  | 'insecure-url'
  | 'invalid-config';

/** `status` is the HTTP status the reason comes from; `detail` is for logs (never a secret). */
export interface WebDavError {
  readonly ok: false;
  readonly reason: WebDavFailure;
  readonly status?: number;
  readonly detail?: string;
}

/** The same shape as the message protocol's `Result`. */
export type WebDavResult<T> = { readonly ok: true; readonly value: T } | WebDavError;

export const failure = (reason: WebDavFailure, extra: { status?: number; detail?: string } = {}): WebDavError => ({
  ok: false,
  reason,
  ...extra,
});
export const success = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

export function statusFailure(status: number): WebDavError {
  const reason: WebDavFailure =
    status === 401
      ? 'unauthorized'
      : status === 403
        ? 'forbidden'
        : // 409 to a PUT or MKCOL: a folder on the way is missing (RFC 4918 §9.7.1, §9.3.1).
          status === 404 || status === 409 || status === 410
          ? 'not-found'
          : // 507 is WebDAV's quota answer; 413 is a provider's upload size limit: no room either way.
            status === 507 || status === 413
            ? 'quota'
            : status === 408
              ? 'timeout'
              : status >= 500 || status === 429
                ? 'server'
                : 'bad-response';
  return failure(reason, { status });
}

/**
 * Node's fetch names the cause (`ECONNREFUSED`, `ENOTFOUND`, a TLS verification code);
 * browsers give a TypeError with nothing more, which reads as `unreachable`.
 */
const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_REJECTED',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_CHAIN_TOO_LONG',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function thrown(error: unknown, signal: AbortSignal): WebDavError {
  if (signal.aborted || named(error, 'TimeoutError')) return failure('timeout');
  const codes = causeCodes(error);
  const certificate = codes.find((code) => CERTIFICATE_CODES.has(code) || code.startsWith('ERR_TLS_CERT'));
  if (certificate) return failure('certificate', { detail: certificate });
  if (codes.some((code) => TIMEOUT_CODES.has(code))) return failure('timeout', { detail: codes[0] });
  return failure('unreachable', codes[0] ? { detail: codes[0] } : {});
}

function named(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === name;
}

/** The `code`s along an error's `cause` chain (bounded: a cause may point back at itself). */
function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && typeof current.code === 'string') codes.push(current.code);
    current = 'cause' in current ? current.cause : undefined;
  }
  return codes;
}
