import { describe, expect, it } from 'vitest';
import { SYSTEM_KDFS, type Argon2Params } from '../../formats/importers/crypto';
import { argon2idHere, type KdfParams } from '../../vault/kdf';
import { TEST_KDF_COST } from '../../vault/__tests__/helpers';
import {
  answerKdfRequest,
  dedicatedWorkerAt,
  deriveHere,
  isAllowedKdfRequest,
  importKdfs,
  kdfRunner,
  serveKdf,
  vaultArgon2id,
  type KdfAnswer,
  type KdfRequest,
  type KdfWorker,
} from '../thread';

const params: KdfParams = { ...TEST_KDF_COST, salt: new Uint8Array(16).fill(7) };

/** A worker that answers on a later turn, as a real one would; `answer` replaces its work. */
function fakeWorker(log: string[], answer: (request: KdfRequest) => Promise<KdfAnswer> = answerKdfRequest) {
  return (): KdfWorker => {
    log.push('start');
    const worker: KdfWorker = {
      onmessage: null,
      onerror: null,
      postMessage: (request) => {
        log.push('request');
        // What a real worker gets: a structured clone.
        void answer(structuredClone(request)).then((data) => worker.onmessage?.({ data }));
      },
      terminate: () => void log.push('terminate'),
    };
    return worker;
  };
}

const salt = new Uint8Array(16).fill(3);
const argon2: Argon2Params = { variant: 'argon2id', memoryKiB: 64, iterations: 2, parallelism: 1, hashLength: 32 };
const offThread = (start: (() => KdfWorker) | null) => vaultArgon2id(kdfRunner(start));

describe('derivations off the thread', () => {
  it('derives inline where no worker can be started (a service worker)', async () => {
    expect(dedicatedWorkerAt('/kdf-worker.js', {})).toBeNull();
    expect(kdfRunner(null)).toBe(deriveHere);
  });

  it('starts a dedicated worker at the URL where the context has Worker', () => {
    const urls: string[] = [];
    class FakeWorker {
      constructor(url: string) {
        urls.push(url);
      }
    }
    const start = dedicatedWorkerAt('moz-extension://id/kdf-worker.js', { Worker: FakeWorker });
    expect(start?.()).toBeInstanceOf(FakeWorker);
    expect(urls).toEqual(['moz-extension://id/kdf-worker.js']);
  });

  it('gives the same key as inline, one worker a derivation, each ended when it answers', async () => {
    const log: string[] = [];
    const derive = offThread(fakeWorker(log));
    const expected = await argon2idHere('pass', params);
    const [first, second] = await Promise.all([derive('pass', params), derive('pass', params)]);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(log).toEqual(['start', 'request', 'start', 'request', 'terminate', 'terminate']);
  });

  it("passes the worker's failure on (a derivation that failed there would fail here too)", async () => {
    const log: string[] = [];
    const derive = offThread(fakeWorker(log, async () => ({ ok: false, message: 'out of memory' })));
    await expect(derive('pass', params)).rejects.toThrow('out of memory');
    expect(log).toEqual(['start', 'request', 'terminate']);
  });

  it('derives inline when the worker will not start, and stops trying it', async () => {
    const log: string[] = [];
    const broken = (): KdfWorker => {
      log.push('start');
      const worker: KdfWorker = {
        onmessage: null,
        onerror: null,
        postMessage: () => void setTimeout(() => worker.onerror?.({ preventDefault: () => log.push('handled') })),
        terminate: () => void log.push('terminate'),
      };
      return worker;
    };
    const derive = offThread(broken);
    const expected = await argon2idHere('pass', params);
    expect(await derive('pass', params)).toEqual(expected);
    expect(await derive('pass', params)).toEqual(expected);
    expect(log).toEqual(['start', 'handled', 'terminate']);
    const throwing = offThread(() => {
      throw new Error('SecurityError');
    });
    expect(await throwing('pass', params)).toEqual(expected);
  });
});

