const SIZE = 24;
const ICON =
  '<svg viewBox="0 0 128 128" width="16" height="16" aria-hidden="true"><path d="M24 48Q24 26 64 20Q104 26 104 48V110Q104 122 92 122H36Q24 122 24 110Z" fill="#c8372d"/><rect x="44" y="48" width="40" height="56" rx="7" fill="#fff8ee"/><circle cx="64" cy="68" r="8" fill="#c8372d"/><path d="M59 72L56 92H72L69 72Z" fill="#c8372d"/></svg>';

export interface FillButton {
  /** Moves the button to its field (after scroll, resize or layout changes). */
  place(): void;
  /** Shows a short note under the button (no account for this site, …); red for a warning. */
  note(text: string, warning?: boolean): void;
  remove(): void;
}

/**
 * The small Omamori button at the right end of a code field. It lives in a closed shadow
 * root (the page can neither style nor reach it) and reacts only to real clicks.
 */
export function mountFillButton(field: HTMLElement, label: string, onClick: () => void): FillButton {
  const host = document.createElement('omamori-fill');
  host.style.cssText = `all:initial;position:fixed;z-index:2147483647;width:${SIZE}px;height:${SIZE}px;`;
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>
    button{all:initial;box-sizing:border-box;display:grid;place-items:center;width:${SIZE}px;height:${SIZE}px;border-radius:6px;cursor:pointer;background:#fff;border:1px solid #e4ddd2;box-shadow:0 1px 3px rgb(0 0 0/.15)}
    button:hover{border-color:#c8372d}
    p{all:initial;position:absolute;top:${SIZE + 4}px;right:0;white-space:nowrap;font:12px system-ui,sans-serif;color:#fff;background:#1f1b17;padding:4px 8px;border-radius:6px}
    p.warning{background:#b42318;font-weight:600}
  </style><button type="button">${ICON}</button>`;
  const button = shadow.querySelector('button')!;
  button.title = label;
  button.setAttribute('aria-label', label);
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.isTrusted) onClick();
  });

  const place = () => {
    const box = field.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    host.style.display = visible ? 'block' : 'none';
    host.style.left = `${Math.round(box.right - SIZE - 4)}px`;
    host.style.top = `${Math.round(box.top + (box.height - SIZE) / 2)}px`;
  };
  document.documentElement.append(host);
  place();

  return {
    place,
    note(text, warning = false) {
      shadow.querySelector('p')?.remove();
      const note = document.createElement('p');
      note.textContent = text;
      note.setAttribute('role', 'status');
      if (warning) note.className = 'warning';
      shadow.append(note);
      setTimeout(() => note.remove(), 4000);
    },
    remove: () => host.remove(),
  };
}
