import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Manifest } from '../../schemas/types.ts';
import { ManifestLoader } from './manifests.ts';

const manifest = (version: string): Manifest => ({
  version,
  generatedAt: 0,
  timeZone: 'Asia/Ho_Chi_Minh',
  horizon: { from: 0, until: 1 },
  segments: [],
  loops: {},
  messages: {},
  assets: {},
  fonts: [],
});

/** A loader whose downloads fail while `online` is false, and what it did. */
function harness() {
  const state = {
    online: true,
    prepared: [] as string[],
    applied: [] as string[],
    unchanged: [] as string[],
  };
  const loader = new ManifestLoader({
    prepare: (m) => {
      state.prepared.push(m.version);
      return state.online ? Promise.resolve() : Promise.reject(new Error('offline'));
    },
    apply: (m) => {
      state.applied.push(m.version);
      return Promise.resolve();
    },
    unchanged: (m) => {
      state.unchanged.push(m.version);
    },
  });
  return { loader, state };
}

describe('ManifestLoader', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('applies a manifest once everything is loaded, and only re-acks the same version', async () => {
    const { loader, state } = harness();
    loader.offer(manifest('aa11aa11aa11aa11'));
    await vi.runAllTimersAsync();
    expect(state.applied).toEqual(['aa11aa11aa11aa11']);
    loader.offer(manifest('aa11aa11aa11aa11'));
    expect(state.unchanged).toEqual(['aa11aa11aa11aa11']);
    expect(state.prepared).toHaveLength(1);
  });

  it('keeps the old manifest while downloads fail, retries later, and at once when the server sends it again', async () => {
    const { loader, state } = harness();
    state.online = false;
    loader.offer(manifest('bb22bb22bb22bb22'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.prepared).toHaveLength(1);
    expect(state.applied).toEqual([]);
    expect(loader.loading?.version).toBe('bb22bb22bb22bb22');
    // The link comes back and the controller sends the manifest again on reconnect: no waiting for the retry.
    state.online = true;
    loader.offer(manifest('bb22bb22bb22bb22'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.applied).toEqual(['bb22bb22bb22bb22']);
    expect(loader.loading).toBeNull();
  });

  it('takes a manifest kept from before a reload as the one playing', () => {
    const { loader, state } = harness();
    loader.resume(manifest('cc33cc33cc33cc33'));
    expect(loader.applied).toBe('cc33cc33cc33cc33');
    loader.offer(manifest('cc33cc33cc33cc33'));
    expect(state.prepared).toEqual([]);
    expect(state.unchanged).toEqual(['cc33cc33cc33cc33']);
  });

  it('lets the newest manifest win over one still loading', async () => {
    const { loader, state } = harness();
    state.online = false;
    loader.offer(manifest('dd44dd44dd44dd44'));
    await vi.advanceTimersByTimeAsync(0);
    state.online = true;
    loader.offer(manifest('ee55ee55ee55ee55'));
    await vi.runAllTimersAsync();
    expect(state.applied).toEqual(['ee55ee55ee55ee55']);
  });
});
