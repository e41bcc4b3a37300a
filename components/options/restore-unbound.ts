import { t } from '@/utils/i18n';
import type { RefusedSites } from '@/utils/messaging/protocol';
import { accountName } from '../account-name';

/** The sites a restore did not bind, by account ("bitFlyer — taro: bitf1yer.com"), or nothing. */
export function unboundSentence(unbound: readonly RefusedSites[]): string {
  if (!unbound.length) return '';
  const list = unbound
    .map((account) => `${accountName(account)}: ${account.refused.map((refusal) => refusal.site).join(', ')}`)
    .join('; ');
  return ` ${t('restoreUnbound', list)}`;
}
