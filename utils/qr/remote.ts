// Chromium reads QR codes in a worker of a page of its own (an offscreen document): its
// service worker has no WebCodecs to decode a capture at CSS pixels (utils/qr/pixels.ts).
import type { QrImage } from './pixels';
import { READER_CONNECT, type QrReading, type ReaderAnswer, type ReaderMessage } from './channel';

/** Something a message and its transferred objects can be posted to: a window client, a port. */
export interface ReaderTarget {
  postMessage(message: ReaderMessage, transfer: Transferable[]): void;
}

/** The reader document as the background reaches it (utils/background/browser-io.ts). */
export interface ReaderDocument {
  /** Its window client, the document opened first if need be. */
  client(): Promise<ReaderTarget>;
  isOpen(): Promise<boolean>;
  close(): Promise<void>;
}

export class QrReaderError extends Error {
  override readonly name = 'QrReaderError';
}

const READ_TIMEOUT_MS = 15_000;

/**
 * Reads images in the reader over a channel of its own: opened once (finding the document
 * among the window clients costs a few milliseconds a time), each image transferred rather
 * than copied, and seen by no other page (a runtime.sendMessage broadcast would reach the
 * popup and the options page too). A reader that fails, stops answering or went away is
 * closed with its document: the next scan opens both afresh.
 */
export function remoteQrReader(document: ReaderDocument, timeoutMs = READ_TIMEOUT_MS) {
  let channel: Promise<MessagePort> | null = null;
  const inFlight = new Set<(error: QrReaderError) => void>();

  function connected(): Promise<MessagePort> {
    if (channel) return channel;
    const opening = document.client().then((client) => {
      const { port1, port2 } = new MessageChannel();
      client.postMessage(READER_CONNECT, [port2]);
      return port1;
    });
    channel = opening;
    opening.catch(() => forget(opening));
    return opening;
  }

  /** Forgets `used` if it is still the channel (a newer one is left alone); true if it was. */
  function forget(used: Promise<MessagePort> | null): boolean {
    if (used === null || channel !== used) return false;
    channel = null;
    used.then(
      (port) => port.close(),
      () => undefined,
    );
    return true;
  }

  async function read(image: QrImage): Promise<QrReading> {
    const used = connected();
    const port = await used;
    const { port1, port2 } = new MessageChannel();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (error: QrReaderError) => void = () => undefined;
    const answer = new Promise<ReaderAnswer>((resolve, reject) => {
      stop = reject;
      timer = setTimeout(() => reject(new QrReaderError('the QR reader did not answer')), timeoutMs);
      port1.onmessage = ({ data }: MessageEvent<unknown>) => resolve(isReaderAnswer(data) ? data : READER_FAILED);
      // A document that went away answers nothing: say so now, not at the timeout.
      document.isOpen().then(
        (open) => open || reject(new QrReaderError('the QR reader is closed')),
        () => undefined,
      );
    });
    inFlight.add(stop);
    port.postMessage(image, [image.kind === 'capture' ? image.jpeg.buffer : image.bytes.buffer, port2]);
    try {
      const reading = await answer;
      if (!reading.ok && reading.reason === 'reader-failed') throw new QrReaderError('the QR reader failed');
      return reading;
    } catch (error) {
      if (forget(used)) await document.close().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
      inFlight.delete(stop);
      port1.close();
    }
  }

  return {
    read,
    /** Opens the document and its channel ahead of a scan. */
    prepare: async () => void (await connected()),
    /** The vault locked: reads in flight fail now, and the document closes. */
    close: async () => {
      for (const stop of inFlight) stop(new QrReaderError('the QR reader was closed'));
      forget(channel);
      await document.close();
    },
  };
}

const READER_FAILED: ReaderAnswer = { ok: false, reason: 'reader-failed' };

function isReaderAnswer(data: unknown): data is ReaderAnswer {
  if (typeof data !== 'object' || data === null) return false;
  const answer = data as Partial<Record<'ok' | 'texts' | 'reason', unknown>>;
  if (answer.ok === true) return Array.isArray(answer.texts) && answer.texts.every((text) => typeof text === 'string');
  return answer.ok === false && (answer.reason === 'unreadable-image' || answer.reason === 'reader-failed');
}
