import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, fetchBytes, solidPng, uploadBytes, type UploadReply } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const fixture = (name: string) => readFile(new URL(`../fixtures/media/${name}`, import.meta.url));

describe('media delivery: immutable URLs, ETag and byte ranges', () => {
  let server: TestServer;
  let video: Buffer;
  let asset: UploadReply;
  let url: string;
  const get = (headers: Record<string, string> = {}) => fetchBytes(url, { ...adminAuth, ...headers });

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    video = await fixture('recorded-h264.mp4');
    asset = (await uploadBytes(server, 'Clip', video)).body;
    url = `${server.url}/media/${asset.sha256}`;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('serves the bytes under their hash, cacheable forever, with the hash as a strong ETag', async () => {
    const full = await get();
    expect(full.status).toBe(200);
    expect(full.bytes.equals(video)).toBe(true);
    expect(createHash('sha256').update(full.bytes).digest('hex')).toBe(asset.sha256);
    expect(full.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(full.headers.get('etag')).toBe(`"${asset.sha256}"`);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('content-type')).toBe('video/mp4');
    expect(full.headers.get('content-length')).toBe(String(video.length));
  });

  it('answers a Range with exactly those bytes', async () => {
    const part = await get({ range: 'bytes=10-99' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-99/${video.length}`);
    expect(part.bytes.equals(video.subarray(10, 100))).toBe(true);

    const tail = await get({ range: 'bytes=-100' });
    expect(tail.status).toBe(206);
    expect(tail.bytes.equals(video.subarray(video.length - 100))).toBe(true);

    const beyond = await get({ range: `bytes=${video.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${video.length}`);
    // An error is never cached as if it were the file.
    expect(beyond.headers.get('cache-control') ?? '').not.toContain('immutable');
    expect(JSON.parse(beyond.bytes.toString())).toMatchObject({ error: { code: 'range_not_satisfiable' } });
  });

  it('resumes an interrupted download with If-Range, and sends it whole when the ETag does not match', async () => {
    const half = Math.floor(video.length / 2);
    const first = await get({ range: `bytes=0-${half - 1}` });
    const etag = first.headers.get('etag')!;
    const rest = await get({ range: `bytes=${half}-`, 'if-range': etag });
    expect(rest.status).toBe(206);
    expect(Buffer.concat([first.bytes, rest.bytes]).equals(video)).toBe(true);

    const stale = await get({ range: `bytes=${half}-`, 'if-range': '"something-else"' });
    expect(stale.status).toBe(200);
    expect(stale.bytes.equals(video)).toBe(true);
  });

  it('answers a revalidation with 304 and no body', async () => {
    // A browser cache revalidates like this; fetch() itself would add "Cache-Control: no-cache".
    const revalidate = (etag: string) =>
      new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
        const req = httpGet(url, { headers: { ...adminAuth, 'if-none-match': etag } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) });
          });
        });
        req.on('error', reject);
      });
    const again = await revalidate(`"${asset.sha256}"`);
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await revalidate('"other"')).status).toBe(200);
  });

  it('makes browsers revalidate a thumbnail, whose URL names the asset rather than the bytes', async () => {
    const thumb = (id: string) => fetchBytes(`${server.url}/api/v1/assets/${id}/thumbnail`, adminAuth);
    const upload = async (colour: string) =>
      fetch(`${server.url}/api/v1/assets?name=logo&id=logo`, {
        method: 'POST',
        headers: { ...adminAuth, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(await solidPng(200, 100, colour)),
      });
    expect((await upload('#c00')).status).toBe(201);
    const first = await thumb('logo');
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    // The id is deleted and used again for another picture: the same URL now has other bytes.
    expect((await server.api.delete('/api/v1/assets/logo')).status).toBe(204);
    expect((await upload('#00c')).status).toBe(201);
    const second = await thumb('logo');
    expect(second.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(second.bytes.equals(first.bytes)).toBe(false);
  });

  it('serves nothing to strangers and nothing under a name that is not a stored hash', async () => {
    expect((await fetchBytes(url, {})).status).toBe(401);
    expect((await fetchBytes(url, { authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect((await get()).status).toBe(200);
    const missing = `${server.url}/media/${'0'.repeat(64)}`;
    expect((await fetchBytes(missing, adminAuth)).status).toBe(404);
    for (const odd of ['..%2F..%2Fgatecast.db', 'tmp', asset.sha256.toUpperCase()]) {
      expect((await fetchBytes(`${server.url}/media/${odd}`, adminAuth)).status, odd).toBe(404);
    }
  });
});
