import { afterEach, describe, expect, it } from 'vitest';
import { Writer } from 'protobufjs/minimal';
import { accountData } from '../../otp/account';
import { deleteTestDatabases, testVault } from '../../vault/__tests__/helpers';
import type { QrImage } from '../../qr/pixels';
import { scanService, type ImageFrame, type ScanDeps } from '../scan';

const PASSWORD = 'long enough pass';

/** A Google Authenticator export QR text: part `index` of `size`, one account. */
function migrationPart(index: number, size: number, secret: Uint8Array, issuer: string): string {
  const parameters = Writer.create().uint32(10).bytes(secret).uint32(26).string(issuer).uint32(48).int32(2).finish();
  const payload = Writer.create()
    .uint32(10)
    .bytes(parameters)
    .uint32(24)
    .int32(size)
    .uint32(32)
    .int32(index)
    .uint32(40)
    .int32(77)
    .finish();
  return `otpauth-migration://offline?data=${encodeURIComponent(btoa(String.fromCharCode(...payload)))}`;
}

const CAPTURE: QrImage = { kind: 'capture', jpeg: new Uint8Array(1), width: 1, height: 1 };

/** `texts`: what each read finds; `urls`: the tab's URL at each capture and each later look (the last one stays). */
async function setup(texts: string[][], overrides: Partial<ScanDeps> & { urls?: (string | undefined)[] } = {}) {
  const vault = testVault();
  await vault.create(PASSWORD);
  let ids = 0;
  let call = 0;
  const urls = overrides.urls ?? ['https://accounts.zaif.jp/setup'];
  let asked = 0;
  const shownUrl = async () => urls[Math.min(asked++, urls.length - 1)];
  const reads: QrImage[] = [];
  const service = scanService({
    vault,
    now: () => Date.UTC(2026, 10, 22),
    newId: () => `scan-${++ids}`,
    shownUrl,
    capture: async () => ({ image: CAPTURE, url: await shownUrl() }),
    read: async (image) => {
      reads.push(image);
      return { ok: true, texts: texts[call++] ?? [] };
    },
    prepare: async () => undefined,
    clockOffsets: async () => () => 0,
    foreignFrames: async () => 0,
    ...overrides,
  });
  return { vault, service, reads };
}

afterEach(deleteTestDatabases);

