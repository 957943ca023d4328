// Step 6 of startApp: the inbound side. Socket handlers on the three namespaces and the Express app on the
// HTTP server; each validates, calls one service method and shapes the reply.
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import pkg from '../../package.json' with { type: 'json' };
import type { Config } from '../config.ts';
import { EventBudget } from '../domain/event.budget.ts';
import { createHttpApp } from '../http/http.app.ts';
import type { RouteTable } from '../http/route.table.ts';
import { attachConsoleHandlers } from '../realtime/console.namespace.ts';
import { attachPairingHandlers } from '../realtime/pairing.namespace.ts';
import { attachPlayerHandlers } from '../realtime/player.namespace.ts';
import type { Channels } from './channels.ts';
import type { Observability } from './observability.ts';
import type { Repositories } from './repositories.ts';
import type { Services } from './services.ts';
import type { Storage } from './storage.ts';

export interface Transports {
  /** The Express application (tests walk its router to find routes without a rule). */
  httpApp: Express;
  /** Every route with its authorisation rule. */
  routes: RouteTable;
}

/** Attaches the /player, /pairing and /console handlers and the HTTP API to the channels. */
export function attachTransports(parts: {
  config: Config;
  base: Observability;
  storage: Storage;
  repos: Repositories;
  channels: Channels;
  services: Services;
}): Transports {
  const { config, base, storage, repos, channels, services } = parts;
  const { clock, log, metrics } = base;
  const { devices, pairing, auth, manifests, emergencies, heartbeats, plays, approvals, monitor } =
    services.api;
  // Each device token's budget on /player: a flood is refused, a device that keeps on is cut off a minute.
  const budget = new EventBudget({
    perMinute: config.playerEventsPerMinute,
    burst: config.playerEventBurst,
    strikes: 50,
    strikeDecayMs: 2_000,
    penaltyMs: 60_000,
  });
  attachPlayerHandlers(channels.players, {
    devices,
    manifests,
    overrides: services.overrides,
    emergencies,
    heartbeats,
    plays,
    data: services.dataDelivery,
    budget,
    metrics,
    clock,
    log,
  });
  attachPairingHandlers(channels.pairing, { pairing, devices, trustProxy: config.trustProxy, log });
  attachConsoleHandlers(channels.consoles, {
    auth,
    access: services.access,
    manifests,
    screens: repos.entities.screens,
    approvals,
    emergencies,
    blackouts: services.api.blackouts,
    overrides: services.overrides,
    monitor,
    clock,
    log,
    origin: { publicUrl: config.publicUrl, trustProxy: config.trustProxy },
  });
  const { app, routes } = createHttpApp(services.api, {
    version: pkg.version,
    database: storage.dialect,
    distDir: fileURLToPath(new URL('../../dist', import.meta.url)), // the built player and console
    loginsPerMinute: config.loginsPerMinute,
    loginStore: storage.rateLimits.store('login'),
    trustProxy: config.trustProxy,
    log,
    validateResponses: config.validateResponses,
  });
  channels.http.on('request', app);
  return { httpApp: app, routes };
}
