import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceTokenCreated, Manifest } from '../../schemas/types.ts';
import type { Asset } from '../../server/domain/entities.ts';
import { Publisher } from '../support/approval.ts';
import { factory } from '../support/factory.ts';
import { connectPlayer, nextEvent, startTestServer, type TestServer } from '../support/server.ts';

async function png(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

async function upload(server: TestServer, name: string, bytes: Buffer) {
  const res = await fetch(`${server.url}/api/v1/assets?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer test-admin-token-0123456789abcdef`,
      'content-type': 'application/octet-stream',
    },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as Asset & { error?: { code: string } } };
}

describe('media assets (originals)', () => {
  let server: TestServer;
  let image: Buffer;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    image = await png(640, 400, '#0a6');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('stores an upload by content, recognises it from its bytes, and keeps one blob for the same bytes', async () => {
    const a = await upload(server, 'Bản đồ cửa khẩu', image);
    const b = await upload(server, 'Bản đồ (bản sao)', image);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      type: 'image',
      mime: 'image/png',
      width: 640,
      height: 400,
      size: image.length,
    });
    expect(b.body.sha256).toBe(a.body.sha256);
    expect(b.body.id).not.toBe(a.body.id);
    const dir = join(server.dataDir, 'blobs', a.body.sha256.slice(0, 2));
    expect(await readdir(dir)).toEqual([a.body.sha256]);
    expect(await readdir(join(server.dataDir, 'blobs', 'tmp'))).toEqual([]);
  });

  it('refuses bytes that are not a supported image or video', async () => {
    const res = await upload(server, 'notes.txt', Buffer.from('just some text, not an image'));
    expect(res.status).toBe(415);
    expect(res.body.error?.code).toBe('unsupported_media');
    const list = await server.api.get<{ total: number }>('/api/v1/assets');
    expect(list.body.total).toBe(2);
  });

  it('serves byte ranges with an ETag and a long cache lifetime', async () => {
    const { body: asset } = await upload(server, 'ranged', await png(300, 200, '#c00'));
    const auth = { authorization: 'Bearer test-admin-token-0123456789abcdef' };
    const full = await fetch(`${server.url}/media/${asset.sha256}`, { headers: auth });
    const bytes = Buffer.from(await full.arrayBuffer());
    expect(full.headers.get('cache-control')).toContain('immutable');
    expect(full.headers.get('etag')).toBeTruthy();
    const part = await fetch(`${server.url}/media/${asset.sha256}`, {
      headers: { ...auth, range: 'bytes=10-99' },
    });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(10, 100));
    expect((await fetch(`${server.url}/media/${asset.sha256}`)).status).toBe(401);
  });

  it('lets a device fetch only the media of its own manifest', async () => {
    const { api } = server;
    const gate = factory.gate();
    const screen = factory.screen(gate.id!);
    const other = factory.screen(gate.id!, { groups: ['elsewhere'] });
    await api.post('/api/v1/gates', gate);
    await api.post('/api/v1/screens', screen);
    await api.post('/api/v1/screens', other);
    const { body: shown } = await upload(server, 'shown', await png(800, 500, '#036'));
    const { body: hidden } = await upload(server, 'hidden', await png(800, 500, '#630'));
    const playlist = factory.playlist([], { items: [{ type: 'image', assetId: shown.id, duration: 8 }] });
    // Approved by a second principal, so that the screens get them.
    const publish = new Publisher(server);
    await publish.create('/api/v1/playlists', playlist);
    const elsewhere = factory.playlist([], { items: [{ type: 'image', assetId: hidden.id, duration: 8 }] });
    await publish.create('/api/v1/playlists', elsewhere);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screen.id!] }));
    await publish.create('/api/v1/schedules', factory.schedule(elsewhere.id!, { groups: ['elsewhere'] }));

    const token = await api.post<DeviceTokenCreated>(`/api/v1/screens/${screen.id}/tokens`, {});
    const socket = connectPlayer(server.url, token.body.token);
    try {
      const manifest = await nextEvent<Manifest>(socket, 'manifest');
      // The image entry points at the rendition made for this screen, not at the original.
      const entry = Object.values(manifest.loops)
        .flat()
        .find((e) => e?.assetId === shown.id);
      const file = entry?.media ? manifest.assets[entry.media] : undefined;
      expect(file).toMatchObject({ width: screen.width, height: screen.height });
      expect(file?.url).toBe(`/media/${file?.sha256}`);
      const device = { authorization: `Bearer ${token.body.token}` };
      expect((await fetch(`${server.url}${file?.url}`, { headers: device })).status).toBe(200);
      expect((await fetch(`${server.url}/media/${shown.sha256}`, { headers: device })).status).toBe(403);
      expect((await fetch(`${server.url}/media/${hidden.sha256}`, { headers: device })).status).toBe(403);
    } finally {
      socket.close();
    }
    const inUse = await api.delete(`/api/v1/assets/${shown.id}`);
    expect(inUse.status).toBe(409);
    // A draft that drops the image does not free it: the approved version still shows it on the screen.
    const draft = await api.put(`/api/v1/playlists/${playlist.id}`, {
      ...playlist,
      items: [{ type: 'clock', duration: 8 }],
    });
    expect(draft.status).toBe(200);
    const stillShown = await api.delete<{ error: { message: string } }>(`/api/v1/assets/${shown.id}`);
    expect(stillShown.status).toBe(409);
    expect(stillShown.body.error.message).toContain(playlist.id);
  });

  it('rejects a playlist that uses an image as a video', async () => {
    const { body: img } = await upload(server, 'still', image);
    const res = await server.api.post<{ error: { path: string } }>(
      '/api/v1/playlists',
      factory.playlist([], { items: [{ type: 'video', assetId: img.id, duration: 8 }] }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.path).toBe('/items/0/assetId');
  });
});
