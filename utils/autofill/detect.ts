import type { FillRule } from '../sites/exchanges';
import { deepElements, deepQueryAll, describeField, isFillable, isInput } from './dom';

/** Where a code goes: one field, or one box per digit. */
export type CodeTarget =
  | { readonly kind: 'single'; readonly input: HTMLInputElement }
  | { readonly kind: 'split'; readonly inputs: readonly HTMLInputElement[] };

const CODE_WORDS =
  /otp|2fa|mfa|tfa|totp|two.?factor|2.?step|one.?time|verification.?code|security.?code|auth\w*.?code|passcode|token|authenticator|二段階認証|2段階認証|認証コード|確認コード|ワンタイム|トークン|6桁/;
// Code fields that are not for an authenticator app: email/SMS codes, recovery codes.
const NOT_AUTHENTICATOR =
  /e-?mail|mail|search|recovery|backup|phone|sms|text.?message|captcha|zip|postal|coupon|promo|メール|電話|検索|リカバリー|バックアップ|予備|ＳＭＳ/;
const TEXT_TYPES = new Set(['text', 'tel', 'number', '']);

/**
 * The 2FA code fields of a page: the site rule's field when it has one, otherwise fields
 * the signals say are one-time-code fields (autocomplete, English and Japanese labels,
 * length, numeric input) and never username, email, password, search, SMS or recovery
 * fields; plus groups of 4–8 single-digit boxes. Open shadow roots are searched too.
 */
export function findCodeTargets(
  root: Document | ShadowRoot,
  rule?: FillRule,
  fillable: (input: HTMLInputElement) => boolean = isFillable,
): CodeTarget[] {
  if (rule) {
    const ruled = ruleTarget(root, rule, fillable);
    if (ruled) return [ruled];
  }
  const inputs = [...deepElements(root)].filter((element) => isInput(element) && fillable(element)) as HTMLInputElement[];
  const excluded = rule ? new Set(rule.exclude.flatMap((selector) => deepQueryAll(root, selector))) : new Set();
  const candidates = inputs.filter((input) => !excluded.has(input));
  return [...splitTargets(candidates), ...singleTargets(candidates)];
}

function ruleTarget(
  root: Document | ShadowRoot,
  rule: FillRule,
  fillable: (input: HTMLInputElement) => boolean,
): CodeTarget | null {
  for (const selector of rule.codeSelectors) {
    const input = deepQueryAll(root, selector).find((element) => isInput(element) && fillable(element)) as
      | HTMLInputElement
      | undefined;
    if (input) return { kind: 'single', input };
  }
  return null;
}

function singleTargets(inputs: readonly HTMLInputElement[]): CodeTarget[] {
  return inputs.filter((input) => input.maxLength !== 1 && looksLikeCodeField(input)).map((input) => ({ kind: 'single', input }));
}

export function looksLikeCodeField(input: HTMLInputElement): boolean {
  const autocomplete = input.autocomplete.toLowerCase();
  if (autocomplete.includes('one-time-code')) return true;
  if (!TEXT_TYPES.has(input.type) || /username|email|password/.test(autocomplete)) return false;
  const description = describeField(input);
  if (NOT_AUTHENTICATOR.test(description)) return false;
  return CODE_WORDS.test(description);
}

/** Runs of 4–8 single-character boxes side by side in one container. */
function splitTargets(inputs: readonly HTMLInputElement[]): CodeTarget[] {
  const groups = new Map<Element, HTMLInputElement[]>();
  for (const input of inputs) {
    if (input.maxLength !== 1 || !TEXT_TYPES.has(input.type)) continue;
    const container = input.parentElement?.childElementCount === 1 ? input.parentElement.parentElement : input.parentElement;
    if (!container) continue;
    groups.set(container, [...(groups.get(container) ?? []), input]);
  }
  return [...groups.values()]
    .filter((boxes) => boxes.length >= 4 && boxes.length <= 8 && !boxes.some((box) => NOT_AUTHENTICATOR.test(describeField(box))))
    .map((boxes) => ({ kind: 'split', inputs: boxes }));
}

/** The field a button or shortcut should fill first: the focused one, else the first. */
export function primaryTarget(targets: readonly CodeTarget[], focused: Element | null): CodeTarget | undefined {
  return (
    targets.find((target) =>
      target.kind === 'single' ? target.input === focused : target.inputs.some((input) => input === focused),
    ) ?? targets[0]
  );
}
