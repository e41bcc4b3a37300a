import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Frame as PlaywrightFrame, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, {
  type KeyInput,
  type Browser as PuppeteerBrowser,
  type Frame as PuppeteerFrame,
  type Page as PuppeteerPage,
} from 'puppeteer-core';
import { HOST_NAMES } from './hosts';
import { waitUntil } from './wait';

export type BrowserKind = 'chromium' | 'firefox';
const ALL_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];
/** Both, or the one the e2e project runs (`E2E_BROWSER`, tests/e2e/vitest.config.ts). */
export const BROWSER_KINDS: readonly BrowserKind[] = ALL_KINDS.filter(
  (kind) => (process.env.E2E_BROWSER ?? kind) === kind,
);
export type UiLocale = 'en' | 'ja';

const OUTPUT_DIR = fileURLToPath(new URL('../../.output/', import.meta.url));
// `npm run build:e2e`: the production build plus <all_urls> (see wxt.config.ts).
export const EXTENSION_DIRS: Record<BrowserKind, string> = {
  chromium: join(OUTPUT_DIR, 'chrome-mv3-e2e'),
  firefox: join(OUTPUT_DIR, 'firefox-mv2-e2e'),
};
export const BROWSER_PATHS: Record<BrowserKind, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** What both drivers offer in a page or a frame, so tests run unchanged in both browsers. */
export interface TestFrame {
  url(): string;
  evaluate<Result, Arg>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  /** Replaces a field's value as typing would (input events included). */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses a file in an `<input type=file>`, as the file picker would. */
  chooseFile(selector: string, path: string): Promise<void>;
}

export interface TestPage extends TestFrame {
  /** A real mouse click at viewport coordinates (reaches into closed shadow roots). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real key press (`ArrowDown`, `Enter`, `/`, `Alt+ArrowUp`) to whatever has the focus. */
  press(key: string): Promise<void>;
  /** The first frame (iframe) whose URL contains `part`, once it has loaded. */
  frame(part: string): Promise<TestFrame>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** A DevTools Protocol session on this page (Chromium only: the virtual authenticator). */
  devtools?(): Promise<DevToolsSession>;
}

/** What the tests ask of a DevTools Protocol session. */
export interface DevToolsSession {
  send(method: string, params?: object): Promise<unknown>;
}

export interface ExtensionHarness {
  readonly kind: BrowserKind;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  readonly baseUrl: string;
  readonly profileDir: string;
  /** Opens an extension page (`popup.html`, `options.html?x=1`) in a tab of its own. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Opens an extension page in a window of its own, leaving the tab in front of the main
   * window where it was (what the toolbar popup sees, for capturing that tab).
   */
  openExtensionWindow(path: string): Promise<TestPage>;
  /** Opens `url` in a new front tab made by the extension, so its tab id is known. */
  openTab(url: string): Promise<{ page: TestPage; tabId: number }>;
  /**
   * Opens `url` (a file:// page) in a tab whose every network request is refused, and
   * lists the requests it tried: a page that works offline tried none.
   */
  openOffline(url: string): Promise<{ page: TestPage; refused: readonly string[] }>;
  /** A page of ours that the extension opened itself (a link, `window.open`), once loaded. */
  openedExtensionPage(path: string): Promise<TestPage>;
  /** Stops the extension's service worker, as Chrome does after 30 s idle (Chromium only). */
  stopServiceWorker(): Promise<void>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<ExtensionHarness>;
  /** Closes the browser; the profile is deleted unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  locale?: UiLocale;
  /** Device pixel ratio of every page (HiDPI screens: 2). */
  deviceScaleFactor?: number;
  /** CSS pixels; 1280×800 unless said. */
  viewport?: { width: number; height: number };
  /** Reuse a profile (a browser restart); a fresh one is made otherwise. */
  profileDir?: string;
}

export function launchExtension(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), `omamori-${kind}-`));
  const settings = {
    locale: options.locale ?? 'en',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    viewport: options.viewport ?? { width: 1280, height: 800 },
  };
  return kind === 'chromium' ? launchChromium(profileDir, settings) : launchFirefox(profileDir, settings);
}

type Settings = { locale: UiLocale; deviceScaleFactor: number; viewport: { width: number; height: number } };

