import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretKey } from './secret-key.repository.ts';

describe('loadSecretKey', () => {
  it('creates a key only the controller can read on first start, and reads the same key after', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gatecast-key-'));
    try {
      const first = await loadSecretKey(dir, undefined);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect((await stat(join(dir, 'secret.key'))).mode & 0o777).toBe(0o600);
      expect((await loadSecretKey(dir, undefined)).equals(first)).toBe(true);
      // SECRET_KEY wins over the file.
      const configured = 'x'.repeat(40);
      expect((await loadSecretKey(dir, configured)).toString()).toBe(configured);
      // A truncated key file stops the start rather than silently making a new key.
      await writeFile(join(dir, 'secret.key'), 'short');
      await expect(loadSecretKey(dir, undefined)).rejects.toThrow(/fewer than 32/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