describe('other apps’ derivations', () => {
  it('give through the worker what the importers’ own functions give', async () => {
    const log: string[] = [];
    const kdfs = importKdfs(kdfRunner(fakeWorker(log)));
    expect(await kdfs.scrypt('pass', salt, 16, 8, 1)).toEqual(await SYSTEM_KDFS.scrypt('pass', salt, 16, 8, 1));
    expect(await kdfs.argon2('pass', salt, argon2)).toEqual(await SYSTEM_KDFS.argon2('pass', salt, argon2));
    expect(await kdfs.argon2(new Uint8Array([1, 2]), salt, { ...argon2, variant: 'argon2d' })).toEqual(
      await SYSTEM_KDFS.argon2(new Uint8Array([1, 2]), salt, { ...argon2, variant: 'argon2d' }),
    );
    // PBKDF2 is WebCrypto's, off the thread already: no worker for it.
    expect(kdfs.pbkdf2).toBe(SYSTEM_KDFS.pbkdf2);
    expect(log.filter((entry) => entry === 'start')).toHaveLength(3);
  });
});

describe('the worker side', () => {
  it('answers a request with the key', async () => {
    const posted: KdfAnswer[] = [];
    const scope: Parameters<typeof serveKdf>[0] = {
      onmessage: null,
      postMessage: (answer) => posted.push(answer),
    };
    serveKdf(scope);
    scope.onmessage?.({ data: { kind: 'vault', password: 'pass', params } });
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]).toEqual({ ok: true, key: await argon2idHere('pass', params) });
  });

  it('takes the heaviest derivation each file reader accepts (so no valid import fails in Firefox only)', () => {
    const GiB = 1024 * 1024;
    for (const request of [
      // Aegis: one slot at all the slots' total work; Ente: 1 GiB × 4, and less memory more passes.
      { kind: 'scrypt', password: 'pass', salt, n: 2 ** 17, r: 8, p: 1 },
      { kind: 'argon2', password: new Uint8Array([1]), salt, params: { ...argon2, memoryKiB: GiB, iterations: 4 } },
      { kind: 'argon2', password: 'pass', salt, params: { ...argon2, memoryKiB: GiB / 16, iterations: 64 } },
      // KeePass: 64 lanes, Argon2d; Bitwarden: 256 MiB × 3, 16 lanes; the Authenticator extension's 64-byte check.
      {
        kind: 'argon2',
        password: 'pass',
        salt,
        params: { ...argon2, variant: 'argon2d', memoryKiB: GiB, parallelism: 64 },
      },
      {
        kind: 'argon2',
        password: 'pass',
        salt,
        params: { ...argon2, memoryKiB: 256 * 1024, iterations: 3, parallelism: 16 },
      },
      {
        kind: 'argon2',
        password: 'pass',
        salt,
        params: { ...argon2, memoryKiB: 76 * 1024, iterations: 8, hashLength: 64 },
      },
    ]) {
      expect(isAllowedKdfRequest(request), JSON.stringify(request)).toBe(true);
    }
  });

  it('derives nothing for a cost outside the bounds, or a request of another shape', async () => {
    for (const request of [
      { kind: 'vault', password: 'pass', params: { ...params, memoryKiB: 2 ** 20 } },
      { kind: 'vault', password: 'pass', params: { ...params, iterations: 2 ** 32 } },
      { kind: 'vault', password: 'pass', params: { ...params, salt: 'salt' } },
      { kind: 'vault', password: 1, params },
      { password: 'pass', params },
      // Past what Aegis writes in all its slots together; scrypt's p of 99 (the fuzz found it).
      { kind: 'scrypt', password: 'pass', salt, n: 2 ** 20, r: 8, p: 1 },
      { kind: 'scrypt', password: 'pass', salt, n: 2 ** 15, r: 8, p: 99 },
      // Past KDBX's bound (1 GiB, 4 GiB·pass), or of a variant no export uses.
      { kind: 'argon2', password: 'pass', salt, params: { ...argon2, memoryKiB: 2 * 1024 * 1024 } },
      { kind: 'argon2', password: 'pass', salt, params: { ...argon2, memoryKiB: 1024 * 1024, iterations: 5 } },
      { kind: 'argon2', password: 'pass', salt, params: { ...argon2, variant: 'argon2i' } },
      { kind: 'argon2', password: 'pass', salt: [1, 2], params: argon2 },
      { kind: 'constructor', password: 'pass', params },
      null,
    ]) {
      expect(await answerKdfRequest(request)).toEqual({ ok: false, message: 'not a derivation Omamori asks for' });
    }
  });
});
