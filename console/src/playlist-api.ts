import { done, ok, type ApiClient } from './api.ts';
import type { PlaylistBody } from './forms/playlist.form.ts';

const byId = (id: string) => ({ params: { path: { id } } });

/** The playlist endpoints the playlist list and editor use, over the session's client. */
export function playlistApi(api: ApiClient) {
  const { http } = api;
  return {
    list: () => ok(http.GET('/api/v1/playlists', { params: { query: { limit: 500 } } })),
    get: (id: string) => ok(http.GET('/api/v1/playlists/{id}', byId(id))),
    /** Creates (no id yet) or replaces a playlist: either way it becomes a draft. */
    save: (body: PlaylistBody, id?: string) =>
      ok(
        id
          ? http.PUT('/api/v1/playlists/{id}', { ...byId(id), body })
          : http.POST('/api/v1/playlists', { body }),
      ),
    /** Deletes a playlist; refused (in_use) while a schedule plays it or a gate falls back to it. */
    remove: (id: string) => done(http.DELETE('/api/v1/playlists/{id}', byId(id))),
    /** Submits the saved draft for review. */
    submit: (id: string) => ok(http.POST('/api/v1/playlists/{id}/submit', { ...byId(id), body: {} })),
    approval: (id: string) => ok(http.GET('/api/v1/playlists/{id}/approval', byId(id))),
  };
}
export type PlaylistApi = ReturnType<typeof playlistApi>;
