import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FeedFetchError,
  FeedHttpRepository,
  FeedRefusedError,
  FeedTooLargeError,
} from './feed-http.repository.ts';
import { WebhookHttpRepository } from './webhook-http.repository.ts';

describe('feed HTTP', () => {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '';
    hits.push(`${req.headers.host ?? ''} ${path}`);
    if (path === '/feed') res.writeHead(200, { 'content-type': 'application/atom+xml' }).end('<feed/>');
    else if (path === '/big') res.writeHead(200).end('x'.repeat(2048));
    else if (path === '/stream') {
      // No content-length: counted as it arrives.
      res.writeHead(200);
      for (let i = 0; i < 8; i++) res.write('y'.repeat(512));
      res.end();
    } else if (path === '/moved') res.writeHead(301, { location: '/feed' }).end();
    else if (path === '/to-internal') res.writeHead(302, { location: 'http://10.1.2.3/feed' }).end();
    else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end('late'), 2000);
    else res.writeHead(404).end();
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  // Here 127.0.0.1 stands for a public address; everything else is internal.
  const policy = new WebhookHttpRepository([], {
    internal: (address) => (address === '127.0.0.1' ? undefined : 'private network'),
  });
  const http = new FeedHttpRepository(policy);
  const options = { allowPrivate: false, maxBytes: 1024, timeoutMs: 1000, accept: '*/*' };
  const text = async (url: string, over = {}) =>
    Buffer.from(await http.get(url, { ...options, ...over })).toString();

  it('reads a body, following a redirect', async () => {
    expect(await text(`${base}/feed`)).toBe('<feed/>');
    expect(await text(`${base}/moved`)).toBe('<feed/>');
  });

  it('refuses a body over the limit, announced or counted', async () => {
    await expect(http.get(`${base}/big`, options)).rejects.toThrow(FeedTooLargeError);
    await expect(http.get(`${base}/stream`, options)).rejects.toThrow(FeedTooLargeError);
    expect(await text(`${base}/stream`, { maxBytes: 4096 })).toHaveLength(4096);
  });

  it('checks every hop: a redirect to an internal address is refused, naming allowPrivate', async () => {
    const err = await http.get(`${base}/to-internal`, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedRefusedError);
    expect((err as Error).message).toMatch(
      /10\.1\.2\.3 is an internal address \(private network\).*allowPrivate/,
    );
    expect((err as Error).message).not.toMatch(/webhooks/);
  });

  it('refuses an internal host before connecting, unless private addresses are allowed', async () => {
    const strict = new FeedHttpRepository(new WebhookHttpRepository([]));
    const before = hits.length;
    await expect(strict.get(`${base}/feed`, options)).rejects.toThrow(
      /127\.0\.0\.1 is an internal address \(loopback\)/,
    );
    expect(hits).toHaveLength(before);
    expect(Buffer.from(await strict.get(`${base}/feed`, { ...options, allowPrivate: true })).toString()).toBe(
      '<feed/>',
    );
  });

  it('gives up on endless redirects, HTTP errors and a server too slow to answer', async () => {
    await expect(http.get(`${base}/loop`, options)).rejects.toThrow(/more than 3 redirects/);
    await expect(http.get(`${base}/missing`, options)).rejects.toThrow(/answered HTTP 404/);
    const slow = await http.get(`${base}/slow`, { ...options, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(FeedFetchError);
    expect((slow as Error).message).toMatch(/no answer in time/);
  });
});
