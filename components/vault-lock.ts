import { useEffect, useRef } from 'preact/hooks';
import { onBroadcast } from '@/utils/messaging/protocol';
import { guardSecretScreen, type ClearReason, type ScreenWatch } from './secret-screen';

const lockListeners = new Set<() => void>();
let locks = 0;
let listening = false;

/** One listener per page (the messaging library allows one per message): it tells every screen. */
function listen(): void {
  if (listening) return;
  listening = true;
  onBroadcast('vaultLocked', () => {
    locks += 1;
    for (const listener of [...lockListeners]) listener();
  });
}

/** How many locks this page has been told of: an answer asked for before a lock is not shown after it. */
export function locksSeen(): number {
  listen();
  return locks;
}

/** The page's own watch: the background's lock notice, the document's visibility, the wall clock. */
export const pageWatch: ScreenWatch = {
  onLock(listener) {
    listen();
    lockListeners.add(listener);
    return () => void lockListeners.delete(listener);
  },
  hidden: () => document.visibilityState === 'hidden',
  onVisibility(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** While `showing` secrets, `clear` them on a lock or after a minute out of sight. */
export function useClearOnLock(showing: boolean, clear: (reason: ClearReason) => void, watch = pageWatch): void {
  const latest = useRef(clear);
  latest.current = clear;
  useEffect(
    () => (showing ? guardSecretScreen((reason) => latest.current(reason), watch) : undefined),
    [showing, watch],
  );
}
