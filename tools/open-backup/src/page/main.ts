// The offline page: a backup file and its password in, each account's QR code, setup key
// and current code out. Everything runs in this one file (see build.mjs); nothing is sent
// anywhere, and its Content-Security-Policy forbids any request besides.
import { create } from 'qrcode';
import { openFile, showAccount, type ShownAccount } from '../core';
import { FAILURE_KEYS, languageOf, say, type OpenerKey } from '../messages';
import { element } from '../../../../utils/dom';

const language = languageOf(navigator.language);
const text = (key: OpenerKey, ...rest: string[]) => say(language, key, ...rest);
const SVG = 'http://www.w3.org/2000/svg';
const QUIET_ZONE = 4;

/** A QR code as SVG: one path of dark modules on white, as the recovery sheet draws it. */
function qrSvg(content: string, label: string): SVGSVGElement {
  const { modules } = create(content, { errorCorrectionLevel: 'M' });
  const extent = modules.size + QUIET_ZONE * 2;
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    role: 'img',
    'aria-label': label,
    width: '176',
    height: '176',
    viewBox: `0 0 ${extent} ${extent}`,
    'shape-rendering': 'crispEdges',
  }))
    svg.setAttribute(name, value);
  const back = document.createElementNS(SVG, 'rect');
  back.setAttribute('width', String(extent));
  back.setAttribute('height', String(extent));
  back.setAttribute('fill', '#fff');
  const dark = document.createElementNS(SVG, 'path');
  dark.setAttribute('d', path);
  dark.setAttribute('fill', '#000');
  svg.append(back, dark);
  return svg;
}

function accountCard(account: ShownAccount): HTMLLIElement {
  const name = [account.issuer, account.label].filter(Boolean).join(' — ') || '—';
  const code = element('output', { class: 'code', 'data-testid': 'code' }, account.code);
  return element(
    'li',
    { class: 'account', 'data-testid': 'account' },
    qrSvg(account.uri, name),
    element(
      'dl',
      {},
      element('dt', {}, account.issuer || '—'),
      element('dd', { 'data-testid': 'label' }, account.label || '—'),
      element('dt', {}, account.type === 'hotp' ? text('openerHotp') : text('openerCode')),
      element('dd', {}, code),
      element('dt', {}, text('openerSetupKey')),
      element('dd', { class: 'key', 'data-testid': 'setup-key' }, account.setupKey),
    ),
  );
}

/** The page's one state: the accounts shown, their codes kept current each second. */
let shown: { accounts: Parameters<typeof showAccount>[0][]; timer: number } | null = null;

function clear(): void {
  if (shown) clearInterval(shown.timer);
  shown = null;
  list.replaceChildren();
  clearButton.hidden = true;
}

function refreshCodes(): void {
  if (!shown) return;
  const now = Date.now();
  list.querySelectorAll('[data-testid="code"]').forEach((output, index) => {
    const account = shown?.accounts[index];
    if (account) output.textContent = showAccount(account, now).code;
  });
}

const fileInput = element('input', { type: 'file', id: 'file', accept: '.json,application/json', required: '' });
const passwordInput = element('input', { type: 'password', id: 'password', autocomplete: 'off', required: '' });
const openButton = element('button', { type: 'submit', id: 'open' }, text('openerOpen'));
const clearButton = element('button', { type: 'button', id: 'clear', hidden: '' }, text('openerClear'));
const status = element('p', { id: 'status', role: 'status' });
const list = element('ol', { id: 'accounts' });
const form = element(
  'form',
  { id: 'open-form' },
  element('label', { for: 'file' }, text('openerFile')),
  fileInput,
  element('label', { for: 'password' }, text('openerPassword')),
  passwordInput,
  openButton,
);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void openChosen();
});
clearButton.addEventListener('click', () => {
  clear();
  status.textContent = '';
});

async function openChosen(): Promise<void> {
  const file = fileInput.files?.[0];
  if (!file) return;
  clear();
  openButton.disabled = true;
  status.className = '';
  status.textContent = text('openerOpening');
  // Argon2id holds this thread for about half a second: let "Opening…" paint first.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  try {
    const opened = await openFile(await file.text(), passwordInput.value);
    if (!opened.ok) {
      status.className = 'error';
      status.textContent = text(FAILURE_KEYS[opened.reason]);
      return;
    }
    passwordInput.value = '';
    const count = String(opened.accounts.length);
    const when = opened.createdAt.toLocaleString(language);
    status.textContent =
      opened.kind === 'sync' ? text('openerOpenedSync', count, when) : text('openerOpened', count, when);
    if (opened.failed.length)
      status.textContent += ` ${text('openerFailedEntries', opened.failed.map((entry) => entry.name).join(', '))}`;
    const now = Date.now();
    list.replaceChildren(...opened.accounts.map((account) => accountCard(showAccount(account, now))));
    shown = { accounts: [...opened.accounts], timer: window.setInterval(refreshCodes, 1000) };
    clearButton.hidden = false;
  } finally {
    openButton.disabled = false;
  }
}

document.documentElement.lang = language;
document.title = text('openerTitle');
document.body.append(
  element(
    'main',
    {},
    element('h1', {}, text('openerTitle')),
    element('p', {}, text('openerIntro')),
    element('p', { class: 'hint' }, text('openerOffline')),
    form,
    status,
    clearButton,
    list,
  ),
);
