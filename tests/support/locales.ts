import { readFileSync } from 'node:fs';
import type { MessageKey } from '@/utils/i18n';
import type { UiLocale } from './browsers';

/** A UI string as the extension's own locale files give it, so tests never hard-code copy. */
export function message(locale: UiLocale, key: MessageKey): string {
  const file = new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const entry = messages[key];
  if (!entry) throw new Error(`no ${locale} message ${key}`);
  return entry.message;
}
