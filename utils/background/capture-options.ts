/**
 * How a tab is captured for a scan (utils/background/browser-io.ts), in a module of its own
 * so the bench times the capture alone exactly as a scan asks for it.
 *
 * JPEG: several times quicker to encode than PNG, and a QR code's black and white survive
 * it. Quality 80 rather than 92: a fifth fewer bytes to decode (2–3 ms at 3840×1986).
 * Firefox captures at CSS-pixel resolution itself (`scale`, else the device pixel ratio):
 * a quarter of the pixels to encode and decode at ratio 2. Chrome has no such option.
 */
export function captureOptions(firefox: boolean) {
  return { format: 'jpeg', quality: 80, ...(firefox ? { scale: 1 } : {}) } as const;
}
