import { ZIP_BOUNDS } from './bounds';
import { FormatError } from './errors';
import { inflate } from './deflate';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export interface ZipEntry {
  readonly name: string;
  read(): Promise<Uint8Array>;
}

/**
 * The entries of a zip file (PKWARE APPNOTE 6.3: end of central directory, central
 * directory, local headers), stored or deflated, each inflated by the browser's own
 * DecompressionStream and cut off at ZIP_BOUNDS.maxInflatedBytes (a zip bomb is refused,
 * never inflated whole). Zip64 and encrypted entries are refused as `corrupt`.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count > ZIP_BOUNDS.maxEntries) throw new FormatError('corrupt', 'too many zip entries');
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER)
      throw new FormatError('corrupt', 'zip central directory');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new FormatError('corrupt', 'encrypted zip entry');
    entries.push({ name, read: () => readEntry(bytes, view, localOffset, method, compressedSize) });
  }
  return entries;
}

function findEnd(view: DataView): number {
  // The record is 22 bytes, after at most a 65,535-byte comment.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL) return at;
  }
  throw new FormatError('corrupt', 'no end of zip central directory');
}

async function readEntry(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  method: number,
  size: number,
): Promise<Uint8Array> {
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new FormatError('corrupt', 'zip local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (size === 0xffffffff || start + size > bytes.length) throw new FormatError('corrupt', 'zip entry past the end');
  const data = bytes.subarray(start, start + size);
  if (method === STORED) return data.slice();
  if (method !== DEFLATED) throw new FormatError('corrupt', `zip method ${method}`);
  return inflate(data, ZIP_BOUNDS.maxInflatedBytes);
}
