import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offersToEnd, type WaitingOffer } from './pairing.queue.ts';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
const offers = (group: string, count: number, from = 0): WaitingOffer[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${group}-${i}`, group, createdAt: at(from + i) }));

describe('offersToEnd', () => {
  it('replaces the oldest offers of an address that already has its share waiting', () => {
    const waiting = [...offers('a', 5), ...offers('b', 2)];
    expect(offersToEnd(waiting, 'a', { perAddress: 5, maxWaiting: 100 })).toEqual(['a-0']);
    expect(offersToEnd(waiting, 'b', { perAddress: 5, maxWaiting: 100 })).toEqual([]);
    expect(offersToEnd(offers('a', 7), 'a', { perAddress: 5, maxWaiting: 100 })).toEqual([
      'a-0',
      'a-1',
      'a-2',
    ]);
  });

  it('makes room in a full queue from the address with the most waiting, never refusing a new one', () => {
    const waiting = [...offers('flood-1', 4, 10), ...offers('flood-2', 5, 20), ...offers('real', 1, 0)];
    expect(offersToEnd(waiting, 'newcomer', { perAddress: 5, maxWaiting: 10 })).toEqual(['flood-2-0']);
    // Equal shares: the group whose oldest offer is oldest gives one up.
    expect(
      offersToEnd([...offers('x', 2, 5), ...offers('y', 2, 1)], 'z', { perAddress: 5, maxWaiting: 4 }),
    ).toEqual(['y-0']);
  });

  it('always leaves room for the new offer within both limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ group: fc.constantFrom('a', 'b', 'c', 'd'), t: fc.nat(1000) }), {
          maxLength: 60,
        }),
        fc.constantFrom('a', 'b', 'e'),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (list, group, perAddress, maxWaiting) => {
          const waiting = list.map((o, i) => ({ id: String(i), group: o.group, createdAt: at(o.t) }));
          const ended = new Set(offersToEnd(waiting, group, { perAddress, maxWaiting }));
          const left = waiting.filter((o) => !ended.has(o.id));
          expect(left.length + 1).toBeLessThanOrEqual(Math.max(maxWaiting, 1));
          expect(left.filter((o) => o.group === group).length + 1).toBeLessThanOrEqual(perAddress);
          // Nothing is ended that did not have to be: without the limits it would all still fit.
          if (waiting.length < maxWaiting && waiting.filter((o) => o.group === group).length < perAddress)
            expect(ended.size).toBe(0);
        },
      ),
    );
  });
});
