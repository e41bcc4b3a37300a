import { describe, expect, it } from 'vitest';
import type { QrImage } from '../pixels';
import { serveQrReads, type ReaderAnswer } from '../reader';
import { QrReaderError, remoteQrReader, type ReaderTarget } from '../remote';

const capture = (): QrImage => ({ kind: 'capture', jpeg: new Uint8Array([1, 2, 3]), width: 2, height: 1 });

/** A reader document that answers each image with `answer` (or never, when null). */
function fakeDocument(answer: ReaderAnswer | null, seen: Transferable[][] = []): ReaderTarget {
  return {
    postMessage: (_, transfer) => {
      seen.push(transfer);
      const port = transfer.find((item): item is MessagePort => item instanceof MessagePort)!;
      if (answer) port.postMessage(answer);
    },
  };
}

describe('remoteQrReader', () => {
  it('sends the image with a port of its own and returns what comes back on it', async () => {
    const seen: Transferable[][] = [];
    const read = remoteQrReader(async () => fakeDocument({ ok: true, texts: ['otpauth://totp/a?secret=AA'] }, seen));
    const image = capture();
    expect(await read(image)).toEqual({ ok: true, texts: ['otpauth://totp/a?secret=AA'] });
    // Transferred, not copied: the background keeps no copy of the capture.
    expect(seen).toEqual([[image.kind === 'capture' && image.jpeg.buffer, expect.any(MessagePort)]]);
  });

  it('passes an unreadable image on, and throws when the reader broke or never answers', async () => {
    const unreadable = remoteQrReader(async () => fakeDocument({ ok: false, reason: 'unreadable-image' }));
    expect(await unreadable(capture())).toEqual({ ok: false, reason: 'unreadable-image' });
    const broken = remoteQrReader(async () => fakeDocument({ ok: false, reason: 'reader-failed' }));
    await expect(broken(capture())).rejects.toBeInstanceOf(QrReaderError);
    const silent = remoteQrReader(async () => fakeDocument(null), 20);
    await expect(silent(capture())).rejects.toThrow('did not answer');
  });
});

describe('serveQrReads', () => {
  it('answers each image on the port it came with, and nothing else', async () => {
    const source: { onmessage: ((event: MessageEvent) => void) | null } = { onmessage: null };
    serveQrReads(source);
    const answers: [string, unknown][] = [];
    const post = (name: string, data: unknown, withPort = true) => {
      const port = { postMessage: (answer: unknown) => answers.push([name, answer]) };
      source.onmessage!({ data, ports: withPort ? [port] : [] } as unknown as MessageEvent);
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
