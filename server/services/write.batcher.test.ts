import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { WriteBatcher } from './write.batcher.ts';

const log = pino({ level: 'silent' });

/** A store that records each batch it is given and can be told to fail the next calls. */
function store(failNext = 0) {
  const batches: Map<string, number>[] = [];
  const rows = new Map<string, number>();
  let failures = failNext;
  const write = (values: ReadonlyMap<string, number>) => {
    if (failures > 0) {
      failures -= 1;
      return Promise.reject(new Error('database is locked'));
    }
    batches.push(new Map(values));
    for (const [k, v] of values) rows.set(k, v);
    return Promise.resolve(new Map([...values].map(([k, v]) => [k, v * 10])));
  };
  return { batches, rows, write };
}

const options = { flushMs: 5, maxSize: 100, maxAttempts: 3 };

describe('WriteBatcher', () => {
  it('stores a burst in one write and answers each caller with its own key’s result', async () => {
    const s = store();
    const b = new WriteBatcher({ name: 'acks', log, options, write: s.write });
    const replies = await Promise.all([b.add('a', 1), b.add('b', 2), b.add('c', 3)]);
    expect(replies).toEqual([10, 20, 30]);
    expect(s.batches).toHaveLength(1);
    expect(s.rows).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ]),
    );
  });

  it('writes the later value of a key that is added twice before the flush', async () => {
    const s = store();
    const b = new WriteBatcher({ name: 'acks', log, options, write: s.write });
    const replies = await Promise.all([b.add('a', 1), b.add('a', 2)]);
    expect(replies).toEqual([20, 20]);
    expect(s.batches).toEqual([new Map([['a', 2]])]);
  });

  it('writes at once when maxSize keys wait, without waiting for the timer', async () => {
    const s = store();
    const b = new WriteBatcher({
      name: 'acks',
      log,
      options: { ...options, flushMs: 60_000 },
      write: s.write,
    });
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => b.add(`s${String(i)}`, i)));
    expect(replies[99]).toBe(990);
    expect(s.batches).toHaveLength(1);
  });

  it('tries a failed batch again and answers only once it is stored', async () => {
    const s = store(2);
    const b = new WriteBatcher({ name: 'acks', log, options, write: s.write });
    expect(await b.add('a', 1)).toBe(10);
    expect(s.rows.get('a')).toBe(1);
  });

  it('gives up after maxAttempts and hands the error to the callers, storing nothing', async () => {
    const s = store(3);
    const b = new WriteBatcher({ name: 'acks', log, options, write: s.write });
    await expect(b.add('a', 1)).rejects.toThrow('database is locked');
    expect(s.rows.size).toBe(0);
    expect(await b.add('b', 2)).toBe(20); // the next batch is not held up by the lost one
  });

  it('stores what waits on close and refuses later adds', async () => {
    const s = store();
    const b = new WriteBatcher({
      name: 'acks',
      log,
      options: { ...options, flushMs: 60_000 },
      write: s.write,
    });
    const pending = b.add('a', 1);
    await b.close();
    expect(await pending).toBe(10);
    await expect(b.add('b', 2)).rejects.toThrow('acks: closed');
    expect(s.rows.has('b')).toBe(false);
  });
});
