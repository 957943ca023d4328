import { describe, expect, it } from 'vitest';
import { bestOffset, offsetFrom, ServerClock } from './clock.ts';

describe('offsetFrom', () => {
  it('adds half the round trip to the server time', () => {
    // Sent at local 1000, server read 5050, reply back at local 1100: server now ≈ 5100.
    expect(offsetFrom({ clientTime: 1000, serverTime: 5050 }, 1100)).toBe(4000);
  });

  it('is negative when the local clock runs ahead', () => {
    expect(offsetFrom({ clientTime: 10_000, serverTime: 2000 }, 10_000)).toBe(-8000);
  });
});

describe('ServerClock.clockTrusted', () => {
  const hour = 3_600_000;

  it('distrusts a clock running before the newest manifest was made, until a measurement', () => {
    const clock = new ServerClock();
    clock.notBefore(Date.now() + hour); // as if the local clock were an hour behind the controller
    expect(clock.clockTrusted()).toBe(false);
    clock.setOffset(hour + 5_000);
    expect(clock.clockTrusted()).toBe(true);
  });

  it('trusts an unmeasured clock that is past every manifest it has seen', () => {
    const clock = new ServerClock();
    expect(clock.clockTrusted()).toBe(true);
    clock.notBefore(Date.now() - hour);
    expect(clock.clockTrusted()).toBe(true);
  });

  it('uses a restored offset until it measures one, and a restored offset proves nothing', () => {
    const clock = new ServerClock();
    clock.notBefore(Date.now() + hour);
    clock.restore(2 * hour);
    expect(clock.offset).toBe(2 * hour);
    expect(clock.clockTrusted()).toBe(true); // now() is past the manifest thanks to the kept offset
    clock.restore(0);
    expect(clock.clockTrusted()).toBe(false);
    clock.setOffset(10);
    clock.restore(99);
    expect(clock.offset).toBe(10);
  });
});

describe('bestOffset', () => {
  it('takes the sample with the shortest round trip', () => {
    // The true offset is 4000. The first reply was read 180 ms late by a busy page (its guess is 90 ms off);
    // the second came back in 4 ms.
    const late = { reply: { clientTime: 1000, serverTime: 5002 }, receivedAt: 1184 };
    const quick = { reply: { clientTime: 2000, serverTime: 6002 }, receivedAt: 2004 };
    expect(offsetFrom(late.reply, late.receivedAt)).toBe(3910);
    expect(bestOffset([late, quick])).toBe(4000);
    expect(bestOffset([quick, late])).toBe(4000);
  });

  it('has nothing to say without samples', () => {
    expect(bestOffset([])).toBeNull();
  });
});
