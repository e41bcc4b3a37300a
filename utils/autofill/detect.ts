import type { FillRule } from '../sites/exchanges';
import { attr, deepInputs, describeField, isFillable, STEP, wordsOf } from './dom';
import { APP, NEVER, SENT, TWO_FA } from './words';

/** Where a code goes: one field, or one box per digit in the order the digits go (4–8). */
export type CodeTarget = readonly HTMLInputElement[];

// "3 of 6": a box's position.
const OF = /(\d+) ?(of|\/) ?\d/;
// "Code" or "auth", in a field's own words: anyone's, unless its input or its step says more.
const CODE = /code|コード|auth|認証/;
const oneTime = (input: Element) => attr(input, 'autocomplete').includes('one-time-code');

/**
 * The 2FA code fields of a page: the site rule's field when it has one, otherwise the
 * strongest field or group of single-digit boxes by what the page says (autocomplete,
 * labels and nearby text in English and Japanese, numeric input, length), once fields no
 * TOTP may enter (card, recovery, promo, username, e-mail and SMS codes…) are ruled out.
 * More than one target only when several are equally strong: then none is chosen for the
 * person (see `primaryTarget`). Open shadow roots are searched too.
 */
export function findCodeTargets(
  root: Document | ShadowRoot,
  rule?: FillRule,
  fillable: (input: HTMLInputElement) => boolean = isFillable,
): CodeTarget[] {
  const inputs = deepInputs(root).filter(fillable);
  for (const selector of rule?.codeSelectors ?? []) {
    const input = inputs.find((element) => element.matches(selector));
    if (input) return [[input]];
  }
  // Text, tel, number or no type said: checkboxes and the like are never looked at again.
  const candidates = inputs.filter(
    (input) => /^(te|nu|$)/.test(attr(input, 'type')) && !rule?.exclude.some((selector) => input.matches(selector)),
  );
  const groups = boxGroups(candidates);
  const grouped = groups.flat();
  let best: CodeTarget[] = [];
  let top = 0;
  for (const target of [...groups, ...candidates.filter((input) => !grouped.includes(input)).map((input) => [input])]) {
    const score = strength(target);
    if (score > top) [best, top] = [[], score];
    if (score && score === top) best.push(target);
  }
  return best;
}

/** 0 for no code field; else how strongly the field (or group) says it takes a TOTP. */
function strength(target: CodeTarget): number {
  const [first] = target as [HTMLInputElement];
  const split = target[1];
  let numeric = 0;
  for (const input of target) {
    const type = attr(input, 'type');
    if (/cc-|user|mail|tel|postal|addr|passw/.test(attr(input, 'autocomplete'))) return 0;
    // inputmode numeric or decimal, type tel or number, a digit pattern, max 9.
    if (/num|dec|tel|\\d|9/.test(attr(input, 'inputmode') + type + attr(input, 'pattern') + attr(input, 'max')))
      numeric = 1;
  }
  // Boxes rarely carry words of their own: the words around the group name it (pageSays).
  const own = target.map(describeField).join(' ');
  const otc = target.some(oneTime) ? 2 : 0;
  if (NEVER.test(own)) return 0;
  const word = TWO_FA.test(own) ? 4 : 0;
  const maxLength = +attr(first, 'maxlength');
  if (!split) {
    if (maxLength && (maxLength < 6 || (maxLength > 10 && !otc))) return 0;
    if (maxLength > 5 && maxLength < 9) numeric = 1;
    // Nothing about the field says code (most fields of a page): its page is not read.
    if (!(word + otc + numeric || CODE.test(own))) return 0;
  }
  const says = pageSays(own, first);
  // Sent: never; a field that does not name itself, where the words speak of cards or recovery: never.
  if (says === SENT || (says === NEVER && !word)) return 0;
  // The words name the code's source (an app: 2), or speak of 2FA (1), or neither.
  const around = says === APP ? 2 : +(says === TWO_FA);
  // The account's digits are not known here: six boxes, or eight where the page says 2FA.
  if (split) return target.length === 6 || (target.length === 8 && word + around) ? word + otc + numeric + around : 0;
  // "Code" alone is anyone's word: it needs numeric input or the step's words; no word at all, the step's too.
  return (word + otc || around || (CODE.test(own) ? numeric : 0)) && word + otc + numeric + around;
}

/**
 * What the words nearest the field say: its own (`own`: labels and names), then each
 * ancestor's (through shadow hosts) until one holds more than a step's. APP where an app
 * makes its code, SENT where the code was sent (SMS, e-mail, a call, a push), the nearest
 * first, and of one text's words the app (its code can be typed there); else TWO_FA where
 * they speak of 2FA, NEVER where they speak of cards or recovery, or nothing.
 */
function pageSays(own: string, field: Element): RegExp | undefined {
  let said: RegExp | undefined;
  let text = own;
  for (let node: Node | null = field; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if (node !== field && (text = wordsOf(node)).length > STEP) break;
    const source = [APP, SENT].find((words) => words.test(text));
    if (source) return source;
    if (said !== TWO_FA) said = [TWO_FA, NEVER].find((words) => words.test(text)) ?? said;
  }
  return said;
}

/**
 * Groups of 4–8 inputs of one type, each a single-digit box (maxlength 1, max 9, narrow,
 * labelled by position, or one-time-code), held by their lowest common container; in the
 * order their "i of N" labels give, else the page's.
 */
function boxGroups(inputs: readonly HTMLInputElement[]): HTMLInputElement[][] {
  const boxes = inputs.filter((input) => {
    const width = input.getBoundingClientRect().width;
    const label = describeField(input);
    return (
      attr(input, 'maxlength') === '1' ||
      attr(input, 'max') === '9' ||
      (width > 0 && width < 70) ||
      OF.test(label) ||
      /digit|character|桁目/.test(label) ||
      oneTime(input)
    );
  });
  const groups = new Map<Node, HTMLInputElement[]>();
  for (const box of boxes) {
    // Nodes, not elements: boxes may sit right in a shadow root.
    for (let holder = box.parentNode; holder; holder = holder.parentNode) {
      const members = boxes.filter((other) => holder.contains(other) && attr(other, 'type') === attr(box, 'type'));
      if (members[3]) {
        const at = (member: Element) => +(OF.exec(attr(member, 'aria-label'))?.[1] ?? NaN);
        if (!members[8])
          groups.set(
            holder,
            members.every((member) => at(member) > 0) ? members.sort((a, b) => at(a) - at(b)) : members,
          );
        break;
      }
    }
  }
  return [...groups.values()];
}

/**
 * The target a button, shortcut or menu fills: the one holding the focus, else the only
 * one. Of several equally likely targets none is picked for the person.
 */
export function primaryTarget(targets: readonly CodeTarget[], focused: Element | null): CodeTarget | undefined {
  return (
    targets.find((target) => target.includes(focused as HTMLInputElement)) ?? (targets[1] ? undefined : targets[0])
  );
}
