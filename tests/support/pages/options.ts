import type { ExtensionHarness, TestPage } from '../browsers';
import { readShownQrCodes } from '../qr-read';
import { addScanned, scanLines, SCAN_RESULT } from './scan-results';
import { reloadUntil } from './reload';
import { ALERT, byTestId, STATUS } from './selectors';
import { deleteForGood, restoreFromTrash, trashItems } from './trash';

const MIGRATION = byTestId('migration');
const QR = 'svg[role="img"]';
const IMPORT_REPORT = byTestId('import-report');
const CHECK_REPORT = byTestId('backup-check');
const RESTORED = `#restore ${STATUS}`;

export type ExchangeSwitch = 'autoFill' | 'autoSubmit';

/** What an import reported: the format, the counts, and the accounts it names. */
export interface ImportReportView {
  format: string | null;
  added: string | null;
  duplicates: string | null;
  formatText: string;
  addedNames: string[];
  duplicateNames: string[];
}

/** The options page: backups and restore, import, export, WebDAV, the exchanges' switches. */
export class OptionsPage {
  constructor(readonly page: TestPage) {}

  static async open(harness: ExtensionHarness): Promise<OptionsPage> {
    return new OptionsPage(await harness.openExtensionPage('options.html'));
  }

  /** `options.html#hash`, as a link from the popup or a notification opens it. */
  static async openAt(harness: ExtensionHarness, hash: string): Promise<OptionsPage> {
    return new OptionsPage(await harness.openExtensionPage(`options.html#${hash}`));
  }

  close = () => this.page.close();
  screenshot = (path: string) => this.page.screenshot(path);

  // The sections.

