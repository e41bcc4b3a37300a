// The opener's words, from the extension's own locale files (one translation, checked by
// the same unit test as every other string). Each is named statically, so a bundle carries
// these few and not the extension's whole catalogue.
import * as en from '../../../public/_locales/en/messages.json';
import * as ja from '../../../public/_locales/ja/messages.json';
import type { OpenFailure } from './core';

export type Language = 'en' | 'ja';

interface Message {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

const EN = {
  openerTitle: en['openerTitle'],
  openerIntro: en['openerIntro'],
  openerOffline: en['openerOffline'],
  openerFile: en['openerFile'],
  openerPassword: en['openerPassword'],
  openerOpen: en['openerOpen'],
  openerOpening: en['openerOpening'],
  openerOpened: en['openerOpened'],
  openerOpenedSync: en['openerOpenedSync'],
  openerFailedEntries: en['openerFailedEntries'],
  openerSetupKey: en['openerSetupKey'],
  openerCode: en['openerCode'],
  openerHotp: en['openerHotp'],
  openerClear: en['openerClear'],
  openerPrompt: en['openerPrompt'],
  openerUsage: en['openerUsage'],
  openerWroteAegis: en['openerWroteAegis'],
  openerWontOverwrite: en['openerWontOverwrite'],
  openerUnreadable: en['openerUnreadable'],
  openerWrongPassword: en['openerWrongPassword'],
  openerNoPassword: en['openerNoPassword'],
  openerUnknownFormat: en['openerUnknownFormat'],
  openerCorrupt: en['openerCorrupt'],
  openerNewerFormat: en['openerNewerFormat'],
  openerTooLarge: en['openerTooLarge'],
  openerUnsupportedKdf: en['openerUnsupportedKdf'],
  openerSyncIncomplete: en['openerSyncIncomplete'],
} satisfies Record<string, Message>;

export type OpenerKey = keyof typeof EN;

const JA: Record<OpenerKey, Message> = {
  openerTitle: ja['openerTitle'],
  openerIntro: ja['openerIntro'],
  openerOffline: ja['openerOffline'],
  openerFile: ja['openerFile'],
  openerPassword: ja['openerPassword'],
  openerOpen: ja['openerOpen'],
  openerOpening: ja['openerOpening'],
  openerOpened: ja['openerOpened'],
  openerOpenedSync: ja['openerOpenedSync'],
  openerFailedEntries: ja['openerFailedEntries'],
  openerSetupKey: ja['openerSetupKey'],
  openerCode: ja['openerCode'],
  openerHotp: ja['openerHotp'],
  openerClear: ja['openerClear'],
  openerPrompt: ja['openerPrompt'],
  openerUsage: ja['openerUsage'],
  openerWroteAegis: ja['openerWroteAegis'],
  openerWontOverwrite: ja['openerWontOverwrite'],
  openerUnreadable: ja['openerUnreadable'],
  openerWrongPassword: ja['openerWrongPassword'],
  openerNoPassword: ja['openerNoPassword'],
  openerUnknownFormat: ja['openerUnknownFormat'],
  openerCorrupt: ja['openerCorrupt'],
  openerNewerFormat: ja['openerNewerFormat'],
  openerTooLarge: ja['openerTooLarge'],
  openerUnsupportedKdf: ja['openerUnsupportedKdf'],
  openerSyncIncomplete: ja['openerSyncIncomplete'],
};

const CATALOGUES: Record<Language, Record<OpenerKey, Message>> = { en: EN, ja: JA };

/** `$1`… stand for `substitutions`, through the message's named placeholders, as browser.i18n does. */
export function say(language: Language, key: OpenerKey, ...substitutions: string[]): string {
  const { message, placeholders } = CATALOGUES[language][key];
  return message.replace(/\$([A-Z_]+)\$/gi, (whole, name: string) => {
    const content = placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

export const FAILURE_KEYS: Record<OpenFailure, OpenerKey> = {
  'wrong-password': 'openerWrongPassword',
  'no-password': 'openerNoPassword',
  'unknown-format': 'openerUnknownFormat',
  corrupt: 'openerCorrupt',
  'newer-format': 'openerNewerFormat',
  'too-large': 'openerTooLarge',
  'unsupported-kdf': 'openerUnsupportedKdf',
  'sync-incomplete': 'openerSyncIncomplete',
};

/** Japanese for a `ja…` language tag, English otherwise. */
export const languageOf = (tag: string | undefined): Language => (tag?.toLowerCase().startsWith('ja') ? 'ja' : 'en');