async function launchChromium(profileDir: string, settings: Settings): Promise<ExtensionHarness> {
  const { locale, deviceScaleFactor, viewport } = settings;
  const extension = EXTENSION_DIRS.chromium;
  const language = locale === 'ja' ? 'ja' : 'en-US';
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: BROWSER_PATHS.chromium,
    headless: true,
    locale: language,
    ignoreHTTPSErrors: true,
    // A real window at a real pixel ratio (not emulation), so captureVisibleTab sees it.
    viewport: null,
    env: { ...process.env, LANGUAGE: language },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=${HOST_NAMES.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
      '--ignore-certificate-errors',
      `--lang=${language}`,
      `--window-size=${viewport.width},${viewport.height}`,
      `--force-device-scale-factor=${deviceScaleFactor}`,
      // This machine has no network beyond loopback: keep Chromium from trying.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const worker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
  const baseUrl = `chrome-extension://${new URL(worker.url()).host}/`;
  return new DriverHarness('chromium', baseUrl, profileDir, settings, {
    newPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return playwrightPage(page);
    },
    offlinePage: async (url) => {
      const page = await context.newPage();
      const refused: string[] = [];
      await page.route('**/*', (route) => {
        if (route.request().url() === url) return route.continue();
        refused.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await page.goto(url);
      return { page: playwrightPage(page), refused };
    },
    pages: () => context.pages().map(playwrightPage),
    stopServiceWorker: async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) if (version.scriptURL.startsWith(baseUrl)) statuses.push(version.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await waitUntil('the service worker to be reported', () => statuses.length > 0);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitUntil('the service worker to stop', () => statuses.at(-1) === 'stopped');
      await cdp.detach();
    },
    close: () => context.close(),
  });
}

function isExtensionWorker(worker: { url(): string }): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/** The moz-extension UUID of each profile, so a restart keeps the extension's origin. */
const firefoxUuids = new Map<string, string>();

async function launchFirefox(profileDir: string, settings: Settings): Promise<ExtensionHarness> {
  const { locale, deviceScaleFactor, viewport } = settings;
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIRS.firefox, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = firefoxUuids.get(profileDir) ?? randomUUID();
  firefoxUuids.set(profileDir, uuid);
  const language = locale === 'ja' ? 'ja' : 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_PATHS.firefox,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profileDir,
    acceptInsecureCerts: true,
    defaultViewport: viewport,
    // In CSS pixels: about the viewport Chromium gets, at any pixel ratio.
    args: ['--remote-allow-system-access', `--width=${viewport.width}`, `--height=${viewport.height + 80}`],
    extraPrefsFirefox: {
      'network.dns.localDomains': HOST_NAMES.join(','),
      'intl.locale.requested': language,
      'intl.accept_languages': language,
      'layout.css.devPixelsPerPx': String(deviceScaleFactor),
      // Downloads (automatic backups) into the profile, without asking.
      'browser.download.dir': join(profileDir, 'downloads'),
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.start_downloads_in_tmp_dir': false,
      // A known moz-extension:// origin, the same on every launch of this profile.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // A temporary add-on is removed when Firefox quits; keep its origin and data so a
      // restart on this profile finds the vault again, as an installed add-on would.
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
    },
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);
  const baseUrl = `moz-extension://${uuid}/`;
  return new DriverHarness('firefox', baseUrl, profileDir, settings, {
    newPage: async (url) => {
      const page = await browser.newPage();
      // Firefox never resolves goto() for moz-extension:// pages; the page still loads.
      const navigation = page.goto(url).catch(() => undefined);
      if (!url.startsWith('moz-extension:')) await navigation;
      return puppeteerPage(page);
    },
    offlinePage: async (url) => {
      const page = await browser.newPage();
      const refused: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url() === url) return void request.continue();
        refused.push(request.url());
        void request.abort('internetdisconnected');
      });
      await page.goto(url);
      return { page: puppeteerPage(page), refused };
    },
    pages: async () => (await browser.pages()).map(puppeteerPage),
    stopServiceWorker: () => Promise.reject(new Error('Firefox runs Omamori in a background page, not a worker')),
    close: () => closeFirefox(browser),
  });
}

async function closeFirefox(browser: PuppeteerBrowser): Promise<void> {
  await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
}

interface Driver {
  newPage(url: string): Promise<TestPage>;
  offlinePage(url: string): Promise<{ page: TestPage; refused: readonly string[] }>;
  pages(): TestPage[] | Promise<TestPage[]>;
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

class DriverHarness implements ExtensionHarness {
  private controlPage: Promise<TestPage> | undefined;

  constructor(
    readonly kind: BrowserKind,
    readonly baseUrl: string,
    readonly profileDir: string,
    private readonly settings: Settings,
    private readonly driver: Driver,
  ) {}

  stopServiceWorker(): Promise<void> {
    return this.driver.stopServiceWorker();
  }

  async restart(): Promise<ExtensionHarness> {
    await this.close({ keepProfile: true });
    return launchExtension(this.kind, { ...this.settings, profileDir: this.profileDir });
  }

  async openExtensionPage(path: string): Promise<TestPage> {
    const url = new URL(path, this.baseUrl).href;
    const page = await this.driver.newPage(url);
    await waitUntil(`${path} to load`, () =>
      page.evaluate(() => document.readyState === 'complete' && location.protocol !== 'about:', undefined),
    );
    return page;
  }

