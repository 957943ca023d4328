// A page from another origin (another port of the same host, a site the operator visits) must not open the
// /console socket with the operator's session cookie and read its live pushes: the browser sends that page's
// Origin with the WebSocket handshake, and the controller accepts only its own.
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

const password = 'nguồn gốc trang 2026';

/** Resolves with "connected", or the code of the refusal (connect_error's data). */
function attempt(url: string, headers: Record<string, string>): Promise<string> {
  const socket: Socket = connect(`${url}/console`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => {
      socket.close();
      resolve(err.data?.code ?? err.message);
    });
  });
}

describe('/console origin check', () => {
  let server: TestServer;
  let behindProxy: TestServer;
  let cookie: string;
  let proxiedCookie: string;

  const signIn = async (s: TestServer) => {
    const operator = await s.api.newUser('dieu-hanh-goc', ['viewer'], { global: true }, password);
    return operator.sessionCookie ?? '';
  };

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    behindProxy = await startTestServer('sqlite', {
      env: { TRUST_PROXY: '1', PUBLIC_URL: 'https://signage.example.gov.vn' },
    });
    cookie = await signIn(server);
    proxiedCookie = await signIn(behindProxy);
    expect(cookie).toMatch(/=/);
  });
  afterAll(async () => {
    await server.stop();
    await behindProxy.stop();
  });

  it('refuses a signed-in session opened from a foreign origin', async () => {
    const port = new URL(server.url).port;
    for (const origin of [
      'http://127.0.0.1:9999', // same host, another port
      'http://evil.example',
      `https://127.0.0.1:${port}`, // same host and port, another scheme
      `http://127.0.0.1:${port}.evil.example`,
      'null', // a sandboxed frame or a file
    ]) {
      expect(await attempt(server.url, { cookie, origin }), origin).toBe('forbidden_origin');
    }
  });

  it('accepts the controller’s own origin, and clients that send none (not browsers)', async () => {
    expect(await attempt(server.url, { cookie, origin: server.url })).toBe('connected');
    expect(await attempt(server.url, { cookie })).toBe('connected');
    // Without a session the answer stays "sign in", whatever the origin.
    expect(await attempt(server.url, { origin: server.url })).toBe('unauthorized');
  });

  it('behind a proxy, accepts PUBLIC_URL and the forwarded scheme, and still refuses others', async () => {
    const host = new URL(behindProxy.url).host;
    const cookieOf = { cookie: proxiedCookie };
    expect(await attempt(behindProxy.url, { ...cookieOf, origin: 'https://signage.example.gov.vn' })).toBe(
      'connected',
    );
    expect(
      await attempt(behindProxy.url, {
        ...cookieOf,
        origin: `https://${host}`,
        'x-forwarded-proto': 'https',
      }),
    ).toBe('connected');
    for (const origin of [
      'http://signage.example.gov.vn',
      'https://signage.example.gov.vn:8443',
      `http://${host}`,
    ]) {
      expect(
        await attempt(behindProxy.url, { ...cookieOf, origin, 'x-forwarded-proto': 'https' }),
        origin,
      ).toBe('forbidden_origin');
    }
  });
});
