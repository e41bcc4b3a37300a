let open: { host: HTMLElement; frame: HTMLIFrameElement } | undefined;

/**
 * Opens the extension's own small page (unlock, or choose an account) beside the field.
 * It is an extension page in a closed shadow root: the web page can neither read nor
 * script it, and it talks to the background directly.
 */
export function openInlineFrame(anchor: DOMRect): void {
  closeInlineFrame();
  const host = document.createElement('omamori-frame');
  const top = Math.min(anchor.bottom + 6, innerHeight - 300);
  const left = Math.max(8, Math.min(anchor.right - 320, innerWidth - 328));
  host.style.cssText = `all:initial;position:fixed;z-index:2147483647;top:${top}px;left:${left}px;`;
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL('/inline.html');
  frame.style.cssText = 'border:0;width:320px;height:290px;border-radius:12px;box-shadow:0 8px 28px rgb(0 0 0/.25);background:#fff';
  host.attachShadow({ mode: 'closed' }).append(frame);
  document.documentElement.append(host);
  open = { host, frame };
}

export function closeInlineFrame(): void {
  open?.host.remove();
  open = undefined;
}

/** The frame asks to be closed (cancel): only our frame's window can say so. */
export function listenForFrameClose(): void {
  addEventListener('message', (event) => {
    if (open && event.source === open.frame.contentWindow && event.data === 'omamori:close') closeInlineFrame();
  });
}
