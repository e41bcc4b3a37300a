/**
 * What a QR reader is given: a tab's capture (JPEG, read at the tab's CSS-pixel size) or
 * an image file the person chose.
 */
export type QrImage =
  | {
      readonly kind: 'capture';
      readonly jpeg: Uint8Array<ArrayBuffer>;
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: 'file'; readonly bytes: Uint8Array<ArrayBuffer> };

/**
 * The image's pixels, a capture at its CSS-pixel size. Chrome captures device pixels, which
 * WebCodecs decodes at CSS size straight from the JPEG's DCT. Firefox captures at CSS pixels
 * already (utils/background/browser-io.ts), and there a canvas reads them back quicker than
 * WebCodecs converts them (16 ms against 23 at 1920×988).
 */
export function pixelsOfImage(image: QrImage): Promise<ImageData> {
  if (image.kind === 'file') return pixelsOf(new Blob([image.bytes]));
  return import.meta.env.FIREFOX
    ? pixelsOf(new Blob([image.jpeg], { type: 'image/jpeg' }), image.width)
    : scaledDecode(image.jpeg, image.width, image.height);
}

/**
 * At ratio 2, 12 ms where a full decode and a canvas resize take 31 (measured in Chromium
 * 156). Pages only: no service worker has WebCodecs' ImageDecoder.
 */
async function scaledDecode(jpeg: Uint8Array<ArrayBuffer>, width: number, height: number): Promise<ImageData> {
  const size = width > 0 && height > 0 ? { desiredWidth: width, desiredHeight: height } : {};
  const decoder = new ImageDecoder({ type: 'image/jpeg', data: jpeg, ...size });
  try {
    const { image: frame } = await decoder.decode();
    try {
      const { displayWidth, displayHeight } = frame;
      const rgba = new Uint8ClampedArray(displayWidth * displayHeight * 4);
      await frame.copyTo(rgba, { format: 'RGBA' });
      return new ImageData(rgba, displayWidth, displayHeight);
    } finally {
      frame.close();
    }
  } finally {
    decoder.close();
  }
}

/**
 * The browser's own image decoder (quicker than decoding in WebAssembly), optionally scaled
 * down to `width` pixels across. A CPU-backed canvas: its pixels are read straight back.
 */
async function pixelsOf(image: Blob, width?: number): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const scale = width && width < bitmap.width ? width / bitmap.width : 1;
  const [w, h] = [Math.round(bitmap.width * scale), Math.round(bitmap.height * scale)];
  const context = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  return context.getImageData(0, 0, w, h);
}
