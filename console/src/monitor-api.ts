import type { Connectivity, ConnectivityChange, ScreenAlert } from '../../schemas/types.ts';
import { ok, type ApiClient, type Body, type Params, type Reply } from './api.ts';

type Items<T extends { items: unknown[] }> = T['items'][number];
export type FleetScreen = Items<Reply<'get', '/api/v1/fleet'>>;
export type ScreenHeartbeat = NonNullable<Reply<'get', '/api/v1/screens/{id}/heartbeat'>>;
export type HeartbeatMinute = Items<Reply<'get', '/api/v1/screens/{id}/heartbeats'>>;
export type Command = Reply<'post', '/api/v1/screens/{id}/commands'>;
export type CommandInput = Body<'post', '/api/v1/screens/{id}/commands'>;
export type Screenshot = NonNullable<Reply<'get', '/api/v1/screens/{id}/screenshot/latest'>>;
export type PlayReportRow = Items<Reply<'get', '/api/v1/reports/plays'>>;
export type AvailabilityRow = Items<Reply<'get', '/api/v1/reports/availability'>>;
// Pushed over /console, not answered over REST: typed by schemas/events.ts's schemas.
export type { Connectivity, ConnectivityChange, ScreenAlert };

/** A period of gate-local days, as the report endpoints (and their CSV downloads) take it. */
export type Period = Params<'get', '/api/v1/reports/plays'>['query'];

/** The query without a gate when none is chosen (an empty gateId would be refused). */
export const periodQuery = ({ from, until, gateId }: Period): Period => ({
  from,
  until,
  ...(gateId ? { gateId } : {}),
});
const byId = (id: string) => ({ params: { path: { id } } });

/** The monitoring and report endpoints, over the session's client (it carries the CSRF token). */
export function monitorApi(api: ApiClient) {
  const { http } = api;
  return {
    fleet: () => ok(http.GET('/api/v1/fleet')),
    heartbeat: (id: string) => ok(http.GET('/api/v1/screens/{id}/heartbeat', byId(id))),
    history: (id: string, from: Date, until: Date) =>
      ok(
        http.GET('/api/v1/screens/{id}/heartbeats', {
          params: { path: { id }, query: { from: from.toISOString(), until: until.toISOString() } },
        }),
      ),
    commands: (id: string) =>
      ok(http.GET('/api/v1/screens/{id}/commands', { params: { path: { id }, query: { limit: 10 } } })),
    send: (id: string, body: CommandInput) =>
      ok(http.POST('/api/v1/screens/{id}/commands', { ...byId(id), body })),
    screenshot: (id: string) => ok(http.GET('/api/v1/screens/{id}/screenshot/latest', byId(id))),
    plays: (p: Period) => ok(http.GET('/api/v1/reports/plays', { params: { query: periodQuery(p) } })),
    availability: (p: Period) =>
      ok(http.GET('/api/v1/reports/availability', { params: { query: periodQuery(p) } })),
    /** The screen and its gate by name, as a blackout of this one screen would reach them. */
    previewBlackout: (id: string) =>
      ok(
        http.POST('/api/v1/overrides/preview', {
          body: { kind: 'blackout', targets: { screens: [id] } },
        }),
      ),
  };
}
export type MonitorApi = ReturnType<typeof monitorApi>;
