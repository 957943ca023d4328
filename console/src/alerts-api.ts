import { done, hrefOf, ok, type ApiClient, type Body, type Params, type Reply } from './api.ts';

type Items<T extends { items: unknown[] }> = T['items'][number];
/** A CAP alert as received, and what it did at each gate. */
export type CapAlert = Reply<'get', '/api/v1/alerts/{id}'>;
export type CapAlertItem = Items<Reply<'get', '/api/v1/alerts'>>;
export type GateOutcome = CapAlert['gates'][number];
export type AlertOutcome = CapAlert['outcome'];
export type AlertQuery = NonNullable<Params<'get', '/api/v1/alerts'>['query']>;
/** An authority that sends alerts (its token is never in it: only its last four characters). */
export type AlertSource = Reply<'get', '/api/v1/alert-sources/{id}'>;
export type AlertSourceInput = Body<'post', '/api/v1/alert-sources'>;
/** A source just created or renewed, with its token: shown once. */
export type AlertSourceWithToken = Reply<'post', '/api/v1/alert-sources'>;
export type AlertRule = NonNullable<AlertSourceInput['immediate']>[number];
export type AlertTemplate = Reply<'get', '/api/v1/alert-templates/{id}'>;
export type AlertTemplateInput = Body<'post', '/api/v1/alert-templates'>;

const byId = (id: string) => ({ params: { path: { id } } });
const many = { limit: 500 } as const;

/** Alerts received, the sources that send them and the per-gate templates for languages they lack. */
export function alertsApi(api: ApiClient) {
  const { http } = api;
  return {
    alerts: (query: AlertQuery = {}) =>
      ok(http.GET('/api/v1/alerts', { params: { query: { limit: 200, ...query } } })),
    alert: (id: string) => ok(http.GET('/api/v1/alerts/{id}', byId(id))),
    /** Approves every pending gate of the alert the person may approve. */
    approveAlert: (id: string) => ok(http.POST('/api/v1/alerts/{id}/approve', byId(id))),
    /** Clears every gate of the alert the person may clear. */
    clearAlert: (id: string) => ok(http.POST('/api/v1/alerts/{id}/clear', byId(id))),
    /** The original document, byte for byte, as the browser downloads it with the session cookie. */
    xmlHref: (id: string) => hrefOf('/api/v1/alerts/{id}/xml', { path: { id } }),
    /** The emergency that carries the alert at one gate: its acknowledgements, proofs and what the person may do. */
    emergency: (id: string) => ok(http.GET('/api/v1/emergencies/{id}', byId(id))),
    approveEmergency: (id: string) => ok(http.POST('/api/v1/emergencies/{id}/approve', byId(id))),
    clearEmergency: (id: string) => ok(http.POST('/api/v1/emergencies/{id}/clear', byId(id))),

    sources: () => ok(http.GET('/api/v1/alert-sources')),
    source: (id: string) => ok(http.GET('/api/v1/alert-sources/{id}', byId(id))),
    /** A new source, with its token (shown once). */
    createSource: (body: AlertSourceInput) => ok(http.POST('/api/v1/alert-sources', { body })),
    updateSource: (id: string, body: AlertSourceInput) =>
      ok(http.PUT('/api/v1/alert-sources/{id}', { ...byId(id), body })),
    /** Reads a feed source now rather than at its next turn: how many entries, how many new alerts, what failed. */
    pollNow: (id: string) => ok(http.POST('/api/v1/alert-sources/{id}/poll', byId(id))),
    renewToken: (id: string) => ok(http.POST('/api/v1/alert-sources/{id}/token', byId(id))),
    removeSource: (id: string) => done(http.DELETE('/api/v1/alert-sources/{id}', byId(id))),

    templates: () => ok(http.GET('/api/v1/alert-templates', { params: { query: many } })),
    saveTemplate: (body: AlertTemplateInput, id?: string) =>
      id
        ? ok(http.PUT('/api/v1/alert-templates/{id}', { ...byId(id), body }))
        : ok(http.POST('/api/v1/alert-templates', { body })),
    approveTemplate: (id: string) => ok(http.POST('/api/v1/alert-templates/{id}/approve', byId(id))),
    removeTemplate: (id: string) => done(http.DELETE('/api/v1/alert-templates/{id}', byId(id))),
  };
}
export type AlertsApi = ReturnType<typeof alertsApi>;
