// Chromium reads QR codes in a page of its own (an offscreen document): its service worker
// has no WebCodecs to decode a capture at CSS pixels (utils/qr/pixels.ts).
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
 * Reads images in the reader document over a channel of its own: opened once (finding the
 * document among the window clients costs a few milliseconds a time), each image
 * transferred rather than copied, and seen by no other page (a runtime.sendMessage
 * broadcast would reach the popup and the options page too).
 */
export function remoteQrReader(document: ReaderDocument, timeoutMs = READ_TIMEOUT_MS) {
  let channel: Promise<MessagePort> | null = null;

  const connect = () =>
    (channel ??= document.client().then((client) => {
      const { port1, port2 } = new MessageChannel();
      client.postMessage(READER_CONNECT, [port2]);
      return port1;
    }));

  function drop(): void {
    void channel?.then(
      (port) => port.close(),
      () => undefined,
    );
    channel = null;
  }

  async function read(image: QrImage): Promise<QrReading> {
    let port: MessagePort;
    try {
      port = await connect();
    } catch (error) {
      drop();
      throw error;
    }
    const { port1, port2 } = new MessageChannel();
    const answer = new Promise<ReaderAnswer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new QrReaderError('the QR reader did not answer')), timeoutMs);
      port1.onmessage = ({ data }: MessageEvent<ReaderAnswer>) => {
        clearTimeout(timer);
        resolve(data);
      };
      // A document that went away answers nothing: say so now, not at the timeout.
      void document.isOpen().then((open) => open || reject(new QrReaderError('the QR reader is closed')));
    });
    port.postMessage(image, [image.kind === 'capture' ? image.jpeg.buffer : image.bytes.buffer, port2]);
    try {
      const reading = await answer;
      if (!reading.ok && reading.reason === 'reader-failed') throw new QrReaderError('the QR reader failed');
      return reading;
    } catch (error) {
      drop();
      throw error;
    } finally {
      port1.close();
    }
  }

  return {
    read,
    /** Opens the document and its channel ahead of a scan. */
    prepare: async () => void (await connect()),
    close: async () => {
      drop();
      await document.close();
    },
  };
}
