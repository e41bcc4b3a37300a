import type { MessageKey } from '@/utils/i18n';
import type { RecoveryItem, SupportHours } from '@/utils/sites/recovery';

/** How each recovery-kit item reads, in the person's language. */
export const KIT_ITEM_LABELS: Record<RecoveryItem, MessageKey> = {
  'master-key': 'kitItemMasterKey',
  name: 'kitItemName',
  'name-reading': 'kitItemNameReading',
  'date-of-birth': 'kitItemDateOfBirth',
  address: 'kitItemAddress',
  phone: 'kitItemPhone',
  email: 'kitItemEmail',
  'registration-date': 'kitItemRegistrationDate',
  'id-document': 'kitItemIdDocument',
  'id-selfie': 'kitItemIdSelfie',
  'last-login': 'kitItemLastLogin',
  balances: 'kitItemBalances',
  'recent-transfers': 'kitItemRecentTransfers',
  'trade-history': 'kitItemTradeHistory',
  device: 'kitItemDevice',
};

export const SUPPORT_HOURS: Record<SupportHours, MessageKey> = {
  'weekday-call': 'lostAccessWeekdayCall',
  form: 'lostAccessForm',
  ticket: 'lostAccessTicket',
};
