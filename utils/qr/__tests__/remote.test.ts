import { describe, expect, it } from 'vitest';
import type { QrImage } from '../pixels';
import { READER_CONNECT, type ReaderAnswer } from '../channel';
import { serveQrReads } from '../reader';
import { QrReaderError, remoteQrReader, type ReaderDocument } from '../remote';

const capture = (): QrImage => ({ kind: 'capture', jpeg: new Uint8Array([1, 2, 3]), width: 2, height: 1 });

/**
 * A reader document that answers every image with `answer` (never, when null), and what
 * it saw: how often its client was asked for, and each image's transfer list.
 */
function fakeDocument(answer: ReaderAnswer | null, options: { open?: boolean } = {}) {
  const seen = { clients: 0, closed: 0, images: [] as unknown[] };
  const document: ReaderDocument = {
    client: async () => {
      seen.clients += 1;
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

  it('passes an unreadable image on, and throws, then reconnects, when the reader broke', async () => {
    const unreadable = remoteQrReader(fakeDocument({ ok: false, reason: 'unreadable-image' }).document);
    expect(await unreadable.read(capture())).toEqual({ ok: false, reason: 'unreadable-image' });
    const broken = fakeDocument({ ok: false, reason: 'reader-failed' });
    const reader = remoteQrReader(broken.document);
    await expect(reader.read(capture())).rejects.toBeInstanceOf(QrReaderError);
    await expect(reader.read(capture())).rejects.toThrow('the QR reader failed');
    expect(broken.seen.clients).toBe(2);
  });

  it('fails at once when the document is gone, and at the timeout when it never answers', async () => {
    const gone = remoteQrReader(fakeDocument(null, { open: false }).document, 600_000);
    await expect(gone.read(capture())).rejects.toThrow('the QR reader is closed');
    const silent = remoteQrReader(fakeDocument(null).document, 20);
    await expect(silent.read(capture())).rejects.toThrow('did not answer');
  });

  it('closes the document with the vault, and opens a new channel for the next scan', async () => {
    const { document, seen } = fakeDocument(TEXTS);
    const reader = remoteQrReader(document);
    expect(await reader.read(capture())).toEqual(TEXTS);
    await reader.close();
    expect(seen.closed).toBe(1);
    expect(await reader.read(capture())).toEqual(TEXTS);
    expect(seen.clients).toBe(2);
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
