import { readFileSync } from 'node:fs';
import type { MessageKey } from '@/utils/i18n';
import type { UiLocale } from './browsers';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/**
 * A UI string as the extension's own locale files give it, so tests never hard-code copy;
 * `substitutions` fill its placeholders ($1, $2 …) as `i18n.getMessage` does.
 */
export function message(locale: UiLocale, key: MessageKey, ...substitutions: string[]): string {
  const file = new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
  const entry = messages[key];
  if (!entry) throw new Error(`no ${locale} message ${key}`);
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return substitutions[Number(content.slice(1)) - 1] ?? '';
  });
}
