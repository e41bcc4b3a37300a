import { concatBytes } from '../vault/crypto';
import { FormatError } from './errors';

/**
 * Raw DEFLATE through the platform's CompressionStream (browsers and Node alike): a backup's
 * contents shrink about threefold (so 500 accounts fit `storage.sync` whole), and zip
 * entries of other apps' exports inflate through the same bounded reader.
 */
export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(through(new CompressionStream('deflate-raw'), bytes), Infinity);
}

/** Inflates, stopping at `maxBytes` (a small file must not unpack into gigabytes). */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  try {
    return await collect(through(new DecompressionStream('deflate-raw'), bytes), maxBytes);
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError('corrupt', 'does not inflate');
  }
}

/** The transform's output for `bytes`; a write that fails shows as the read failing. */
function through(transform: CompressionStream | DecompressionStream, bytes: Uint8Array): ReadableStream<Uint8Array> {
  const writer = transform.writable.getWriter();
  void writer
    .write(bytes as BufferSource)
    .then(() => writer.close())
    .catch(() => undefined);
  return transform.readable;
}

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      await reader.cancel();
      throw new FormatError('too-large', 'inflates past the limit');
    }
    parts.push(value);
  }
  return concatBytes(...parts);
}
