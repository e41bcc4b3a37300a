// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXCHANGES } from '../../sites/exchanges';
import { findCodeTargets, primaryTarget, type CodeTarget } from '../detect';

// happy-dom lays nothing out: "visible" here means not hidden by attribute or style.
const shown = (input: HTMLInputElement) => !input.hidden && input.style.display !== 'none' && input.type !== 'hidden';
const rule = (id: string) => EXCHANGES.find((exchange) => exchange.id === id)?.fill;

function loadFixture(path: string): void {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/pages', path), 'utf8');
  document.body.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, '');
}

const fieldIds = (targets: CodeTarget[]) =>
  targets.map((target) => (target.length === 1 ? target[0]!.id || target[0]!.name : `split:${target.length}`));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findCodeTargets on fixture pages', () => {
  it('takes bitFlyer Lightning’s ConfirmationCode by its rule, and generically too', () => {
    loadFixture('bitflyer/Home/TwoFactorAuth.html');
    expect(fieldIds(findCodeTargets(document, rule('bitflyer'), shown))).toEqual(['ConfirmationCode']);
    expect(fieldIds(findCodeTargets(document, undefined, shown))).toEqual(['ConfirmationCode']);
  });

  it('takes Zaif’s token, not the email or password beside it', () => {
    loadFixture('zaif/login.html');
    expect(fieldIds(findCodeTargets(document, rule('zaif'), shown))).toEqual(['token']);
  });

  it('takes Binance’s authenticator field, never the email or SMS code', () => {
    loadFixture('binance/security-verification.html');
    expect(fieldIds(findCodeTargets(document, rule('binance'), shown))).toEqual(['mfaCode']);
    expect(fieldIds(findCodeTargets(document, undefined, shown))).toEqual(['mfaCode']);
  });

  it('leaves a recovery-code field alone', () => {
    loadFixture('zaif/recovery.html');
    expect(fieldIds(findCodeTargets(document, undefined, shown))).toEqual(['otp']);
  });

  it('finds six single-digit boxes as one target', () => {
    loadFixture('gmocoin/split.html');
    expect(fieldIds(findCodeTargets(document, undefined, shown))).toEqual(['split:6']);
  });

  it('finds a field inside an open shadow root', () => {
    const host = document.createElement('login-step');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<input id="tfa" autocomplete="one-time-code">';
    expect(fieldIds(findCodeTargets(document, undefined, shown))).toEqual(['tfa']);
  });

  it('finds nothing on a page without a 2FA field', () => {
    document.body.innerHTML = `
      <input name="username"><input type="password" name="password">
      <input type="search" placeholder="Search"><input name="q" placeholder="検索">
      <input type="email" name="email" placeholder="メールアドレス">`;
    expect(findCodeTargets(document, undefined, shown)).toEqual([]);
  });

  it('skips hidden and disabled fields', () => {
    document.body.innerHTML = '<input name="otp" hidden><input name="otp2" autocomplete="one-time-code" disabled>';
    expect(findCodeTargets(document)).toEqual([]);
  });
});

describe('primaryTarget', () => {
  it('prefers the focused field, and of equally likely ones picks none unasked', () => {
    document.body.innerHTML = '<input id="a" name="otp"><input id="b" name="totp">';
    const targets = findCodeTargets(document, undefined, shown);
    expect(fieldIds([primaryTarget(targets, document.getElementById('b'))!])).toEqual(['b']);
    expect(primaryTarget(targets, null)).toBeUndefined();
    expect(fieldIds([primaryTarget(targets.slice(1), null)!])).toEqual(['b']);
  });
});
