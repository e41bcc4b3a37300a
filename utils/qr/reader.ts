import { READER_CONNECT, type QrReading, type ReaderAnswer } from './channel';
import { decodeQrCodes } from './decode';
import { readableImage, type QrImage } from './pixels';

/** Decodes the image and reads its codes; an image the browser cannot decode is its own answer. */
export async function readQrImage(image: QrImage): Promise<QrReading> {
  let readable: ImageData | Uint8Array;
  try {
    readable = await readableImage(image);
  } catch {
    return { ok: false, reason: 'unreadable-image' };
  }
  return { ok: true, texts: await decodeQrCodes(readable) };
}

/**
 * The reader's side (entrypoints/qr-worker.ts): from the reader document, the port of a
 * channel the background opened; on a channel, each message an image and the port to answer on.
 */
export function serveQrReads(source: { onmessage: ((event: MessageEvent) => void) | null }): void {
  source.onmessage = ({ data, ports: [port] }) => {
    if (!port) return;
    if (data === READER_CONNECT) return serveQrReads(port);
    if (!isQrImage(data)) return;
    readQrImage(data).then(
      (reading) => port.postMessage(reading satisfies ReaderAnswer),
      () => port.postMessage({ ok: false, reason: 'reader-failed' } satisfies ReaderAnswer),
    );
  };
}

function isQrImage(data: unknown): data is QrImage {
  if (typeof data !== 'object' || data === null) return false;
  const image = data as Partial<Record<'kind' | 'jpeg' | 'bytes' | 'width' | 'height', unknown>>;
  if (image.kind === 'file') return image.bytes instanceof Uint8Array;
  return (
    image.kind === 'capture' &&
    image.jpeg instanceof Uint8Array &&
    Number.isInteger(image.width) &&
    Number.isInteger(image.height)
  );
}
