import createClient, {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  type Client,
  type ClientPathsWithMethod,
  type FetchOptions,
  type MethodResponse,
  type Middleware,
} from 'openapi-fetch';
import type { ReviewedNoun } from '../../schemas/types.ts';
import type { paths } from './api.contract.ts';

/**
 * The console's REST client. Every path, parameter, body and reply type below comes from
 * api.contract.ts, which `npm run console:api-types` generates from the controller's own OpenAPI
 * document; pages call the named methods and never write a path or cast a reply (eslint.config.mjs).
 */

/** The typed fetch of the contract, JSON replies only (client modules only: pages call named methods). */
export type Http = Client<paths, 'application/json'>;
type Method = 'get' | 'post' | 'put' | 'delete';
/** The JSON body a successful `method path` answers, as the contract documents it. */
export type Reply<M extends Method, P extends ClientPathsWithMethod<Http, M>> = MethodResponse<Http, M, P>;
/** The JSON body `method path` takes, as the contract documents it. */
export type Body<M extends Method, P extends ClientPathsWithMethod<Http, M>> = NonNullable<
  FetchOptions<paths[P][M]>['body']
>;
/** The path and query parameters of `method path`. */
export type Params<M extends Method, P extends ClientPathsWithMethod<Http, M>> = NonNullable<
  FetchOptions<paths[P][M]>['params']
>;

type Items<T extends { items: unknown[] }> = T['items'][number];
export type Gate = Reply<'get', '/api/v1/gates/{id}'>;
export type Screen = Reply<'get', '/api/v1/screens/{id}'>;
export type Message = Reply<'get', '/api/v1/messages/{id}'>;
export type Playlist = Reply<'get', '/api/v1/playlists/{id}'>;
export type Schedule = Reply<'get', '/api/v1/schedules/{id}'>;
/** A library item: its name and tags, the facts of its bytes. */
export type Asset = Reply<'get', '/api/v1/assets/{id}'>;
export type Me = Reply<'get', '/api/v1/auth/me'>;
export type ScreenStatus = Reply<'get', '/api/v1/screens/{id}/status'>;
export type EnrolmentCreated = Reply<'post', '/api/v1/screens/{id}/enrolments'>;
export type DeviceToken = Items<Reply<'get', '/api/v1/screens/{id}/tokens'>>;
export type ApprovalStatus = Reply<'get', '/api/v1/messages/{id}/approval'>;
export type ApprovalSummary = Items<Reply<'get', '/api/v1/approvals'>>;
export type GateInput = Body<'post', '/api/v1/gates'>;
export type ScreenInput = Body<'post', '/api/v1/screens'>;
export type MessageInput = Body<'post', '/api/v1/messages'>;
export type PlaylistInput = Body<'post', '/api/v1/playlists'>;
export type ScheduleInput = Body<'post', '/api/v1/schedules'>;
export type AssetInput = Body<'put', '/api/v1/assets/{id}'>;
export type { ReviewedNoun };

/** A parameter of an error reason: a number (a limit), a word (a noun, a state) or a list (roles, languages). */
export type ErrorParam = string | number | string[];

/**
 * The API's error object (common.json#/$defs/apiError): its `code` and specific `reason` pick the console's
 * text, its `params` fill it in, its `path` (a JSON pointer) names the field; `message` is the server's
 * English, for logs only.
 */
export interface ApiErrorBody {
  code: string;
  message: string;
  path?: string;
  reason?: string;
  params?: Record<string, ErrorParam>;
}

/** A failed request: `status` 0 means the server was not reached; `body` is the API's error, if it sent one. */
export class ApiError extends Error {
  static from(status: number, payload: unknown, fallback = `HTTP ${status}`): ApiError {
    const body = errorBody(payload);
    return new ApiError(status, body, body?.message ?? fallback);
  }

  readonly status: number;
  readonly body: ApiErrorBody | undefined;

  constructor(status: number, body: ApiErrorBody | undefined, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

/**
 * The data of a successful reply, as the contract types it; any other reply is thrown as an ApiError that
 * carries the API's error body (its code for the catalogue, its JSON pointer for the form field).
 */
export async function ok<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok && data !== undefined) return data;
  throw ApiError.from(response.status, error, response.ok ? 'empty reply' : response.statusText);
}

