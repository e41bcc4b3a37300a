import { sendMessage, type ProtocolMap } from '@/utils/messaging/protocol';
import { loadTarget, type PopupTarget } from './target';

export type CodesAnswer = ReturnType<ProtocolMap['listCodes']>;

/** The two answers the popup's first screen is made of. */
export interface FirstAnswers {
  readonly codes: Promise<CodesAnswer>;
  /** Null when there is no tab to act on, or the background could not say what it shows. */
  readonly target: Promise<PopupTarget | null>;
}

const EARLY = '__omamoriFirstAnswers';
type Holder = { [EARLY]?: FirstAnswers };

const ask = (): FirstAnswers => ({
  // A background that does not answer at all is shown as what it is, not as a blank popup.
  codes: sendMessage('listCodes').catch((): CodesAnswer => ({ ok: false, reason: 'internal' })),
  target: loadTarget(location.href).catch(() => null),
});

/**
 * Run by a classic script at the top of the popup's <head> (entrypoints/first-answers.ts):
 * the background answers while the browser is still fetching and compiling the modules.
 */
export function askEarly(): void {
  (globalThis as Holder)[EARLY] = ask();
}

/** The early questions' answers (taken once), or questions asked now. */
export function firstAnswers(): FirstAnswers {
  const holder = globalThis as Holder;
  const early = holder[EARLY];
  delete holder[EARLY];
  return early ?? ask();
}
