import { ok, type ApiClient, type Reply, type ReviewedNoun } from './api.ts';

/** Where an item's approved version plays: the screens in scope by gate, and from when. */
export type OnAir = Reply<'get', '/api/v1/messages/{id}/on-air'>;

const byId = (id: string) => ({ params: { path: { id } } });

/** Asks where a message, playlist or schedule is on air (what deleting it would take off the screens). */
export function onAirOf(api: ApiClient, noun: ReviewedNoun, id: string): Promise<OnAir> {
  const { http } = api;
  switch (noun) {
    case 'message':
      return ok(http.GET('/api/v1/messages/{id}/on-air', byId(id)));
    case 'playlist':
      return ok(http.GET('/api/v1/playlists/{id}/on-air', byId(id)));
    case 'schedule':
      return ok(http.GET('/api/v1/schedules/{id}/on-air', byId(id)));
  }
}
