import { describe, expect, it } from 'vitest';
import { newPairingCode, normalizePairingCode, PAIRING_ALPHABET } from './pairing.code.ts';
import { RateWindow } from './rate.window.ts';

describe('pairing codes', () => {
  it('are six characters from an alphabet without look-alikes', () => {
    for (const confusable of '0O1IL2Z5S8B6GD') expect(PAIRING_ALPHABET).not.toContain(confusable);
    for (let i = 0; i < 200; i++) expect(newPairingCode()).toMatch(/^[ACEFHJKMNPQRTUVWXY3479]{6}$/);
  });

  it('accept what a person types: any case, spaces and hyphens', () => {
    expect(normalizePairingCode('k7m-w3a')).toBe('K7MW3A');
    expect(normalizePairingCode(' K7M W3A ')).toBe('K7MW3A');
    expect(normalizePairingCode('K7MW3')).toBeUndefined();
    expect(normalizePairingCode('K7MW3O')).toBeUndefined();
  });
});

describe('RateWindow', () => {
  it('allows `limit` events per window and frees them as the window slides', () => {
    const window = new RateWindow(3, 60_000);
    expect([0, 10, 20, 30].map((t) => window.take('a', t))).toEqual([true, true, true, false]);
    expect(window.take('b', 30)).toBe(true);
    expect(window.retryAt('a', 30)).toBe(60_000);
    expect(window.take('a', 60_001)).toBe(true);
  });
});
