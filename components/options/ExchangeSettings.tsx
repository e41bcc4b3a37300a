import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { ExchangePreferences } from '@/utils/settings';
import { EXCHANGES } from '@/utils/sites/exchanges';

type Preferences = Record<string, ExchangePreferences>;

/** The first-class exchanges, each with its auto-fill and auto-submit switches (off by default). */
export function ExchangeSettings() {
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  useEffect(() => void sendMessage('getSettings').then((settings) => setPreferences({ ...settings.exchanges })), []);

  async function toggle(id: string, key: keyof ExchangePreferences, on: boolean) {
    const next = { ...preferences, [id]: { ...preferences?.[id], [key]: on } };
    const result = await sendMessage('setSettings', { exchanges: next });
    if (result.ok) setPreferences({ ...result.value.exchanges });
  }

  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title" class="section__title">
        {t('optionsSitesTitle')}
      </h2>
      <table class="exchange-table">
        <thead>
          <tr>
            <th>
              <span class="visually-hidden">{t('optionsExchangeColumn')}</span>
            </th>
            <th>{t('optionsAutoFill')}</th>
            <th>{t('optionsAutoSubmit')}</th>
          </tr>
        </thead>
        <tbody>
          {EXCHANGES.map((exchange) => (
            <tr key={exchange.id} data-exchange={exchange.id}>
              <th scope="row">{exchange.name}</th>
              {(['autoFill', 'autoSubmit'] as const).map((key) => (
                <td key={key}>
                  <input
                    type="checkbox"
                    name={key}
                    aria-label={`${exchange.name}: ${t(key === 'autoFill' ? 'optionsAutoFill' : 'optionsAutoSubmit')}`}
                    disabled={preferences === null}
                    checked={preferences?.[exchange.id]?.[key] === true}
                    onChange={(event) => void toggle(exchange.id, key, event.currentTarget.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('optionsSitesHint')}</p>
    </section>
  );
}
