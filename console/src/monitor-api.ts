import type {
  AvailabilityRow,
  Command,
  CommandInput,
  Connectivity,
  ConnectivityChange,
  Emergency,
  FleetScreen,
  HeartbeatMinute,
  PlayReportRow,
  ScreenAlert,
  ScreenHeartbeat,
  Screenshot,
} from '../../schemas/types.ts';
import type { ApiClient } from './api.ts';

export type {
  AvailabilityRow,
  Command,
  CommandInput,
  Connectivity,
  ConnectivityChange,
  FleetScreen,
  HeartbeatMinute,
  PlayReportRow,
  ScreenAlert,
  ScreenHeartbeat,
  Screenshot,
};

/** A period of gate-local days, as the report endpoints take it. */
export interface Period {
  from: string;
  until: string;
  gateId?: string | undefined;
}

const enc = encodeURIComponent;

/** The query string of a report period; the CSV links use the same one. */
export function periodQuery(p: Period): string {
  return `from=${enc(p.from)}&until=${enc(p.until)}${p.gateId ? `&gateId=${enc(p.gateId)}` : ''}`;
}

/** The monitoring and report endpoints, over the session's client (it carries the CSRF token). */
export function monitorApi(api: ApiClient) {
  const screen = (id: string) => `/api/v1/screens/${enc(id)}`;
  return {
    fleet: () => api.get<{ items: FleetScreen[]; counts: Record<Connectivity, number> }>('/api/v1/fleet'),
    heartbeat: (id: string) => api.get<ScreenHeartbeat | null>(`${screen(id)}/heartbeat`),
    history: (id: string, from: Date, until: Date) =>
      api.get<{ items: HeartbeatMinute[] }>(
        `${screen(id)}/heartbeats?from=${enc(from.toISOString())}&until=${enc(until.toISOString())}`,
      ),
    commands: (id: string) => api.get<{ items: Command[] }>(`${screen(id)}/commands?limit=10`),
    send: (id: string, input: CommandInput) => api.post<Command>(`${screen(id)}/commands`, input),
    screenshot: (id: string) => api.get<Screenshot | null>(`${screen(id)}/screenshot/latest`),
    plays: (p: Period) => api.get<{ items: PlayReportRow[] }>(`/api/v1/reports/plays?${periodQuery(p)}`),
    availability: (p: Period) =>
      api.get<{ items: AvailabilityRow[] }>(`/api/v1/reports/availability?${periodQuery(p)}`),
    emergencies: () => api.get<{ items: Emergency[] }>('/api/v1/emergencies?limit=50'),
    approveEmergency: (id: string) => api.post<Emergency>(`/api/v1/emergencies/${enc(id)}/approve`, {}),
  };
}
export type MonitorApi = ReturnType<typeof monitorApi>;
