import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceTokenCreated, Manifest } from '../../schemas/types.ts';
import {
  BLUE,
  download,
  exifOf,
  fitCard,
  GREEN,
  manifestOf,
  near,
  phonePhoto,
  pixel,
  RED,
  renditionIn,
  showOnScreens,
  WHITE,
  YELLOW,
  uploadBytes,
} from '../support/media.ts';
import { publisherOf } from '../support/approval.ts';
import { connectPlayer, dialects, nextEvent, startTestServer, type TestServer } from '../support/server.ts';

type Rgb = [number, number, number];
type Probe = [x: number, y: number, colour: Rgb, what: string];

const LED = { kind: 'led' as const, width: 800, height: 500 };
const KIOSK = { kind: 'kiosk' as const, width: 1080, height: 1920 };

// Where the test card (white left column, yellow top band, red upper half, blue lower half) lands.
const expected: Record<'led' | 'kiosk', Record<'cover' | 'contain' | 'fill', Probe[]>> = {
  led: {
    // Scaled to 800×800 and cropped top and bottom: the yellow band is cut off, the white column stays.
    cover: [
      [400, 20, RED, 'top band cropped'],
      [400, 480, BLUE, 'lower half'],
      [20, 250, WHITE, 'left column'],
    ],
    // Scaled to 500×500 in the middle, green bars left and right.
    contain: [
      [50, 250, GREEN, 'left bar'],
      [750, 250, GREEN, 'right bar'],
      [400, 25, YELLOW, 'top band kept'],
      [400, 150, RED, 'upper half'],
      [400, 400, BLUE, 'lower half'],
      [170, 300, WHITE, 'left column inside the bars'],
    ],
    // Stretched: everything kept, no bars.
    fill: [
      [400, 25, YELLOW, 'top band kept'],
      [780, 25, YELLOW, 'no bar on the right'],
      [20, 250, WHITE, 'left column at the edge'],
      [400, 150, RED, 'upper half'],
      [400, 400, BLUE, 'lower half'],
    ],
  },
  kiosk: {
    // Scaled to 1920×1920 and cropped left and right: the white column is cut off, the band stays.
    cover: [
      [540, 96, YELLOW, 'top band kept'],
      [20, 700, RED, 'left column cropped'],
      [540, 1500, BLUE, 'lower half'],
    ],
    // Scaled to 1080×1080 in the middle, green bars above and below.
    contain: [
      [540, 200, GREEN, 'top bar'],
      [540, 1800, GREEN, 'bottom bar'],
      [540, 470, YELLOW, 'top band below the bar'],
      [540, 800, RED, 'upper half'],
      [540, 1300, BLUE, 'lower half'],
      [40, 800, WHITE, 'left column'],
    ],
    fill: [
      [540, 96, YELLOW, 'top band at the top edge'],
      [40, 700, WHITE, 'left column'],
      [540, 700, RED, 'upper half'],
      [540, 1500, BLUE, 'lower half'],
    ],
  },
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(dialects)('image renditions per screen (%s)', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('makes an 800×500 LED board and a 1080×1920 kiosk exactly their pixels, for each fit', async () => {
    const card = await uploadBytes(server, 'Bảng thử', await fitCard());
    expect(card.status).toBe(201);
    const assetId = card.body.id;
    const { screenIds } = await showOnScreens(
      server,
      [LED, KIOSK],
      [
        { type: 'image', assetId, duration: 10, fit: 'cover' },
        { type: 'image', assetId, duration: 10, fit: 'contain', background: '#00FF00' },
        { type: 'image', assetId, duration: 10, fit: 'fill' },
      ],
    );
    for (const [screenId, geometry, kind] of [
      [screenIds[0]!, LED, 'led'],
      [screenIds[1]!, KIOSK, 'kiosk'],
    ] as const) {
      const manifest = await manifestOf(server, screenId);
      for (const fit of ['cover', 'contain', 'fill'] as const) {
        const file = renditionIn(manifest, assetId, fit);
        expect(file, `${kind} ${fit}`).toMatchObject({ width: geometry.width, height: geometry.height });
        const bytes = await download(server, file!.url);
        // What the manifest promises is what the player gets: hash, size and the URL naming the hash.
        expect(sha256(bytes)).toBe(file!.sha256);
        expect(bytes.length).toBe(file!.size);
        expect(file!.url).toBe(`/media/${file!.sha256}`);
        const meta = await sharp(bytes).metadata();
        expect([meta.format, meta.width, meta.height], `${kind} ${fit}`).toEqual([
          'webp',
          geometry.width,
          geometry.height,
        ]);
        for (const [x, y, colour, what] of expected[kind][fit]) {
          const got = await pixel(bytes, x, y);
          expect(near(got, colour), `${kind} ${fit}: ${what} at ${x},${y} is ${got.join(',')}`).toBe(true);
        }
      }
    }
  });

  it('applies EXIF orientation and strips camera and GPS metadata, keeping the original bytes', async () => {
    const photo = await phonePhoto();
    expect(await exifOf(photo)).toEqual({ exif: true, camera: true, gps: true });
    const up = await uploadBytes(server, 'Ảnh điện thoại', photo);
    // Stored 600×400 with orientation 6: it is a 400×600 portrait.
    expect(up.body).toMatchObject({ width: 400, height: 600 });
    const { screenIds } = await showOnScreens(
      server,
      [LED],
      [{ type: 'image', assetId: up.body.id, duration: 10, fit: 'fill' }],
    );
    const file = renditionIn(await manifestOf(server, screenIds[0]!), up.body.id);
    const rendition = await download(server, file!.url);
    expect(near(await pixel(rendition, 400, 60), RED), 'red is on top once turned').toBe(true);
    expect(near(await pixel(rendition, 400, 440), BLUE), 'blue is below').toBe(true);
    expect(await exifOf(rendition)).toMatchObject({ camera: false, gps: false });

    const thumbnail = await download(server, `/api/v1/assets/${up.body.id}/thumbnail`);
    const meta = await sharp(thumbnail).metadata();
    expect([meta.width, meta.height]).toEqual([213, 320]);
    expect(meta.orientation ?? 1).toBe(1);
    expect(await exifOf(thumbnail)).toMatchObject({ camera: false, gps: false });
    expect(near(await pixel(thumbnail, 106, 20), RED)).toBe(true);

    // The original is kept byte for byte (an operator can download what they uploaded).
    expect((await download(server, `/media/${up.body.sha256}`)).equals(photo)).toBe(true);
  });

  it('makes JPEG renditions for a screen that asks for them, WebP for the others', async () => {
    const up = await uploadBytes(server, 'Bảng thử JPEG', await fitCard(600));
    const { screenIds } = await showOnScreens(
      server,
      [
        { ...LED, imageFormat: 'jpeg' },
        { ...LED, imageFormat: 'webp' },
      ],
      [{ type: 'image', assetId: up.body.id, duration: 10, fit: 'contain', background: '#00ff00' }],
    );
    const [jpeg, webp] = await Promise.all(
      screenIds.map(async (id) => renditionIn(await manifestOf(server, id), up.body.id)!),
    );
    expect(jpeg).toMatchObject({ mime: 'image/jpeg', width: 800, height: 500 });
    expect(webp).toMatchObject({ mime: 'image/webp', width: 800, height: 500 });
    const bytes = await download(server, jpeg!.url);
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 800, 500]);
    expect(near(await pixel(bytes, 50, 250), GREEN)).toBe(true);
    expect(near(await pixel(bytes, 400, 400), BLUE)).toBe(true);
  });

  it('serves one rendition to every screen of the same geometry, and a republish reuses it', async () => {
    const up = await uploadBytes(server, 'Dùng chung', await fitCard(800));
    const item = { type: 'image' as const, assetId: up.body.id, duration: 10, fit: 'cover' as const };
    // Two gates (two audiences, two manifests) with boards of the same size.
    const a = await showOnScreens(server, [LED, LED], [item]);
    const b = await showOnScreens(server, [LED], [item]);
    const files = await Promise.all(
      [...a.screenIds, ...b.screenIds].map(async (id) =>
        renditionIn(await manifestOf(server, id), up.body.id)!,
      ),
    );
    expect(new Set(files.map((f) => f.sha256)).size).toBe(1);
    const rows = () =>
      server.app.db
        .selectFrom('renditions')
        .select(['key', 'sha256', 'created_at'])
        .where('source_sha256', '=', up.body.sha256)
        .orderBy('key')
        .execute();
    const before = await rows();
    // The board rendition and the console thumbnail.
    expect(before).toHaveLength(2);
    // Storing a rendition again would rewrite its file (a rename over it): the file times show it was not.
    const written = () =>
      Promise.all(
        before.map(
          async (r) => (await stat(join(server.dataDir, 'blobs', r.sha256.slice(0, 2), r.sha256))).mtimeMs,
        ),
      );
    const firstWritten = await written();

    // A republish for an unrelated change recompiles every manifest, and renders nothing again.
    const renamed = await publisherOf(server).update('/api/v1/playlists', a.playlistId, {
      name: 'Vòng chính (sửa)',
      items: [{ ...item, duration: 12 }],
    });
    expect(renamed.status).toBe(200);
    const again = renditionIn(await manifestOf(server, a.screenIds[0]!), up.body.id);
    expect(again?.sha256).toBe(files[0]!.sha256);
    expect(await rows()).toEqual(before);

    // The same bytes uploaded again (twice at once) find the thumbnail made the first time.
    const dupes = await Promise.all([
      uploadBytes(server, 'Dùng chung 2', await fitCard(800)),
      uploadBytes(server, 'Dùng chung 3', await fitCard(800)),
    ]);
    expect(dupes.map((d) => d.status)).toEqual([201, 201]);
    expect(await rows()).toEqual(before);
    expect(await written()).toEqual(firstWritten);
  });

  it('lists assets by hash, size and URL so that a republish with the same images moves only the manifest', async () => {
    const one = await uploadBytes(server, 'Một', await fitCard(500));
    const two = await uploadBytes(server, 'Hai', await phonePhoto());
    const items = [
      { type: 'image' as const, assetId: one.body.id, duration: 10 },
      { type: 'image' as const, assetId: two.body.id, duration: 10, fit: 'cover' as const },
    ];
    const { screenIds, playlistId } = await showOnScreens(server, [LED], items);
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${screenIds[0]}/tokens`, {});
    const device = { authorization: `Bearer ${token.body.token}` };
    const player = connectPlayer(server.url, token.body.token);
    try {
      // The player keeps what it downloaded by hash, and fetches only hashes it does not hold.
      const held = new Set<string>();
      const sync = async (manifest: Manifest) => {
        const wanted = Object.values(manifest.assets).filter((a) => a !== undefined && !held.has(a.sha256));
        for (const asset of wanted) {
          const res = await fetch(server.url + asset!.url, { headers: device });
          expect(res.status).toBe(200);
          expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(asset!.sha256);
          held.add(asset!.sha256);
        }
        return wanted.length;
      };
      const first = await nextEvent<Manifest>(player, 'manifest');
      expect(await sync(first)).toBe(2);

      const next = nextEvent<Manifest>(player, 'manifest');
      await publisherOf(server).update('/api/v1/playlists', playlistId, {
        name: 'Vòng chính',
        items: items.map((i) => ({ ...i, duration: 15 })),
      });
      const second = await next;
      expect(second.version).not.toBe(first.version);
      expect(second.assets).toEqual(first.assets);
      expect(await sync(second)).toBe(0);

      // A real change of picture (another fit) is the one new file to fetch.
      const third = nextEvent<Manifest>(player, 'manifest');
      await publisherOf(server).update('/api/v1/playlists', playlistId, {
        name: 'Vòng chính',
        items: [items[0], { ...items[1], fit: 'contain' }],
      });
      expect(await sync(await third)).toBe(1);
    } finally {
      player.close();
    }
  });
});
