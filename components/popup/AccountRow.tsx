import { t } from '@/utils/i18n';
import type { AccountView } from '@/utils/otp/views';
import { groupCode } from '../code-format';
import { CountdownRing } from '../CountdownRing';

const URGENT_MS = 5_000;

interface AccountRowProps {
  account: AccountView;
  now: number;
  selected: boolean;
  copied: boolean;
  /** The page in front is this account's site (or it has none yet). */
  canFill: boolean;
  onFill: () => void;
  onCopy: (code: string) => void;
  onNext: () => void;
  onEdit: () => void;
}

export function AccountRow({
  account,
  now,
  selected,
  copied,
  canFill,
  onFill,
  onCopy,
  onNext,
  onEdit,
}: AccountRowProps) {
  const left = account.step ? Math.max(0, account.step.end - now) : 0;
  const urgent = account.step !== null && left <= URGENT_MS;
  const title = account.issuer || account.label;
  // Where it fills: tells two accounts of the same name apart.
  const sites = account.domains.join(' · ');
  return (
    <li class="account" data-selected={selected} data-account-id={account.id}>
      <span class="account__avatar" aria-hidden="true">
        {title.slice(0, 1).toUpperCase()}
      </span>
      <div class="account__names" title={[title, account.label, sites].filter(Boolean).join('\n')}>
        <span class="account__issuer" data-testid="account-issuer">
          {title}
          {account.recoveryReady && (
            <span class="account__ready" title={t('recoveryReady')} aria-label={t('recoveryReady')}>
              ✓
            </span>
          )}
        </span>
        {account.issuer && account.label && (
          <span class="account__label" data-testid="account-label">
            {account.label}
          </span>
        )}
        <span class="account__site" data-unbound={account.domains.length === 0}>
          {sites || t('accountNoSite')}
        </span>
        {canFill && (
          <button type="button" class="account__fill" data-testid="account-fill" onClick={onFill}>
            {t('fillInTab')}
          </button>
        )}
      </div>
      <button
        type="button"
        class="account__code"
        data-urgent={urgent}
        title={t('copyCode')}
        onClick={() => onCopy(account.code)}
      >
        <span class="code" data-testid="account-code">
          {groupCode(account.code)}
        </span>
        {copied ? (
          <span class="account__copied">{t('copied')}</span>
        ) : (
          urgent && account.nextCode && <span class="account__next">{t('nextCode', groupCode(account.nextCode))}</span>
        )}
      </button>
      {account.step ? (
        <CountdownRing
          remaining={left / (account.step.end - account.step.start)}
          seconds={Math.ceil(left / 1000)}
          urgent={urgent}
        />
      ) : (
        <button type="button" class="icon-button" title={t('hotpNext')} aria-label={t('hotpNext')} onClick={onNext}>
          ↻
        </button>
      )}
      <button
        type="button"
        class="icon-button account__edit"
        data-testid="account-edit"
        title={t('editAccount')}
        aria-label={t('editAccount')}
        onClick={onEdit}
      >
        ⋯
      </button>
    </li>
  );
}
