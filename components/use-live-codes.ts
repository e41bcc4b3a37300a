import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type CodesSnapshot } from '@/utils/messaging/protocol';
import type { CodesAnswer } from './popup/first-answers';
import { useNow } from './hooks';

type CodesRefusal = Extract<CodesAnswer, { ok: false }>;

/**
 * The codes as the background computes them now: at a new time step the snapshot is asked
 * for again (the page holds no secret, so it cannot compute the next code itself). A
 * refusal (the vault locked meanwhile) goes to `onRefused` as it came.
 */
export function useLiveCodes(initial: CodesSnapshot, onRefused: (answer: CodesRefusal) => void) {
  const [snapshot, setSnapshot] = useState<CodesSnapshot>(initial);
  const now = useNow();

  const reload = useCallback(async () => {
    const result = await sendMessage('listCodes');
    if (result.ok) setSnapshot(result.value);
    else onRefused(result);
  }, [onRefused]);

  const stale = snapshot.accounts.some((account) => account.step && now >= account.step.end);
  useEffect(() => {
    if (stale) void reload();
  }, [stale, reload]);

  return { snapshot, now, reload };
}
