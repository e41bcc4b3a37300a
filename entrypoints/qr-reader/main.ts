import { READER_CONNECT } from '@/utils/qr/channel';

// The reader runs in a worker of this document: off the main thread the popup shares with
// it (one extension process), and straight on the channel the service worker opened. Only
// the service worker posts here (its window clients' messages come from nowhere else); no
// runtime.onMessage listener, so no page, popup or content script can reach the reader.
const reader = new Worker('/qr-worker.js');
navigator.serviceWorker.onmessage = ({ data, ports: [port] }) => {
  if (data === READER_CONNECT && port) reader.postMessage(READER_CONNECT, [port]);
};
