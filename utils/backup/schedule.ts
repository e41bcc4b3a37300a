/** A moment after the last change: the sync copy is written once per burst of changes. */
export const SYNC_DELAY_MS = 3_000;

/** `work` once, `ms` after the last call (a burst of calls is one run). */
export function debounced(ms: number, work: () => unknown): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void work(), ms);
  };
}
