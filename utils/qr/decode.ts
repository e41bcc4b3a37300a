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

/**
 * Compiles the reader's WebAssembly now, so that a scan about to come does not wait for it.
 * `rehearse`: also reads a blank screen-sized image twice, after which the engine runs its
 * optimised code (the first reads of a fresh worker took 30 ms where later ones took 12).
 * On a thread of its own only: Firefox's background page shares the popup's.
 */
export async function warmQrDecoder({ rehearse = false } = {}): Promise<void> {
  if (!configured) throw new Error('configureQrDecoder() first');
  await getZXingModule();
  if (!rehearse) return;
  const blank = new ImageData(REHEARSAL_SIZE.width, REHEARSAL_SIZE.height);
  for (let run = 0; run < 2; run += 1) await decodeQrCodes(blank);
}

const REHEARSAL_SIZE = { width: 1280, height: 720 };
