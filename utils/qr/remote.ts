// Chromium reads QR codes in a page of its own (an offscreen document): its service worker
// has no WebCodecs to decode a capture at CSS pixels (utils/qr/pixels.ts).
import type { QrImage } from './pixels';
import type { QrReading, ReaderAnswer } from './reader';

/** The reader document as the background reaches it: a window client of the extension. */
export interface ReaderTarget {
  postMessage(message: QrImage, transfer: Transferable[]): void;
}

export class QrReaderError extends Error {
  override readonly name = 'QrReaderError';
}

const READ_TIMEOUT_MS = 15_000;

/**
 * Reads an image in the reader document `open` finds or opens. The image goes over a
 * channel of its own, transferred rather than copied, and no other page of ours sees it:
 * a broadcast (runtime.sendMessage) would reach the popup and the options page too.
 */
export function remoteQrReader(open: () => Promise<ReaderTarget>, timeoutMs = READ_TIMEOUT_MS) {
  return async (image: QrImage): Promise<QrReading> => {
    const target = await open();
    const { port1, port2 } = new MessageChannel();
    const answer = new Promise<ReaderAnswer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new QrReaderError('the QR reader did not answer')), timeoutMs);
      port1.onmessage = ({ data }: MessageEvent<ReaderAnswer>) => {
        clearTimeout(timer);
        resolve(data);
      };
    });
    target.postMessage(image, [image.kind === 'capture' ? image.jpeg.buffer : image.bytes.buffer, port2]);
    try {
      const reading = await answer;
      if (!reading.ok && reading.reason === 'reader-failed') throw new QrReaderError('the QR reader failed');
      return reading;
    } finally {
      port1.close();
    }
  };
}
