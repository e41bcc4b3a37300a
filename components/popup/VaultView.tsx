import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage, type CodesSnapshot } from '@/utils/messaging/protocol';
import type { AccountView } from '@/utils/otp/views';
import { failureMessage, fillFailureMessage } from '../failures';
import { FormMessage, useFormOutcome } from '../FormOutcome';
import { AccountList } from './AccountList';
import { groupsOf } from './arrange';
import { DamagedRows } from './DamagedRows';
import { AddAccount, EditAccount, preloadScreens, ScanScreen, TrashScreen } from './lazy-screens';
import type { ScanAnswer } from './ScanScreen';
import { useLiveCodes } from '../use-live-codes';
import type { CodesAnswer } from './first-answers';
import { fillableSite, type PopupTarget } from './target';

type Screen =
  | { kind: 'list' }
  | { kind: 'add' }
  | { kind: 'edit'; id: string }
  | { kind: 'trash' }
  | { kind: 'scan'; answer: Promise<ScanAnswer> | null };

/** `popup.html?scan=ID`: the window the context menu or shortcut opened for its scan. */
function initialScreen(): Screen {
  const scanId = new URL(location.href).searchParams.get('scan');
  return scanId === null ? { kind: 'list' } : { kind: 'scan', answer: sendMessage('scanReport', { scanId }) };
}

/** The unlocked popup: codes, and the add, edit, scan and trash screens. */
interface VaultViewProps {
  initial: CodesSnapshot;
  /** The tab the popup acts on and its site, asked for once at popup start. */
  target: PopupTarget | null;
  /** The list was refused (the vault locked): the answer, for the popup's next screen. */
  onLocked: (answer: CodesAnswer) => void;
}

export function VaultView({ initial, target: tab, onLocked }: VaultViewProps) {
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const { snapshot, now, reload: load } = useLiveCodes(initial, onLocked);

  // Preact runs effects after the frame is painted: the other screens and the QR reader
  // load after the codes, and are ready when the person asks for them.
  useEffect(() => {
    preloadScreens();
    sendMessage('prepareScan', undefined).catch(() => undefined);
  }, []);

  // Where codes may be filled from here: the tab's site, unless it imitates another.
  const site = fillableSite(tab);
  /** The unbound account asked about; `issuer` when the site lacks its name (the warning). */
  const [binding, setBinding] = useState<{ account: AccountView; issuer?: string } | null>(null);
  const fillOutcome = useFormOutcome();

  /** `bindTo`: the site the person confirmed; refused if the tab is elsewhere by now. */
  async function fill(account: AccountView, bindTo?: string) {
    if (!tab || site === null) return;
    fillOutcome.clear();
    setBinding(null);
    const result = await sendMessage('fillFromPopup', { accountId: account.id, tabId: tab.tabId, bindTo });
    if (result.ok) return window.close();
    const { reason, detail } = result;
    if (reason === 'unbound') return setBinding({ account, issuer: detail });
    fillOutcome.fail(fillFailureMessage({ reason, detail }, tab.site.host ?? site));
  }

  const backToList = () => {
    setScreen({ kind: 'list' });
    void load();
  };

  if (screen.kind === 'scan') return <ScanScreen answer={screen.answer} onDone={backToList} />;
  if (screen.kind === 'trash') return <TrashScreen onDone={backToList} />;
  if (screen.kind === 'add') return <AddAccount onDone={backToList} onCancel={() => setScreen({ kind: 'list' })} />;
  if (screen.kind === 'edit') {
    return (
      <EditAccount
        id={screen.id}
        ids={snapshot.accounts.map((account) => account.id)}
        groups={groupsOf(snapshot.accounts)}
        onDone={backToList}
      />
    );
  }
  return (
    <>
      {binding && site && (
        <div class="banner" role="alertdialog">
          <p>{t('bindQuestion', site)}</p>
          {binding.issuer && (
            <p class="form-error" data-testid="bind-brand-warning">
              {t('bindBrandWarning', [binding.issuer, site])}
            </p>
          )}
          <div class="row">
            <button type="button" class="button button--small" onClick={() => setBinding(null)}>
              {t('cancel')}
            </button>
            <button
              type="button"
              class="button button--primary button--small"
              data-testid="bind-confirm"
              onClick={() => void fill(binding.account, site)}
            >
              {t('bindConfirm')}
            </button>
          </div>
        </div>
      )}
      <FormMessage outcome={fillOutcome.outcome} />
      <DamagedRows rows={snapshot.damaged} onChanged={() => void load()} />
      <AccountList
        accounts={snapshot.accounts}
        conflicts={snapshot.conflicts}
        now={now}
        fillSite={site}
        onFill={(account) => void fill(account)}
        onAdd={() => setScreen({ kind: 'add' })}
        // Asked at the click, not when the scan screen's script has loaded: the capture
        // must see the page as it was when the button was pressed, and soonest.
        onScan={() => setScreen({ kind: 'scan', answer: tab ? sendMessage('scanTab', { tabId: tab.tabId }) : null })}
        onEdit={(id) => setScreen({ kind: 'edit', id })}
        onNextHotp={async (id) => {
          await sendMessage('nextHotpCode', { id });
          await load();
        }}
        onMove={async (id, to) => {
          const moved = await sendMessage('moveAccount', { id, ...to });
          if (!moved.ok) fillOutcome.fail(failureMessage(moved.reason));
          await load();
        }}
      />
      {snapshot.trashed > 0 && (
        <button
          type="button"
          class="link-button trash-link"
          id="trash-link"
          onClick={() => setScreen({ kind: 'trash' })}
        >
          {t('trashLink', String(snapshot.trashed))}
        </button>
      )}
    </>
  );
}
