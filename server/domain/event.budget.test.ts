import { describe, expect, it } from 'vitest';
import { EventBudget } from './event.budget.ts';

const options = { perMinute: 120, burst: 100, strikes: 50, strikeDecayMs: 2_000, penaltyMs: 60_000 };

describe('EventBudget', () => {
  it('grants a burst, then the rate, per device', () => {
    const budget = new EventBudget(options);
    const verdicts = Array.from({ length: 101 }, () => budget.take('a', 0));
    expect(verdicts.filter((v) => v === 'ok')).toHaveLength(100);
    expect(verdicts.at(-1)).toBe('limited');
    expect(budget.take('b', 0)).toBe('ok'); // another device has its own
    expect(budget.retryAfterMs('a', 0)).toBe(500);
    expect(budget.take('a', 500)).toBe('ok'); // two a second come back
    expect(budget.take('a', 500)).toBe('limited');
  });

  it('never limits a player that drains a backlog at one batch a second beside its heartbeats', () => {
    const budget = new EventBudget(options);
    for (let t = 0; t < 3 * 3_600_000; t += 1_000) {
      expect(budget.take('player', t)).toBe('ok'); // a batch
      if (t % 5_000 === 0) expect(budget.take('player', t)).toBe('ok'); // a heartbeat every 5 s
    }
  });

  it('cuts off a device that sends on while refused, for the penalty, and lets it back after', () => {
    const budget = new EventBudget(options);
    for (let i = 0; i < 100; i++) budget.take('a', 0);
    const refused = Array.from({ length: 51 }, () => budget.take('a', 0));
    expect(refused.slice(0, 50).every((v) => v === 'limited')).toBe(true);
    expect(refused[50]).toBe('cut');
    expect(budget.take('a', 1_000)).toBe('blocked');
    expect(budget.blockedUntil('a', 1_000)).toBe(60_000);
    expect(budget.blockedUntil('a', 60_000)).toBe(0);
    expect(budget.take('a', 60_000)).toBe('ok');
  });

  it('forgives an occasional refusal (a player retrying every 15 s is never cut off)', () => {
    const budget = new EventBudget({ ...options, burst: 10, perMinute: 10 });
    for (let t = 0; t < 3_600_000; t += 15_000) {
      while (budget.take('a', t) === 'ok');
      expect(budget.blockedUntil('a', t)).toBe(0);
    }
  });
});
