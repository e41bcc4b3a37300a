import { t } from '@/utils/i18n';
import { sendMessage, type TabSite } from '@/utils/messaging/protocol';

/**
 * A site whose clock is off from this computer's: said plainly, with the adjustment at
 * hand; one too far off to be a drift is said to look wrong, and offers none.
 */
export function ClockWarning({ site }: { site: TabSite }) {
  const { clock, site: domain } = site;
  if (!clock || !domain) return null;
  const name = site.exchange ?? domain;
  if (clock.kind === 'wrong') {
    const minutes = String(Math.round(Math.abs(clock.skewMs) / 60_000));
    return (
      <div class="clock-warning" data-testid="clock-warning" role="status" data-wrong="true">
        <p>{t('clockWrong', [minutes, name])}</p>
      </div>
    );
  }
  const { skewMs, adjusted } = clock;
  const seconds = String(Math.round(Math.abs(skewMs) / 1000));
  const toggle = async () => {
    // The skew shown here is the one followed: a reading that moved since is asked about again.
    await sendMessage(
      'adjustClock',
      adjusted ? { site: domain, adjust: false } : { site: domain, adjust: true, skewMs },
    );
    // Every code on screen changes with it (or the new reading is shown): start the popup again.
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
