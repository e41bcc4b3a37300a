import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KDF_COST,
  LEGACY_KDF_COST,
  OMAMORI_ARGON2,
  argon2idHere,
  isOmamoriCost,
  isWeakerCost,
  type KdfParams,
} from '../kdf';
import {
  answerKdfRequest,
  argon2idOffThread,
  dedicatedWorkerAt,
  serveArgon2id,
  type KdfAnswer,
  type KdfRequest,
  type KdfWorker,
} from '../kdf-thread';
import { TEST_KDF_COST } from './helpers';

const params: KdfParams = { ...TEST_KDF_COST, salt: new Uint8Array(16).fill(7) };

describe('the cost', () => {
  it('is Argon2id ≥ 64 MiB, and both it and the old cost open within the bounds on files', () => {
    expect(DEFAULT_KDF_COST.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(isOmamoriCost(DEFAULT_KDF_COST)).toBe(true);
    expect(isOmamoriCost(LEGACY_KDF_COST)).toBe(true);
    expect(isWeakerCost(LEGACY_KDF_COST, DEFAULT_KDF_COST)).toBe(true);
    expect(isWeakerCost(DEFAULT_KDF_COST, DEFAULT_KDF_COST)).toBe(false);
    // The bounds: room above the default for a later raise, and no further.
    const heaviest = { ...DEFAULT_KDF_COST, memoryKiB: OMAMORI_ARGON2.maxMemoryKiB, iterations: 3 };
    expect(isOmamoriCost(heaviest)).toBe(true);
    expect(isOmamoriCost({ ...heaviest, iterations: 4 })).toBe(false);
    expect(isOmamoriCost({ ...DEFAULT_KDF_COST, memoryKiB: OMAMORI_ARGON2.maxMemoryKiB * 2, iterations: 1 })).toBe(
      false,
    );
  });
});

/** A worker that answers on a later turn, as a real one would; `answer` replaces its work. */
function fakeWorker(log: string[], answer: (request: KdfRequest) => Promise<KdfAnswer> = answerKdfRequest) {
  return (): KdfWorker => {
    log.push('start');
    const worker: KdfWorker = {
      onmessage: null,
      onerror: null,
      postMessage: (request) => {
        log.push('request');
        void answer(request).then((data) => worker.onmessage?.({ data }));
      },
      terminate: () => void log.push('terminate'),
    };
    return worker;
  };
}

describe('Argon2id off the thread', () => {
  it('derives inline where no worker can be started (a service worker)', async () => {
    expect(dedicatedWorkerAt('/kdf-worker.js', {})).toBeNull();
    expect(argon2idOffThread(null)).toBe(argon2idHere);
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
    const derive = argon2idOffThread(fakeWorker(log));
    const expected = await argon2idHere('pass', params);
    const [first, second] = await Promise.all([derive('pass', params), derive('pass', params)]);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(log).toEqual(['start', 'request', 'start', 'request', 'terminate', 'terminate']);
  });

  it("passes the worker's failure on (a derivation that failed there would fail here too)", async () => {
    const log: string[] = [];
    const derive = argon2idOffThread(fakeWorker(log, async () => ({ ok: false, message: 'out of memory' })));
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
    const derive = argon2idOffThread(broken);
    const expected = await argon2idHere('pass', params);
    expect(await derive('pass', params)).toEqual(expected);
    expect(await derive('pass', params)).toEqual(expected);
    expect(log).toEqual(['start', 'handled', 'terminate']);
    const throwing = argon2idOffThread(() => {
      throw new Error('SecurityError');
    });
    expect(await throwing('pass', params)).toEqual(expected);
  });
});

describe('the worker side', () => {
  it('answers a request with the key', async () => {
    const posted: KdfAnswer[] = [];
    const scope: Parameters<typeof serveArgon2id>[0] = {
      onmessage: null,
      postMessage: (answer) => posted.push(answer),
    };
    serveArgon2id(scope);
    scope.onmessage?.({ data: { password: 'pass', params } });
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]).toEqual({ ok: true, key: await argon2idHere('pass', params) });
  });

  it('derives nothing for a cost outside the bounds, or a request of another shape', async () => {
    for (const request of [
      { password: 'pass', params: { ...params, memoryKiB: 2 ** 20 } },
      { password: 'pass', params: { ...params, iterations: 2 ** 32 } },
      { password: 'pass', params: { ...params, salt: 'salt' } },
      { password: 1, params },
      null,
    ]) {
      expect(await answerKdfRequest(request)).toEqual({ ok: false, message: 'not a derivation Omamori asks for' });
    }
  });
});
