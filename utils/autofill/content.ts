import { t } from '../i18n';
import {
  onBackgroundRequest,
  sendFromContentScript,
  type FillFailure,
  type FillOrder,
  type Internal,
} from '../messaging/protocol';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Exchange } from '../sites/exchanges';
import { findCodeTargets, primaryTarget, type CodeTarget } from './detect';
import { fillTarget, submitTarget } from './fill';
import { mountFillButton, type FillButton } from './fill-button';

/**
 * The page side of filling: a button on the 2FA field (also one that appears later), and
 * the fill itself. The code comes from the background, one per request.
 */
export function startAutofill(exchange: Exchange | undefined, ctx: ContentScriptContext): void {
  // One button: on the strongest target, or on the one the person is in of equally strong ones.
  let shown: { target: CodeTarget; button: FillButton } | undefined;
  let targets: CodeTarget[] = [];
  // The field last asked for: a fill finished in the Omamori window goes there.
  let waiting: CodeTarget | undefined;
  let askedAutomatically = false;

  const scan = () => {
    targets = findCodeTargets(document, exchange?.fill);
    const target = focusedTarget();
    if (shown && shown.target[0] !== target?.[0]) {
      shown.button.remove();
      shown = undefined;
    }
    if (!target || shown) return;
    shown = { target, button: mountFillButton(target, t('fillButtonLabel'), () => void requestAndFill(target)) };
    if (!askedAutomatically) {
      // Auto-fill on load, where the person turned it on: the background decides.
      askedAutomatically = true;
      void sendFromContentScript('requestFill', { automatic: true }).then(async (answer) => {
        // "answered" once the code is in the field, not while it is still being typed.
        if (answer.ok) await fillWith(target, answer.value);
        if (shown) shown.button.host.dataset.auto = 'answered';
      });
    }
  };

  const focusedTarget = () => primaryTarget(targets, document.activeElement);

  const fillWith = async (target: CodeTarget, order: FillOrder) => {
    await fillTarget(target, order.code);
    // HOTP: only a code that reached the field spends its counter.
    if (order.confirm) void sendFromContentScript('fillDone', { confirm: order.confirm });
    if (order.submit) submitTarget(target);
    // A site whose clock differs, and the person has not chosen to follow it: say so.
    const skew = order.clockSkewMs;
    if (skew)
      shown?.button.note(
        t(skew > 0 ? 'clockNoteSlow' : 'clockNoteFast', String(Math.round(Math.abs(skew) / 1000))),
        true,
      );
  };

  async function requestAndFill(target: CodeTarget | undefined, ticket?: string): Promise<boolean> {
    if (!target) return false;
    waiting = target;
    const answer = await sendFromContentScript('requestFill', { automatic: false, ticket });
    if (answer.ok) {
      // `filled` is answered once the code is in the field.
      await fillWith(target, answer.value);
      return true;
    }
    // Clicked, or asked by the shortcut or menu: the field's own button says why.
    shown?.button.note(noteFor(answer.reason, answer.detail), answer.reason === 'look-alike');
    return false;
  }

  const askedTarget = () => (waiting && targets.includes(waiting) ? waiting : focusedTarget());
  // An extension update or removal invalidates this script: it lets go of the page then.
  ctx.onInvalidated(
    onBackgroundRequest('fillRequested', async ({ data }) => ({
      filled: await requestAndFill(askedTarget(), data?.ticket),
    })),
  );

  let pending = 0;
  const rescanSoon = (records: MutationRecord[]) => {
    // Our own button and frame coming and going is no reason to walk the page again.
    if (records.every(isOwnElementChange) || pending) return;
    pending = requestAnimationFrame(() => ((pending = 0), scan()));
  };
  const observer = new MutationObserver(rescanSoon);
  observer.observe(document, { childList: true, subtree: true });
  ctx.onInvalidated(() => (observer.disconnect(), shown?.button.remove()));
  const placeAll = () => shown?.button.place();
  const { signal } = ctx;
  addEventListener('scroll', placeAll, { capture: true, passive: true, signal });
  addEventListener('resize', placeAll, { passive: true, signal });
  addEventListener('focusin', () => targets[1] && scan(), { signal });
  scan();
}

/** What the button says when no code came; the password is never asked for in the page. */
function noteFor(reason: FillFailure | Internal, real: string | undefined): string {
  if (reason === 'locked' || reason === 'choose') return t('fillContinueInWindow');
  // No name while locked: the site it imitates is one of the person's, sealed in the vault.
  if (reason === 'look-alike') return real ? t('fillLookAlike', real) : t('fillLookAlikeUnnamed');
  return t(reason === 'no-account' ? 'fillNoAccount' : 'fillNotAllowed');
}

/** Our own button coming or going (and nothing else changing). */
function isOwnElementChange({ addedNodes, removedNodes }: MutationRecord): boolean {
  const nodes = [...addedNodes, ...removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeName === 'OMAMORI-FILL');
}
