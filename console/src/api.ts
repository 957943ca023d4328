import type {
  ApiError as ApiErrorBody,
  ApprovalStatus,
  ApprovalSummary,
  AssetFile,
  AssetInput,
  DeviceToken,
  Emergency,
  EmergencyInput,
  EnrolmentCreated,
  GateInput,
  Me,
  MessageInput,
  Meta,
  PairResult,
  PlaylistInput,
  ReviewedNoun,
  ScheduleInput,
  ScreenInput,
  ScreenStatus,
} from '../../schemas/types.ts';

/** An entity as the API returns it: the input fields plus id and timestamps. */
export type Stored<T> = Omit<T, 'id'> & Meta;
export type Gate = Stored<GateInput>;
export type Screen = Stored<ScreenInput>;
export type Message = Stored<MessageInput>;
export type Playlist = Stored<PlaylistInput>;
export type Schedule = Stored<ScheduleInput>;
/** A library item: its name and tags, the facts of its bytes. */
export type Asset = Stored<AssetInput> & AssetFile;
export type {
  ApprovalStatus,
  ApprovalSummary,
  DeviceToken,
  Emergency,
  EnrolmentCreated,
  Me,
  ReviewedNoun,
  ScreenStatus,
};

/** One page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A failed request: `status` 0 means the server was not reached; `body` is the API's error, if it sent one. */
export class ApiError extends Error {
  static from(status: number, payload: unknown): ApiError {
    const body = errorBody(payload);
    return new ApiError(status, body, body?.message ?? `HTTP ${status}`);
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

const plural: Record<ReviewedNoun, string> = {
  message: 'messages',
  playlist: 'playlists',
  schedule: 'schedules',
};
const enc = encodeURIComponent;

/**
 * The REST client of a signed-in session. The session cookie is httpOnly and travels by itself; writes
 * carry the session's CSRF token, which lives only in memory (a reload asks /auth/me for it again).
 */
export class ApiClient {
  #csrf: string | undefined;
  /** Called when the server no longer knows the session (401), so the app can show the sign-in form. */
  onUnauthorized: () => void = () => undefined;

  /** Signs in; a second factor is sent when the account has one. */
  async login(username: string, password: string, totp?: string): Promise<Me> {
    const me = await this.request<Me>('POST', '/api/v1/auth/login', {
      username,
      password,
      ...(totp ? { totp } : {}),
    });
    this.#csrf = me.csrfToken;
    return me;
  }

  /** The signed-in user, if the session cookie is still good. */
  async me(): Promise<Me> {
    const me = await this.request<Me>('GET', '/api/v1/auth/me');
    this.#csrf = me.csrfToken;
    return me;
  }

  /** The session's CSRF token, for the one write that cannot go through `request` (an upload with progress). */
  get csrfToken(): string | undefined {
    return this.#csrf;
  }

  async logout(): Promise<void> {
    await this.request('POST', '/api/v1/auth/logout', {});
    this.#csrf = undefined;
  }

  gates = (): Promise<Page<Gate>> => this.get('/api/v1/gates?limit=500');
  screens = (): Promise<Page<Screen>> => this.get('/api/v1/screens?limit=500');
  messages = (): Promise<Page<Message>> => this.get('/api/v1/messages?limit=500');
  playlists = (): Promise<Page<Playlist>> => this.get('/api/v1/playlists?limit=500');
  schedules = (): Promise<Page<Schedule>> => this.get('/api/v1/schedules?limit=500');
  assets = (): Promise<Page<Asset>> => this.get('/api/v1/assets?limit=500');
  screenStatus = (id: string): Promise<ScreenStatus> => this.get(`/api/v1/screens/${enc(id)}/status`);
  /** A single-use player link for the screen (never a device token in a URL). */
  createPlayerLink = (id: string): Promise<EnrolmentCreated> =>
    this.post(`/api/v1/screens/${enc(id)}/enrolments`, {});
  pairScreen = (id: string, code: string): Promise<PairResult> =>
    this.post(`/api/v1/screens/${enc(id)}/pair`, { code });

  /** Creates (no id yet) or replaces a message, playlist or schedule: either way it becomes a draft. */
  save<T extends object>(noun: ReviewedNoun, body: T, id?: string): Promise<T & Meta> {
    return id
      ? this.request('PUT', `/api/v1/${plural[noun]}/${enc(id)}`, body)
      : this.post(`/api/v1/${plural[noun]}`, body);
  }
  approval = (noun: ReviewedNoun, id: string): Promise<ApprovalStatus> =>
    this.get(`/api/v1/${plural[noun]}/${enc(id)}/approval`);
  /** Saves a new draft and submits it for approval in one go (the playlist and schedule forms). */
  async saveAndSubmit<T extends object>(noun: ReviewedNoun, body: T): Promise<ApprovalStatus> {
    const saved = await this.save(noun, body);
    return this.submit(noun, saved.id);
  }

  submit = (noun: ReviewedNoun, id: string): Promise<ApprovalStatus> =>
    this.post(`/api/v1/${plural[noun]}/${enc(id)}/submit`, {});
  approve = (noun: ReviewedNoun, id: string): Promise<ApprovalStatus> =>
    this.post(`/api/v1/${plural[noun]}/${enc(id)}/approve`, {});
  reject = (noun: ReviewedNoun, id: string, reason: string): Promise<ApprovalStatus> =>
    this.post(`/api/v1/${plural[noun]}/${enc(id)}/reject`, { reason });
  approvals = (state?: string): Promise<Page<ApprovalSummary>> =>
    this.get(`/api/v1/approvals?limit=500${state ? `&state=${enc(state)}` : ''}`);

  sendEmergency = (body: EmergencyInput): Promise<Emergency> => this.post('/api/v1/emergencies', body);
  emergency = (id: string): Promise<Emergency> => this.get(`/api/v1/emergencies/${enc(id)}`);
  clearEmergency = (id: string): Promise<Emergency> => this.post(`/api/v1/emergencies/${enc(id)}/clear`, {});

  get<T>(path: string): Promise<T> {
    return this.request('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request('POST', path, body);
  }

  async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.#csrf) headers['x-csrf-token'] = this.#csrf;
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new ApiError(0, undefined, error instanceof Error ? error.message : String(error));
    }
    const payload: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (!res.ok) {
      const err = errorBody(payload);
      if (res.status === 401 && !path.endsWith('/auth/login')) this.onUnauthorized();
      throw new ApiError(res.status, err, err?.message ?? res.statusText);
    }
    return payload as T;
  }
}

function errorBody(payload: unknown): ApiErrorBody | undefined {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return undefined;
  const { error } = payload;
  if (typeof error !== 'object' || error === null) return undefined;
  return 'message' in error && typeof error.message === 'string' ? (error as ApiErrorBody) : undefined;
}
