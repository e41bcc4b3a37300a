import { fromBase64, toBase64 } from '../encoding';
import type { KeySlotMessages, TouchUnlockOffer } from '../messaging/protocol';
import type { Preference } from '../preference';
import { passwordEveryDays } from '../settings';
import { VaultError } from '../vault/errors';
import type { Vault } from '../vault/vault';
import { settle, type Handlers } from './handlers';

/** Base64 from a page, as bytes; text that is not base64 is bytes that open nothing. */
function bytesOf(text: string): Uint8Array {
  try {
    return fromBase64(text);
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * Unlock by touch: the page ran the WebAuthn ceremony and sends the PRF output; the
 * background unwraps and keeps the vault key (utils/vault/slots.ts).
 */
export function keySlotHandlers(vault: Vault, everyDays: Preference<number>): Handlers<keyof KeySlotMessages> {
  const days = async () => passwordEveryDays(await everyDays.getValue());
  return {
    touchOffer: () =>
      settle(['not-initialized', 'newer-format'], async (): Promise<TouchUnlockOffer> => {
        const every = await days();
        const offer = await vault.touchOffer(every);
        if (offer.kind === 'password') return { ...offer, days: every };
        const credentials = offer.credentials.map(({ credentialId, prfSalt }) => ({
          credentialId: toBase64(credentialId),
          prfSalt: toBase64(prfSalt),
        }));
        return { kind: 'touch', credentials };
      }),
    unlockByTouch: ({ credentialId, prfOutput }) =>
      settle(['locked', 'touch-refused', 'password-due', 'not-initialized', 'newer-format'], async () => {
        await vault.unlockByTouch(bytesOf(credentialId), bytesOf(prfOutput), await days());
        return null;
      }),
    keySlots: () =>
      settle(['locked'], async () => {
        // For an open vault only, like every other setting of it.
        if ((await vault.state()) !== 'unlocked') throw new VaultError('locked');
        return (await vault.keySlots()).map((slot) => ({
          id: slot.id,
          name: slot.name,
          createdAt: slot.createdAt,
          credentialId: toBase64(slot.credentialId),
          prfSalt: toBase64(slot.prfSalt),
          stale: !slot.wrappedKey,
        }));
      }),
    addKeySlot: ({ vaultPassword, name, credentialId, prfSalt, prfOutput }) =>
      settle(['locked', 'wrong-password'], async () => {
        const slot = { name, credentialId: bytesOf(credentialId), prfSalt: bytesOf(prfSalt) };
        await vault.addKeySlot(vaultPassword, slot, bytesOf(prfOutput));
        return null;
      }),
    renewKeySlot: ({ credentialId, prfOutput }) =>
      settle(['locked', 'not-found'], () =>
        vault.renewKeySlot(bytesOf(credentialId), bytesOf(prfOutput)).then(() => null),
      ),
    removeKeySlot: ({ id }) => settle(['locked', 'not-found'], () => vault.removeKeySlot(id).then(() => null)),
  };
}
