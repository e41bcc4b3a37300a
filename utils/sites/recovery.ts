import { EXCHANGES } from './exchanges';
import { exchangeForIssuer } from './issuers';

/**
 * What an exchange asks before it resets 2FA for someone who lost their authenticator, and
 * where to ask: one entry per exchange, each with its source, so a person can have the
 * answers ready (kept encrypted with the account) before they are needed.
 */
export const RECOVERY_ITEMS = [
  'master-key',
  'name',
  'name-reading',
  'date-of-birth',
  'address',
  'phone',
  'email',
  'registration-date',
  'id-document',
  'id-selfie',
  'last-login',
  'balances',
  'recent-transfers',
  'trade-history',
  'device',
] as const;

export type RecoveryItem = (typeof RECOVERY_ITEMS)[number];

/** When support answers a reset request, as the exchange describes it. */
export type SupportHours = 'weekday-call' | 'form' | 'ticket';

export interface RecoveryGuide {
  /** Where to ask. */
  readonly supportUrl: string;
  readonly hours: SupportHours;
  /** The facts the exchange asks for, in the order it asks. */
  readonly items: readonly RecoveryItem[];
  /** The exchange offers a master key or backup codes at setup: worth saving then. */
  readonly offersMasterKey: boolean;
  readonly source: { readonly url: string; readonly checked: string; readonly note: string };
}

const REPORTED = 'as people who lost their authenticator reported it (issue #15)';

export const RECOVERY_GUIDES: Readonly<Record<string, RecoveryGuide>> = {
  bitflyer: {
    supportUrl: 'https://bitflyer.com/ja-jp/faq',
    hours: 'weekday-call',
    items: ['name', 'phone', 'email', 'id-document'],
    offersMasterKey: false,
    source: {
      url: 'https://bitflyer.com/ja-jp/faq',
      checked: '2026-12-01',
      note: `phones back once on a weekday and cancels the request if the call is missed, ${REPORTED}`,
    },
  },
  zaif: {
    supportUrl: 'https://zaif.jp/support',
    hours: 'form',
    items: ['name', 'name-reading', 'address', 'registration-date', 'trade-history', 'phone'],
    offersMasterKey: false,
    source: {
      url: 'https://zaif.jp/support',
      checked: '2026-12-01',
      note: `registered name and its reading, address, registration date, trade history and phone, ${REPORTED}`,
    },
  },
  coincheck: {
    supportUrl: 'https://coincheck.com/ja/info/support',
    hours: 'form',
    items: ['id-selfie', 'phone', 'email'],
    offersMasterKey: false,
    source: {
      url: 'https://coincheck.com/ja/info/support',
      checked: '2026-12-01',
      note: `an ID selfie and the phone number, ${REPORTED}`,
    },
  },
  gmocoin: {
    supportUrl: 'https://coin.z.com/jp/corp/support/',
    hours: 'form',
    items: ['name', 'email', 'phone', 'device'],
    offersMasterKey: false,
    source: {
      url: 'https://coin.z.com/jp/corp/support/',
      checked: '2026-12-01',
      note: `the form asks for the device, OS and browser, ${REPORTED}`,
    },
  },
  bitbank: {
    supportUrl: 'https://bitbank.cc/support',
    hours: 'ticket',
    items: ['name', 'email', 'phone', 'id-document'],
    offersMasterKey: false,
    source: {
      url: 'https://bitbank.cc/support',
      checked: '2026-12-01',
      note: 'the identity facts every Japanese exchange verified at sign-up; check the support page',
    },
  },
  kraken: {
    supportUrl: 'https://support.kraken.com/',
    hours: 'ticket',
    items: [
      'master-key',
      'name',
      'date-of-birth',
      'phone',
      'address',
      'id-document',
      'last-login',
      'balances',
      'recent-transfers',
      'trade-history',
    ],
    offersMasterKey: true,
    source: {
      url: 'https://support.kraken.com/',
      checked: '2026-12-01',
      note: `name, date of birth, phone, address, the ID document used (type, country, expiry), last login, balances, recent deposits, withdrawals and trades; offers a master key at setup, ${REPORTED}`,
    },
  },
  binance: {
    supportUrl: 'https://www.binance.com/en/support',
    hours: 'ticket',
    items: ['email', 'phone', 'id-document', 'id-selfie', 'last-login', 'recent-transfers'],
    offersMasterKey: false,
    source: {
      url: 'https://www.binance.com/en/support',
      checked: '2026-12-01',
      note: "its 2FA reset form: identity check with a selfie and the account's recent activity",
    },
  },
};

/** The guide of the exchange with `id`, if it is one. */
export const recoveryGuide = (exchangeId: string | undefined): RecoveryGuide | undefined =>
  exchangeId === undefined ? undefined : RECOVERY_GUIDES[exchangeId];

/**
 * Whether an account is ready for recovery: the site's recovery codes are saved, or, for a
 * known exchange, every fact it asks for is written down.
 */
export function isRecoveryReady(
  exchangeId: string | undefined,
  recoveryCodes: readonly string[],
  kit: Readonly<Partial<Record<RecoveryItem, string>>>,
): boolean {
  if (recoveryCodes.length > 0) return true;
  const guide = recoveryGuide(exchangeId);
  return guide !== undefined && guide.items.every((item) => (kit[item] ?? '').trim() !== '');
}

/** The same for an account as stored: its exchange known from its issuer. */
export function accountRecoveryReady(account: {
  readonly issuer: string;
  readonly recoveryCodes: readonly string[];
  readonly recoveryKit: Readonly<Partial<Record<RecoveryItem, string>>>;
}): boolean {
  return isRecoveryReady(exchangeForIssuer(account.issuer)?.id, account.recoveryCodes, account.recoveryKit);
}

/** Every known exchange has a guide (the meta-test checks it). */
export const exchangesWithoutGuide = () =>
  EXCHANGES.filter((exchange) => !RECOVERY_GUIDES[exchange.id]).map((exchange) => exchange.id);
