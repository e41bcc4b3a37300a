import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serveArgon2id } from '@/utils/vault/kdf-thread';

/**
 * The vault's Argon2id, on a thread of its own: Firefox's background page starts one per
 * derivation (utils/vault/kdf-thread.ts). Chrome's service worker cannot start workers
 * and derives on its own thread, so only the Firefox build carries this file.
 */
export default defineUnlistedScript({
  include: ['firefox'],
  main: () => serveArgon2id(globalThis as unknown as Parameters<typeof serveArgon2id>[0]),
});
