import { expect } from 'vitest';
import type { ExtensionHarness, TestPage } from '../browsers';
import { independentTotp } from '../totp';
import { waitUntil } from '../wait';
import {
  addedCode,
  addScanned,
  canAddScanned,
  nothingFoundText,
  SCAN_RESULT,
  scanLines,
  scanResultKind,
} from './scan-results';
import { reloadUntil } from './reload';
import { ALERT, byTestId, submitOf } from './selectors';
import { deleteForGood, restoreFromTrash, trashItems } from './trash';

const ROW = '[data-account-id]';
const row = (id: string) => `[data-account-id="${id}"]`;
const SITE_STATUS = byTestId('site-status');
const GROUP_FILTER = '#group-filter';
const BIND_QUESTION = '[role="alertdialog"]';
/** An error the popup shows; the look-alike warning about the tab is an alert too, but not an error. */
const ERROR = `${ALERT}:not(${SITE_STATUS})`;

/**
 * The toolbar popup (opened as a page of its own, or `?tab=ID` as the popup of that tab),
 * driven as a person uses it.
 */
export class PopupPage {
  constructor(readonly page: TestPage) {}

  /** `tabId`: the popup of that tab; `window`: in a window of its own (the tab stays in front, for a scan). */
  static async open(harness: ExtensionHarness, options: { tabId?: number; window?: boolean } = {}) {
    const path = options.tabId === undefined ? 'popup.html' : `popup.html?tab=${options.tabId}`;
    return new PopupPage(await (options.window ? harness.openExtensionWindow(path) : harness.openExtensionPage(path)));
  }

  close = () => this.page.close();
  screenshot = (path: string) => this.page.screenshot(path);
  /** Loads the popup again; answers once the new document shows the unlock form. */
  reloadLocked = () => reloadUntil(this.page, '#unlock-password');
  /** Loads the popup again; answers once the new document lists the accounts. */
  reloadUnlocked = () => reloadUntil(this.page, ROW);

  // First run, lock and unlock.

  waitForWelcome = () => this.page.waitFor('#welcome-title');

  /** "Get started": the form that chooses the vault password. */
  async startCreating(): Promise<void> {
    await this.page.click(byTestId('welcome-start'));
    await this.page.waitFor('#new-password');
  }

  /** First run: Get started → the password twice → the empty vault. */
  async createVault(password: string): Promise<void> {
    await this.startCreating();
    await this.page.fill('#new-password', password);
    await this.page.fill('#confirm-password', password);
    await this.page.click(submitOf('create-title'));
    await this.page.waitFor('#add-first', 20_000);
  }

  waitForLocked = () => this.page.waitFor('#unlock-password');

  /** Types the password and submits; the caller waits for what should follow. */
  async unlock(password: string): Promise<void> {
    await this.page.fill('#unlock-password', password);
    await this.page.click(submitOf('unlock-title'));
  }

  async lock(): Promise<void> {
    await this.page.click('#lock');
    await this.waitForLocked();
  }

  /** The error the popup shows (the unlock form's, a refused fill's, an edit's). */
  error = () => this.page.text(ERROR);

  // The codes.

  waitForAccounts = () => this.page.waitFor(ROW);
  waitForAccount = (id: string) => this.page.waitFor(row(id));

  /** Each row's issuer (or name) and name, in list order. */
  accounts(): Promise<{ issuer: string; label: string }[]> {
    return this.page.evaluate(
      ({ rows, issuer, label }) =>
        Array.from(document.querySelectorAll(rows), (element) => ({
          issuer: element.querySelector(issuer)?.firstChild?.textContent ?? '',
          label: element.querySelector(label)?.textContent ?? '',
        })),
      { rows: ROW, issuer: byTestId('account-issuer'), label: byTestId('account-label') },
    );
  }

  /** The id of the row showing `label` (and `issuer`, when several accounts share a name). */
  accountId(label: string, issuer?: string): Promise<string> {
    return waitUntil(`the popup to show ${issuer ?? ''} ${label}`, async () => {
      const rows = await this.page.evaluate(
        ({ rows, issuerSelector, labelSelector }) =>
          Array.from(document.querySelectorAll<HTMLElement>(rows), (element) => ({
            id: element.dataset.accountId ?? '',
            title: element.querySelector(issuerSelector)?.firstChild?.textContent ?? '',
            label: element.querySelector(labelSelector)?.textContent ?? null,
          })),
        { rows: ROW, issuerSelector: byTestId('account-issuer'), labelSelector: byTestId('account-label') },
      );
      // Without an issuer the name is the row's title, and no second line shows it.
      return rows.find((shown) =>
        shown.label === null
          ? shown.title === label && issuer === undefined
          : shown.label === label && (issuer === undefined || shown.title === issuer),
      )?.id;
    });
  }

