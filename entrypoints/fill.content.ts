import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAutofill } from '@/utils/autofill/content';
import { exchangeForHost, exchangeMatchPatterns } from '@/utils/sites/exchanges';

export default defineContentScript({
  matches: exchangeMatchPatterns(),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Also injected on demand (sites without a rule): a second copy makes WXT invalidate the
    // first (ctx), which then lets go of the page, so one copy works the frame at a time.
    const exchange = exchangeForHost(location.hostname);
    startAutofill(exchange, ctx);
  },
});
