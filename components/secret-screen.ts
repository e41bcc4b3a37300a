/**
 * Screens that hold secrets (the recovery sheet, transfer QR codes, recovery codes and
 * notes, exports) let go of them the moment the vault locks, and once the page has been
 * out of sight for a minute: an unlocked browser left alone must not keep showing them.
 */

/** A hidden page keeps its secrets no longer than this. */
export const HIDDEN_LIMIT_MS = 60_000;

/** Why a screen was cleared: the vault locked, or the page was hidden too long. */
export type ClearReason = 'locked' | 'hidden';

export interface ScreenWatch {
  /** Calls `listener` when the background says the vault locked; returns the unsubscribe. */
  onLock(listener: () => void): () => void;
  /** Whether the page is out of sight now. */
  hidden(): boolean;
  /** Calls `listener` when the page is shown or hidden; returns the unsubscribe. */
  onVisibility(listener: () => void): () => void;
  now(): number;
  /** Runs `run` after `ms`; returns the cancel. */
  after(ms: number, run: () => void): () => void;
}

/** Calls `clear` once, on a lock or a minute out of sight (timer, or on return past it); returns the stop. */
export function guardSecretScreen(clear: (reason: ClearReason) => void, watch: ScreenWatch): () => void {
  let done = false;
  let hiddenSince: number | undefined;
  let cancelTimer = () => {};
  const finish = (reason: ClearReason) => {
    if (done) return;
    done = true;
    stop();
    clear(reason);
  };
  const onVisibility = () => {
    cancelTimer();
    if (watch.hidden()) {
      hiddenSince ??= watch.now();
      cancelTimer = watch.after(HIDDEN_LIMIT_MS - (watch.now() - hiddenSince), () => finish('hidden'));
      return;
    }
    // Timers of hidden pages may run late (throttled, or the computer slept): check on return too.
    if (hiddenSince !== undefined && watch.now() - hiddenSince >= HIDDEN_LIMIT_MS) return finish('hidden');
    hiddenSince = undefined;
  };
  const stopLock = watch.onLock(() => finish('locked'));
  const stopVisibility = watch.onVisibility(onVisibility);
  const stop = () => {
    cancelTimer();
    stopLock();
    stopVisibility();
  };
  onVisibility();
  return stop;
}
