import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { exchangeForIssuer } from '@/utils/sites/issuers';
import { recoveryGuide } from '@/utils/sites/recovery';
import { KIT_ITEM_LABELS } from './recovery-kit';
import { sendMessage, type ScanReport, type ScanView } from '@/utils/messaging/protocol';
import type { AccountView } from '@/utils/otp/views';
import { copyCode } from './clipboard';
import { groupCode } from './code-format';
import { failureMessage } from './failures';
import { FormMessage, useFormOutcome } from './FormOutcome';
import { useLiveCodes } from './use-live-codes';

interface ScanResultsProps {
  report: ScanReport;
  onDone: () => void;
}

/** What a scan found, one line per QR code; "Add" adds every new account at once. */
export function ScanResults({ report, onDone }: ScanResultsProps) {
  const [added, setAdded] = useState<readonly AccountView[] | null>(null);
  const { outcome, fail } = useFormOutcome();
  const addable = report.codes.some((code) => code.kind === 'account' && !code.duplicate);

  async function add() {
    const result = await sendMessage('addScanned', { scanId: report.scanId });
    if (result.ok) setAdded(result.value.added);
    else fail(result.reason === 'no-scan' ? t('scanExpired') : failureMessage(result.reason));
  }

  if (added) return <AddedAccounts added={added} onDone={onDone} />;
  if (report.codes.length === 0) {
    return (
      <div class="stack scan-result" data-result="none">
        <p class="scan-none">{t('scanNothingFound')}</p>
        <button type="button" class="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  return (
    <div class="stack scan-result" data-result="found">
      {report.batch && (
        <p class="hint">{t('scanBatchProgress', [String(report.batch.scanned), String(report.batch.size)])}</p>
      )}
      <ul class="scan-list">
        {report.codes.map((code, index) => (
          <ScanLine key={index} code={code} />
        ))}
      </ul>
      {addable && report.domain && <p class="hint">{t('scanBindsTo', report.domain)}</p>}
      {addable && report.framed && (
        <p class="hint" data-testid="scan-framed">
          {t('scanFramed')}
        </p>
      )}
      <FormMessage outcome={outcome} />
      <div class="row">
        <button type="button" class="button" onClick={onDone}>
          {t('cancel')}
        </button>
        {addable && (
          <button type="button" class="button button--primary" id="add-scanned" onClick={() => void add()}>
            {t('scanAdd')}
          </button>
        )}
      </div>
    </div>
  );
}

function ScanLine({ code }: { code: ScanView }) {
  if (code.kind === 'account') {
    return (
      <li class="scan-line" data-kind={code.duplicate ? 'duplicate' : 'account'}>
        <strong>{code.issuer || code.label}</strong>
        {code.issuer && <span class="account__label">{code.label}</span>}
        {code.duplicate && <span class="hint">{t('errorDuplicate')}</span>}
      </li>
    );
  }
  return (
    <li class="scan-line" data-kind={code.kind}>
      <span>{code.kind === 'not-2fa' ? t('scanNot2fa') : failureMessage(code.reason)}</span>
      <code class="scan-preview">{code.preview}</code>
    </li>
  );
}

/** The accounts just added, with their codes kept current (the person may type one in now). */
function AddedAccounts({ added, onDone }: { added: readonly AccountView[]; onDone: () => void }) {
  const [initial] = useState(() => ({ now: Date.now(), accounts: added, damaged: [], conflicts: {}, trashed: 0 }));
  const { snapshot } = useLiveCodes(initial, onDone);
  const ids = new Set(added.map((account) => account.id));
  const accounts = snapshot.accounts.filter((account) => ids.has(account.id));
  return (
    <div class="stack scan-result" data-result="added">
      <p>{t('scanAdded', String(accounts.length))}</p>
      <ul class="scan-list">
        {accounts.map((account) => (
          <li key={account.id} class="scan-line" data-kind="added">
            <strong>{account.issuer || account.label}</strong>
            <button
              type="button"
              class="account__code"
              title={t('copyCode')}
              onClick={() => void copyCode(account.code)}
            >
              <span class="code">{groupCode(account.code)}</span>
            </button>
          </li>
        ))}
      </ul>
      <KitReminders accounts={accounts} />
      <p class="hint">{t('scanFinishSetup')}</p>
      <button type="button" class="button button--primary" onClick={onDone}>
        {t('done')}
      </button>
    </div>
  );
}

/** At enrolment, the moment to save what an exchange asks before a reset (Kraken's master key). */
function KitReminders({ accounts }: { accounts: readonly AccountView[] }) {
  const exchanges = [
    ...new Set(
      accounts.map((account) => exchangeForIssuer(account.issuer)).filter((exchange) => exchange !== undefined),
    ),
  ];
  return (
    <>
      {exchanges.map((exchange) => {
        const guide = recoveryGuide(exchange.id);
        if (!guide) return null;
        return (
          <p key={exchange.id} class="form-ok kit-reminder">
            {guide.offersMasterKey ? `${t('kitMasterKeyHint', exchange.name)} ` : ''}
            {t('kitAtEnrolment', exchange.name)} {guide.items.map((item) => t(KIT_ITEM_LABELS[item])).join(' · ')}
          </p>
        );
      })}
    </>
  );
}
