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
