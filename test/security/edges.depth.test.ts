// Deeply nested JSON (thousands of brackets in a few kilobytes) must be refused before anything copies or
// walks it: over HTTP, even anonymously, and on every Socket.IO namespace, including the public /pairing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type { ApiError, DeviceTokenCreated } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { Api, startTestServer, type TestServer } from '../support/server.ts';

interface ErrorBody {
  error: ApiError;
}

const LEVELS = 5000;
const deepArray = '['.repeat(LEVELS) + ']'.repeat(LEVELS);
const deepObject = '{"a":'.repeat(LEVELS) + '1' + '}'.repeat(LEVELS);
// Brackets inside strings are text, not nesting: this body is shallow and must not be refused for depth.
const bracketsInText = JSON.stringify({ username: '['.repeat(LEVELS), password: '{'.repeat(LEVELS) });

const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

/**
 * A raw Socket.IO client (Engine.IO 4 over a WebSocket) that sends event payloads as text it was given, as an
 * attacker would: socket.io-client itself overflows its own stack encoding such a payload.
 */
async function rawSocket(url: string, nsp: string, auth?: object) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
  const acks = new Map<number, (reply: Ack<unknown>) => void>();
  let connected: (() => void) | undefined;
  let refused: ((error: Error) => void) | undefined;
  let nextId = 1;
  ws.addEventListener('message', (event: MessageEvent<string>) => {
    const text = event.data;
    if (text === '2')
      ws.send('3'); // Engine.IO ping
    else if (text.startsWith('0')) ws.send(`40${nsp},${auth ? JSON.stringify(auth) : ''}`);
    else if (text.startsWith(`40${nsp},`)) connected?.();
    else if (text.startsWith(`44${nsp},`)) refused?.(new Error(text));
    else if (text.startsWith(`43${nsp},`)) {
      const [, id, body] = /^43[^,]*,(\d+)(.*)$/s.exec(text) ?? [];
      acks.get(Number(id))?.((JSON.parse(body ?? '[]') as Ack<unknown>[])[0]!);
    }
  });
  await new Promise<void>((resolve, reject) => {
    connected = resolve;
    refused = reject;
    ws.addEventListener('error', () => {
      reject(new Error('WebSocket error'));
    });
  });
  return {
    /** Emits `event` with the payload given as JSON text and resolves with the ack. */
    emit(event: string, payloadJson: string): Promise<Ack<unknown>> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        acks.set(id, resolve);
        ws.addEventListener('close', () => {
          reject(new Error(`closed before the ack of ${event}`));
        });
        ws.send(`42${nsp},${id}[${JSON.stringify(event)},${payloadJson}]`);
      });
    },
    close: () => {
      ws.close();
    },
  };
}

describe('deeply nested JSON', () => {
  let server: TestServer;
  const screen = factory.screen('gate-depth');
  let deviceToken: string;
  let session: Api;
  const sockets: { close(): unknown }[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    expect((await server.api.post('/api/v1/gates', factory.gate({ id: 'gate-depth' }))).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    deviceToken = token.body.token;
    session = await server.api.newUser('bien-tap-sau', ['editor'], { global: true }, 'lồng sâu quá mức 2026');
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  const expectTooDeep = (res: { status: number; body: unknown }) => {
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(400);
    const { error } = res.body as ErrorBody;
    expect(error.code).toBe('too_deep');
    expect(error.message).toContain('64');
  };

  it('answers 400 too_deep to an anonymous sign-in, and still signs people in afterwards', async () => {
    const anonymous = new Api(server.url, undefined);
    for (const body of [deepArray, deepObject]) {
      expectTooDeep(await anonymous.post('/api/v1/auth/login', body));
    }
    // Brackets inside strings do not count: an ordinary answer about the fields.
    const shallow = await anonymous.post<ErrorBody>('/api/v1/auth/login', bracketsInText);
    expect([400, 401]).toContain(shallow.status);
    expect(shallow.body.error.code).not.toBe('too_deep');
    expect((await new Api(server.url, undefined).login('bien-tap-sau', 'lồng sâu quá mức 2026')).status).toBe(
      200,
    );
  });

  it('answers 400 too_deep on write routes, with a session or a token, and changes nothing', async () => {
    const before = await server.api.get<{ total: number }>('/api/v1/messages');
    for (const body of [deepArray, deepObject]) {
      expectTooDeep(await session.post('/api/v1/messages', body));
      expectTooDeep(await server.api.post('/api/v1/messages', body));
      expectTooDeep(await server.api.put(`/api/v1/screens/${screen.id}`, body));
      expectTooDeep(await server.api.put('/api/v1/assets/none', body));
    }
    // A message nested 65 levels (one more than allowed) inside a field is refused the same way.
    expectTooDeep(await session.post('/api/v1/messages', { ...factory.message(), variants: nested(65) }));
    expect((await server.api.get<{ total: number }>('/api/v1/messages')).body.total).toBe(before.body.total);
    expect((await session.post('/api/v1/messages', factory.message())).status).toBe(201);
  });

  const expectTooDeepAck = (reply: Ack<unknown>) => {
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('too_deep');
      expect(reply.error.message).toContain('64');
    }
  };

  it('answers an error ack too_deep on /pairing, and the socket keeps working', async () => {
    const socket = await rawSocket(server.url, '/pairing');
    sockets.push(socket);
    for (const event of ['pairing:request', 'pairing:claim']) {
      for (const payload of [deepArray, deepObject]) expectTooDeepAck(await socket.emit(event, payload));
    }
    expect((await server.app.db.selectFrom('pairings').select('id').execute()).length).toBe(0);
    expect((await socket.emit('pairing:request', '{}')).ok).toBe(true);
  });

  it('answers an error ack too_deep on /player, and the player keeps working', async () => {
    const player = await rawSocket(server.url, '/player', { token: deviceToken });
    sockets.push(player);
    for (const event of ['heartbeat', 'manifest:ack', 'proof-of-play', 'time:sync', 'emergency:ack']) {
      for (const payload of [deepArray, deepObject]) expectTooDeepAck(await player.emit(event, payload));
    }
    expect(await player.emit('time:sync', '{"clientTime":1}')).toMatchObject({ ok: true });
  });
});
