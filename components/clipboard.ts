const CLEAR_AFTER_MS = 30_000;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Copies a code and empties the clipboard 30 s later, while this page is still open
 * (the popup closing takes the timer with it: browsers give no later chance).
 */
export async function copyCode(code: string): Promise<void> {
  await navigator.clipboard.writeText(code);
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => void navigator.clipboard.writeText('').catch(() => undefined), CLEAR_AFTER_MS);
}