  async openTab(url: string): Promise<{ page: TestPage; tabId: number }> {
    const tabId = await (
      await this.control()
    ).evaluate(async (target) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const tab = await api.tabs.create({ url: target, active: true });
      return tab.id ?? -1;
    }, url);
    return { page: await this.loadedPage(url), tabId };
  }

  openOffline(url: string): Promise<{ page: TestPage; refused: readonly string[] }> {
    return this.driver.offlinePage(url);
  }

  openedExtensionPage(path: string): Promise<TestPage> {
    return this.loadedPage(new URL(path, this.baseUrl).href);
  }

  async openExtensionWindow(path: string): Promise<TestPage> {
    const url = new URL(path, this.baseUrl).href;
    await (
      await this.control()
    ).evaluate(async (target) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.windows.create({ url: target, type: 'popup', width: 400, height: 640 });
    }, url);
    return this.loadedPage(url);
  }

  private control(): Promise<TestPage> {
    this.controlPage ??= this.openExtensionPage('options.html');
    return this.controlPage;
  }

  private async loadedPage(url: string): Promise<TestPage> {
    const wanted = new URL(url).href;
    // Firefox reports extension pages in windows it did not open itself as about:blank.
    const href = (page: TestPage) => page.evaluate(() => location.href, undefined).catch(() => '');
    const page = await waitUntil(`a page at ${url}`, async () => {
      for (const candidate of await this.driver.pages()) {
        if (candidate.url() === wanted || (await href(candidate)) === wanted) return candidate;
      }
      return undefined;
    });
    await waitUntil(`${url} to load`, () => page.evaluate(() => document.readyState === 'complete', undefined));
    return page;
  }

  async close(options: { keepProfile?: boolean } = {}): Promise<void> {
    await this.driver.close();
    if (!options.keepProfile) rmSync(this.profileDir, { recursive: true, force: true });
  }
}

function playwrightFrame(frame: PlaywrightPage | PlaywrightFrame): TestFrame {
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as (arg: unknown) => never, arg),
    waitFor: async (selector, timeoutMs = 10_000) => {
      await frame.waitForSelector(selector, { timeout: timeoutMs });
    },
    text: async (selector) => (await frame.waitForSelector(selector)).textContent().then((text) => text ?? ''),
    click: (selector) => frame.click(selector),
    fill: (selector, value) => frame.fill(selector, value),
    chooseFile: (selector, path) => frame.setInputFiles(selector, path),
  };
}

function playwrightPage(page: PlaywrightPage): TestPage {
  return {
    ...playwrightFrame(page),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    frame: async (part) => {
      const frame = await waitUntil(`a frame at ${part}`, () =>
        page.frames().find((candidate) => candidate.url().includes(part)),
      );
      await frame.waitForLoadState();
      return playwrightFrame(frame);
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
    devtools: async () => {
      const session = await page.context().newCDPSession(page);
      return { send: (method, params) => session.send(method as never, params as never) };
    },
  };
}

function puppeteerFrame(frame: PuppeteerPage | PuppeteerFrame): TestFrame {
  const waitFor = async (selector: string, timeoutMs = 10_000) => {
    await frame.waitForSelector(selector, { timeout: timeoutMs });
  };
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as (arg: unknown) => never, arg),
    waitFor,
    text: async (selector) => {
      await waitFor(selector);
      return frame.$eval(selector, (element) => element.textContent ?? '');
    },
    click: async (selector) => {
      await waitFor(selector);
      await frame.click(selector);
    },
    fill: async (selector, value) => {
      await waitFor(selector);
      // Cleared as typing would clear it (an input event), so a controlled field's state
      // is empty too and a re-render cannot bring the old value back under the new one.
      await frame.$eval(selector, (element) => {
        (element as HTMLInputElement).value = '';
        element.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await frame.type(selector, value);
    },
    chooseFile: async (selector, path) => {
      const input = await frame.waitForSelector(selector);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
  };
}

function puppeteerPage(page: PuppeteerPage): TestPage {
  return {
    ...puppeteerFrame(page),
    clickAt: (x, y) => page.mouse.click(x, y),
    // `Alt+ArrowUp` as Playwright takes it: the modifiers held around the key.
    press: async (chord) => {
      const keys = chord.split(/\+(?!$)/) as KeyInput[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    frame: async (part) => {
      // Firefox reports an extension frame inside a web page as about:blank: ask it.
      const frame = await waitUntil(`a frame at ${part}`, async () => {
        for (const candidate of page.frames()) {
          const href = await candidate.evaluate(() => location.href).catch(() => '');
          if (href.includes(part)) return candidate;
        }
        return undefined;
      });
      return puppeteerFrame(frame);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}
