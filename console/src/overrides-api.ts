import type { OverrideChange } from '../../schemas/types.ts';
import { ok, type ApiClient, type Body, type Reply } from './api.ts';

type Items<T extends { items: unknown[] }> = T['items'][number];
export type Emergency = Reply<'get', '/api/v1/emergencies/{id}'>;
export type Blackout = Reply<'get', '/api/v1/blackouts/{id}'>;
export type EmergencyInput = Body<'post', '/api/v1/emergencies'>;
export type BlackoutInput = Body<'post', '/api/v1/blackouts'>;
export type OverrideTargets = EmergencyInput['targets'];
export type OverridePreview = Reply<'post', '/api/v1/overrides/preview'>;
export type OverrideKind = OverridePreview['kind'];
export type EmergencyItem = Items<Reply<'get', '/api/v1/emergencies'>>;
export type BlackoutItem = Items<Reply<'get', '/api/v1/blackouts'>>;
// Pushed over /console, not answered over REST: typed by schemas/events.ts's schemas.
export type { OverrideChange };

const byId = (id: string) => ({ params: { path: { id } } });
const recent = { params: { query: { limit: 50 } } };

/** Emergencies and blackouts: the lists, what a send would reach, and every change of state. */
export function overridesApi(api: ApiClient) {
  const { http } = api;
  return {
    emergencies: () => ok(http.GET('/api/v1/emergencies', recent)),
    blackouts: () => ok(http.GET('/api/v1/blackouts', recent)),
    /** The screens and gates reached, by name; for an emergency, whether and by whom it must be approved. */
    preview: (kind: OverrideKind, targets: OverrideTargets) =>
      ok(http.POST('/api/v1/overrides/preview', { body: { kind, targets } })),
    send: (body: EmergencyInput) => ok(http.POST('/api/v1/emergencies', { body })),
    approve: (id: string) => ok(http.POST('/api/v1/emergencies/{id}/approve', byId(id))),
    clear: (id: string) => ok(http.POST('/api/v1/emergencies/{id}/clear', byId(id))),
    startBlackout: (body: BlackoutInput) => ok(http.POST('/api/v1/blackouts', { body })),
    lift: (id: string) => ok(http.POST('/api/v1/blackouts/{id}/lift', byId(id))),
  };
}
export type OverridesApi = ReturnType<typeof overridesApi>;
