import { ok, type ApiClient, type Body, type Reply } from './api.ts';

export type GeometryState = Reply<'get', '/api/v1/screens/{id}/geometry'>;
export type GeometryPreview = Reply<'post', '/api/v1/screens/{id}/geometry/preview'>;
export type Geometry = GeometryState['current'];
export type GeometryPreviewInput = Body<'post', '/api/v1/screens/{id}/geometry/preview'>;

const byId = (id: string) => ({ params: { path: { id } } });

/** An LED board's region: preview a new one on the board, apply or cancel it, restore the previous one. */
export function geometryApi(api: ApiClient) {
  const { http } = api;
  return {
    state: (id: string) => ok(http.GET('/api/v1/screens/{id}/geometry', byId(id))),
    preview: (id: string, body: GeometryPreviewInput) =>
      ok(http.POST('/api/v1/screens/{id}/geometry/preview', { ...byId(id), body })),
    apply: (id: string, previewId: string) =>
      ok(http.POST('/api/v1/screens/{id}/geometry/apply', { ...byId(id), body: { previewId } })),
    cancel: (id: string, previewId: string) =>
      ok(http.POST('/api/v1/screens/{id}/geometry/cancel', { ...byId(id), body: { previewId } })),
    restore: (id: string) => ok(http.POST('/api/v1/screens/{id}/geometry/restore', byId(id))),
  };
}
export type GeometryApi = ReturnType<typeof geometryApi>;

/** W×H @ X,Y, as the test pattern writes it on the board. */
export const geometryText = (g: Geometry): string => `${g.width}×${g.height} @ ${g.offsetX},${g.offsetY}`;