describe('scanService', () => {
  it('binds a setup code to the scanned site and adds it', async () => {
    const { vault, service } = await setup([['otpauth://totp/Zaif:hanako?secret=KRSXG5CTMVRXEZLUKRSXG5CT']]);
    const scanned = await service.handlers.scanTab({ tabId: 1 });
    expect(scanned).toMatchObject({
      ok: true,
      value: { domain: 'zaif.jp', codes: [{ kind: 'account', issuer: 'Zaif' }] },
    });
    expect(JSON.stringify(scanned)).not.toContain('KRSXG5CT');
    const added = await service.handlers.addScanned({ scanId: 'scan-1' });
    expect(added).toMatchObject({
      ok: true,
      value: { duplicates: 0, added: [{ issuer: 'Zaif', domains: ['zaif.jp'] }] },
    });
    expect(await vault.accounts()).toHaveLength(1);
  });

  it('marks a secret already in the vault as a duplicate and does not add it twice', async () => {
    const { vault, service } = await setup([['otpauth://totp/Zaif:hanako?secret=KRSXG5CTMVRXEZLUKRSXG5CT']]);
    await vault.add(accountData({ secret: 'KRSXG5CTMVRXEZLUKRSXG5CT', issuer: 'Zaif' }));
    const scanned = await service.handlers.scanTab({ tabId: 1 });
    expect(scanned).toMatchObject({ ok: true, value: { codes: [{ kind: 'account', duplicate: true }] } });
    expect(await service.handlers.addScanned({ scanId: 'scan-1' })).toMatchObject({ ok: true, value: { added: [] } });
    expect(await vault.accounts()).toHaveLength(1);
  });

  it('counts the parts of a multi-QR export as they are scanned', async () => {
    const parts = [1, 2, 3].map((part) => migrationPart(part - 1, 3, new Uint8Array(10).fill(part), `App ${part}`));
    const { service } = await setup([[parts[0]!], [parts[2]!]]);
    expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({
      ok: true,
      value: { batch: { scanned: 1, size: 3 } },
    });
    expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({
      ok: true,
      value: { batch: { scanned: 2, size: 3 } },
    });
  });

  it('reports nothing found, a non-2FA QR, and a locked vault', async () => {
    const { vault, service } = await setup([[], ['https://zaif.jp/']]);
    expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({ ok: true, value: { codes: [] } });
    expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({
      ok: true,
      value: { codes: [{ kind: 'not-2fa', preview: 'https://zaif.jp/' }] },
    });
    await vault.lock();
    expect(await service.handlers.scanTab({ tabId: 1 })).toEqual({ ok: false, reason: 'locked' });
  });

  it('forgets what it scanned when told to (the vault locked)', async () => {
    const { service } = await setup([['otpauth://totp/Zaif:hanako?secret=KRSXG5CTMVRXEZLUKRSXG5CT']]);
    await service.handlers.scanTab({ tabId: 1 });
    service.forget();
    expect(await service.handlers.addScanned({ scanId: 'scan-1' })).toEqual({ ok: false, reason: 'no-scan' });
  });

  it.each([
    ['navigated', 'https://elsewhere.example.net/'],
    ['was no longer in front', undefined],
  ])('binds nothing when the tab %s while it was captured', async (_, after) => {
    const { service } = await setup([['otpauth://totp/Shop:hanako?secret=KRSXG5CTMVRXEZLUKRSXG5CT']], {
      urls: ['https://shop.example.com/2fa', after],
    });
    expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({
      ok: true,
      value: { domain: null, codes: [{ kind: 'account', issuer: 'Shop' }] },
    });
    expect(await service.handlers.addScanned({ scanId: 'scan-1' })).toMatchObject({
      ok: true,
      value: { added: [{ issuer: 'Shop', domains: [] }] },
    });
  });

  describe('a setup code inside a frame of another site', () => {
    const SHOP_CODE = 'otpauth://totp/Shop:hanako?secret=KRSXG5CTMVRXEZLUKRSXG5CT';
    const EVIL = 'https://evil.example/framing-the-shop';

    /** A scan of evil.example whose frame probe answers `counts` in turn (an Error: it could not look). */
    async function framedScan(counts: (number | Error)[]) {
      let probes = 0;
      const foreignFrames = async () => {
        const answer = counts[Math.min(probes++, counts.length - 1)]!;
        if (answer instanceof Error) throw answer;
        return answer;
      };
      return setup([[SHOP_CODE]], { urls: [EVIL], foreignFrames });
    }

    it('binds nothing to the top site when another origin’s frame is in sight', async () => {
      const { service } = await framedScan([1]);
      expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({
        ok: true,
        value: { domain: null, framed: true, codes: [{ kind: 'account', issuer: 'Shop' }] },
      });
      expect(await service.handlers.addScanned({ scanId: 'scan-1' })).toMatchObject({
        ok: true,
        value: { added: [{ issuer: 'Shop', domains: [] }] },
      });
    });

    it.each([
      ['appears only once the capture is taken', [0, 1]],
      ['is gone once the capture is taken', [1, 0]],
      ['cannot be looked for', [new Error('no access to the page')]],
    ])('binds nothing when such a frame %s', async (_, counts) => {
      const { service } = await framedScan(counts);
      expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({
        ok: true,
        value: { domain: null, framed: true },
      });
    });

    it('binds to the top site when no such frame is in sight', async () => {
      const { service } = await framedScan([0]);
      expect(await service.handlers.scanTab({ tabId: 1 })).toMatchObject({
        ok: true,
        value: { domain: 'evil.example', framed: false },
      });
    });

    it('binds the image menu’s scan to the image’s frame: its own site, or none for another site', async () => {
      const { service } = await framedScan([0]);
      const scanned = async (image: ImageFrame) =>
        service.handlers.scanReport({ scanId: (await service.scanForWindow(1, image)) ?? 'no scan' });
      expect(await scanned({ frameId: 5, url: 'https://shop.example.com/2fa/setup' })).toMatchObject({
        value: { domain: null, framed: true },
      });
      expect(await scanned({ frameId: 5, url: 'https://cdn.evil.example/qr' })).toMatchObject({
        value: { domain: 'evil.example', framed: false },
      });
      expect(await scanned({ frameId: 0, url: EVIL })).toMatchObject({ value: { domain: 'evil.example' } });
    });
  });

  it('tells a failed capture, a broken reader and an unreadable file apart', async () => {
    const capture = await setup([], { capture: async () => Promise.reject(new Error('quota')) });
    expect(await capture.service.handlers.scanTab({ tabId: 1 })).toEqual({ ok: false, reason: 'capture-failed' });
    const reader = await setup([], { read: async () => Promise.reject(new Error('the QR reader did not answer')) });
    expect(await reader.service.handlers.scanTab({ tabId: 1 })).toEqual({ ok: false, reason: 'reader-failed' });
    expect(await reader.service.handlers.scanImage({ base64: 'AAEC' })).toEqual({ ok: false, reason: 'reader-failed' });
    let reads = 0;
    const file = await setup([], { read: async () => ((reads += 1), { ok: false, reason: 'unreadable-image' }) });
    expect(await file.service.handlers.scanTab({ tabId: 1 })).toEqual({ ok: false, reason: 'capture-failed' });
    const unreadable = { ok: false, reason: 'unreadable-image' };
    expect(await file.service.handlers.scanImage({ base64: 'AAEC' })).toEqual(unreadable);
    // Not base64 at all: unreadable too, and nothing is read.
    expect(await file.service.handlers.scanImage({ base64: 'no base64 ~' })).toEqual(unreadable);
    expect(reads).toBe(2);
  });

  it('reads a chosen image file as a file, bound to no site', async () => {
    const { service, reads } = await setup([['otpauth://totp/Shop:hanako?secret=KRSXG5CTMVRXEZLUKRSXG5CT']]);
    expect(await service.handlers.scanImage({ base64: 'AAEC' })).toMatchObject({ ok: true, value: { domain: null } });
    expect(reads).toEqual([{ kind: 'file', bytes: new Uint8Array([0, 1, 2]) }]);
  });

  it('prepares the reader only while the vault is open', async () => {
    let prepared = 0;
    const { vault, service } = await setup([], { prepare: async () => void (prepared += 1) });
    expect(await service.handlers.prepareScan(undefined)).toEqual({ ok: true, value: null });
    await vault.lock();
    expect(await service.handlers.prepareScan(undefined)).toEqual({ ok: false, reason: 'locked' });
    expect(prepared).toBe(1);
  });
});
