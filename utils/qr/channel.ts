// The messages between the background and the QR reader (utils/qr/remote.ts, reader.ts):
// this module holds no code, so the reader document that passes them on loads none.
import type { QrImage } from './pixels';

/** Every QR text in an image, or why there are none to read. */
export type QrReading =
  { readonly ok: true; readonly texts: string[] } | { readonly ok: false; readonly reason: 'unreadable-image' };

/** The background's first message to the reader: its port is the channel for images. */
export const READER_CONNECT = 'connect';

/** What the background posts to the reader. */
export type ReaderMessage = QrImage | typeof READER_CONNECT;

/** What the reader answers: a reading, or that reading broke. */
export type ReaderAnswer = QrReading | { readonly ok: false; readonly reason: 'reader-failed' };
