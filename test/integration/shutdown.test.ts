import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { DeviceTokenCreated } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_TOKEN, connectPlayer, nextEvent, startTestServer } from '../support/server.ts';

describe('controller shutdown', () => {
  it('disconnects connected players (so they reconnect elsewhere) and finishes closing', async () => {
    const server = await startTestServer('sqlite');
    try {
      const gate = factory.gate();
      const screen = factory.screen(gate.id!);
      expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
      expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
      const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
      const player = connectPlayer(server.url, token.body.token);
      await nextEvent(player, 'connect');
      const dropped = nextEvent<string>(player, 'disconnect');
      // An open /player socket used to keep the HTTP server from closing: close() never returned.
      const closed = server.app.close();
      expect(await dropped).toBe('transport close');
      await closed;
      player.close();
    } finally {
      await server.stop();
    }
  });

  it('cuts a request that never finishes after the grace, instead of waiting for it forever', async () => {
    const server = await startTestServer('sqlite');
    const { hostname, port } = new URL(server.url);
    // An admin's upload that announces 1 MB and sends one byte: the controller reads it, in flight until the
    // client goes on, which it never does.
    const socket = connect(Number(port), hostname);
    socket.resume(); // read the reply, so that the socket sees its end
    const cut = new Promise<void>((resolve) => {
      socket.once('close', () => {
        resolve();
      });
    });
    socket.write(
      `POST /api/v1/assets?name=x.png HTTP/1.1\r\nHost: ${server.url.slice(7)}\r\n` +
        `Authorization: Bearer ${ADMIN_TOKEN}\r\nContent-Type: application/octet-stream\r\n` +
        'Content-Length: 1048576\r\n\r\nx',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    try {
      await server.app.close();
      await cut;
      expect(socket.destroyed || socket.readableEnded).toBe(true);
    } finally {
      socket.destroy();
      await server.stop();
    }
  }, 30_000);
});
