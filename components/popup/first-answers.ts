import { sendMessage, type ProtocolMap } from '@/utils/messaging/protocol';
import { loadTarget, type PopupTarget } from './target';

export type CodesAnswer = ReturnType<ProtocolMap['listCodes']>;

/** The two answers the popup's first screen is made of. */
interface FirstAnswers {
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

/**
 * Both first answers. A message sent while the page is still being committed can reach the
 * background before the browser knows the sender's URL, and is refused as not from our
 * pages: then the questions are asked again, now that the page is ours for certain.
 */
export async function firstAnswers(): Promise<[CodesAnswer, PopupTarget | null]> {
  const holder = globalThis as Holder;
  const early = holder[EARLY];
  delete holder[EARLY];
  const answers = await settle(early ?? ask());
  return early && refused(answers[0]) ? settle(ask()) : answers;
}

const settle = ({ codes, target }: FirstAnswers) => Promise.all([codes, target]);
const refused = (codes: CodesAnswer) => !codes.ok && codes.reason === 'forbidden';
