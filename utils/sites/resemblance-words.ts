// The word tables the look-alike check reads (utils/sites/resemblance.ts): data only.

/**
 * Words phishing hosts glue to a brand without a separator (bitflyerlogin, securezaif).
 * A closed list, so a brand inside an unrelated name (krakenfiles) is not flagged.
 */
export const ATTACHED_WORDS: ReadonlySet<string> = new Set([
  'login',
  'logon',
  'signin',
  'signup',
  'auth',
  'sso',
  'mfa',
  'otp',
  'verify',
  'verification',
  'confirm',
  'secure',
  'security',
  'safe',
  'support',
  'help',
  'helpdesk',
  'service',
  'services',
  'account',
  'accounts',
  'member',
  'members',
  'mypage',
  'my',
  'user',
  'users',
  'customer',
  'official',
  'update',
  'recovery',
  'restore',
  'unlock',
  'alert',
  'notice',
  'info',
  'mail',
  'wallet',
  'app',
  'apps',
  'web',
  'www',
  'online',
  'site',
  'portal',
  'center',
  'home',
  'top',
  'jp',
  'japan',
  'us',
  'usa',
  'global',
  'intl',
  'com',
  'net',
  'co',
  'pro',
  'lightning',
  'bonus',
  'airdrop',
  'gift',
  'reward',
  'rewards',
  'event',
  'campaign',
  'claim',
  'promo',
  'pay',
  'trade',
  'trading',
  'exchange',
  'bank',
  'coin',
  'coins',
  'crypto',
  'btc',
  'token',
  'kyc',
]);

/**
 * First letters a brand is misheard or mistyped with, both ways: b/v and the others are one
 * sound in Japanese (バイナンス is binance or vinance), c/k (クラーケン: kraken or craken).
 * Other first letters stay anchors: the real words one letter from a brand mostly differ
 * there (finance/binance).
 */
export const SOUND_ALIKE_FIRST_LETTERS: readonly (readonly [string, string])[] = [
  ['b', 'v'],
  ['c', 'k'],
  ['k', 'q'],
  ['c', 'q'],
  ['s', 'z'],
  ['l', 'r'],
  ['f', 'h'],
];

/** Letters a short brand may swap among themselves and still read as itself (zaif, zaef). */
export const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Letters the confusables table maps to another letter than the one a reader sees: Cyrillic
 * ь is ƅ there and Greek κ is ĸ, both read as b and k in an address bar.
 */
export const EXTRA_CONFUSABLES: Readonly<Record<string, string>> = { ƅ: 'b', ĸ: 'k' };
