import { describe, expect, it } from 'vitest';
import { offsetFrom } from './clock.ts';

describe('offsetFrom', () => {
  it('adds half the round trip to the server time', () => {
    // Sent at local 1000, server read 5050, reply back at local 1100: server now ≈ 5100.
    expect(offsetFrom({ clientTime: 1000, serverTime: 5050 }, 1100)).toBe(4000);
  });

  it('is negative when the local clock runs ahead', () => {
    expect(offsetFrom({ clientTime: 10_000, serverTime: 2000 }, 10_000)).toBe(-8000);
  });
});
