import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAutofill } from '@/utils/autofill/content';
import { exchangeForHost, exchangeMatchPatterns } from '@/utils/sites/exchanges';

export default defineContentScript({
  matches: exchangeMatchPatterns(),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Also injected on demand (sites without a rule): never start twice in one frame.
    const marker = globalThis as { omamoriStarted?: boolean };
    if (marker.omamoriStarted) return;
    marker.omamoriStarted = true;
    const exchange = exchangeForHost(location.hostname);
    startAutofill(exchange, ctx);
  },
});
