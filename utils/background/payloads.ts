import type { GetDataType } from '@webext-core/messaging';
import type { ContentScriptMessage, FromContentScript, PageMessage, ProtocolMap } from '../messaging/protocol';
import { OTP_ALGORITHMS, OTP_TYPES } from '../otp/account';
import { EXPORTERS } from '../formats/exporters/registry';
import { AUTO_LOCK_CHOICES } from '../settings';

// A dozen lines of parsers rather than a schema library: the background runs them, the
// messages are few and flat, and each parser's output type is checked against the
// protocol below (a library's inferred types would be checked the same way, for ~10 kB+).

/** A payload as the handler may take it, or the field that was not what the UI sends. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly at: string };
export type Parser<T> = (value: unknown) => Parsed<T>;

const take = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (at: string): Parsed<never> => ({ ok: false, at });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text: Parser<string> = (value) => (typeof value === 'string' ? take(value) : refuse('text'));
const bool: Parser<boolean> = (value) => (typeof value === 'boolean' ? take(value) : refuse('boolean'));
const int: Parser<number> = (value) => (Number.isSafeInteger(value) ? take(Number(value)) : refuse('integer'));
const finite: Parser<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? take(value) : refuse('number');
/** No payload: the UI sends none. */
const nothing: Parser<undefined> = (value) => (value === undefined || value === null ? take(undefined) : refuse(''));

function oneOf<T>(allowed: readonly T[]): Parser<T> {
  return (value) => {
    const found = allowed.find((item) => item === value);
    return found === undefined ? refuse('choice') : take(found);
  };
}

function optional<T>(parse: Parser<T>): Parser<T | undefined> {
  return (value) => (value === undefined ? take(undefined) : parse(value));
}

function nullable<T>(parse: Parser<T>): Parser<T | null> {
  return (value) => (value === null ? take(null) : parse(value));
}

function list<T>(item: Parser<T>): Parser<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return refuse('list');
    const items: T[] = [];
    for (const [index, element] of value.entries()) {
      const parsed = item(element);
      if (!parsed.ok) return refuse(`${index}.${parsed.at}`);
      items.push(parsed.value);
    }
    return take(items);
  };
}

/** Own keys only; `Object.fromEntries` defines them as data, so `__proto__` stays a key. */
function dictionary<T>(item: Parser<T>): Parser<Record<string, T>> {
  return (value) => {
    if (!isRecord(value)) return refuse('object');
    const entries: [string, T][] = [];
    for (const [key, element] of Object.entries(value)) {
      const parsed = item(element);
      if (!parsed.ok) return refuse(`${key}.${parsed.at}`);
      entries.push([key, parsed.value]);
    }
    return take(Object.fromEntries(entries));
  };
}

class Refused extends Error {
  constructor(readonly at: string) {
    super(at);
  }
}

/** Reads one field of the payload as `parse` takes it, or refuses the whole payload. */
type FieldReader = <F>(key: string, parse: Parser<F>) => F;

/**
 * An object read field by field into a new one (`read` names each): a field the UI does
 * not send (a `secret` in an edit, `domains` in a typed-in account) never reaches the handler.
 */
function fields<T>(read: (field: FieldReader) => T): Parser<T> {
  return (value) => {
    if (!isRecord(value)) return refuse('object');
    const field: FieldReader = (key, parse) => {
      const parsed = parse(Object.hasOwn(value, key) ? value[key] : undefined);
      if (!parsed.ok) throw new Refused(`${key}.${parsed.at}`);
      return parsed.value;
    };
    try {
      return take(read(field));
    } catch (error) {
      if (error instanceof Refused) return refuse(error.at);
      throw error;
    }
  };
}

const byId = fields((f) => ({ id: f('id', text) }));
const byTab = fields((f) => ({ tabId: f('tabId', int) }));
const byPassword = fields((f) => ({ password: f('password', text) }));
const byVaultPassword = fields((f) => ({ vaultPassword: f('vaultPassword', text) }));
const backupFile = fields((f) => ({ text: f('text', text), password: f('password', text) }));
const webdavConfig = fields((f) => ({ url: f('url', text), user: f('user', text), password: f('password', text) }));
const webdavFile = fields((f) => ({ filename: f('filename', text), password: f('password', text) }));

/** An edit as the form sends it: never the secret, type, counter, digits, algorithm or period. */
const accountEdit = fields((f) => ({
  issuer: f('issuer', optional(text)),
  label: f('label', optional(text)),
  domains: f('domains', optional(list(text))),
  notes: f('notes', optional(text)),
  recoveryCodes: f('recoveryCodes', optional(list(text))),
  recoveryKit: f('recoveryKit', optional(dictionary(text))),
  pinned: f('pinned', optional(bool)),
  group: f('group', optional(text)),
}));

/**
 * A typed-in account: the form's fields, and the sites and HOTP counter a new account may
 * state (the e2e set-ups do); the sites pass the bind policy. No notes or preferred sites.
 */
const manualAccount = fields((f) => ({
  secret: f('secret', text),
  issuer: f('issuer', optional(text)),
  label: f('label', optional(text)),
  type: f('type', optional(oneOf(OTP_TYPES))),
  algorithm: f('algorithm', optional(oneOf(OTP_ALGORITHMS))),
  digits: f('digits', optional(int)),
  period: f('period', optional(int)),
  counter: f('counter', optional(int)),
  domains: f('domains', optional(list(text))),
}));

