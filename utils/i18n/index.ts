import { browser } from 'wxt/browser';
import type englishMessages from '@/public/_locales/en/messages.json';

/** Every UI string has a key in public/_locales/en/messages.json (and ja). */
export type MessageKey = keyof typeof englishMessages;

// A page asks for the same few strings once per row: each getMessage crosses into the browser.
const plain = new Map<MessageKey, string>();

export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (substitutions !== undefined) return browser.i18n.getMessage(key, substitutions);
  let message = plain.get(key);
  if (message === undefined) plain.set(key, (message = browser.i18n.getMessage(key)));
  return message;
}

/** The UI language the browser chose from our locales, for `<html lang>`. */
export function uiLanguage(): 'ja' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
