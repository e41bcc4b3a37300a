import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF_COST, LEGACY_KDF_COST, OMAMORI_ARGON2, isOmamoriCost, isWeakerCost } from '../kdf';

describe('the cost', () => {
  it('is Argon2id ≥ 64 MiB, and both it and the old cost open within the bounds on files', () => {
    expect(DEFAULT_KDF_COST.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(isOmamoriCost(DEFAULT_KDF_COST)).toBe(true);
    expect(isOmamoriCost(LEGACY_KDF_COST)).toBe(true);
    expect(isWeakerCost(LEGACY_KDF_COST, DEFAULT_KDF_COST)).toBe(true);
    expect(isWeakerCost(DEFAULT_KDF_COST, DEFAULT_KDF_COST)).toBe(false);
    // The bounds: room above the default for a later raise, and no further.
    const heaviest = { ...DEFAULT_KDF_COST, memoryKiB: OMAMORI_ARGON2.maxMemoryKiB, iterations: 3 };
    expect(isOmamoriCost(heaviest)).toBe(true);
    expect(isOmamoriCost({ ...heaviest, iterations: 4 })).toBe(false);
    expect(isOmamoriCost({ ...DEFAULT_KDF_COST, memoryKiB: OMAMORI_ARGON2.maxMemoryKiB * 2, iterations: 1 })).toBe(
      false,
    );
  });
});
