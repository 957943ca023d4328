import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { Manifest, ManifestAsset, PlaylistInput, ScreenInput } from '../../schemas/types.ts';
import type { Asset } from '../../server/domain/entities.ts';
import { publisherOf } from './approval.ts';
import { factory } from './factory.ts';
import { ADMIN_TOKEN, type Api, type TestServer } from './server.ts';

export const adminAuth = { authorization: `Bearer ${ADMIN_TOKEN}` };

export type UploadReply = Asset & { error?: { code: string; message: string } };

/** POSTs raw bytes to /api/v1/assets as the admin. */
export async function uploadBytes(
  server: TestServer,
  name: string,
  bytes: Uint8Array,
): Promise<{ status: number; body: UploadReply }> {
  const res = await fetch(`${server.url}/api/v1/assets?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { ...adminAuth, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as UploadReply };
}

/** POSTs raw bytes to /api/v1/assets as a person signed in with `api` (session cookie and CSRF token). */
export async function uploadAs(
  server: TestServer,
  api: Api,
  name: string,
  bytes: Uint8Array,
): Promise<{ status: number; body: UploadReply }> {
  const res = await fetch(`${server.url}/api/v1/assets?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      cookie: api.sessionCookie ?? '',
      'x-csrf-token': api.csrfToken ?? '',
      'content-type': 'application/octet-stream',
    },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as UploadReply };
}

/** GETs bytes with the given credentials. */
export async function fetchBytes(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const res = await fetch(url, { headers });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

/** A flat-colour PNG. */
export function solidPng(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/** A 16:9 PNG with a left half and a right half of different colours. */
export function halvesPng(width: number, height: number, left: string, right: string): Promise<Buffer> {
  const half = (colour: string) =>
    sharp({ create: { width: width / 2, height, channels: 3, background: colour } })
      .png()
      .toBuffer();
  return Promise.all([half(left), half(right)]).then(([l, r]) =>
    sharp({ create: { width, height, channels: 3, background: '#000' } })
      .composite([
        { input: l, left: 0, top: 0 },
        { input: r, left: width / 2, top: 0 },
      ])
      .png()
      .toBuffer(),
  );
}

/**
 * A camera-style JPEG: 600×400 stored pixels, left half red and right half blue, EXIF orientation 6 (shown
 * rotated a quarter turn clockwise: red on top, 400×600), camera make/model and a GPS position.
 */
export async function phonePhoto(): Promise<Buffer> {
  const pixels = await halvesPng(600, 400, '#ff0000', '#0000ff');
  return sharp(pixels)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'GatecastCam', Model: 'Border 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '13/1 55/1 12/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '107/1 31/1 48/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** What an image's EXIF block reveals: the camera's make, a GPS position (the GPS IFD pointer, tag 0x8825). */
export async function exifOf(image: Buffer): Promise<{ exif: boolean; camera: boolean; gps: boolean }> {
  const { exif } = await sharp(image).metadata();
  if (!exif) return { exif: false, camera: false, gps: false };
  const little = exif.subarray(6, 8).toString('latin1') === 'II';
  return {
    exif: true,
    camera: exif.includes('GatecastCam'),
    gps: exif.includes(Buffer.from(little ? [0x25, 0x88] : [0x88, 0x25])),
  };
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A decompression bomb: a valid 1-bit PNG of width×height black pixels that compresses to ~100 KB. */
export function pngBomb(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The sha256 names of every blob in a data directory's store. */
export async function blobNames(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'blobs');
  const names: string[] = [];
  for (const prefix of await readdir(root).catch(() => [] as string[])) {
    if (prefix === 'tmp') continue;
    names.push(...(await readdir(join(root, prefix))));
  }
  return names.sort();
}

/** Files in the store's temporary directory. */
export function tmpNames(dataDir: string): Promise<string[]> {
  return readdir(join(dataDir, 'blobs', 'tmp')).catch(() => [] as string[]);
}

/** The RGB of one pixel of an encoded image. */
export async function pixel(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

/** Whether a pixel is close to a colour (lossy encoders move colours a little). */
export function near(actual: [number, number, number], expected: [number, number, number], tolerance = 40) {
  return actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);
}

/** The file an image entry of a manifest shows (the rendition made for the screen), by asset id. */
export function renditionIn(
  manifest: Manifest,
  assetId: string,
  fit?: string,
): (ManifestAsset & { key: string }) | undefined {
  const entry = Object.values(manifest.loops)
    .flat()
    .find((e) => e?.type === 'image' && e.assetId === assetId && (fit === undefined || e.fit === fit));
  const file = entry?.media ? manifest.assets[entry.media] : undefined;
  return file && entry?.media ? { ...file, key: entry.media } : undefined;
}

/** The compiled manifest of a screen, as an operator sees it. */
export async function manifestOf(server: TestServer, screenId: string): Promise<Manifest> {
  const reply = await server.api.get<Manifest | null>(`/api/v1/screens/${screenId}/manifest`);
  if (reply.status !== 200 || !reply.body) throw new Error(`no manifest for ${screenId}: ${reply.status}`);
  return reply.body;
}

/**
 * A gate with the given screens, one playlist of the given items scheduled always on the whole gate:
 * what an operator does to put images on screens. Returns the ids.
 */
export async function showOnScreens(
  server: TestServer,
  screens: Partial<ScreenInput>[],
  items: PlaylistInput['items'],
): Promise<{ gateId: string; screenIds: string[]; playlistId: string; scheduleId: string }> {
  const { api } = server;
  const gate = factory.gate();
  expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
  const screenIds: string[] = [];
  for (const over of screens) {
    const screen = factory.screen(gate.id!, over);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    screenIds.push(screen.id!);
  }
  // Saved, submitted and approved by a second principal: only approved content reaches screens.
  const playlist = factory.playlist([], { items });
  await publisherOf(server).create('/api/v1/playlists', playlist);
  const schedule = factory.schedule(playlist.id!, { gates: [gate.id!] });
  await publisherOf(server).create('/api/v1/schedules', schedule);
  return { gateId: gate.id!, screenIds, playlistId: playlist.id!, scheduleId: schedule.id! };
}

/** The bytes at a path of the test server, fetched as the admin (expects 200). */
export async function download(server: TestServer, path: string): Promise<Buffer> {
  const res = await fetch(server.url + path, { headers: adminAuth });
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * A square test card whose parts show how it was fitted: a white column down the left tenth, a yellow
 * band across the top tenth, red above the middle and blue below.
 */
export async function fitCard(size = 1000): Promise<Buffer> {
  const block = (width: number, height: number, colour: string) =>
    sharp({ create: { width, height, channels: 3, background: colour } })
      .png()
      .toBuffer();
  const tenth = size / 10;
  return sharp({ create: { width: size, height: size, channels: 3, background: '#0000ff' } })
    .composite([
      { input: await block(size, size / 2, '#ff0000'), left: 0, top: 0 },
      { input: await block(size, tenth, '#ffff00'), left: 0, top: 0 },
      { input: await block(tenth, size, '#ffffff'), left: 0, top: 0 },
    ])
    .png()
    .toBuffer();
}

export const RED: [number, number, number] = [255, 0, 0];
export const BLUE: [number, number, number] = [0, 0, 255];
export const YELLOW: [number, number, number] = [255, 255, 0];
export const WHITE: [number, number, number] = [255, 255, 255];
export const GREEN: [number, number, number] = [0, 255, 0];