const clockChoice = fields((f) => ({
  site: f('site', text),
  adjust: f('adjust', bool),
  skewMs: f('skewMs', optional(finite)),
}));
const adjustClock: Parser<GetDataType<ProtocolMap['adjustClock']>> = (value) => {
  const parsed = clockChoice(value);
  if (!parsed.ok) return parsed;
  const { site, adjust, skewMs } = parsed.value;
  if (!adjust) return take({ site, adjust });
  return skewMs === undefined ? refuse('skewMs') : take({ site, adjust, skewMs });
};

const exchangePreferences = fields((f) => ({
  autoFill: f('autoFill', optional(bool)),
  autoSubmit: f('autoSubmit', optional(bool)),
}));
const settings = fields((f) => ({
  autoLockMinutes: f('autoLockMinutes', optional(oneOf(AUTO_LOCK_CHOICES))),
  passwordEveryDays: f('passwordEveryDays', optional(int)),
  exchanges: f('exchanges', optional(dictionary(exchangePreferences))),
}));

/**
 * What each page message's payload must be: the fields the UI sends, nothing else. The
 * compiler checks that every page message has one and that it gives the handler's type.
 */
export const PAGE_PAYLOADS: { readonly [K in PageMessage]: Parser<GetDataType<ProtocolMap[K]>> } = {
  pendingFill: byTab,
  completePendingFill: fields((f) => ({
    tabId: f('tabId', int),
    accountId: f('accountId', optional(text)),
    remember: f('remember', optional(bool)),
  })),
  cancelPendingFill: byTab,
  fillFromPopup: fields((f) => ({
    accountId: f('accountId', text),
    tabId: f('tabId', int),
    bindTo: f('bindTo', optional(text)),
  })),
  tabSite: byTab,
  adjustClock,

  createVault: byPassword,
  unlockVault: byPassword,
  lockVault: nothing,
  changePassword: fields((f) => ({ current: f('current', text), next: f('next', text) })),
  listCodes: nothing,
  removeDamaged: byId,
  addAccountFromUri: fields((f) => ({ uri: f('uri', text) })),
  addAccountManually: manualAccount,
  accountDetails: byId,
  accountNotes: fields((f) => ({ id: f('id', text), vaultPassword: f('vaultPassword', text) })),
  editAccount: fields((f) => ({
    id: f('id', text),
    changes: f('changes', accountEdit),
    vaultPassword: f('vaultPassword', optional(text)),
  })),
  deleteAccount: byId,
  listTrash: nothing,
  restoreFromTrash: byId,
  deleteForGood: fields((f) => ({ ids: f('ids', list(text)) })),
  moveAccount: fields((f) => ({
    id: f('id', text),
    before: f('before', optional(text)),
    after: f('after', optional(text)),
  })),
  nextHotpCode: byId,
  getSettings: nothing,
  setSettings: settings,

  touchOffer: nothing,
  unlockByTouch: fields((f) => ({ credentialId: f('credentialId', text), prfOutput: f('prfOutput', text) })),
  keySlots: nothing,
  addKeySlot: fields((f) => ({
    vaultPassword: f('vaultPassword', text),
    name: f('name', text),
    credentialId: f('credentialId', text),
    prfSalt: f('prfSalt', text),
    prfOutput: f('prfOutput', text),
  })),
  renewKeySlot: fields((f) => ({ credentialId: f('credentialId', text), prfOutput: f('prfOutput', text) })),
  removeKeySlot: byId,

  prepareScan: nothing,
  scanTab: byTab,
  scanImage: fields((f) => ({ base64: f('base64', text) })),
  scanReport: fields((f) => ({ scanId: f('scanId', text) })),
  addScanned: fields((f) => ({ scanId: f('scanId', text) })),

  importFile: fields((f) => ({
    name: f('name', text),
    base64: f('base64', text),
    password: f('password', optional(text)),
  })),

  exportBackup: nothing,
  restoreBackup: backupFile,
  checkBackup: backupFile,
  setBackupPassword: fields((f) => ({
    vaultPassword: f('vaultPassword', text),
    backupPassword: f('backupPassword', nullable(text)),
  })),
  backupStatus: nothing,
  syncOffer: nothing,
  webdavSettings: nothing,
  connectWebdav: webdavConfig,
  disconnectWebdav: nothing,
  webdavBackups: fields((f) => ({ connection: f('connection', optional(webdavConfig)) })),
  restoreFromWebdav: fields((f) => ({
    filename: f('filename', text),
    password: f('password', text),
    connection: f('connection', optional(webdavConfig)),
  })),
  checkWebdavBackup: webdavFile,
  restoreFromSync: byPassword,
  adoptSyncKey: byPassword,
  replaceSyncCopy: nothing,

  exportFile: fields((f) => ({
    format: f('format', oneOf(EXPORTERS.map((exporter) => exporter.id))),
    password: f('password', optional(text)),
    vaultPassword: f('vaultPassword', optional(text)),
  })),
  migrationCodes: byVaultPassword,
  recoverySheet: byVaultPassword,
};

/**
 * What each content script's message carries, read the same way: the content script runs
 * in hostile pages, so a field it never sends (a site, a tab, an account) is dropped, and a
 * value of another type refuses the message.
 */
export const CONTENT_SCRIPT_PAYLOADS: {
  readonly [K in ContentScriptMessage]: Parser<GetDataType<FromContentScript[K]>>;
} = {
  requestFill: fields((f) => {
    const ticket = f('ticket', optional(text));
    return { automatic: f('automatic', bool), ...(ticket === undefined ? {} : { ticket }) };
  }),
  fillDone: fields((f) => ({ confirm: f('confirm', text) })),
};

/** A page message's payload, parsed; what the handler gets. */
export function parsePayload<K extends PageMessage>(type: K, data: unknown): Parsed<GetDataType<ProtocolMap[K]>> {
  return PAGE_PAYLOADS[type](data);
}
