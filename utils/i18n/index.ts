import { browser } from 'wxt/browser';
import type englishMessages from '@/public/_locales/en/messages.json';

/** Every UI string has a key in public/_locales/en/messages.json (and ja). */
export type MessageKey = keyof typeof englishMessages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The UI language the browser chose from our locales, for `<html lang>`. */
export function uiLanguage(): 'ja' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
