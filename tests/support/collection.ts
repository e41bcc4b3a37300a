import type { ManualAccount } from '@/utils/messaging/protocol';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A distinct, valid base32 secret for the `index`th account (20 bytes, as most sites give). */
export function secretFor(index: number): string {
  return Array.from({ length: 32 }, (_, position) => BASE32[(index * 7 + position * 13 + position * index) % 32]).join(
    '',
  );
}

/** A 40-character Japanese issuer and a 40-character e-mail: names the popup must show whole. */
export const LONG_NAMES = {
  issuer: 'みらい暗号資産取引所ホールディングス法人口座の二段階認証（東京本店営業部第一課）',
  label: 'yamada.taro.trading.desk@mail.example.jp',
  domains: ['mirai-crypto.co.jp'],
} as const;

/**
 * A person's thirty accounts, as the popup shows a real collection: exchanges under their
 * English and Japanese names, two accounts of one exchange, banks, work and mail.
 */
const PEOPLE: readonly Omit<ManualAccount, 'secret'>[] = [
  LONG_NAMES,
  { issuer: 'bitFlyer', label: 'taro.yamada@example.com', domains: ['bitflyer.com'] },
  { issuer: 'bitFlyer', label: 'taro.yamada+corp@example.com', domains: ['bitflyer.com'] },
  { issuer: 'Coincheck', label: 'hanako.suzuki@example.jp', domains: ['coincheck.com'] },
  { issuer: 'Zaif', label: '山田 太郎', domains: ['zaif.jp'] },
  { issuer: 'GMOコイン', label: 'taro@example.com', domains: ['coin.z.com'] },
  { issuer: 'bitbank', label: 'yamada-taro', domains: ['bitbank.cc'] },
  { issuer: 'Kraken', label: 'taro.yamada@example.com', domains: ['kraken.com'] },
  { issuer: 'Binance', label: 'taro.yamada@example.com', domains: ['binance.com'] },
  { issuer: '楽天証券', label: 'YAMADA1234', domains: ['rakuten-sec.co.jp'] },
  { issuer: 'SBI証券', label: 'taro.yamada', domains: ['sbisec.co.jp'] },
  { issuer: 'マネックス証券', label: 'taro.yamada@example.com', domains: ['monex.co.jp'] },
  { issuer: '三井住友カード', label: 'Vpass 山田太郎', domains: ['smbc-card.com'] },
  { issuer: 'さくらインターネット', label: 'admin@yamada-shoten.example.jp', domains: ['sakura.ad.jp'] },
  { issuer: 'Yahoo! JAPAN', label: 'taro_yamada_1985', domains: ['yahoo.co.jp'] },
  { issuer: 'メルカリ', label: '090-1234-5678', domains: ['mercari.com'] },
  { issuer: 'Google', label: 'taro.yamada@gmail.com', domains: ['google.com'] },
  { issuer: 'Google', label: 'taro@yamada-shoten.example.jp', domains: ['google.com'] },
  { issuer: 'Microsoft', label: 'taro.yamada@outlook.jp', domains: ['microsoft.com'] },
  { issuer: 'GitHub', label: 'taro-yamada', domains: ['github.com'] },
  { issuer: 'Amazon Web Services', label: 'root (yamada-shoten-production)', domains: ['aws.amazon.com'] },
  { issuer: 'Cloudflare', label: 'taro.yamada@example.com', domains: ['cloudflare.com'] },
  { issuer: 'Dropbox', label: 'taro.yamada@example.com', domains: ['dropbox.com'] },
  { issuer: 'Slack', label: 'yamada-shoten.slack.com', domains: ['slack.com'] },
  { issuer: 'Discord', label: 'taro#1985', domains: ['discord.com'] },
  { issuer: 'npm', label: 'taro-yamada', domains: ['npmjs.com'] },
  { issuer: 'PayPal', label: 'taro.yamada@example.com', domains: ['paypal.com'] },
  { issuer: 'Apple', label: 'taro.yamada@icloud.com', domains: ['apple.com'] },
  { issuer: '', label: 'VPN 社内', domains: [] },
  { issuer: 'LINE', label: '山田太郎', domains: [] },
];

/** The thirty accounts, each with its own secret. */
export const COLLECTION: readonly ManualAccount[] = PEOPLE.map((account, index) => ({
  ...account,
  domains: [...(account.domains ?? [])],
  secret: secretFor(index + 1),
}));
