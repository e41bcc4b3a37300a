const SIZE = 24;
// The omamori charm (a red pouch; its plate, drawn the other way round, is a hole showing
// the button's white) is the button's background.
const STYLE =
  'button,p{all:initial;border-radius:6px}' +
  `button{width:22px;height:22px;cursor:pointer;border:1px solid #e4ddd2;box-shadow:0 1px 3px #0003;background:#fff url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><path d='M6 8q0-3 5-4 5 1 5 4v8q0 2-2 2H8q-2 0-2-2zm3 0v7h4V8z' fill='%23c8372d'/></svg>")}` +
  'button:hover{border-color:#c8372d}p{position:absolute;top:28px;right:0;white-space:nowrap;font:12px sans-serif;color:#fff;background:#1f1b17;padding:4px 8px}p:empty{display:none}.warning{background:#b42318;font-weight:600}';

export interface FillButton {
  /** Moves the button to its field (after scroll, resize or layout changes). */
  place(): void;
  /** Shows a short note under the button (no account for this site, …); red for a warning. */
  note(text: string, warning?: boolean): void;
  remove(): void;
  /** Our own element (tests read its `data-auto`: the automatic ask was answered). */
  readonly host: HTMLElement;
}

/**
 * The small Omamori button beside a code field or group of boxes (right of it, else left,
 * else inside its right end), so it covers no digit. It lives in a closed shadow root (the
 * page can neither style nor reach it), keeps the focus where it is (a field the person is
 * in stays the one asked for) and reacts only to real clicks.
 */
export function mountFillButton(fields: readonly Element[], label: string, onClick: () => void): FillButton {
  const host = document.createElement('omamori-fill');
  host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;width:24px;height:24px';
  const shadow = host.attachShadow({ mode: 'closed' });
  const [style, button, note] = (['style', 'button', 'p'] as const).map((tag) =>
    shadow.appendChild(document.createElement(tag)),
  );
  style!.textContent = STYLE;
  button!.title = label;
  // A live region from the start, so screen readers announce what is put in it.
  note!.setAttribute('role', 'status');
  let hideNote: ReturnType<typeof setTimeout>;
  button!.onmousedown = (event) => event.preventDefault();
  button!.onclick = (event) => {
    event.stopPropagation();
    if (event.isTrusted) onClick();
  };

  const place = () => {
    const boxes = fields.map((field) => field.getBoundingClientRect()).filter((box) => box.width);
    // No box on screen: top and bottom are undefined, and the button is hidden.
    const { top, bottom } = boxes[0] ?? ({} as DOMRect);
    const right = Math.max(...boxes.map((box) => box.right));
    let x = right + 4;
    if (x + SIZE > innerWidth) x = Math.min(...boxes.map((box) => box.left)) - SIZE - 4;
    if (x < 0) x = right - SIZE - 4;
    Object.assign(host.style, {
      display: bottom > 0 && top < innerHeight ? 'block' : 'none',
      left: `${x}px`,
      top: `${(top + bottom - SIZE) / 2}px`,
    });
  };
  document.documentElement.append(host);
  place();

  return {
    place,
    note(text, warning) {
      note!.textContent = text;
      note!.className = warning ? 'warning' : '';
      clearTimeout(hideNote);
      hideNote = setTimeout(() => (note!.textContent = ''), 4000);
    },
    remove: () => host.remove(),
    host,
  };
}
