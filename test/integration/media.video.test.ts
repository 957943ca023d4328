import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFfmpeg } from '../../server/repositories/video.repository.ts';
import {
  blobNames,
  fetchBytes,
  adminAuth,
  manifestOf,
  showOnScreens,
  uploadBytes,
} from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { mp4, webm } from '../support/video-files.ts';

const fixture = (name: string) => readFile(new URL(`../fixtures/media/${name}`, import.meta.url));
const ffmpeg = findFfmpeg(undefined);

describe('video assets', () => {
  let server: TestServer;

  beforeAll(async () => {
    // As on a controller without ffmpeg, whatever this machine has.
    server = await startTestServer('sqlite', { env: { FFMPEG_PATH: 'none' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('accepts MP4/H.264 and WebM as they are, recording duration, size and codec from the content', async () => {
    const h264 = await fixture('recorded-h264.mp4');
    const mp4Up = await uploadBytes(server, 'Clip H.264', h264);
    expect(mp4Up.status).toBe(201);
    expect(mp4Up.body).toMatchObject({
      type: 'video',
      mime: 'video/mp4',
      size: h264.length,
      width: 320,
      height: 180,
      duration: 1.162,
      codec: 'avc1',
    });
    const vp9 = await uploadBytes(server, 'Clip VP9', await fixture('recorded-vp9.webm'));
    expect(vp9.body).toMatchObject({
      type: 'video',
      mime: 'video/webm',
      width: 320,
      height: 180,
      codec: 'V_VP9',
    });
    expect(vp9.body.duration).toBeCloseTo(1.122, 3);
    // Kept byte for byte.
    const stored = await fetchBytes(`${server.url}/media/${mp4Up.body.sha256}`, adminAuth);
    expect(stored.bytes.equals(h264)).toBe(true);
  });

  it('reads a portrait phone clip as portrait, and a long clip whose index sits at the end', async () => {
    const portrait = await uploadBytes(server, 'Dọc', mp4({ rotation: 90, width: 1920, height: 1080 }));
    expect(portrait.body).toMatchObject({ width: 1080, height: 1920, duration: 10 });
    const late = await uploadBytes(
      server,
      'Moov cuối',
      mp4({ moovLast: true, timescale: 90_000, duration: 5_400_000 }),
    );
    expect(late.body).toMatchObject({ width: 1920, height: 1080, duration: 60 });
    const live = await uploadBytes(
      server,
      'Ghi trực tiếp',
      webm({ streamed: true, width: 1280, height: 720 }),
    );
    // A live recording does not say how long it is: no duration rather than a wrong one.
    expect(live.status).toBe(201);
    expect(live.body).toMatchObject({ width: 1280, height: 720 });
    expect(live.body.duration).toBeUndefined();
  });

  it('says clearly that there is no poster frame without ffmpeg', async () => {
    const up = await uploadBytes(server, 'Không ảnh bìa', await fixture('recorded-h264.mp4'));
    expect(up.body.poster?.status).toBe('unavailable');
    expect(up.body.poster && 'reason' in up.body.poster ? up.body.poster.reason : '').toMatch(/no ffmpeg/);
    const thumb = await server.api.get<{ error: { message: string } }>(
      `/api/v1/assets/${up.body.id}/thumbnail`,
    );
    expect(thumb.status).toBe(404);
    expect(thumb.body.error.message).toMatch(/no ffmpeg/);
  });

  it('refuses what players cannot play, naming the problem, and stores nothing', async () => {
    const before = await blobNames(server.dataDir);
    const { body: list } = await server.api.get<{ total: number }>('/api/v1/assets');
    const cases: [Buffer, RegExp][] = [
      [await fixture('recorded-h264.mkv'), /not WebM/],
      [mp4({ audioOnly: true }), /no video track/],
      [mp4({ codec: 'hvc1' }), /codec "hvc1"/],
      [mp4({ moovLast: true, truncateAt: 150_000 }), /no moov box|cut short/],
      [webm({ codec: 'V_MPEGH/ISO/HEVC' }), /codec/],
    ];
    for (const [bytes, why] of cases) {
      const res = await uploadBytes(server, 'hỏng', bytes);
      expect(res.status, why.source).toBe(415);
      expect(res.body.error?.code).toBe('unsupported_media');
      expect(res.body.error?.message).toMatch(why);
    }
    expect(await blobNames(server.dataDir)).toEqual(before);
    const { body: after } = await server.api.get<{ total: number }>('/api/v1/assets');
    expect(after.total).toBe(list.total);
  });

  it('lists a scheduled video in the manifest by hash, size, URL, duration and size in pixels', async () => {
    const clip = await fixture('recorded-vp9.webm');
    const up = await uploadBytes(server, 'Clip lịch', clip);
    const { screenIds } = await showOnScreens(
      server,
      [{ kind: 'kiosk', width: 1080, height: 1920 }],
      [{ type: 'video', assetId: up.body.id, duration: 5 }],
    );
    const manifest = await manifestOf(server, screenIds[0]!);
    expect(manifest.assets[up.body.id]).toEqual({
      sha256: up.body.sha256,
      mime: 'video/webm',
      size: clip.length,
      url: `/media/${up.body.sha256}`,
      width: 320,
      height: 180,
      duration: up.body.duration,
    });
  });
});

describe.skipIf(!ffmpeg)('video posters with ffmpeg', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('makes a poster frame and a console thumbnail from it', async () => {
    const up = await uploadBytes(server, 'Có ảnh bìa', await fixture('recorded-h264.mp4'));
    expect(up.body.poster).toMatchObject({ status: 'made' });
    const thumb = await fetchBytes(`${server.url}/api/v1/assets/${up.body.id}/thumbnail`, adminAuth);
    expect(thumb.status).toBe(200);
    const meta = await sharp(thumb.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 320, 180]);
  });

  it('says why when ffmpeg cannot read a frame', async () => {
    // Headers only: valid enough to accept, no frame in it.
    const up = await uploadBytes(server, 'Không khung hình', mp4());
    expect(up.body.poster?.status).toBe('unavailable');
    expect(up.body.poster && 'reason' in up.body.poster ? up.body.poster.reason : '').toMatch(
      /ffmpeg could not/,
    );
  });
});