  /** The code shown for an account, without the space that groups it. */
  async codeOfId(id: string): Promise<string> {
    return (await this.page.text(`${row(id)} ${byTestId('account-code')}`)).replace(/\s/g, '');
  }

  /** The code shown for `label` is the independent TOTP of `secret` for the moment it was read. */
  async expectCodeOf(label: string, secret: string): Promise<void> {
    const id = await this.accountId(label);
    await expectCodeToMatch(() => this.codeOfId(id), secret);
  }

  /** Some row offers "Fill" on the tab (once the popup knows the tab's site). */
  waitForFillOffered = () => this.page.waitFor(byTestId('account-fill'));

  /** How many rows offer "Fill" on the tab. */
  fillableRows(): Promise<number> {
    return this.page.evaluate(
      ({ rows, fill }) =>
        Array.from(document.querySelectorAll(rows)).filter((element) => element.querySelector(fill)).length,
      { rows: ROW, fill: byTestId('account-fill') },
    );
  }

  /** "Fill" on an account's row: the code goes to the tab (or the popup asks to bind it first). */
  fillInTab = (id: string) => this.page.click(`${row(id)} ${byTestId('account-fill')}`);

  /** The question before binding an unbound account to the tab's site. */
  async bindQuestion(): Promise<string> {
    return this.page.text(`${BIND_QUESTION} p`);
  }

  confirmBind = () => this.page.click(byTestId('bind-confirm'));

