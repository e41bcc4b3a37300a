import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type CodesSnapshot } from '@/utils/messaging/protocol';
import { CODES_PAINTED_MARK } from './PopupApp';
import { AddAccount } from '../AddAccount';
import { EditAccount } from '../EditAccount';
import { useNow } from '../hooks';
import { AccountList } from './AccountList';

type Screen = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

/** The unlocked popup: codes, and the add and edit screens. */
export function VaultView({ initial, onLocked }: { initial: CodesSnapshot; onLocked: () => void }) {
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [snapshot, setSnapshot] = useState<CodesSnapshot>(initial);
  const now = useNow();

  const load = useCallback(async () => {
    const result = await sendMessage('listCodes');
    if (result.ok) setSnapshot(result.value);
    else onLocked();
  }, [onLocked]);

  // Preact runs effects after the frame is painted: `npm run bench` reads this mark.
  useEffect(() => void performance.mark(CODES_PAINTED_MARK), []);
  // A new time step: fetch the new codes (the background computes them; we hold no secret).
  const stale = snapshot.accounts.some((account) => account.step && now >= account.step.end);
  useEffect(() => {
    if (stale) void load();
  }, [stale, load]);

  const backToList = () => {
    setScreen({ kind: 'list' });
    void load();
  };

  if (screen.kind === 'add') return <AddAccount onDone={backToList} onCancel={() => setScreen({ kind: 'list' })} />;
  if (screen.kind === 'edit') {
    return <EditAccount id={screen.id} ids={snapshot.accounts.map((account) => account.id)} onDone={backToList} />;
  }
  return (
    <AccountList
      accounts={snapshot.accounts}
      now={now}
      onAdd={() => setScreen({ kind: 'add' })}
      onEdit={(id) => setScreen({ kind: 'edit', id })}
      onNextHotp={async (id) => {
        await sendMessage('nextHotpCode', { id });
        await load();
      }}
    />
  );
}
