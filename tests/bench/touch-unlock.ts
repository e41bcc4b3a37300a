import { launchExtension } from '../support/browsers';
import { sendFromPage } from '../support/messages';
import { setUpSlot, TOUCH_UNLOCK } from '../support/pages/key-slots';
import { navigateUntil } from '../support/pages/reload';
import { VirtualAuthenticator } from '../support/virtual-authenticator';
import { createVault } from '../support/vault-state';
import { BENCH_PASSWORD as PASSWORD, median, seedAccounts } from './stats';
import { infoRow, timeRow, type BenchRow } from './table';
import { CODE, unlockThroughForm, type Unlock } from './unlock';

const ACCOUNTS = 200;
const TOUCH_UNLOCKS = 7;
const TOUCH_MS = 100;
const LONGEST_FRAME_MS = 50;
const TOUCH_PARTS = 5;

interface TouchParts {
  ceremony: number;
  answer: number;
}

/**
 * Unlock by touch in Chromium's popup with 200 accounts: the button clicked until the first
 * frame with every code. Chromium's virtual authenticator answers at once (the person's
 * touch is not counted); the background unwraps with the PRF output, no Argon2 (alone, the
 * default Argon2id is above the goal). The password unlock rows of the same run are beside it.
 */
export async function touchUnlockSpeed(): Promise<BenchRow[]> {
  const harness = await launchExtension('chromium');
  try {
    // One tab throughout: its virtual authenticator holds the credential.
    const page = await harness.openExtensionPage('popup.html');
    const authenticator = await VirtualAuthenticator.attach(page);
    await createVault(page, PASSWORD);
    await seedAccounts(page, 0, ACCOUNTS);
    await navigateUntil(page, `${harness.baseUrl}options.html#security`, '#slot-add');
    await setUpSlot(page, 'bench', PASSWORD);
    if ((await authenticator.credentialCount()) !== 1) throw new Error('no credential registered');

    const byTouch: Unlock[] = [];
    for (let run = 0; run < TOUCH_UNLOCKS; run += 1) {
      await sendFromPage(page, 'lockVault', undefined);
      await navigateUntil(page, `${harness.baseUrl}popup.html`, TOUCH_UNLOCK);
      byTouch.push(await page.evaluate(unlockThroughForm, { codes: CODE, accounts: ACCOUNTS, button: TOUCH_UNLOCK }));
    }
    const parts: TouchParts[] = [];
    for (let run = 0; run < TOUCH_PARTS; run += 1) {
      await sendFromPage(page, 'lockVault', undefined);
      await navigateUntil(page, `${harness.baseUrl}popup.html`, TOUCH_UNLOCK);
      parts.push(await page.evaluate(touchInParts, undefined));
    }
    const part = (pick: (parts: TouchParts) => number) => `${median(parts.map(pick)).toFixed(1)} ms`;
    return [
      timeRow(
        `unlock by touch in the popup: click → ${ACCOUNTS} codes shown, virtual authenticator, no Argon2 (Chromium, median of ${TOUCH_UNLOCKS})`,
        median(byTouch.map((unlock) => unlock.ms)),
        TOUCH_MS,
      ),
      timeRow(
        `  longest frame of the popup meanwhile (Chromium, worst of ${TOUCH_UNLOCKS})`,
        Math.max(...byTouch.map((unlock) => unlock.longestFrame)),
        LONGEST_FRAME_MS,
      ),
      infoRow(
        `  of which the WebAuthn ceremony alone (virtual authenticator, PRF) (Chromium, median of ${TOUCH_PARTS})`,
        part((parts) => parts.ceremony),
      ),
      infoRow(
        `  and the background's answer alone (unlockByTouch: HKDF, unwrap, ${ACCOUNTS} rows) (Chromium, median of ${TOUCH_PARTS})`,
        part((parts) => parts.answer),
      ),
    ];
  } finally {
    await harness.close();
  }
}

/**
 * In the popup, locked, a slot set up: the ceremony as the popup runs it (the credential and
 * salt the background offers), then `unlockByTouch` sent with its PRF output (the wire format
 * of tests/support/messages.ts), each timed alone.
 */
async function touchInParts(): Promise<TouchParts> {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const send = async (type: string, data: unknown) => {
    const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
    const response = await api.runtime.sendMessage<typeof message, { res?: { ok: boolean; value?: unknown } }>(message);
    if (!response?.res?.ok) throw new Error(`${type} failed: ${JSON.stringify(response)}`);
    return response.res.value;
  };
  const bytes = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  const offer = (await send('touchOffer', undefined)) as { credentials: { credentialId: string; prfSalt: string }[] };
  const { credentialId, prfSalt } = offer.credentials[0]!;
  const started = performance.now();
  const credential = (await navigator.credentials.get({
    publicKey: {
      challenge: crypto.getRandomValues(new Uint8Array(32)),
      allowCredentials: [{ type: 'public-key', id: bytes(credentialId) }],
      userVerification: 'required',
      extensions: { prf: { eval: { first: bytes(prfSalt) } } },
    },
  })) as PublicKeyCredential;
  const ceremony = performance.now() - started;
  const first = new Uint8Array(credential.getClientExtensionResults().prf!.results!.first as ArrayBuffer);
  const answered = performance.now();
  await send('unlockByTouch', { credentialId, prfOutput: btoa(String.fromCharCode(...first)) });
  return { ceremony, answer: performance.now() - answered };
}
