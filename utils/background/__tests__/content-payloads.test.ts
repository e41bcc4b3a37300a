import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Sender } from '../handlers';
import { contentScriptHandler } from '../register';

const tab = { id: 3, url: 'https://lightning.bitflyer.com/Home/TwoFactorAuth' };
const contentScript: Sender = { id: fakeBrowser.runtime.id, url: tab.url, frameId: 0, tab };

/** A handler that records what reached it, and answers `value`. */
function recording<V>(value: V) {
  const received: unknown[] = [];
  const handler = async (data: unknown) => {
    received.push(data);
    return { ok: true as const, value };
  };
  return { received, handler };
}
const ORDER = { code: '123456', submit: false };

describe('content script messages, parsed as the content script sends them (it runs in hostile pages)', () => {
  it('drops every field the content script never sends: a site, a URL, an account, a tab', async () => {
    const { received, handler } = recording(ORDER);
    const answer = contentScriptHandler('requestFill', handler);
    await answer({
      sender: contentScript,
      data: {
        automatic: false,
        ticket: 'ticket-1',
        site: 'bitf1yer.com',
        tabUrl: 'https://bitflyer.com/',
        frameUrl: 'https://bitflyer.com/',
        accountId: 'someone-else',
        tabId: 99,
        __proto__: { automatic: true },
      },
    });
    expect(received).toEqual([{ automatic: false, ticket: 'ticket-1' }]);
    const done = recording(null);
    await contentScriptHandler(
      'fillDone',
      done.handler,
    )({
      sender: contentScript,
      data: { confirm: 'c-1', counter: 0, accountId: 'someone-else' },
    });
    expect(done.received).toEqual([{ confirm: 'c-1' }]);
  });

  it('refuses a value of another type, or no object at all, before any handler runs', async () => {
    const { received, handler } = recording(ORDER);
    const answer = contentScriptHandler('requestFill', handler);
    for (const data of [
      { automatic: 'true' },
      { automatic: 1 },
      {},
      { automatic: false, ticket: 42 },
      { automatic: false, ticket: { toString: () => 'ticket-1' } },
      null,
      'requestFill',
      [true],
    ])
      expect(await answer({ sender: contentScript, data }), JSON.stringify(data)).toEqual({
        ok: false,
        reason: 'not-allowed',
      });
    const done = recording(null);
    for (const data of [{ confirm: 7 }, { confirm: ['c-1'] }, {}, undefined])
      expect(await contentScriptHandler('fillDone', done.handler)({ sender: contentScript, data })).toEqual({
        ok: false,
        reason: 'not-allowed',
      });
    expect([...received, ...done.received]).toEqual([]);
  });

  it('answers only our content script: not another extension, not our own pages, not a sender without a tab', async () => {
    const { received, handler } = recording(ORDER);
    const answer = contentScriptHandler('requestFill', handler);
    for (const sender of [
      { ...contentScript, id: 'another-extension' },
      { ...contentScript, url: fakeBrowser.runtime.getURL('/popup.html') },
      { id: fakeBrowser.runtime.id, url: tab.url },
    ])
      expect(await answer({ sender, data: { automatic: false } })).toEqual({ ok: false, reason: 'not-allowed' });
    expect(received).toEqual([]);
  });
});
