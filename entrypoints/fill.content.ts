import { startAutofill } from '@/utils/autofill/content';
import { onMessage } from '@/utils/messaging/protocol';
import { exchangeForHost, exchangeMatchPatterns } from '@/utils/sites/exchanges';

export default defineContentScript({
  matches: exchangeMatchPatterns(),
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Also injected on demand (sites without a rule): never start twice in one frame.
    const marker = globalThis as { omamoriStarted?: boolean };
    if (marker.omamoriStarted) return;
    marker.omamoriStarted = true;
    const exchange = exchangeForHost(location.hostname);
    onMessage('contentPing', () => ({ exchangeId: exchange?.id ?? null, host: location.hostname }));
    startAutofill(exchange);
  },
});
