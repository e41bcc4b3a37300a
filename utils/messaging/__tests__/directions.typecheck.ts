// Compiled by `npm run typecheck`, never run: each `@ts-expect-error` fails the typecheck
// the day a message can be sent the wrong way (one messenger per direction, protocol.ts).
import { broadcastToPages, sendFromContentScript, sendMessage, sendToContentScript } from '../protocol';

export function wrongDirections(): void {
  // @ts-expect-error a page cannot ask for a code as a content script does
  void sendMessage('requestFill', { automatic: false });
  // @ts-expect-error a content script cannot read the vault
  void sendFromContentScript('listCodes', undefined);
  // @ts-expect-error the background does not send page requests to a tab
  void sendToContentScript('unlockVault', { password: 'x' }, 1);
  // @ts-expect-error nor fill orders to pages
  void broadcastToPages('fillRequested', {});
}
