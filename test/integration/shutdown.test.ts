import { describe, expect, it } from 'vitest';
import type { DeviceTokenCreated } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { connectPlayer, nextEvent, startTestServer } from '../support/server.ts';

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
});
