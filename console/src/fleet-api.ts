import { done, ok, type ApiClient, type Screen } from './api.ts';
import { bodyOf, formOf } from './forms/screen.form.ts';

const byId = (id: string) => ({ params: { path: { id } } });

/**
 * The fleet page's and the library's maintenance endpoints (delete, duplicate), over the session's client.
 * Reading and saving gates, screens and library items stay on ApiClient (api.ts), which the forms use.
 */
export function fleetApi(api: ApiClient) {
  const { http } = api;
  return {
    /** Deletes a gate; refused (in_use) while screens, playlists or schedules name it. */
    deleteGate: (id: string) => done(http.DELETE('/api/v1/gates/{id}', byId(id))),
    /** Deletes a screen (its device tokens go with it); refused (in_use) while a schedule targets it. */
    deleteScreen: (id: string) => done(http.DELETE('/api/v1/screens/{id}', byId(id))),
    /**
     * A new screen with every setting of `screen` (kind, size, offset, rotation, layout, languages, groups…)
     * but its own name and gate. Device credentials are not settings of a screen: the copy has none until a
     * player is paired with it or enrols by a new link.
     */
    duplicateScreen: (screen: Screen, name: string, gateId: string) =>
      ok(
        http.POST('/api/v1/screens', {
          body: { ...bodyOf(formOf(screen, screen.gateId), screen), name, gateId },
        }),
      ),
    /** Forgets a library item; refused (in_use) while a playlist shows it. */
    deleteAsset: (id: string) => done(http.DELETE('/api/v1/assets/{id}', byId(id))),
  };
}
export type FleetApi = ReturnType<typeof fleetApi>;
