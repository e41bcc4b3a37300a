import { t } from '@/utils/i18n';
import type { TabSite } from '@/utils/messaging/protocol';
import { ClockWarning } from './ClockWarning';
import { LookAlikeNames } from './LookAlikeNames';
import type { PopupTarget } from './target';

/** One line under the header: is this tab an exchange Omamori fills on, or a look-alike? */
export function SiteStatus({ target }: { target: PopupTarget | null }) {
  const site = target?.site ?? null;
  if (site?.imitates) {
    return (
      <>
        <p class="site-status" data-testid="site-status" data-status="look-alike" role="alert">
          <span class="site-status__dot" aria-hidden="true" />
          {t('lookAlikeWarning', [site.host ?? '', site.imitates])}
        </p>
        {site.host && <LookAlikeNames host={site.host} real={site.imitates} />}
      </>
    );
  }
  return (
    <>
      <p class="site-status" data-testid="site-status" data-status={site?.exchange ? 'exchange' : 'other'}>
        <span class="site-status__dot" aria-hidden="true" />
        <StatusText site={site} />
      </p>
      {site && <ClockWarning site={site} />}
    </>
  );
}

function StatusText({ site }: { site: TabSite | null }) {
  if (!site?.exchange) return <>{t('siteStatusOther')}</>;
  return (
    <span>
      {t('siteStatusExchange', site.exchange)}
      <span class="site-status__host">{site.host}</span>
    </span>
  );
}
