import type {
  ApiError as ApiErrorBody,
  DeviceTokenCreated,
  GateInput,
  Meta,
  PairResult,
  ScreenInput,
  ScreenStatus,
} from '../../schemas/types.ts';

/** An entity as the API returns it: the input fields plus id and timestamps. */
export type Stored<T> = Omit<T, 'id'> & Meta;
export type Gate = Stored<GateInput>;
export type Screen = Stored<ScreenInput>;
export type { DeviceTokenCreated, ScreenStatus };

/** One page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A failed request: `status` 0 means the server was not reached; `body` is the API's error, if it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody | undefined;

  constructor(status: number, body: ApiErrorBody | undefined, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

/** A REST client for /api/v1 that sends one bearer token. */
export class ApiClient {
  readonly #token: string;

  constructor(token: string) {
    this.#token = token;
  }

  /** Up to `limit` gates (the API caps a page at 500). */
  gates(limit = 500): Promise<Page<Gate>> {
    return this.#request('GET', `/api/v1/gates?limit=${limit}`);
  }

  /** Up to `limit` screens. */
  screens(limit = 500): Promise<Page<Screen>> {
    return this.#request('GET', `/api/v1/screens?limit=${limit}`);
  }

  /** What the server knows of the screen's player: connection and manifest versions. */
  screenStatus(screenId: string): Promise<ScreenStatus> {
    return this.#request('GET', `/api/v1/screens/${encodeURIComponent(screenId)}/status`);
  }

  /** A new device credential for the screen; its secret is returned only this once. */
  createDeviceToken(screenId: string): Promise<DeviceTokenCreated> {
    return this.#request('POST', `/api/v1/screens/${encodeURIComponent(screenId)}/tokens`, {});
  }

  /** Pairs the player showing `code` with the screen; the player then picks up its own token. */
  pairScreen(screenId: string, code: string): Promise<PairResult> {
    return this.#request('POST', `/api/v1/screens/${encodeURIComponent(screenId)}/pair`, { code });
  }

  async #request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.#token}`,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (error) {
      throw new ApiError(0, undefined, error instanceof Error ? error.message : String(error));
    }
    const payload: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const err = errorBody(payload);
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