  /**
   * Where the element `#id` is in the window (CSS pixels from its top), and whether the
   * sections' navigation is in view too; null while it is not on the page.
   */
  placeOf(id: string): Promise<{ top: number; bottom: number; navInView: boolean } | null> {
    return this.page.evaluate((target) => {
      const element = document.getElementById(target);
      const nav = document.querySelector('nav')?.getBoundingClientRect();
      if (!element || !nav) return null;
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom, navInView: nav.top >= 0 && nav.bottom <= innerHeight && nav.height > 0 };
    }, id);
  }

  /** Follows the navigation's link to a section. */
  goToSection = (id: string) => this.page.click(`nav a[href="#${id}"]`);

  /** The section the navigation marks as the one being read. */
  currentSection = () =>
    this.page.evaluate(
      () => document.querySelector('nav a[aria-current]')?.getAttribute('href')?.slice(1) ?? null,
      undefined,
    );

  /** The sections the navigation links to, in order. */
  sectionLinks = () =>
    this.page.evaluate(
      () => Array.from(document.querySelectorAll('nav a[href^="#"]'), (link) => link.getAttribute('href')!.slice(1)),
      undefined,
    );

  // Recently deleted.

  trashItems = () => trashItems(this.page);
  restoreFromTrash = (id: string) => restoreFromTrash(this.page, id);
  deleteForGood = (id: string) => deleteForGood(this.page, id);

  /** Loads the page again (every form empty) and waits for `ready`. */
  reload = (ready: string) => reloadUntil(this.page, ready);

  // Backups.

  /** The backup section says every account is in a backup. */
  waitForBackedUp = (timeoutMs = 20_000) =>
    this.page.waitFor(`${byTestId('backup-status')}[data-pending="0"]`, timeoutMs);

  exportBackup = () => this.page.click('#export-backup');
  recoveryCount = () => this.page.text('#recovery-count');

  waitForBackupPassword = (separate: boolean) => this.page.waitFor(`#backup-password[data-separate="${separate}"]`);

  /** Backups open with `backupPassword` from now on (the vault password allows it). */
  async setBackupPassword(vaultPassword: string, backupPassword: string): Promise<void> {
    await this.page.click('#backup-password summary');
    await this.page.fill('#backup-vault-password', vaultPassword);
    await this.page.fill('#backup-new-password', backupPassword);
    await this.page.click('#backup-password-set');
    await this.waitForBackupPassword(true);
  }

  /** A backup file and the password to open it, in the restore form. */
  async chooseBackupFile(path: string, password: string): Promise<void> {
    await this.page.chooseFile('#restore-file', path);
    await this.page.fill('#restore-password', password);
  }

  typeRestorePassword = (password: string) => this.page.fill('#restore-password', password);

  /** The restore form's error (a wrong password, a damaged file). */
  async restoreError(): Promise<string> {
    await this.page.waitFor(`#restore ${ALERT}`, 20_000);
    return this.page.text(`#restore ${ALERT}`);
  }

  /** Restores a backup file into this browser; answers the note that says what came in. */
  async restoreFile(path: string, password: string): Promise<string> {
    await this.chooseBackupFile(path, password);
    await this.page.click('#restore-backup');
    await this.page.waitFor(RESTORED, 20_000);
    return this.page.text(RESTORED);
  }

  /** "Check" on the chosen file (it writes nothing). */
  async checkBackup(): Promise<void> {
    await this.page.waitFor('#check-backup:not([disabled])');
    await this.page.click('#check-backup');
  }

  /** The check's report: how many accounts the backup holds, how many give the same codes, and what it says. */
  async backupCheckReport(): Promise<{ count: string | null; same: string | null; text: string }> {
    await this.page.waitFor(CHECK_REPORT, 20_000);
    return this.page.evaluate((selector) => {
      const report = document.querySelector(selector)!;
      return {
        count: report.getAttribute('data-count'),
        same: report.getAttribute('data-same'),
        text: report.textContent ?? '',
      };
    }, CHECK_REPORT);
  }

  scrollToBackupCheck = () =>
    this.page.evaluate((report) => document.querySelector(report)?.scrollIntoView({ block: 'center' }), CHECK_REPORT);

  // WebDAV.

  /** The connection as the person types it. */
  async typeWebDavConnection(url: string, user: string, password: string): Promise<void> {
    await this.page.fill('#webdav-url', url);
    await this.page.fill('#webdav-user', user);
    await this.page.fill('#webdav-password', password);
  }

  connectWebDav = () => this.page.click('#webdav-connect');
  waitForWebDavConnected = () => this.page.waitFor('#webdav-connected');

  async webDavError(): Promise<string> {
    await this.page.waitFor(`#webdav-form ${ALERT}`);
    return this.page.text(`#webdav-form ${ALERT}`);
  }

  /** A new browser: lists the backups there and restores the newest with its password. */
  async restoreNewestWebDavBackup(password: string): Promise<void> {
    await this.page.click('#webdav-list');
    await this.page.waitFor(byTestId('webdav-backup'));
    await this.page.fill('#webdav-restore-password', password);
    // Newest first.
    await this.page.click(`${byTestId('webdav-backup')}:first-child ${byTestId('webdav-restore')}`);
  }

  // Import.

  /** Chooses a file in the import section: it is read at once (or asks for its password). */
  chooseImportFile = (path: string) => this.page.chooseFile('#import-file', path);

  /** The format the password prompt is for, once it asks. */
  importPromptFormat = () =>
    this.page.evaluate(() => document.querySelector('#import form')?.getAttribute('data-format') ?? null, undefined);

  importPromptLabel = () => this.page.text('#import form label');

  async submitImportPassword(password: string): Promise<void> {
    await this.page.fill('#import-password', password);
    await this.page.click('#import button[type="submit"]');
  }

  /** The import's error, or '' while there is none. */
  importError = () =>
    this.page.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', `#import ${ALERT}`);

  /** The report of the last import, or null while there is none. */
  importReport(): Promise<ImportReportView | null> {
    return this.page.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const names = (list: string) =>
        Array.from(element.querySelectorAll(`[data-testid="${list}"] li`), (item) => item.textContent ?? '');
      return {
        format: element.getAttribute('data-format'),
        added: element.getAttribute('data-added'),
        duplicates: element.getAttribute('data-duplicates'),
        formatText: element.querySelector('[data-testid="import-format"]')?.textContent ?? '',
        addedNames: names('import-added'),
        duplicateNames: names('import-duplicates'),
      };
    }, IMPORT_REPORT);
  }

  waitForImportReport = () => this.page.waitFor(IMPORT_REPORT);

  // Export.

  pickExport = (choice: string) => this.page.click(`input[name="export-format"][value="${choice}"]`);
  typeExportVaultPassword = (password: string) => this.page.fill('#export-vault-password', password);
  typeExportPassword = (password: string) => this.page.fill('#export-password', password);
  tickExportWarning = () => this.page.click('#export-understood');
  runExport = () => this.page.click('#export-run');
  exportRunDisabled = () =>
    this.page.evaluate(() => document.querySelector<HTMLButtonElement>('#export-run')!.disabled, undefined);

  async exportError(): Promise<string> {
    await this.page.waitFor(`#export ${ALERT}`, 20_000);
    return this.page.text(`#export ${ALERT}`);
  }

  /** The Google Authenticator transfer code on screen (`index`: which of them), read back. */
  async migrationCode(index = 0): Promise<string> {
    await this.page.waitFor(`${MIGRATION}[data-index="${index}"] ${QR}`);
    return (await readShownQrCodes(this.page, `${MIGRATION} ${QR}`))[0]!;
  }

  nextMigrationCode = () => this.page.click('#migration-next');
  hideMigrationCodes = () => this.page.click('#migration-hide');
  migrationPosition = () => this.page.text(byTestId('migration-position'));
  migrationSkipped = () => this.page.text(`${byTestId('migration-skipped')} li`);

  // The exchanges and the image import.

  toggleExchange = (exchange: string, which: ExchangeSwitch) =>
    this.page.click(`tr[data-exchange="${exchange}"] input[name="${which}"]`);

  /** A screenshot or photo of a setup QR code, read in the options. */
  async importQrImage(path: string): Promise<void> {
    await this.page.chooseFile('#qr-image', path);
    await this.page.waitFor(SCAN_RESULT);
  }

  scanLines = () => scanLines(this.page);
  addScanned = () => addScanned(this.page);
}
