import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serveKdf } from '@/utils/kdf/thread';

/**
 * The vault's Argon2id and other apps' scrypt and Argon2, on a thread of their own:
 * Firefox's background page starts one per derivation (utils/kdf/thread.ts). Chrome's
 * service worker cannot start workers and derives on its own thread, so only the Firefox
 * build carries this file.
 */
export default defineUnlistedScript({
  include: ['firefox'],
  main: () => serveKdf(globalThis as unknown as Parameters<typeof serveKdf>[0]),
});
