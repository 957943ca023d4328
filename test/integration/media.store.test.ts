import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalBlobStore } from '../../server/repositories/blob.repository.ts';
import {
  adminAuth,
  blobNames,
  download,
  fitCard,
  solidPng,
  tmpNames,
  uploadBytes,
} from '../support/media.ts';
import { dialects, startTestServer, type TestServer } from '../support/server.ts';

const HOUR = 3_600_000;

/** Waits (bounded) until the server has cleaned up after an aborted request. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`still not ${what}`);
}

describe.each(dialects)('content-addressed blob store (%s)', (dialect) => {
  let server: TestServer;
  // The controller's clock, which the garbage collector reads; the files keep their real times.
  let now = Date.now();

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock: { now: () => now } });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('stores the same upload once, whatever it is called', async () => {
    const bytes = await solidPng(320, 200, '#36c');
    const before = await blobNames(server.dataDir);
    const a = await uploadBytes(server, 'Bản đồ', bytes);
    const b = await uploadBytes(server, 'Bản đồ (bản sao)', bytes);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.body.sha256).toBe(a.body.sha256);
    const added = (await blobNames(server.dataDir)).filter((n) => !before.includes(n));
    // The original and its console thumbnail, once each.
    expect(added).toHaveLength(2);
    expect(added).toContain(a.body.sha256);
    expect(await tmpNames(server.dataDir)).toEqual([]);
  });

  it('leaves no blob behind an upload cut off mid-body', async () => {
    const before = await blobNames(server.dataDir);
    const { body: list } = await server.api.get<{ total: number }>('/api/v1/assets');
    const head = await fitCard(400);
    await new Promise<void>((resolve) => {
      const req = request(`${server.url}/api/v1/assets?name=cut`, {
        method: 'POST',
        headers: { ...adminAuth, 'content-type': 'application/octet-stream', 'content-length': 10_000_000 },
      });
      req.on('error', () => {
        resolve();
      });
      req.write(Buffer.concat([head, randomBytes(1_000_000)]), () => {
        // The connection drops with nine tenths of the body unsent.
        setTimeout(() => req.destroy(), 100);
      });
    });
    await until(async () => (await tmpNames(server.dataDir)).length === 0, 'cleaned up');
    expect(await blobNames(server.dataDir)).toEqual(before);
    const { body: after } = await server.api.get<{ total: number }>('/api/v1/assets');
    expect(after.total).toBe(list.total);
  });

  it('leaves no blob when the writing process is killed mid-write, and collects its leftovers', async () => {
    const before = await blobNames(server.dataDir);
    const writer = spawn(
      process.execPath,
      [fileURLToPath(new URL('../support/blob-writer.ts', import.meta.url)), server.dataDir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      writer.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('writing')) resolve();
      });
      writer.on('exit', (code) => {
        reject(new Error(`the writer stopped by itself (${code})`));
      });
    });
    const killed = new Promise((resolve) => writer.once('exit', resolve));
    writer.kill('SIGKILL');
    await killed;

    // A megabyte was written to a temporary file, and nothing under a content address.
    expect(await blobNames(server.dataDir)).toEqual(before);
    expect(await tmpNames(server.dataDir)).toHaveLength(1);
    const listed: string[] = [];
    for await (const blob of new LocalBlobStore(server.dataDir).list()) listed.push(blob.sha256);
    expect(listed.sort()).toEqual(before);

    // The collector leaves a temporary file alone during the grace period (it may be a write in progress),
    // then removes it.
    expect((await server.app.blobGc.collect()).temporariesRemoved).toBe(0);
    now += 25 * HOUR;
    expect((await server.app.blobGc.collect()).temporariesRemoved).toBe(1);
    expect(await tmpNames(server.dataDir)).toEqual([]);
  });

  it('collects an unreferenced blob after the grace period and never a referenced one', async () => {
    now = Date.now();
    const kept = await uploadBytes(server, 'Giữ lại', await solidPng(300, 200, '#2a2'));
    const dropped = await uploadBytes(server, 'Bỏ đi', await solidPng(300, 200, '#a22'));
    const keptThumb = await download(server, `/api/v1/assets/${kept.body.id}/thumbnail`);
    expect(keptThumb.length).toBeGreaterThan(0);
    const beforeDelete = await blobNames(server.dataDir);
    expect((await server.api.delete(`/api/v1/assets/${dropped.body.id}`)).status).toBe(204);

    // Within the grace period: nothing goes.
    now += 23 * HOUR;
    const early = await server.app.blobGc.collect();
    expect(early.removed).toBe(0);
    expect(await blobNames(server.dataDir)).toEqual(beforeDelete);

    // After it: the deleted asset's original and thumbnail go, and only they.
    now += 2 * HOUR;
    const report = await server.app.blobGc.collect();
    expect(report.removed).toBe(2);
    expect(report.renditionsDropped).toBe(1);
    const left = await blobNames(server.dataDir);
    expect(left).not.toContain(dropped.body.sha256);
    expect(beforeDelete.filter((n) => !left.includes(n))).toHaveLength(2);
    const media = (sha: string) => fetch(`${server.url}/media/${sha}`, { headers: adminAuth });
    expect((await media(dropped.body.sha256)).status).toBe(404);

    // A referenced blob stays however long the collector runs.
    for (const years of [1, 5]) {
      now += years * 365 * 24 * HOUR;
      expect((await server.app.blobGc.collect()).removed).toBe(0);
    }
    expect((await media(kept.body.sha256)).status).toBe(200);
    expect(await download(server, `/api/v1/assets/${kept.body.id}/thumbnail`)).toEqual(keptThumb);

    // The same bytes uploaded again come back whole, thumbnail included.
    const back = await uploadBytes(server, 'Bỏ đi (lại)', await solidPng(300, 200, '#a22'));
    expect(back.body.sha256).toBe(dropped.body.sha256);
    expect((await media(back.body.sha256)).status).toBe(200);
    expect(
      (await fetch(`${server.url}/api/v1/assets/${back.body.id}/thumbnail`, { headers: adminAuth })).status,
    ).toBe(200);
  });
});
