import { getZXingModule, prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/**
 * Where the ZXing WebAssembly comes from: the copy packaged with the extension (never
 * the CDN the library would use by default), or bytes handed in by tests.
 */
export type DecoderSource = { readonly wasmUrl: string } | { readonly wasmBinary: ArrayBuffer };

/** The reader's WebAssembly file, copied beside the manifest at build time (wxt.config.ts). */
export const ZXING_WASM_FILE = 'zxing_reader.wasm';

let configured = false;

export function configureQrDecoder(source: DecoderSource): void {
  prepareZXingModule({
    overrides:
      'wasmUrl' in source
        ? { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? source.wasmUrl : prefix + path) }
        : { wasmBinary: source.wasmBinary },
  });
  configured = true;
}

/**
 * The texts of every QR code in an image (PNG/JPEG bytes or pixels), each once. Inverted
 * (light on dark) codes are read too.
 */
export async function decodeQrCodes(image: Uint8Array | Blob | ImageData): Promise<string[]> {
  if (!configured) throw new Error('configureQrDecoder() first');
  const results = await readBarcodes(image, {
    formats: ['QRCode'],
    tryHarder: true,
    tryInvert: true,
    // Rotated copies help linear barcodes only: a QR code's finder patterns are found at any
    // angle. Downscaled copies help blurred camera pictures, not a screen's sharp pixels.
    tryRotate: false,
    tryDownscale: false,
    maxNumberOfSymbols: 16,
  });
  return [...new Set(results.filter((result) => result.isValid).map((result) => result.text))];
}

/** Compiles the reader's WebAssembly now, so that a scan about to come does not wait for it. */
export async function warmQrDecoder(): Promise<void> {
  if (!configured) throw new Error('configureQrDecoder() first');
  await getZXingModule();
}
