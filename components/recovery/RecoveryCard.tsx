import { t } from '@/utils/i18n';
import type { RecoveryEntry } from '@/utils/messaging/protocol';
import { accountName } from '../account-name';
import { QrCode } from '../QrCode';

/** Groups of four, as authenticator apps show a setup key, so it can be typed back by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function RecoveryCard({ entry }: { entry: RecoveryEntry }) {
  return (
    <li class="sheet__account">
      <QrCode text={entry.uri} size={132} label={t('recoveryQrLabel', accountName(entry))} />
      <dl class="sheet__fields">
        <dt>{t('recoveryService')}</dt>
        <dd class="sheet__issuer">{entry.issuer || '—'}</dd>
        <dt>{t('recoveryAccount')}</dt>
        <dd class="sheet__label">{entry.label || '—'}</dd>
        <dt>{t('recoverySecret')}</dt>
        <dd class="sheet__secret">{grouped(entry.secret)}</dd>
      </dl>
      {entry.type !== 'totp' && <span class="sheet__type">{entry.type.toUpperCase()}</span>}
    </li>
  );
}
