// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { LookAlikeNames } from '../LookAlikeNames';

// The key and its substitutions stand for the translated text.
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
  [key, ...[substitutions ?? []].flat()].join(' '),
);

const root = () => document.body.appendChild(document.createElement('div'));
const marks = (selector: string) =>
  Array.from(document.querySelectorAll(`[data-testid="${selector}"] mark`), (mark) => mark.textContent);

describe('the look-alike warning names both sites', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('marks what differs between lightning.bitf1yer.com and bitflyer.com, and shows no punycode line for ASCII', () => {
    render(<LookAlikeNames host="lightning.bitf1yer.com" real="bitflyer.com" />, root());
    expect(marks('look-alike-host')).toEqual(['lightning.', '1']);
    expect(marks('look-alike-real')).toEqual(['l']);
    expect(document.querySelector('[data-testid="look-alike-punycode"]')).toBeNull();
  });

  it('shows an IDN in Unicode with its letter of another script marked, and its punycode form', () => {
    render(<LookAlikeNames host="xn--krken-5ve.com" real="kraken.com" />, root());
    expect(document.querySelector('[data-testid="look-alike-host"]')?.textContent).toBe('kr\u0430ken.com');
    expect(marks('look-alike-host')).toEqual(['\u0430']);
    expect(document.querySelector('[data-testid="look-alike-punycode"]')?.textContent).toContain('xn--krken-5ve.com');
  });
});
