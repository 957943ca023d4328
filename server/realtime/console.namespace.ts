import { parse as parseCookie } from 'cookie';
import type { Logger } from 'pino';
import type { Namespace } from 'socket.io';
import type { ConsoleToServerEvents, ServerToConsoleEvents } from '../../schemas/events.ts';
import type { ApprovalSummary, ReviewedNoun } from '../../schemas/types.ts';
import type { Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import { SESSION_COOKIE } from '../http/auth.middleware.ts';
import type { ApprovalService } from '../services/approval.service.ts';
import type { AuthService } from '../services/auth.service.ts';
import type { BlackoutService } from '../services/blackout.service.ts';
import type { EmergencyService } from '../services/emergency.service.ts';
import type { OverrideService } from '../services/override.service.ts';
import type { ManifestService } from '../services/manifest.service.ts';
import type { MonitorService } from '../services/monitor.service.ts';
import type { AccessPolicy } from '../services/access.service.ts';
import type { Clock } from '../repositories/clock.repository.ts';

interface ConsoleData {
  principal: Principal;
}

export type ConsoleNamespace = Namespace<
  ConsoleToServerEvents,
  ServerToConsoleEvents,
  Record<string, never>,
  ConsoleData
>;

type ConsoleSocket = Awaited<ReturnType<ConsoleNamespace['fetchSockets']>>[number];

export interface ConsoleDeps {
  auth: Pick<AuthService, 'resolveSession'>;
  access: Pick<AccessPolicy, 'visible'>;
  manifests: Pick<ManifestService, 'onApplied' | 'status'>;
  screens: { get(id: string): Promise<{ gateId: string } | undefined> };
  approvals: Pick<ApprovalService, 'onTransition' | 'status'>;
  emergencies: Pick<EmergencyService, 'onAck' | 'get'>;
  blackouts: Pick<BlackoutService, 'get'>;
  overrides: Pick<OverrideService, 'onChange'>;
  monitor: Pick<MonitorService, 'listen'>;
  clock: Clock;
  log: Logger;
  /** Where the controller is reached, to recognise its own pages' Origin (PUBLIC_URL, TRUST_PROXY). */
  origin?: OriginOptions;
}

export interface OriginOptions {
  publicUrl?: string | undefined;
  trustProxy?: boolean | number;
}

/** The /console namespace of a Socket.IO server (the player's and the console's event maps differ). */
export function consoleNamespace(io: { of(name: string): unknown }): ConsoleNamespace {
  return io.of('/console') as ConsoleNamespace;
}

/**
 * Sets up /console: a signed-in user's session cookie in the handshake (anything else is refused), from a page
 * of the controller's own origin when the client names one (browsers always do; see ownOrigins), then
 * pushes screen status, approval transitions, override changes and emergency acknowledgements. Each event is sent only to
 * sockets whose user may read it, checked by the same access policy as the REST API, so scope has one
 * definition; a console has few users, so a check per socket costs little.
 */
export function attachConsoleHandlers(nsp: ConsoleNamespace, deps: ConsoleDeps): void {
  const log = deps.log.child({ nsp: '/console' });

  nsp.use((socket, next) => {
    const origin = socket.handshake.headers.origin;
    if (origin !== undefined && !ownOrigins(socket.handshake, deps.origin ?? {}).has(originOf(origin))) {
      next(
        refusal(
          'forbidden_origin',
          `a page from ${origin.slice(0, 200)} may not open the console's connection: open the console from the controller itself`,
        ),
      );
      return;
    }
    const header = socket.handshake.headers.cookie;
    const secret = header ? parseCookie(header)[SESSION_COOKIE] : undefined;
    if (!secret) {
      next(refusal('unauthorized', 'sign in first: /console needs a session'));
      return;
    }
    deps.auth.resolveSession(secret, socket.handshake.address).then(
      (session) => {
        if (!session) {
          next(refusal('unauthorized', 'session expired: sign in again'));
          return;
        }
        socket.data.principal = session.principal;
        next();
      },
      (err: unknown) => {
        next(refusal(err instanceof DomainError ? err.code : 'internal', 'session expired: sign in again'));
      },
    );
  });

  // Each push runs after the change is stored; a failure is logged and never reaches the service.
  const push = (what: string, run: () => Promise<void>) => {
    run().catch((err: unknown) => {
      log.error({ err, what }, 'console push failed');
    });
  };

  // Acks come in bursts (a publish reaches thousands of players at once): collect the screens for a
  // moment and push once, and do no lookups at all while no console is open.
  const applied = new Set<string>();
  let appliedTimer: ReturnType<typeof setTimeout> | undefined;
  deps.manifests.onApplied((screenId) => {
    applied.add(screenId);
    appliedTimer ??= setTimeout(() => {
      appliedTimer = undefined;
      const ids = [...applied];
      applied.clear();
      push('screen:status', async () => {
        const sockets = await nsp.fetchSockets();
        if (sockets.length === 0) return;
        for (const screenId of ids) {
          const screen = await deps.screens.get(screenId);
          if (!screen) continue;
          const status = await deps.manifests.status(screenId);
          for (const socket of sockets) {
            if (await deps.access.visible(socket.data.principal, [screen.gateId]))
              socket.emit('screen:status', status);
          }
        }
      });
    }, 200);
    appliedTimer.unref();
  });

  deps.approvals.onTransition((noun: ReviewedNoun, id: string) => {
    push('approval:changed', async () => {
      for (const socket of await nsp.fetchSockets()) {
        const status = await deps.approvals.status(socket.data.principal, noun, id).catch(() => undefined);
        if (status) socket.emit('approval:changed', summaryOf(status));
      }
    });
  });

  // Connectivity changes and alerts go to every console whose user may see the screen's gate.
  const toGate = (gateId: string, send: (socket: ConsoleSocket) => void) => {
    push('monitor', async () => {
      for (const socket of await nsp.fetchSockets()) {
        if (await deps.access.visible(socket.data.principal, [gateId])) send(socket);
      }
    });
  };
  deps.monitor.listen({
    statusChanged: (change) => {
      toGate(change.gateId, (socket) => socket.emit('screen:connectivity', change));
    },
    alerted: (alert) => {
      toGate(alert.gate.id, (socket) => socket.emit('screen:alert', alert));
    },
  });

  // Each console gets the override as its own user sees it (with what they may do), and only if they may
  // see it at all: the same reads as GET /emergencies/:id and /blackouts/:id answer.
  deps.overrides.onChange((kind, id) => {
    push('override:changed', async () => {
      for (const socket of await nsp.fetchSockets()) {
        const { principal } = socket.data;
        if (kind === 'emergency') {
          const emergency = await deps.emergencies.get(principal, id).catch(() => undefined);
          if (emergency) socket.emit('override:changed', { kind, emergency });
        } else {
          const blackout = await deps.blackouts.get(principal, id).catch(() => undefined);
          if (blackout) socket.emit('override:changed', { kind, blackout });
        }
      }
    });
  });

  deps.emergencies.onAck((emergencyId, screenId) => {
    push('emergency:ack', async () => {
      const at = new Date(deps.clock.now()).toISOString();
      for (const socket of await nsp.fetchSockets()) {
        const visible = await deps.emergencies.get(socket.data.principal, emergencyId).catch(() => undefined);
        if (visible) socket.emit('emergency:ack', { id: emergencyId, screenId, at });
      }
    });
  });
}

// The summary only: drafts can be large and the console fetches the diff when it opens an item.
function summaryOf(status: ApprovalSummary & { draft?: unknown }): ApprovalSummary {
  const {
    entity,
    id,
    name,
    state,
    revision,
    changed,
    editedBy,
    editedAt,
    submittedBy,
    submittedAt,
    approvedBy,
    approvedAt,
    rejection,
  } = status;
  return {
    entity,
    id,
    name,
    state,
    revision,
    changed,
    editedBy,
    editedAt,
    submittedBy,
    submittedAt,
    approvedBy,
    approvedAt,
    rejection,
  };
}

/**
 * The origins of the controller's own pages, as a browser names them in the Origin header: the scheme and
 * Host this handshake came to (the scheme forwarded by a trusted proxy), and PUBLIC_URL. A browser sets both
 * Origin and Host itself, so a page elsewhere (even another port of the same host) cannot pass for these.
 */
export function ownOrigins(
  handshake: { headers: Record<string, string | string[] | undefined>; secure: boolean },
  options: OriginOptions,
): Set<string> {
  const origins = new Set<string>();
  if (options.publicUrl) origins.add(originOf(options.publicUrl));
  const host = handshake.headers.host;
  const forwarded = handshake.headers['x-forwarded-proto'];
  const proto =
    options.trustProxy && typeof forwarded === 'string'
      ? forwarded.split(',')[0]?.trim().toLowerCase()
      : handshake.secure
        ? 'https'
        : 'http';
  if (typeof host === 'string' && (proto === 'http' || proto === 'https'))
    origins.add(originOf(`${proto}://${host}`));
  origins.delete('null');
  return origins;
}

/** The serialised origin of a URL (scheme, host, port unless the default), or "null" for what is not one. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

function refusal(code: string, message: string): Error {
  const error = new Error(message) as Error & { data?: unknown };
  error.data = { code };
  return error;
}
