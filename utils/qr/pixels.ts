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
 * The image as the QR reader takes it. Chrome captures device pixels, which WebCodecs
 * decodes at CSS size straight from the JPEG's DCT. Firefox captures at CSS pixels already
 * (utils/background/browser-io.ts): the reader's own JPEG decoder takes those bytes and
 * decodes their luminance only (decode and read 16 ms, where a canvas's pixels and the read
 * took 29). Files go through the browser's decoder, which knows every image format.
 */
export function readableImage(image: QrImage): Promise<ImageData> | Uint8Array<ArrayBuffer> {
  if (image.kind === 'file') return pixelsOf(new Blob([image.bytes]));
  return import.meta.env.FIREFOX ? image.jpeg : scaledDecode(image.jpeg, image.width, image.height);
}

/**
 * At ratio 2, 12 ms where a full decode and a canvas resize take 31 (measured in Chromium
 * 156). Pages and their workers only: no service worker has WebCodecs' ImageDecoder.
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

/** The browser's own image decoder, on a CPU-backed canvas: its pixels are read straight back. */
async function pixelsOf(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const { width, height } = bitmap;
  const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}
