import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { configureQrDecoder, warmQrDecoder, ZXING_WASM_FILE } from '@/utils/qr/decode';
import { serveQrReads } from '@/utils/qr/reader';

/**
 * Chromium's QR reader, a worker of the reader document (entrypoints/qr-reader): WebCodecs
 * and ZXing, answering the background on the channels the document hands over. Firefox's
 * background page reads QR codes itself, so only the Chromium build carries this file.
 */
export default defineUnlistedScript({
  // Every build but Firefox's reads QR codes here (entrypoints/background/index.ts).
  exclude: ['firefox'],
  main: () => {
    serveQrReads(globalThis);
    configureQrDecoder({ wasmUrl: `/${ZXING_WASM_FILE}` });
    void warmQrDecoder({ rehearse: true });
  },
});