  /**
   * Every element of a row that shows text, with whether it is clipped: wider or taller
   * than its box (`scrollWidth > clientWidth`), as a name cut short with an ellipsis is.
   * Text kept for screen readers only (clipped to nothing on purpose) is not shown, so not
   * measured.
   */
  rowTexts(id: string): Promise<{ text: string; clipped: boolean; size: string }[]> {
    return this.page.evaluate((selector) => {
      const texts = Array.from(document.querySelector(selector)!.querySelectorAll<HTMLElement>('*')).filter(
        (element) =>
          getComputedStyle(element).clipPath === 'none' &&
          Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
      );
      return texts.map((element) => ({
        text: element.textContent ?? '',
        clipped: element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight,
        size: `${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
      }));
    }, row(id));
  }

  /** Where the code of each row starts, in CSS pixels from the list's left edge. */
  codeOffsets(): Promise<number[]> {
    return this.page.evaluate(
      ({ rows, code }) =>
        Array.from(document.querySelectorAll(rows), (element) => {
          const list = element.parentElement!.getBoundingClientRect();
          return Math.round(element.querySelector(code)!.getBoundingClientRect().left - list.left);
        }),
      { rows: ROW, code: byTestId('account-code') },
    );
  }

  /** The row's code button as a screen reader names it: its text, less what is hidden from it. */
  spokenCode = (id: string) =>
    this.page.evaluate(
      (selector) => {
        const button = document.querySelector(selector)!;
        const spoken = (node: Node): string =>
          node instanceof Element && node.getAttribute('aria-hidden') === 'true'
            ? ''
            : node instanceof Element
              ? Array.from(node.childNodes, spoken).join(' ')
              : (node.textContent ?? '');
        return spoken(button).replace(/\s+/g, ' ').trim();
      },
      `${row(id)} [data-action="copy"]`,
    );

  // The keyboard.

  press = (key: string) => this.page.press(key);

  /** What has the keyboard focus: `search`, the id of the row it is in, or the element's tag. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      if (active?.matches('input[type="search"]')) return 'search';
      return active?.closest<HTMLElement>('[data-account-id]')?.dataset.accountId ?? active?.tagName ?? '';
    }, undefined);
  }

  /** The row saying its code was copied, once one does. */
  waitForCopied = (id: string) => this.page.waitFor(`${row(id)} .account__copied`);

  /** The popup's rows, each as the id of its account, in list order. */
  rowIds(): Promise<string[]> {
    return this.page.evaluate(
      (rows) => Array.from(document.querySelectorAll<HTMLElement>(rows), (element) => element.dataset.accountId ?? ''),
      ROW,
    );
  }

  /** The row marked as a conflict copy, with the text that says so. */
  conflictNote = (id: string) => this.page.text(`${row(id)} ${byTestId('account-conflict')}`);

  // Pins, groups and the order.

  /** Ids of the rows marked as pinned, in list order. */
  pinnedRows(): Promise<string[]> {
    return this.page.evaluate(
      ({ rows, pinned }) =>
        Array.from(document.querySelectorAll<HTMLElement>(rows))
          .filter((element) => element.querySelector(pinned))
          .map((element) => element.dataset.accountId ?? ''),
      { rows: ROW, pinned: byTestId('account-pinned') },
    );
  }

  /** The group filter's choices, as shown (the first: every group). */
  groupChoices(): Promise<string[]> {
    return this.page.evaluate(
      (select) => Array.from(document.querySelectorAll<HTMLOptionElement>(`${select} option`), (option) => option.text),
      GROUP_FILTER,
    );
  }

  /** Chooses a group in the filter ('' for every group), as picking it in the list does. */
  async chooseGroup(group: string): Promise<void> {
    await this.page.waitFor(GROUP_FILTER);
    await this.page.evaluate(
      ({ select, group }) => {
        const element = document.querySelector<HTMLSelectElement>(select)!;
        element.value = group;
        element.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { select: GROUP_FILTER, group },
    );
  }

  /** Puts the keyboard focus on a row's code. */
  focusCode = (id: string) =>
    this.page.evaluate(
      (selector) => document.querySelector<HTMLElement>(selector)!.focus(),
      `${row(id)} .account__code`,
    );

  /** What the popup last said of a move, for screen readers. */
  moveStatus = () => this.page.text('#move-status');

  /**
   * Drags a row by its badge onto the upper or lower half of another, with the drag events
   * a mouse drag fires (the drivers' own drags reach HTML drag and drop in neither browser
   * alike); waits until the list shows it moved.
   */
  async dragRow(id: string, onto: string, side: 'before' | 'after'): Promise<void> {
    await this.page.evaluate(
      ({ from, to, side }) => {
        const handle = document.querySelector(`${from} .account__avatar`)!;
        const target = document.querySelector(to)!;
        const box = target.getBoundingClientRect();
        const at = { clientX: box.left + 40, clientY: side === 'before' ? box.top + 4 : box.bottom - 4 };
        const dataTransfer = new DataTransfer();
        const fire = (element: Element, type: string, point = {}) =>
          element.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer, ...point }));
        fire(handle, 'dragstart');
        fire(target, 'dragover', at);
        fire(target, 'drop', at);
        fire(handle, 'dragend');
      },
      { from: row(id), to: row(onto), side },
    );
  }

  // Recently deleted.

  trashLink = () => this.page.text('#trash-link');
  hasTrashLink = () => this.page.evaluate(() => document.querySelector('#trash-link') !== null, undefined);

  async openTrash(): Promise<void> {
    await this.page.click('#trash-link');
    await this.page.waitFor(byTestId('trash'));
  }

  trashItems = () => trashItems(this.page);
  restoreFromTrash = (id: string) => restoreFromTrash(this.page, id);
  deleteForGood = (id: string) => deleteForGood(this.page, id);

  /** Back from the trash to the codes. */
  async closeTrash(): Promise<void> {
    await this.page.click('#trash-back');
    await this.page.waitFor('input[type="search"], #add-first');
  }

  /** Edit → Delete → confirm: the account goes to the trash. */
  async deleteAccount(id: string): Promise<void> {
    await this.editAccount(id);
    // The form's last button asks; the question's last button confirms.
    await this.page.click('form[aria-labelledby="edit-title"] > button:last-child');
    await this.page.click('[role="alertdialog"][aria-labelledby="delete-question"] button:last-child');
    await this.page.waitFor('#trash-link');
  }

  // Adding and editing.

  async openAddAccount(): Promise<void> {
    await this.page.click(`${byTestId('add-account')}, #add-first`);
    await this.page.waitFor('#otpauth-uri');
  }

  async addAccountByUri(uri: string): Promise<void> {
    await this.openAddAccount();
    await this.page.fill('#otpauth-uri', uri);
    await this.page.click(submitOf('add-title'));
  }

  async editAccount(id: string): Promise<void> {
    await this.page.click(`${row(id)} ${byTestId('account-edit')}`);
    await this.page.waitFor('#edit-domains');
  }

  setSites = (domains: string) => this.page.fill('#edit-domains', domains);
  setGroup = (group: string) => this.page.fill('#edit-group', group);
  /** The edit screen's pin box, checked or not. */
  async setPinned(pinned: boolean): Promise<void> {
    const checked = await this.page.evaluate(
      () => document.querySelector<HTMLInputElement>('#edit-pinned')!.checked,
      undefined,
    );
    if (checked !== pinned) await this.page.click('#edit-pinned');
  }
  saveEdit = () => this.page.click(submitOf('edit-title'));

  /** Notes and recovery codes show only for the vault password. */
  async revealNotes(password: string): Promise<void> {
    await this.page.fill('#notes-password', password);
    await this.page.click('#notes-reveal');
  }

  notesError = () => this.page.text(`fieldset:has(#notes-password) ${ALERT}`);

  /** "Lost access?": where the exchange's support is, shown without the password. */
  lostAccess = () => this.page.text(byTestId('lost-access'));
  /** The recovery kit, shown with the notes. */
  recoveryKit = () => this.page.text('#recovery-kit');
  fillKitItem = (item: string, value: string) => this.page.fill(`[data-kit-item="${item}"]`, value);

  // What the popup says about the tab, and the rest of its screens.

  /** The line about the tab: an exchange, another site, or a look-alike; waits for it. */
  async siteStatus(): Promise<{ kind: string | null; text: string }> {
    await this.page.waitFor(SITE_STATUS);
    return this.page.evaluate((selector) => {
      const line = document.querySelector(selector)!;
      return { kind: line.getAttribute('data-status'), text: line.textContent ?? '' };
    }, SITE_STATUS);
  }

  waitForSiteStatus = (kind: string) => this.page.waitFor(`${SITE_STATUS}[data-status="${kind}"]`);

  tagline = () => this.page.text(byTestId('brand-tagline'));
  welcomeTitle = () => this.page.text('#welcome-title');

  clockWarning = () => this.page.text(`${byTestId('clock-warning')} p`);
  adjustClock = () => this.page.click('#clock-adjust');

  /** A new browser offered the backup in its sync storage. */
  syncOfferText = () => this.page.text('form[aria-labelledby="sync-offer-title"] p');

  async restoreFromSync(password: string): Promise<void> {
    await this.page.fill('#sync-password', password);
    await this.page.click('#sync-restore');
  }

  damagedTitle = () => this.page.text('#damaged-title');
  waitForDamaged = (id: string) => this.page.waitFor(`[data-damaged-id="${id}"]`);
  removeDamaged = (id: string) => this.page.click(`[data-damaged-id="${id}"] button`);

  /** "Scan QR" on the tab; answers what the scan found (`found`, `none`), or the error shown. */
  async scan(): Promise<string> {
    await this.page.click('#scan');
    await this.page.waitFor(`${SCAN_RESULT}, ${ERROR}`, 20_000);
    return (await scanResultKind(this.page)) ?? `error: ${await this.error()}`;
  }

  scanLines = () => scanLines(this.page);
  addScanned = () => addScanned(this.page);
  canAddScanned = () => canAddScanned(this.page);
  addedCode = () => addedCode(this.page);
  nothingFoundText = () => nothingFoundText(this.page);
}

/**
 * Reads a code as shown (`read`) and checks it against an independent TOTP for the moment
 * it was read; read away from a step boundary, and read again if the read straddled one.
 */
export async function expectCodeToMatch(read: () => Promise<string>, secret: string): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    // The first second of a step: the page may not have asked for the new codes yet.
    const before = await waitUntil('a moment away from a step boundary', () => {
      const now = Date.now();
      return now % 30_000 > 1_000 && now % 30_000 < 29_000 && now;
    });
    const shown = await read();
    if (Math.floor(before / 30_000) === Math.floor(Date.now() / 30_000)) {
      expect(shown).toBe(independentTotp(secret, before));
      return;
    }
  }
  throw new Error('could not read the code away from a step boundary');
}
