import { describe, expect, it } from 'vitest';
import { EXCHANGES } from '../exchanges';
import { exchangesWithoutGuide, isRecoveryReady, RECOVERY_GUIDES, RECOVERY_ITEMS } from '../recovery';

describe('recovery guides', () => {
  it('exist for every known exchange, each with a support page, a checklist and a dated source', () => {
    expect(exchangesWithoutGuide()).toEqual([]);
    for (const exchange of EXCHANGES) {
      const guide = RECOVERY_GUIDES[exchange.id]!;
      expect(new URL(guide.supportUrl).protocol, exchange.id).toBe('https:');
      expect(new URL(guide.source.url).protocol, exchange.id).toBe('https:');
      expect(guide.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(guide.items.length, exchange.id).toBeGreaterThan(0);
      expect(new Set(guide.items).size, exchange.id).toBe(guide.items.length);
      for (const item of guide.items) expect(RECOVERY_ITEMS).toContain(item);
    }
  });

  it('name Kraken’s master key and Zaif’s furigana, as people were asked', () => {
    expect(RECOVERY_GUIDES.kraken).toMatchObject({ offersMasterKey: true });
    expect(RECOVERY_GUIDES.kraken!.items).toContain('master-key');
    expect(RECOVERY_GUIDES.zaif!.items).toEqual(
      expect.arrayContaining(['name-reading', 'registration-date', 'trade-history']),
    );
    expect(RECOVERY_GUIDES.bitflyer!.hours).toBe('weekday-call');
    expect(RECOVERY_GUIDES.gmocoin!.items).toContain('device');
  });
});

describe('isRecoveryReady', () => {
  it('is ready with recovery codes, or with every item of the exchange’s kit written down', () => {
    expect(isRecoveryReady(undefined, ['RC-1'], {})).toBe(true);
    expect(isRecoveryReady(undefined, [], {})).toBe(false);
    expect(isRecoveryReady('coincheck', [], { 'id-selfie': 'Photos/ID.jpg', phone: '090', email: 'a@b.jp' })).toBe(
      true,
    );
    expect(isRecoveryReady('coincheck', [], { 'id-selfie': 'Photos/ID.jpg', phone: '  ' })).toBe(false);
  });
});
