import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('has sane defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      logLevel: 'info',
      seedDemo: true,
      horizonDays: 7,
    });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ HORIZON_DAYS: '0' }, 'HORIZON_DAYS'],
    [{ PAIRING_CODE_MINUTES: '0' }, 'PAIRING_CODE_MINUTES'],
    [{ SECRET_KEY: 'too short to seal anything' }, 'SECRET_KEY'],
    [{ WEBHOOK_ALLOWED_HOSTS: 'http://hooks.internal/' }, 'WEBHOOK_ALLOWED_HOSTS'],
    [{ WEBHOOK_ALLOWED_HOSTS: 'hooks.internal:99999' }, 'WEBHOOK_ALLOWED_HOSTS'],
  ])('names the bad variable in %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('says what a variable must be and what it got, but never repeats a secret', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      'PORT must be a whole number from 0 to 65535, got "eighty"',
    );
    for (const [name, value] of [
      ['ADMIN_TOKEN', 'short-but-secret'],
      ['ADMIN_PASSWORD', 'secret pw'],
      ['SECRET_KEY', 'too short to seal anything'],
    ] as const) {
      expect(() => loadConfig({ [name]: value })).toThrow(`${name} must be at least`);
      expect(() => loadConfig({ [name]: value })).not.toThrow(value);
    }
  });

  it('counts a password in characters as a person sees them', () => {
    // Twelve "é" written as e + combining acute: 24 code points, 12 characters.
    expect(loadConfig({ ADMIN_PASSWORD: 'e\u0301'.repeat(12) }).adminPassword).toHaveLength(24);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'e\u0301'.repeat(11) })).toThrow('ADMIN_PASSWORD');
  });

  it('treats an empty variable as unset, except REDIS_PREFIX, which may be empty', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '', SEED_DEMO: '', DATA_DIR: '' })).toMatchObject({
      port: 8080,
      logLevel: 'info',
      seedDemo: true,
    });
    expect(loadConfig({}).redisPrefix).toBe('gatecast:');
    expect(loadConfig({ REDIS_PREFIX: '' }).redisPrefix).toBe('');
  });

  it('converts units and flags', () => {
    const c = loadConfig({
      MAX_UPLOAD_MB: '2',
      OFFLINE_AFTER_SECONDS: '60',
      TRUST_PROXY: '0',
      SEED_DEMO: 'no',
    });
    expect(c).toMatchObject({ maxUploadBytes: 2 * 1024 * 1024, offlineAfterMs: 60_000, trustProxy: false });
    expect(c.seedDemo).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2', SEED_DEMO: 'yes' })).toMatchObject({
      trustProxy: 2,
      seedDemo: true,
    });
  });

  it('reads the webhook allow-list, normalised, empty by default', () => {
    expect(loadConfig({}).webhookAllowedHosts).toEqual([]);
    expect(
      loadConfig({ WEBHOOK_ALLOWED_HOSTS: 'Hooks.Internal, 10.0.0.7:8080,,[::1]:9000' }).webhookAllowedHosts,
    ).toEqual(['hooks.internal', '10.0.0.7:8080', '[::1]:9000']);
  });

  it('reads PostgreSQL and demo switches', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x', SEED_DEMO: '0', PORT: '0' });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/x',
      seedDemo: false,
      port: 0,
    });
  });
});
