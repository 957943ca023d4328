import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, isSealed, keyedHash, seal, unseal } from './sealing.ts';

describe('sealing', () => {
  const master = randomBytes(32);
  const key = deriveKey(master, 'totp');

  it('opens what it sealed, only with the same key and the same owner', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'user-1');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(unseal(key, sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    // Copied to another user's row, or opened with another deployment's key, it does not open.
    expect(() => unseal(key, sealed, 'user-2')).toThrow();
    expect(() => unseal(deriveKey(randomBytes(32), 'totp'), sealed, 'user-1')).toThrow();
    expect(() => unseal(key, sealed.slice(0, -2) + 'AA', 'user-1')).toThrow();
    // Two seals of one secret differ (fresh nonce).
    expect(seal(key, 'JBSWY3DPEHPK3PXP', 'user-1')).not.toBe(sealed);
  });

  it('derives a different key per purpose, and keyed hashes need the key', () => {
    expect(deriveKey(master, 'pairing').equals(key)).toBe(false);
    const pairingKey = deriveKey(master, 'pairing');
    expect(keyedHash(pairingKey, 'K7MW3A')).toBe(keyedHash(pairingKey, 'K7MW3A'));
    expect(keyedHash(pairingKey, 'K7MW3A')).not.toBe(
      keyedHash(deriveKey(randomBytes(32), 'pairing'), 'K7MW3A'),
    );
  });
});
