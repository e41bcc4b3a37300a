import { t } from '@/utils/i18n';
import { sendMessage, type TabSite } from '@/utils/messaging/protocol';

/** A site whose clock is off from this computer's: said plainly, with the adjustment at hand. */
export function ClockWarning({ site }: { site: TabSite }) {
  if (!site.clock || !site.site) return null;
  const { skewMs, adjusted } = site.clock;
  const seconds = String(Math.round(Math.abs(skewMs) / 1000));
  const name = site.exchange ?? site.site;
  const toggle = async () => {
    await sendMessage('adjustClock', { site: site.site!, adjust: !adjusted });
    // Every code on screen changes with it: start the popup again.
    location.reload();
  };
  return (
    <div class="clock-warning" data-testid="clock-warning" role="status" data-adjusted={adjusted}>
      <p>
        {adjusted ? t('clockAdjusted', [name, seconds]) : t(skewMs > 0 ? 'clockSlow' : 'clockFast', [seconds, name])}
      </p>
      <button type="button" class="button button--small" id="clock-adjust" onClick={() => void toggle()}>
        {adjusted ? t('clockStopAdjust') : t('clockAdjust', name)}
      </button>
    </div>
  );
}
