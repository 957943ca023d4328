import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDemoBundles } from '../../server/services/seed.service.ts';

const dir = fileURLToPath(new URL('../../playlists/', import.meta.url));

describe('playlists/ demo bundles', () => {
  it('are valid against schemas/demo-bundle.json, one per reference gate', async () => {
    const bundles = await readDemoBundles(dir);
    expect(bundles.map((b) => b.gate.name).sort()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Lệ Thanh'),
        expect.stringContaining('Tịnh Biên'),
        expect.stringContaining('Na Mèo'),
      ]),
    );
  });

  it('refer only to things they define, with unique ids across bundles', async () => {
    const bundles = await readDemoBundles(dir);
    const ids = bundles.flatMap((b) =>
      [b.gate, ...b.screens, ...b.messages, ...b.playlists, ...b.schedules].map((e) => e.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of bundles) {
      const messages = new Set(b.messages.map((m) => m.id));
      const playlists = new Set(b.playlists.map((p) => p.id));
      const screens = new Set(b.screens.map((s) => s.id));
      for (const p of b.playlists) {
        for (const item of p.items) if (item.type === 'message') expect(messages).toContain(item.messageId);
      }
      for (const s of b.schedules) {
        expect(playlists).toContain(s.playlistId);
        for (const id of s.targets.screens ?? []) expect(screens).toContain(id);
      }
      if (b.gate.defaultPlaylistId) expect(playlists).toContain(b.gate.defaultPlaylistId);
    }
  });

  it('carry a variant in each of their gate languages for the welcome message, NFC-normalised', async () => {
    for (const b of await readDemoBundles(dir)) {
      const text = JSON.stringify(b);
      expect(text).toBe(text.normalize('NFC'));
      const langs = new Set(b.messages.flatMap((m) => Object.keys(m.variants)));
      for (const lang of b.gate.languages)
        expect(langs, `${b.gate.name} has no message in ${lang}`).toContain(lang);
    }
  });
});
