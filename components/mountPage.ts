import { t, uiLanguage, type MessageKey } from '@/utils/i18n';

/** Prepares an extension page's document (language, title) and returns its root element. */
export function mountPage(title: MessageKey): HTMLElement {
  document.documentElement.lang = uiLanguage();
  document.title = t(title);
  const root = document.getElementById('app');
  if (!root) throw new Error('page has no #app element');
  return root;
}
