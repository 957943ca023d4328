import { done, ok, type ApiClient, type Body, type Reply } from './api.ts';

type Items<T extends { items: unknown[] }> = T['items'][number];
/** A source of live values (its token is never in it: only its last four characters). */
export type DataSource = Reply<'get', '/api/v1/data-sources/{id}'>;
export type DataSourceInput = Body<'post', '/api/v1/data-sources'>;
/** A source just created or renewed, with its token: shown once. */
export type DataSourceWithToken = Reply<'post', '/api/v1/data-sources'>;
/** One value as kept: accepted (current when newest), held for a look, or rejected. */
export type StoredValue = Items<Reply<'get', '/api/v1/data-values'>>;
export type ValuesInput = Body<'post', '/api/v1/data-sources/{id}/values'>;
export type ValueInput = ValuesInput['values'][number];
/** What one read of a pull source did. */
export type DataPoll = Reply<'post', '/api/v1/data-sources/{id}/poll'>;

const byId = (id: string) => ({ params: { path: { id } } });

/** Data sources, their values (current, history, held), manual entry and the decisions on held values. */
export function dataApi(api: ApiClient) {
  const { http } = api;
  return {
    sources: () => ok(http.GET('/api/v1/data-sources')),
    source: (id: string) => ok(http.GET('/api/v1/data-sources/{id}', byId(id))),
    /** A new source, with its token (shown once). */
    createSource: (body: DataSourceInput) => ok(http.POST('/api/v1/data-sources', { body })),
    updateSource: (id: string, body: DataSourceInput) =>
      ok(http.PUT('/api/v1/data-sources/{id}', { ...byId(id), body })),
    removeSource: (id: string) => done(http.DELETE('/api/v1/data-sources/{id}', byId(id))),
    renewToken: (id: string) => ok(http.POST('/api/v1/data-sources/{id}/token', byId(id))),
    /** Reads a pull source now rather than at its next turn. */
    pollNow: (id: string) => ok(http.POST('/api/v1/data-sources/{id}/poll', byId(id))),

    /** The current value of each path of a source: its newest accepted observation. */
    current: (id: string) => ok(http.GET('/api/v1/data-sources/{id}/values', byId(id))),
    /** Every version of one path, newest observation first, in every state. */
    history: (id: string, path: string, limit = 50) =>
      ok(
        http.GET('/api/v1/data-sources/{id}/values/history', {
          params: { path: { id }, query: { path, limit } },
        }),
      ),
    /** Values entered by hand: a jump beyond the source's bound waits for another person. */
    enter: (id: string, body: ValuesInput) =>
      ok(http.POST('/api/v1/data-sources/{id}/values', { ...byId(id), body })),

    /** Values that moved beyond their source's bound and wait for an approver. */
    held: () => ok(http.GET('/api/v1/data-values', { params: { query: { state: 'held', limit: 500 } } })),
    approve: (id: string) => ok(http.POST('/api/v1/data-values/{id}/approve', byId(id))),
    reject: (id: string) => ok(http.POST('/api/v1/data-values/{id}/reject', byId(id))),
  };
}
export type DataApi = ReturnType<typeof dataApi>;
