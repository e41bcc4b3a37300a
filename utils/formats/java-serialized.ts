import { FormatError } from './errors';

/*
 * Java Object Serialization (docs.oracle.com/javase/8/docs/platform/serialization/spec/
 * protocol.html), just enough for what Android's SharedPreferences backup writes: one
 * java.util.HashMap<String, String>. Strings are TC_STRING / TC_LONGSTRING in Java's
 * modified UTF-8, or TC_REFERENCE back to an earlier one.
 */
const MAGIC = 0xaced;
const VERSION = 5;
const TC_NULL = 0x70;
const TC_REFERENCE = 0x71;
const TC_CLASSDESC = 0x72;
const TC_OBJECT = 0x73;
const TC_STRING = 0x74;
const TC_BLOCKDATA = 0x77;
const TC_ENDBLOCKDATA = 0x78;
const TC_LONGSTRING = 0x7c;
const BASE_HANDLE = 0x7e0000;
const MAX_ENTRIES = 100_000;

export const isJavaSerialized = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0xac && bytes[1] === 0xed && bytes[2] === 0x00 && bytes[3] === VERSION;

class Reader {
  offset = 0;
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(length: number) {
    if (length < 0 || this.offset + length > this.bytes.length)
      throw new FormatError('corrupt', 'serialized map ends early');
  }
  u8() {
    this.need(1);
    return this.bytes[this.offset++]!;
  }
  u16() {
    this.need(2);
    const value = this.view.getUint16(this.offset);
    this.offset += 2;
    return value;
  }
  i32() {
    this.need(4);
    const value = this.view.getInt32(this.offset);
    this.offset += 4;
    return value;
  }
  take(length: number) {
    this.need(length);
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}

/** A serialized HashMap of strings (FreeOTP's externalBackup.xml), or FormatError('corrupt'). */
export function readSerializedStringMap(bytes: Uint8Array): Map<string, string> {
  const reader = new Reader(bytes);
  if (reader.u16() !== MAGIC || reader.u16() !== VERSION)
    throw new FormatError('corrupt', 'not a Java serialization stream');
  if (reader.u8() !== TC_OBJECT || reader.u8() !== TC_CLASSDESC) throw new FormatError('corrupt', 'not an object');
  const handles: (string | null)[] = [null];
  const className = modifiedUtf8(reader.take(reader.u16()));
  if (className !== 'java.util.HashMap') throw new FormatError('corrupt', `a ${className.slice(0, 40)}, not a HashMap`);
  reader.take(8 + 1);
  const fields = reader.u16();
  let fieldBytes = 0;
  for (let index = 0; index < fields; index += 1) {
    const type = String.fromCharCode(reader.u8());
    reader.take(reader.u16());
    if (type === 'F' || type === 'I') fieldBytes += 4;
    else throw new FormatError('corrupt', `HashMap field of type ${type}`);
  }
  if (reader.u8() !== TC_ENDBLOCKDATA || reader.u8() !== TC_NULL)
    throw new FormatError('corrupt', 'class annotation or superclass');
  handles.push(null);
  reader.take(fieldBytes);
  if (reader.u8() !== TC_BLOCKDATA || reader.u8() < 8) throw new FormatError('corrupt', 'HashMap capacity and size');
  reader.i32();
  const size = reader.i32();
  if (size < 0 || size > MAX_ENTRIES) throw new FormatError('corrupt', `HashMap of ${size} entries`);
  const map = new Map<string, string>();
  for (let index = 0; index < size; index += 1) {
    const key = readString(reader, handles);
    map.set(key, readString(reader, handles));
  }
  return map;
}

function readString(reader: Reader, handles: (string | null)[]): string {
  const tag = reader.u8();
  if (tag === TC_REFERENCE) {
    const handle = handles[reader.i32() - BASE_HANDLE];
    if (typeof handle !== 'string') throw new FormatError('corrupt', 'reference to no string');
    return handle;
  }
  let length: number;
  if (tag === TC_STRING) length = reader.u16();
  else if (tag === TC_LONGSTRING) {
    const high = reader.i32();
    length = reader.i32() >>> 0;
    if (high !== 0) throw new FormatError('corrupt', 'string longer than the file');
  } else throw new FormatError('corrupt', `expected a string, found tag ${tag}`);
  const text = modifiedUtf8(reader.take(length));
  handles.push(text);
  return text;
}

/** Java's modified UTF-8: UTF-8 of UTF-16 code units, U+0000 as C0 80; anything malformed is U+FFFD. */
export function modifiedUtf8(bytes: Uint8Array): string {
  const units: number[] = [];
  let text = '';
  for (let index = 0; index < bytes.length;) {
    const first = bytes[index]!;
    const next = (at: number) =>
      index + at < bytes.length && (bytes[index + at]! & 0xc0) === 0x80 ? bytes[index + at]! & 0x3f : -1;
    if (first < 0x80) {
      units.push(first);
      index += 1;
    } else if ((first & 0xe0) === 0xc0 && next(1) >= 0) {
      units.push(((first & 0x1f) << 6) | next(1));
      index += 2;
    } else if ((first & 0xf0) === 0xe0 && next(1) >= 0 && next(2) >= 0) {
      units.push(((first & 0x0f) << 12) | (next(1) << 6) | next(2));
      index += 3;
    } else {
      units.push(0xfffd);
      index += 1;
    }
    if (units.length >= 8192) text += String.fromCharCode(...units.splice(0));
  }
  return text + String.fromCharCode(...units);
}
