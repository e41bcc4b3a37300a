import { describe, expect, it } from 'vitest';
import { interpretQrText } from '../interpret';

describe('interpretQrText', () => {
  it('reads an otpauth URI', () => {
    expect(interpretQrText('otpauth://totp/bitFlyer:taro?secret=JBSWY3DPEHPK3PXP')).toMatchObject({
      kind: 'accounts',
      accounts: [{ issuer: 'bitFlyer', label: 'taro', secret: 'JBSWY3DPEHPK3PXP' }],
    });
  });

  it('says a URL is not a 2FA code, and shows it shortened', () => {
    const long = `https://bitflyer.com/ja-jp/${'a'.repeat(100)}`;
    const result = interpretQrText(long);
    expect(result.kind).toBe('not-2fa');
    expect(result.kind === 'not-2fa' && result.preview).toMatch(/^https:\/\/bitflyer\.com\/ja-jp\/a+…$/);
    expect(result.kind === 'not-2fa' && result.preview.length).toBe(60);
  });

  it('says why a malformed 2FA code is refused, without showing its secret', () => {
    const result = interpretQrText('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=12');
    expect(result).toMatchObject({ kind: 'invalid', reason: 'invalid-digits' });
    expect(JSON.stringify(result)).not.toContain('JBSWY3DPEHPK3PXP');
  });
});

describe('interpretQrText never throws', () => {
  it.each([
    'otpauth-migration://offline?data=%%%',
    'otpauth-migration://offline?data=CgE%3D',
    `otpauth://totp/x?secret=${'='.repeat(100_000)}A`,
    'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0',
    'otpauth://constructor/x?secret=JBSWY3DPEHPK3PXP',
  ])('%s is a typed refusal', (text) => {
    expect(interpretQrText(text).kind).toBe('invalid');
  });

  it('a Google export whose accounts are all refused says why', () => {
    expect(interpretQrText('otpauth-migration://offline?data=CgA%3D')).toMatchObject({
      kind: 'invalid',
      reason: 'missing-secret',
    });
  });
});
