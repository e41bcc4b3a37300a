import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QrImage } from '../pixels';
import { READER_CONNECT, type ReaderAnswer } from '../channel';
import { serveQrReads } from '../reader';
import { QrReaderError, remoteQrReader, type ReaderDocument } from '../remote';

const capture = (): QrImage => ({ kind: 'capture', jpeg: new Uint8Array([1, 2, 3]), width: 2, height: 1 });

/**
 * A reader document that answers every image with `answer` (never, when null), and what
 * it saw: how often its client was asked for (and failed, the first `failures` times), its
 * closes, and the images.
 */
function fakeDocument(answer: unknown, options: { open?: boolean; failures?: number } = {}) {
  const seen = { clients: 0, closed: 0, images: [] as unknown[] };
  const document: ReaderDocument = {
    client: async () => {
      seen.clients += 1;
      if (seen.clients <= (options.failures ?? 0)) throw new Error('createDocument failed');
      return {
        postMessage: (message, [channel]) => {
          if (message !== READER_CONNECT || !(channel instanceof MessagePort)) throw new Error('not a connect');
          channel.onmessage = ({ data, ports: [port] }) => {
            seen.images.push(data);
            if (answer) port!.postMessage(answer);
          };
        },
      };
    },
    isOpen: async () => options.open ?? true,
    close: async () => void (seen.closed += 1),
  };
  return { document, seen };
}

const TEXTS: ReaderAnswer = { ok: true, texts: ['otpauth://totp/a?secret=AA'] };

describe('remoteQrReader', () => {
  afterEach(() => vi.useRealTimers());

  it('connects once, then sends each image with a port of its own for the answer', async () => {
    const { document, seen } = fakeDocument(TEXTS);
    const reader = remoteQrReader(document);
    await reader.prepare();
    const [first, second] = [capture(), capture()];
    expect(await reader.read(first)).toEqual(TEXTS);
    expect(await reader.read(second)).toEqual(TEXTS);
    expect(seen.clients).toBe(1);
    expect(seen.images).toEqual([capture(), capture()]);
    // Transferred, not copied: the background keeps no copy of a capture.
    expect([first, second].map((image) => image.kind === 'capture' && image.jpeg.byteLength)).toEqual([0, 0]);
  });

  it('opens the document again after a failed opening', async () => {
    const { document, seen } = fakeDocument(TEXTS, { failures: 1 });
    const reader = remoteQrReader(document);
    await expect(reader.prepare()).rejects.toThrow('createDocument failed');
    expect(await reader.read(capture())).toEqual(TEXTS);
    expect(seen.clients).toBe(2);
  });

  it('passes an unreadable image on; a broken or garbled reader fails, and is closed for a fresh one', async () => {
    const unreadable = remoteQrReader(fakeDocument({ ok: false, reason: 'unreadable-image' }).document);
    expect(await unreadable.read(capture())).toEqual({ ok: false, reason: 'unreadable-image' });
    for (const answer of [
      { ok: false, reason: 'reader-failed' },
      { ok: true, texts: [7] },
      { ok: false, reason: 'x' },
    ]) {
      const broken = fakeDocument(answer);
      const reader = remoteQrReader(broken.document);
      await expect(reader.read(capture())).rejects.toThrow('the QR reader failed');
      await expect(reader.read(capture())).rejects.toBeInstanceOf(QrReaderError);
      expect(broken.seen).toMatchObject({ clients: 2, closed: 2 });
    }
  });

  it('fails at once when the document is gone, and at the timeout when it never answers', async () => {
    const gone = remoteQrReader(fakeDocument(null, { open: false }).document);
    await expect(gone.read(capture())).rejects.toThrow('the QR reader is closed');
    vi.useFakeTimers();
    const silent = fakeDocument(null);
    const reading = remoteQrReader(silent.document, 15_000).read(capture());
    const failed = expect(reading).rejects.toThrow('did not answer');
    await vi.advanceTimersByTimeAsync(15_000);
    await failed;
    expect(silent.seen.closed).toBe(1);
  });

  it('closes with the vault: a read in flight fails at once, and the next scan opens a new channel', async () => {
    const silent = fakeDocument(null);
    const reader = remoteQrReader(silent.document, 600_000);
    const reading = reader.read(capture());
    await expect.poll(() => silent.seen.images.length).toBe(1);
    await reader.close();
    await expect(reading).rejects.toThrow('the QR reader was closed');
    expect(silent.seen).toMatchObject({ clients: 1, closed: 1 });
    const { document, seen } = fakeDocument(TEXTS);
    const again = remoteQrReader(document);
    expect(await again.read(capture())).toEqual(TEXTS);
    await again.close();
    expect(await again.read(capture())).toEqual(TEXTS);
    expect(seen).toMatchObject({ clients: 2, closed: 1 });
  });
});

describe('serveQrReads', () => {
  it('serves the channel it is given, and answers each image there on the port it came with', async () => {
    const source: { onmessage: ((event: MessageEvent) => void) | null } = { onmessage: null };
    serveQrReads(source);
    const channel: { onmessage: ((event: MessageEvent) => void) | null; postMessage: () => void } = {
      onmessage: null,
      postMessage: () => undefined,
    };
    source.onmessage!({ data: READER_CONNECT, ports: [channel] } as unknown as MessageEvent);
    const answers: [string, unknown][] = [];
    const post = (name: string, data: unknown, withPort = true) => {
      const port = { postMessage: (answer: unknown) => answers.push([name, answer]) };
      channel.onmessage!({ data, ports: withPort ? [port] : [] } as unknown as MessageEvent);
    };
    post('no bytes', { kind: 'capture', jpeg: 'not bytes', width: 1, height: 1 });
    post('foreign', { kind: 'constructor' });
    post('no port', capture(), false);
    post('file', { kind: 'file', bytes: new Uint8Array([0x89, 0x50]) });
    // Each answer comes after its own read: by the file's, any earlier one would be in.
    await expect.poll(() => answers.length).toBe(1);
    // No image decoder here (Node): the file cannot be decoded, and says so.
    expect(answers).toEqual([['file', { ok: false, reason: 'unreadable-image' }]]);
  });
});
