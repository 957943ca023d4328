import { done, ok, type ApiClient, type Body } from './api.ts';
import type { MessageBody } from './forms/message.form.ts';

const byId = (id: string) => ({ params: { path: { id } } });

/** Submit's body: the languages the author knowingly leaves without text (Contract D). */
type Submission = Body<'post', '/api/v1/messages/{id}/submit'>;

/** The message endpoints the message list and editor use, over the session's client. */
export function contentApi(api: ApiClient) {
  const { http } = api;
  return {
    messages: () => ok(http.GET('/api/v1/messages', { params: { query: { limit: 500 } } })),
    message: (id: string) => ok(http.GET('/api/v1/messages/{id}', byId(id))),
    /** Creates (no id yet) or replaces a message: either way it becomes a draft. */
    saveMessage: (body: MessageBody, id?: string) =>
      ok(
        id
          ? http.PUT('/api/v1/messages/{id}', { ...byId(id), body })
          : http.POST('/api/v1/messages', { body }),
      ),
    /** Deletes a message; refused (in_use) while a playlist plays it. */
    deleteMessage: (id: string) => done(http.DELETE('/api/v1/messages/{id}', byId(id))),
    /** Submits the saved draft for review, naming the languages the author knowingly leaves without text. */
    submitMessage: (id: string, acknowledgedMissing: readonly string[]) => {
      const body: Submission =
        acknowledgedMissing.length > 0 ? { acknowledgedMissing: [...acknowledgedMissing] } : {};
      return ok(http.POST('/api/v1/messages/{id}/submit', { ...byId(id), body }));
    },
    approval: (id: string) => ok(http.GET('/api/v1/messages/{id}/approval', byId(id))),
    /** A screen's gate (zone, digits, calendar) and live values now: the preview fills {{fields}} with them. */
    screenLive: (id: string) => ok(http.GET('/api/v1/screens/{id}/data', byId(id))),
  };
}
export type ContentApi = ReturnType<typeof contentApi>;
