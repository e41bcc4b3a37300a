import { t } from '@/utils/i18n';
import type { RecoveryEntry } from '@/utils/messaging/protocol';
import { accountName } from '../account-name';
import { Fragment } from 'preact';
import { exchangeForIssuer } from '@/utils/sites/issuers';
import { recoveryGuide } from '@/utils/sites/recovery';
import { QrCode } from '../QrCode';
import { KIT_ITEM_LABELS } from '../recovery-kit';
import { LostAccess } from '../RecoveryKit';

/** Groups of four, as authenticator apps show a setup key, so it can be typed back by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function RecoveryCard({ entry }: { entry: RecoveryEntry }) {
  const exchange = exchangeForIssuer(entry.issuer);
  const guide = recoveryGuide(exchange?.id);
  return (
    <li class="sheet__account" data-testid="sheet-account">
      <QrCode text={entry.uri} size={132} label={t('recoveryQrLabel', accountName(entry))} />
      <dl class="sheet__fields">
        <dt>{t('recoveryService')}</dt>
        <dd class="sheet__issuer">{entry.issuer || '—'}</dd>
        <dt>{t('recoveryAccount')}</dt>
        <dd class="sheet__label" data-testid="sheet-label">
          {entry.label || '—'}
        </dd>
        <dt>{t('recoverySecret')}</dt>
        <dd class="sheet__secret" data-testid="sheet-secret">
          {grouped(entry.secret)}
        </dd>
        {entry.recoveryCodes.length > 0 && (
          <>
            <dt>{t('recoveryCodesOnSheet')}</dt>
            <dd class="sheet__codes" data-testid="sheet-codes">
              {entry.recoveryCodes.join('  ')}
            </dd>
          </>
        )}
        {guide?.items
          .filter((item) => entry.recoveryKit[item]?.trim())
          .map((item) => (
            <Fragment key={item}>
              <dt>{t(KIT_ITEM_LABELS[item])}</dt>
              <dd class="sheet__kit" data-kit-item={item}>
                {entry.recoveryKit[item]}
              </dd>
            </Fragment>
          ))}
      </dl>
      {entry.type !== 'totp' && <span class="sheet__type">{entry.type.toUpperCase()}</span>}
      {exchange && guide && <LostAccess site={exchange.name} guide={guide} />}
    </li>
  );
}
