import { onMessage } from '@/utils/messaging/protocol';
import { exchangeForHost, exchangeMatchPatterns } from '@/utils/sites/exchanges';

export default defineContentScript({
  matches: exchangeMatchPatterns(),
  runAt: 'document_idle',
  main() {
    const exchange = exchangeForHost(location.hostname);
    onMessage('contentPing', () => ({ exchangeId: exchange?.id ?? null, host: location.hostname }));
  },
});
