import type {
  ApiClient,
  ApprovalStatus,
  Asset,
  Gate,
  Message,
  Playlist,
  ReviewedNoun,
  Schedule,
  Screen,
} from './api.ts';
import { ok } from './api.ts';

/** What an approver reads: the status, with its two versions typed by the item's noun. */
export type Review =
  | { entity: 'message'; status: ApprovalStatus; draft: Message; approved: Message | null }
  | { entity: 'playlist'; status: ApprovalStatus; draft: Playlist; approved: Playlist | null }
  | { entity: 'schedule'; status: ApprovalStatus; draft: Schedule; approved: Schedule | null };

/** The names an approval page shows instead of ids. */
export interface ReviewNames {
  gates: Gate[];
  screens: Screen[];
  messages: Message[];
  playlists: Playlist[];
  schedules: Schedule[];
  assets: Asset[];
}

const byId = (id: string) => ({ params: { path: { id } } });
const all = { params: { query: { limit: 500 } } };

// The status's versions are the stored documents of its noun (approval.json: "what GET /api/v1/<plural>/:id
// answers"); the contract types them only as objects.
function reviewOf(status: ApprovalStatus): Review {
  const { draft, approved } = status;
  switch (status.entity) {
    case 'message':
      return { entity: 'message', status, draft: draft as Message, approved: approved as Message | null };
    case 'playlist':
      return { entity: 'playlist', status, draft: draft as Playlist, approved: approved as Playlist | null };
    case 'schedule':
      return { entity: 'schedule', status, draft: draft as Schedule, approved: approved as Schedule | null };
  }
}

/** The approval endpoints, over the session's client (it carries the CSRF token). */
export function reviewApi(api: ApiClient) {
  const { http } = api;
  const status = (noun: ReviewedNoun, id: string) => {
    switch (noun) {
      case 'message':
        return ok(http.GET('/api/v1/messages/{id}/approval', byId(id)));
      case 'playlist':
        return ok(http.GET('/api/v1/playlists/{id}/approval', byId(id)));
      case 'schedule':
        return ok(http.GET('/api/v1/schedules/{id}/approval', byId(id)));
    }
  };
  const approve = (noun: ReviewedNoun, id: string) => {
    const body = { ...byId(id), body: {} };
    switch (noun) {
      case 'message':
        return ok(http.POST('/api/v1/messages/{id}/approve', body));
      case 'playlist':
        return ok(http.POST('/api/v1/playlists/{id}/approve', body));
      case 'schedule':
        return ok(http.POST('/api/v1/schedules/{id}/approve', body));
    }
  };
  const reject = (noun: ReviewedNoun, id: string, reason: string) => {
    const body = { ...byId(id), body: { reason } };
    switch (noun) {
      case 'message':
        return ok(http.POST('/api/v1/messages/{id}/reject', body));
      case 'playlist':
        return ok(http.POST('/api/v1/playlists/{id}/reject', body));
      case 'schedule':
        return ok(http.POST('/api/v1/schedules/{id}/reject', body));
    }
  };
  return {
    /** The review queue: submitted items in scope, oldest first. */
    queue: () => ok(http.GET('/api/v1/approvals', { params: { query: { state: 'submitted', limit: 500 } } })),
    /** One item's review: both versions, missing languages, when it first reaches screens. */
    review: async (noun: ReviewedNoun, id: string): Promise<Review> => reviewOf(await status(noun, id)),
    /** Approves the submitted draft (it goes to the screens); the reply says when it first reaches them. */
    approve: async (noun: ReviewedNoun, id: string): Promise<Review> => reviewOf(await approve(noun, id)),
    /** Sends the draft back to its author with the reason. */
    reject: async (noun: ReviewedNoun, id: string, reason: string): Promise<Review> =>
      reviewOf(await reject(noun, id, reason)),
    /** Gates, screens, messages, playlists, schedules and assets in scope, for their names. */
    names: async (): Promise<ReviewNames> => {
      const [gates, screens, messages, playlists, schedules, assets] = await Promise.all([
        ok(http.GET('/api/v1/gates', all)),
        ok(http.GET('/api/v1/screens', all)),
        ok(http.GET('/api/v1/messages', all)),
        ok(http.GET('/api/v1/playlists', all)),
        ok(http.GET('/api/v1/schedules', all)),
        ok(http.GET('/api/v1/assets', all)),
      ]);
      return {
        gates: gates.items,
        screens: screens.items,
        messages: messages.items,
        playlists: playlists.items,
        schedules: schedules.items,
        assets: assets.items,
      };
    },
  };
}
export type ReviewApi = ReturnType<typeof reviewApi>;
