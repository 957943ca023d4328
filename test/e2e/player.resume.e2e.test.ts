import { randomBytes } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { manifestOf, renditionIn, showOnScreens, uploadBytes } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** One /media request as it passed the link: what was asked, and how many body bytes went through. */
interface MediaRequest {
  path: string;
  range: string | undefined;
  ifRange: string | undefined;
  status: number;
  bytes: number;
}

/**
 * A flaky border link on loopback: forwards everything (pages, API, the socket's WebSocket) to the
 * controller, but drops the connection of the first response for `cutPath` after `cutAfter` body bytes.
 */
class FlakyLink {
  readonly media: MediaRequest[] = [];
  cutPath = '';
  cutAfter = 0;
  private cut = false;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(target: URL) {
    this.server = createServer((req, res) => {
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          if (req.url?.startsWith('/media/')) this.forward(req, answer, res);
          else answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    this.server.on('connection', (socket) => {
      this.track(socket);
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      const upstream = connect(Number(target.port), target.hostname, () => {
        const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2)
          lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        upstream.write(head);
        socket.pipe(upstream).pipe(socket);
      });
      this.track(upstream);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
  }

  /** Listens on 127.0.0.1; resolves with the link's base URL. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }

  /** Relays a /media answer's body and counts its bytes; cuts the first one for `cutPath` short. */
  private forward(req: IncomingMessage, answer: IncomingMessage, res: ServerResponse): void {
    const seen: MediaRequest = {
      path: req.url ?? '',
      range: req.headers.range,
      ifRange: req.headers['if-range'] as string | undefined,
      status: answer.statusCode ?? 0,
      bytes: 0,
    };
    this.media.push(seen);
    const cutting = !this.cut && req.url === this.cutPath;
    if (cutting) this.cut = true;
    // Relayed by hand, not piped: a pipe would still pass on the chunk in which the cut falls.
    let dropped = false;
    answer.on('data', (chunk: Buffer) => {
      if (dropped) return;
      if (cutting && seen.bytes + chunk.length >= this.cutAfter) {
        // Exactly cutAfter bytes reach the player, then the link drops mid-body.
        const last = chunk.subarray(0, this.cutAfter - seen.bytes);
        seen.bytes += last.length;
        dropped = true;
        answer.destroy();
        // The link drops a moment after the last byte, as a real one does: a reset right behind a burst
        // can overtake bytes Chromium has received but not yet handed to the page's stream.
        res.write(last, () => setTimeout(() => res.socket?.destroy(), 1_000));
        return;
      }
      seen.bytes += chunk.length;
      res.write(chunk);
    });
    answer.on('end', () => res.end());
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}

/** Noise does not compress: a picture whose screen rendition is still large. */
function noisePng(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

describe('player downloads over a link that drops, in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let link: FlakyLink;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startTestServer('sqlite');
    link = new FlakyLink(new URL(server.url));
  });
  afterAll(async () => {
    await browser.close();
    await link.close();
    await server.stop();
  });

  it('resumes an interrupted download where it stopped instead of starting it again', async () => {
    const up = await uploadBytes(server, 'Nhiễu (ảnh lớn)', await noisePng(1920, 1080));
    expect(up.status).toBe(201);
    const { screenIds } = await showOnScreens(
      server,
      [{ width: 1920, height: 1080 }],
      [{ type: 'image', assetId: up.body.id, duration: 5, fit: 'cover' }],
    );
    const screenId = screenIds[0]!;
    const file = renditionIn(await manifestOf(server, screenId), up.body.id);
    if (!file) throw new Error('no rendition of the picture in the manifest');
    expect(file.size).toBeGreaterThan(500_000);
    link.cutPath = file.url;
    link.cutAfter = Math.floor(file.size * 0.4);

    const base = await link.listen();
    const playerLink = await issuePlayerLink(server.api, screenId);
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    try {
      await page.goto(base + playerLink.playerUrl);
      // The manifest loader retries within seconds; the picture must then come from the rest alone.
      const img = await page.waitForSelector(`.entry:not(.preparing)[data-asset-id="${up.body.id}"]`, {
        timeout: 30_000,
      });
      expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

      const tries = link.media.filter((m) => m.path === file.url);
      expect(tries.length).toBe(2);
      const [first, second] = tries as [MediaRequest, MediaRequest];
      expect(first.range).toBeUndefined();
      expect(first.bytes).toBe(link.cutAfter);
      // The retry asks for the rest, on condition the file is the one the first answer named.
      expect(second.range).toBe(`bytes=${link.cutAfter}-`);
      expect(second.ifRange).toBe(`"${file.sha256}"`);
      expect(second.status).toBe(206);
      // Over the link, the file once in all (not once and a half).
      expect(first.bytes + second.bytes).toBe(file.size);

      // Stored whole under its URL, and nothing left of the unfinished download.
      const state = await page.evaluate(async (url) => {
        const held = await (await caches.open('gatecast-media')).match(url);
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('gatecast-downloads');
          req.onsuccess = () => {
            resolve(req.result);
          };
          req.onerror = () => {
            reject(req.error ?? new Error('open failed'));
          };
        });
        const left = await new Promise<number>((resolve, reject) => {
          const req = db.transaction('chunks').objectStore('chunks').count();
          req.onsuccess = () => {
            resolve(req.result);
          };
          req.onerror = () => {
            reject(req.error ?? new Error('count failed'));
          };
        });
        return { held: held ? (await held.blob()).size : 0, left };
      }, file.url);
      expect(state).toEqual({ held: file.size, left: 0 });
    } finally {
      await page.close();
    }
  });
});