/** Waits for a reply that has no body (204), throwing an ApiError for any failure. */
export async function done(pending: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const reply = await pending;
  if (!reply.response.ok) throw ApiError.from(reply.response.status, reply.error, reply.response.statusText);
}

const querySerializer = createQuerySerializer();

/**
 * The address of `method path` with its parameters, serialised as openapi-fetch serialises them, for what
 * the browser loads itself with the session cookie (a thumbnail, a CSV download) and for the upload.
 */
export function urlOf<M extends Method, P extends ClientPathsWithMethod<Http, M>>(
  _method: M,
  path: P,
  params: Params<M, P>,
): string {
  // Generic here, checked at the call: every operation's parameters are path and query records.
  const { path: inPath, query } = params as {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
  };
  return createFinalURL(path, {
    baseUrl: '',
    params: { ...(inPath ? { path: inPath } : {}), ...(query ? { query } : {}) },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}

/** The address of a GET operation (an <img> or a download link). */
export const hrefOf = <P extends ClientPathsWithMethod<Http, 'get'>>(
  path: P,
  params: Params<'get', P>,
): string => urlOf('get', path, params);

/** A stored entity's own fields, without the server-set id and timestamps: what an editor sends back. */
export function fieldsOf<T extends { id: string; createdAt: string; updatedAt: string }>(
  stored: T | undefined,
): Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt'>> {
  if (!stored) return {};
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = stored;
  return fields;
}

/** A blob by its hash (an asset's bytes, as the players load them). */
export const mediaHref = (sha256: string): string => hrefOf('/media/{sha256}', { path: { sha256 } });
/** An asset's thumbnail (a video's poster frame). */
export const thumbnailHref = (id: string): string =>
  hrefOf('/api/v1/assets/{id}/thumbnail', { path: { id } });
/** The OpenAPI document itself, which the console links to for integrators. */
export const apiDocumentHref = hrefOf('/api/openapi.json', {});

const plural = {
  message: 'messages',
  playlist: 'playlists',
  schedule: 'schedules',
} as const satisfies Record<ReviewedNoun, string>;
const byId = (id: string) => ({ params: { path: { id } } });
const all = { limit: 500 } as const;

/**
 * The REST client of a signed-in session. The session cookie is httpOnly and travels by itself; writes
 * carry the session's CSRF token, which lives only in memory (a reload asks /auth/me for it again).
 */
export class ApiClient {
  #csrf: string | undefined;
  /** Called when the server no longer knows the session (401), so the app can show the sign-in form. */
  onUnauthorized: () => void = () => undefined;
  /** The typed fetch (the client modules build their calls on it; pages use the named methods). */
  readonly http: Http = createClient<paths, 'application/json'>({
    headers: { accept: 'application/json' },
    cache: 'no-store',
    credentials: 'same-origin',
  });

  constructor() {
    this.http.use(this.#session);
  }

  // Writes carry the CSRF token; a 401 anywhere but at sign-in means the session is gone.
  readonly #session: Middleware = {
    onRequest: ({ request }) => {
      if (request.method !== 'GET' && this.#csrf) request.headers.set('x-csrf-token', this.#csrf);
      return request;
    },
    onResponse: ({ response, schemaPath }) => {
      if (response.status === 401 && schemaPath !== '/api/v1/auth/login') this.onUnauthorized();
      return response;
    },
    onError: ({ error }) =>
      new ApiError(0, undefined, error instanceof Error ? error.message : String(error)),
  };

  /** Signs in; a second factor (the six digits, or else a recovery code) is sent when the account has one. */
  async login(username: string, password: string, totp?: string, recoveryCode?: string): Promise<Me> {
    const body = { username, password, ...(totp ? { totp } : {}), ...(recoveryCode ? { recoveryCode } : {}) };
    const me = await ok(this.http.POST('/api/v1/auth/login', { body }));
    this.#csrf = me.csrfToken;
    return me;
  }

  /** The signed-in user, if the session cookie is still good. */
  async me(): Promise<Me> {
    const me = await ok(this.http.GET('/api/v1/auth/me'));
    this.#csrf = me.csrfToken;
    return me;
  }

  /** The session's CSRF token, for the one write that cannot go through `http` (an upload with progress). */
  get csrfToken(): string | undefined {
    return this.#csrf;
  }

  async logout(): Promise<void> {
    await done(this.http.POST('/api/v1/auth/logout'));
    this.#csrf = undefined;
  }

  gates = () => ok(this.http.GET('/api/v1/gates', { params: { query: all } }));
  screens = () => ok(this.http.GET('/api/v1/screens', { params: { query: all } }));
  messages = () => ok(this.http.GET('/api/v1/messages', { params: { query: all } }));
  playlists = () => ok(this.http.GET('/api/v1/playlists', { params: { query: all } }));
  schedules = () => ok(this.http.GET('/api/v1/schedules', { params: { query: all } }));
  assets = () => ok(this.http.GET('/api/v1/assets', { params: { query: all } }));
  screen = (id: string) => ok(this.http.GET('/api/v1/screens/{id}', byId(id)));
  screenStatus = (id: string) => ok(this.http.GET('/api/v1/screens/{id}/status', byId(id)));

  /** Creates a gate (no id) or replaces one. */
  saveGate = (body: GateInput, id?: string) =>
    ok(
      id
        ? this.http.PUT('/api/v1/gates/{id}', { ...byId(id), body })
        : this.http.POST('/api/v1/gates', { body }),
    );
  /** Creates a screen (no id) or replaces one. */
  saveScreen = (body: ScreenInput, id?: string) =>
    ok(
      id
        ? this.http.PUT('/api/v1/screens/{id}', { ...byId(id), body })
        : this.http.POST('/api/v1/screens', { body }),
    );
  /** Renames or retags a library item (its bytes never change). */
  saveAsset = (id: string, body: AssetInput) =>
    ok(this.http.PUT('/api/v1/assets/{id}', { ...byId(id), body }));

  /** A single-use player link for the screen (never a device token in a URL). */
  createPlayerLink = (id: string) =>
    ok(this.http.POST('/api/v1/screens/{id}/enrolments', { ...byId(id), body: {} }));
  pairScreen = (id: string, code: string) =>
    ok(this.http.POST('/api/v1/screens/{id}/pair', { ...byId(id), body: { code } }));
  deviceTokens = (screenId: string) => ok(this.http.GET('/api/v1/screens/{id}/tokens', byId(screenId)));
  /** Revokes a device token; the player that holds it is disconnected. */
  revokeDeviceToken = (screenId: string, tokenId: string) =>
    done(
      this.http.DELETE('/api/v1/screens/{id}/tokens/{tokenId}', {
        params: { path: { id: screenId, tokenId } },
      }),
    );

  submit = (noun: ReviewedNoun, id: string) =>
    ok(this.http.POST(`/api/v1/${plural[noun]}/{id}/submit`, { ...byId(id), body: {} }));
  approve = (noun: ReviewedNoun, id: string) =>
    ok(this.http.POST(`/api/v1/${plural[noun]}/{id}/approve`, { ...byId(id), body: {} }));
  reject = (noun: ReviewedNoun, id: string, reason: string) =>
    ok(this.http.POST(`/api/v1/${plural[noun]}/{id}/reject`, { ...byId(id), body: { reason } }));
  approvals = (state?: NonNullable<Params<'get', '/api/v1/approvals'>['query']>['state']) =>
    ok(this.http.GET('/api/v1/approvals', { params: { query: { ...all, ...(state ? { state } : {}) } } }));
}

/** The API's error object, when the reply carried one (a proxy's HTML error page does not). */
function errorBody(payload: unknown): ApiErrorBody | undefined {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return undefined;
  const { error } = payload;
  if (typeof error !== 'object' || error === null || !('message' in error) || !('code' in error))
    return undefined;
  const { code, message } = error;
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  const path = 'path' in error && typeof error.path === 'string' ? error.path : undefined;
  const reason = 'reason' in error && typeof error.reason === 'string' ? error.reason : undefined;
  const params = 'params' in error ? paramsOf(error.params) : undefined;
  return {
    code,
    message,
    ...(path === undefined ? {} : { path }),
    ...(reason === undefined ? {} : { reason }),
    ...(params === undefined ? {} : { params }),
  };
}

function paramsOf(value: unknown): Record<string, ErrorParam> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, ErrorParam> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
    else if (Array.isArray(v)) out[key] = v.map(String);
  }
  return out;
}
