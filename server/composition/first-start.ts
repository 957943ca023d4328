// Step 7 of startApp: what the stored data needs before anyone connects. The configured admin token, the
// first admin's password, secrets sealed by an older version, the demo content, and every screen's manifest.
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import { SeedService, type DemoPlayer } from '../services/seed.service.ts';
import type { Observability } from './observability.ts';
import type { Services } from './services.ts';

export interface FirstStart {
  /** The first-start password of the user `admin`, to be printed once (undefined when not generated). */
  adminPassword: string | undefined;
  /** A fresh single-use player link for each demo screen there is (SEED_DEMO), issued at this start. */
  demoPlayers: DemoPlayer[];
}

/** Brings the stored data up to date and publishes every screen's manifest. */
export async function prepareData(
  config: Config,
  options: { demoDir?: string },
  { log }: Observability,
  { api }: Services,
): Promise<FirstStart> {
  await api.apiTokens.registerConfigured(config.adminToken);
  const adminPassword = await api.auth.bootstrapAdmin(config.adminPassword);
  await api.totp.sealLegacySecrets();
  const { approvals, devices, manifests } = api;
  const demoPlayers = config.seedDemo
    ? await new SeedService({ services: api, approvals, devices, manifests, log }).seedAndLink(
        options.demoDir ?? fileURLToPath(new URL('../../playlists', import.meta.url)),
      )
    : [];
  await manifests.publish();
  return { adminPassword, demoPlayers };
}
