import { AEGIS_SCRYPT, isIntegerIn, KDBX_KDF } from '../formats/bounds';
import { SYSTEM_KDFS, type Argon2Params, type ImportKdfs } from '../formats/importers/crypto';
import { argon2idHere, isOmamoriCost, type Argon2idDerive, type KdfParams } from '../vault/kdf';

/**
 * The derivations that run as synchronous WebAssembly (hash-wasm): the vault's Argon2id,
 * and the scrypt and Argon2 of other apps' exports. PBKDF2 is WebCrypto's, which derives
 * off the page's thread itself.
 */
export type KdfRequest =
  | { readonly kind: 'vault'; readonly password: string; readonly params: KdfParams }
  | {
      readonly kind: 'scrypt';
      readonly password: string;
      readonly salt: Uint8Array;
      readonly n: number;
      readonly r: number;
      readonly p: number;
    }
  | {
      readonly kind: 'argon2';
      readonly password: string | Uint8Array;
      readonly salt: Uint8Array;
      readonly params: Argon2Params;
    };

export type KdfAnswer =
  { readonly ok: true; readonly key: Uint8Array } | { readonly ok: false; readonly message: string };

/** The part of a dedicated `Worker` the background uses (a fake one in unit tests). */
export interface KdfWorker {
  onmessage: ((event: { readonly data: KdfAnswer }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
  postMessage(request: KdfRequest): void;
  terminate(): void;
}

export type RunKdf = (request: KdfRequest) => Promise<Uint8Array>;

/**
 * Where the context can start a dedicated worker (Firefox's background page), one that
 * runs `url`; null where it cannot (Chrome's service worker has no `Worker`).
 */
export function dedicatedWorkerAt(
  url: string,
  scope: { readonly Worker?: new (url: string) => unknown } = globalThis,
): (() => KdfWorker) | null {
  const WorkerAt = scope.Worker;
  return typeof WorkerAt === 'function' ? () => new WorkerAt(url) as KdfWorker : null;
}

/** The derivation itself, wherever it runs. */
export function deriveHere(request: KdfRequest): Promise<Uint8Array> {
  switch (request.kind) {
    case 'vault':
      return argon2idHere(request.password, request.params);
    case 'scrypt':
      return SYSTEM_KDFS.scrypt(request.password, request.salt, request.n, request.r, request.p);
    case 'argon2':
      return SYSTEM_KDFS.argon2(request.password, request.salt, request.params);
  }
}

/**
 * Derivations on a thread of their own where a worker can be started, else here. Firefox's
 * background page shares the extension process's main thread with the popup and every
 * other extension page, so half a second of Argon2id there (three for an Ente export)
 * would freeze their frames; Chrome's service worker is a thread of its own already (and
 * has no Worker): it derives in place. One worker a derivation, ended when it answers: no
 * thread idles holding a password or 128 MiB, and an unlock never waits behind an import.
 * A worker that will not start costs responsiveness, never the derivation: it runs here.
 */
export function kdfRunner(startWorker: (() => KdfWorker) | null): RunKdf {
  if (!startWorker) return deriveHere;
  let workerFails = false;
  return (request) => {
    if (workerFails) return deriveHere(request);
    return new Promise<Uint8Array>((resolve, reject) => {
      const here = () => {
        workerFails = true;
        deriveHere(request).then(resolve, reject);
      };
      let worker: KdfWorker;
      try {
        worker = startWorker();
      } catch {
        return here();
      }
      worker.onmessage = ({ data }) => {
        worker.terminate();
        if (data.ok) resolve(data.key);
        else reject(new Error(`${request.kind}: ${data.message}`));
      };
      // Only a script that did not load (or crashed outside a request) gets here.
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        here();
      };
      worker.postMessage(request);
    });
  };
}

/** The vault's Argon2id through `run`. */
export const vaultArgon2id =
  (run: RunKdf): Argon2idDerive =>
  (password, params) =>
    run({ kind: 'vault', password, params });

/** Other apps' derivations through `run` (PBKDF2 stays WebCrypto's). */
export const importKdfs = (run: RunKdf): ImportKdfs => ({
  pbkdf2: SYSTEM_KDFS.pbkdf2,
  scrypt: (password, salt, n, r, p) => run({ kind: 'scrypt', password, salt, n, r, p }),
  argon2: (password, salt, params) => run({ kind: 'argon2', password, salt, params }),
});

const isCount = (value: unknown, max: number): value is number => isIntegerIn(value, 1, max);

/** The vault's cost, within the bounds on our own files. */
function isVaultRequest({ password, params }: Record<string, unknown>): boolean {
  return (
    typeof password === 'string' &&
    typeof params === 'object' &&
    params !== null &&
    (params as Partial<KdfParams>).salt instanceof Uint8Array &&
    isOmamoriCost(params as KdfParams)
  );
}

/** Aegis's scrypt, the one export that uses it: all its slots together at most. */
function isScryptRequest({ password, salt, n, r, p }: Record<string, unknown>): boolean {
  const max = AEGIS_SCRYPT.maxTotalWork;
  return (
    typeof password === 'string' &&
    salt instanceof Uint8Array &&
    isCount(n, max) &&
    isCount(r, max) &&
    isCount(p, max) &&
    n * r * p <= max
  );
}

/** The heaviest Argon2 any export may ask (KDBX's bound, Ente's strength). */
function isArgon2Request({ password, salt, params }: Record<string, unknown>): boolean {
  const { variant, memoryKiB, iterations, parallelism, hashLength } = (params ?? {}) as Partial<Argon2Params>;
  const maxMemoryKiB = KDBX_KDF.maxArgon2MemoryBytes / 1024;
  return (
    (typeof password === 'string' || password instanceof Uint8Array) &&
    salt instanceof Uint8Array &&
    (variant === 'argon2id' || variant === 'argon2d') &&
    isCount(memoryKiB, maxMemoryKiB) &&
    isCount(iterations, KDBX_KDF.maxArgon2Work) &&
    memoryKiB * 1024 * iterations <= KDBX_KDF.maxArgon2Work &&
    isCount(parallelism, KDBX_KDF.maxArgon2Parallelism) &&
    isCount(hashLength, 64)
  );
}

const CHECKS: Record<KdfRequest['kind'], (request: Record<string, unknown>) => boolean> = {
  vault: isVaultRequest,
  scrypt: isScryptRequest,
  argon2: isArgon2Request,
};

/** A request of one of the shapes above, at a cost some file we read may ask. */
export function isAllowedKdfRequest(value: unknown): value is KdfRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  const kind = request.kind as KdfRequest['kind'];
  return Object.prototype.hasOwnProperty.call(CHECKS, kind) && CHECKS[kind](request);
}

/** The worker's answer to one request; the cost is checked again, so nothing else runs there. */
export async function answerKdfRequest(request: unknown): Promise<KdfAnswer> {
  if (!isAllowedKdfRequest(request)) return { ok: false, message: 'not a derivation Omamori asks for' };
  try {
    return { ok: true, key: await deriveHere(request) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'derivation failed' };
  }
}

/** The worker's side (entrypoints/kdf-worker.ts): every message one derivation. */
export function serveKdf(scope: {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  postMessage(answer: KdfAnswer): void;
}): void {
  scope.onmessage = ({ data }) => void answerKdfRequest(data).then((answer) => scope.postMessage(answer));
}
