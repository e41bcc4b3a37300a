import { describe, expect, it } from 'vitest';
import { passwordStrength } from '../strength';

describe('passwordStrength', () => {
  it.each([
    ['short', 'too-short'],
    ['password123', 'weak'],
    ['12345678901', 'weak'],
    ['aaaaaaaaaaaa', 'weak'],
    ['kurosawa', 'weak'],
    ['Kurosawa-42', 'fair'],
    ['correct horse battery staple', 'strong'],
    ['お守りは大切に保管しています2026!', 'strong'],
  ])('%j is %s', (password, strength) => {
    expect(passwordStrength(password)).toBe(strength);
  });
});
