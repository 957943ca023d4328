import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { expect } from 'vitest';
import type { PlayerToServerEvents, ServerToPlayerEvents } from '../../schemas/events.ts';
import type { ApiError } from '../../schemas/types.ts';
import { startApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { Clock } from '../../server/repositories/clock.repository.ts';
import { createPgDatabase } from './pg.ts';

export type DialectName = 'sqlite' | 'postgres';
export const dialects: DialectName[] = ['sqlite', 'postgres'];
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const ADMIN_PASSWORD = 'cửa khẩu quốc tế 2026';

export interface TestServer {
  app: App;
  url: string;
  dataDir: string;
  api: Api;
  stop(): Promise<void>;
}

/** A real controller on 127.0.0.1:0 over a fresh database of the given dialect. */
export async function startTestServer(
  dialect: DialectName,
  options: { seedDemo?: boolean; clock?: Clock; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gatecast-test-'));
  const pg = dialect === 'postgres' ? await createPgDatabase() : undefined;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: options.seedDemo ? '1' : '0',
    ADMIN_TOKEN,
    ADMIN_PASSWORD,
    // Tests sign in far more often than a person; the limit itself is tested with its own setting.
    LOGIN_RATE_PER_MINUTE: '10000',
    // Every response is held to its route's contract: one outside it answers 500 contract_violation.
    VALIDATE_RESPONSES: '1',
    ...(pg ? { DATABASE_URL: pg.url } : {}),
    ...options.env,
  });
  const app = await startApp(config, { jobs: false, ...(options.clock ? { clock: options.clock } : {}) });
  return {
    app,
    url: app.url,
    dataDir,
    api: new Api(app.url, ADMIN_TOKEN),
    stop: async () => {
      await app.close();
      await pg?.drop();
      await rm(dataDir, { recursive: true, force: true });
      // A reply outside its contract was answered 500 already; this fails the file even if no test looked.
      expect(app.routes.violations, 'responses outside their route’s contract').toEqual([]);
    },
  };
}

export interface ApiReply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small REST client with a bearer token. */
export class Api {
  readonly base: string;
  private readonly token: string | undefined;
  /** Session cookie and CSRF token, once signed in with `login`. */
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(base: string, token: string | undefined) {
    this.base = base;
    this.token = token;
  }

  /** Signs in with a password; later requests carry the session cookie and the CSRF header. */
  /** As this (admin) client: creates a user with these roles and scope, and returns that user's signed-in client. */
  async newUser(username: string, roles: readonly string[], scope: object, password: string): Promise<Api> {
    const created = await this.post('/api/v1/users', {
      username,
      displayName: username,
      roles,
      scope,
      password,
    });
    expect(created.status).toBe(201);
    const api = new Api(this.base, undefined);
    expect((await api.login(username, password)).status).toBe(200);
    return api;
  }

  async login(
    username: string,
    password: string,
    totp?: string,
  ): Promise<ApiReply<{ csrfToken?: string; error?: ApiError }>> {
    const reply = await this.request<{ csrfToken?: string; error?: ApiError }>('POST', '/api/v1/auth/login', {
      username,
      password,
      ...(totp ? { totp } : {}),
    });
    const setCookie = reply.headers.get('set-cookie');
    if (reply.status === 200 && setCookie) {
      this.cookie = setCookie.split(';')[0];
      this.csrfToken = reply.body.csrfToken;
    }
    return reply;
  }

  /** The session cookie header value (to replay it after logout, in tests). */
  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  set sessionCookie(value: string | undefined) {
    this.cookie = value;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiReply<T>> {
    const init: RequestInit = {
      method,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.cookie && this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    };
    const res = await fetch(this.base + path, init);
    const text = await res.text();
    const parsed =
      text && res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as T) : (text as T);
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  put<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export type PlayerSocket = Socket<ServerToPlayerEvents, PlayerToServerEvents>;

/** A real socket.io-client connected as a device (WebSocket only, like the player). */
export function connectPlayer(url: string, token: string): PlayerSocket {
  return connect(`${url}/player`, {
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
    forceNew: true,
  });
}

/** Resolves with the next payload of an event, or rejects after `ms`. */
export function nextEvent<T>(
  socket: { once(event: string, fn: (payload: T) => void): unknown },
  event: string,
  ms = 5000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no "${event}" within ${ms} ms`));
    }, ms);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}
