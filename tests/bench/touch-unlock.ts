import { launchExtension } from '../support/browsers';
import { sendFromPage } from '../support/messages';
import { setUpSlot, TOUCH_UNLOCK } from '../support/pages/key-slots';
import { navigateUntil } from '../support/pages/reload';
import { VirtualAuthenticator } from '../support/virtual-authenticator';
import { createVault } from '../support/vault-state';
import { BENCH_PASSWORD as PASSWORD, median, seedAccounts } from './stats';
import { timeRow, type BenchRow } from './table';
import { CODE, unlockThroughForm, type Unlock } from './unlock';

const ACCOUNTS = 200;
const TOUCH_UNLOCKS = 7;
const TOUCH_MS = 100;
const LONGEST_FRAME_MS = 50;

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
    ];
  } finally {
    await harness.close();
  }
}
