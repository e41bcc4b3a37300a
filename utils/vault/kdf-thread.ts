import { argon2idHere, isOmamoriCost, type Argon2idDerive, type KdfParams } from './kdf';

/** What the background posts to the KDF worker (the password already normalised). */
export interface KdfRequest {
  readonly password: string;
  readonly params: KdfParams;
}

export type KdfAnswer =
  { readonly ok: true; readonly key: Uint8Array } | { readonly ok: false; readonly message: string };

/** The part of a dedicated `Worker` the background uses (a fake one in unit tests). */
export interface KdfWorker {
  onmessage: ((event: { readonly data: KdfAnswer }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
  postMessage(request: KdfRequest): void;
  terminate(): void;
}

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

/**
 * Argon2id on a thread of its own where a worker can be started, else here. Firefox's
 * background page shares the extension process's main thread with the popup and every
 * other extension page, so half a second of Argon2id there would freeze their frames;
 * Chrome's service worker is a thread of its own already (and has no Worker): it derives
 * in place. One worker a derivation, ended when it answers: no thread idles holding the
 * password or 128 MiB, and an unlock never waits behind a backup check. A worker that
 * will not start costs responsiveness, never the unlock: the derivation runs here instead.
 */
export function argon2idOffThread(startWorker: (() => KdfWorker) | null): Argon2idDerive {
  if (!startWorker) return argon2idHere;
  let workerFails = false;
  return (password, params) => {
    if (workerFails) return argon2idHere(password, params);
    return new Promise<Uint8Array>((resolve, reject) => {
      const here = () => {
        workerFails = true;
        argon2idHere(password, params).then(resolve, reject);
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
        else reject(new Error(`Argon2id: ${data.message}`));
      };
      // Only a script that did not load (or crashed outside a request) gets here.
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        here();
      };
      worker.postMessage({ password, params });
    });
  };
}

const isKdfRequest = (value: unknown): value is KdfRequest => {
  const request = value as Partial<KdfRequest> | null;
  const params = request?.params as Partial<KdfParams> | undefined;
  return (
    typeof request?.password === 'string' &&
    typeof params?.memoryKiB === 'number' &&
    typeof params.iterations === 'number' &&
    typeof params.parallelism === 'number' &&
    params.salt instanceof Uint8Array
  );
};

/** The worker's answer to one request; the cost is checked again, so nothing else runs there. */
export async function answerKdfRequest(request: unknown): Promise<KdfAnswer> {
  if (!isKdfRequest(request) || !isOmamoriCost(request.params)) {
    return { ok: false, message: 'not a derivation Omamori asks for' };
  }
  try {
    return { ok: true, key: await argon2idHere(request.password, request.params) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'derivation failed' };
  }
}

/** The worker's side (entrypoints/kdf-worker.ts): every message one derivation. */
export function serveArgon2id(scope: {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  postMessage(answer: KdfAnswer): void;
}): void {
  scope.onmessage = ({ data }) => void answerKdfRequest(data).then((answer) => scope.postMessage(answer));
}
