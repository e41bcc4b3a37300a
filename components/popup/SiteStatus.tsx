import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { pingContentScript } from '@/utils/messaging/content';
import type { ContentPresence } from '@/utils/messaging/protocol';
import { EXCHANGES } from '@/utils/sites/exchanges';

type Status = { kind: 'checking' } | { kind: 'none' } | { kind: 'present'; presence: ContentPresence };

/** One line under the header: is this tab an exchange Omamori fills on? */
export function SiteStatus({ targetTab }: { targetTab: Promise<number | undefined> }) {
  const [status, setStatus] = useState<Status>({ kind: 'checking' });

  useEffect(() => {
    void (async () => {
      const tabId = await targetTab;
      const presence = tabId === undefined ? null : await pingContentScript(tabId);
      setStatus(presence ? { kind: 'present', presence } : { kind: 'none' });
    })();
  }, [targetTab]);

  if (status.kind === 'checking') return null;
  if (status.kind === 'none') {
    return (
      <p class="site-status" data-status="other">
        <span class="site-status__dot" aria-hidden="true" />
        {t('siteStatusOther')}
      </p>
    );
  }
  const exchange = EXCHANGES.find((candidate) => candidate.id === status.presence.exchangeId);
  return (
    <p class="site-status" data-status="exchange">
      <span class="site-status__dot" aria-hidden="true" />
      <span>
        {t('siteStatusExchange', exchange?.name ?? status.presence.host)}
        <span class="site-status__host">{status.presence.host}</span>
      </span>
    </p>
  );
}
