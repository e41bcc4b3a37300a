import { configureQrDecoder, warmQrDecoder, ZXING_WASM_FILE } from '@/utils/qr/decode';
import { serveQrReads } from '@/utils/qr/reader';

// Only the service worker posts here (its window clients' messages come from nowhere else);
// the document answers each image on the port it came with. No runtime.onMessage listener:
// no page, popup or content script can reach it.
serveQrReads(navigator.serviceWorker);
configureQrDecoder({ wasmUrl: `/${ZXING_WASM_FILE}` });
void warmQrDecoder();
