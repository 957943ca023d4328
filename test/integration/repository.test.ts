import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gate } from '../../server/domain/entities.ts';
import { openDatabase, type Db } from '../../server/repositories/database.ts';
import { isUniqueViolation, isForeignKeyViolation } from '../../server/repositories/dialect.ts';
import {
  createEntityRepositories,
  type EntityRepositories,
} from '../../server/repositories/entity.repositories.ts';
import { ManifestRepository } from '../../server/repositories/manifest.repository.ts';
import type { Manifest } from '../../schemas/types.ts';
import { factory } from '../support/factory.ts';
import { createPgDatabase } from '../support/pg.ts';
import { dialects } from '../support/server.ts';

const stamp = (i: number) => new Date(Date.UTC(2026, 10, 22, 0, 0, i)).toISOString();
const gateDoc = (i: number): Gate => ({
  ...factory.gate({ id: `gate-${i}` }),
  id: `gate-${i}`,
  createdAt: stamp(i),
  updatedAt: stamp(i),
});

describe.each(dialects)('repositories (%s)', (dialect) => {
  let db: Db;
  let repos: EntityRepositories;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (dialect === 'postgres') {
      const pg = await createPgDatabase();
      drop = pg.drop;
      db = (await openDatabase({ url: pg.url, sqlitePath: '' })).db;
    } else {
      db = (await openDatabase({ sqlitePath: ':memory:' })).db;
    }
    repos = createEntityRepositories(db);
  });
  afterAll(async () => {
    await db.destroy();
    await drop?.();
  });

  it('round-trips documents, including Khmer and Vietnamese text, and pages in creation order', async () => {
    for (let i = 0; i < 7; i++) await repos.gates.insert(gateDoc(i));
    const first = await repos.gates.get('gate-3');
    expect(first?.name).toBe('Cửa khẩu Lệ Thanh');
    const page = await repos.gates.list(3, 3);
    expect(page.total).toBe(7);
    expect(page.items.map((g) => g.id)).toEqual(['gate-3', 'gate-4', 'gate-5']);
  });

  it('reports duplicate ids and dangling references through the one dialect helper', async () => {
    const dup = await repos.gates.insert(gateDoc(1)).catch((e: unknown) => e);
    expect(isUniqueViolation(dup)).toBe(true);
    const orphan = {
      ...factory.screen('gate-missing', { id: 'orphan' }),
      id: 'orphan',
      createdAt: stamp(0),
      updatedAt: stamp(0),
    };
    const fk = await repos.screens.insert(orphan).catch((e: unknown) => e);
    expect(isForeignKeyViolation(fk)).toBe(true);
    expect(await repos.screens.get('orphan')).toBeUndefined();
  });

  it('updates and deletes, saying whether anything was there', async () => {
    const g = gateDoc(1);
    expect(await repos.gates.update({ ...g, name: 'Cửa khẩu Tịnh Biên' })).toBe(true);
    expect((await repos.gates.get('gate-1'))?.name).toBe('Cửa khẩu Tịnh Biên');
    expect(await repos.gates.update({ ...g, id: 'nope' })).toBe(false);
    expect(await repos.gates.delete('gate-6')).toBe(true);
    expect(await repos.gates.delete('gate-6')).toBe(false);
  });

  it('stores each manifest once and tracks current and applied versions per screen', async () => {
    const manifests = new ManifestRepository(db);
    const screen = {
      ...factory.screen('gate-0', { id: 'scr-1' }),
      id: 'scr-1',
      createdAt: stamp(0),
      updatedAt: stamp(0),
    };
    await repos.screens.insert(screen);
    await repos.screens.insert({ ...screen, id: 'scr-2' });
    const manifest: Manifest = {
      version: 'a'.repeat(32),
      generatedAt: 1,
      timeZone: 'Asia/Ho_Chi_Minh',
      horizon: { from: 0, until: 10 },
      segments: [{ start: 0, end: 10, loop: null }],
      loops: {},
      messages: {},
      assets: {},
      fonts: [],
    };
    await manifests.save(manifest, stamp(0));
    await manifests.save(manifest, stamp(1));
    expect(await new ManifestRepository(db).get(manifest.version)).toEqual(manifest);
    await manifests.setCurrent(['scr-1'], manifest.version, stamp(1));
    expect(await manifests.sentAt('scr-1', [manifest.version, 'b'.repeat(32)])).toEqual(
      new Map([[manifest.version, stamp(1)]]),
    );
    // One batch of acks: scr-1 applied its current version; scr-2 was never sent it, and a deleted screen's
    // ack is dropped: both are left out without failing the others.
    const current = await manifests.setApplied([
      { screenId: 'scr-1', version: manifest.version, at: stamp(2) },
      { screenId: 'gone', version: manifest.version, at: stamp(2) },
      { screenId: 'scr-2', version: manifest.version, at: stamp(2) },
    ]);
    expect(current).toEqual(new Map([['scr-1', manifest.version]]));
    expect((await manifests.state('scr-2'))?.appliedVersion ?? null).toBeNull();
    // A later publish moves the current version and keeps what was applied.
    await manifests.setCurrent(['scr-1', 'scr-2'], 'b'.repeat(32));
    expect(await manifests.state('scr-1')).toEqual({
      screenId: 'scr-1',
      currentVersion: 'b'.repeat(32),
      appliedVersion: manifest.version,
      appliedAt: stamp(2),
    });
    await manifests.setCurrent(['scr-1'], manifest.version);
    expect(await manifests.state('scr-1')).toEqual({
      screenId: 'scr-1',
      currentVersion: manifest.version,
      appliedVersion: manifest.version,
      appliedAt: stamp(2),
    });
  });
});
