import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  formOf,
  itemBodyOf,
  move,
  secondsOf,
  type PlaylistForm,
  type StoredPlaylist,
} from '../../console/src/forms/playlist.form.ts';
import { defaultOwner, offers, offersAsset } from '../../console/src/playlist-library.ts';
import { openApiDocument } from '../../server/http/openapi.ts';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { arbitraryOf } from '../support/schema-arbitrary.ts';

// Stored playlists as the API answers them: drawn from the stored schema itself (every item kind, every
// optional field present or absent), and kept only when that schema's validator agrees.
const doc = openApiDocument('test') as { components: { schemas: Record<string, unknown> } };
const isStored = validatorFor('playlist.stored.json');
// Through JSON, as a reply arrives (plain objects, no undefined).
const storedPlaylists = arbitraryOf(doc.components.schemas['playlist.stored'], doc)
  .map((p): unknown => JSON.parse(JSON.stringify(p)))
  .filter(
    (p): p is StoredPlaylist =>
      isStored(p) &&
      // Contract C: a gate's or a province's, never both (the server refuses it, reason gate_or_province).
      !((p as StoredPlaylist).gateId && typeof (p as StoredPlaylist).province === 'string'),
  );

const ownFields = ({ id: _i, createdAt: _c, updatedAt: _u, ...fields }: StoredPlaylist) => fields;

describe('the playlist form model', () => {
  it('sends back exactly what was stored when nothing is changed', () => {
    fc.assert(
      fc.property(storedPlaylists, (stored) => {
        expect(bodyOf(formOf(stored), stored)).toStrictEqual(ownFields(stored));
      }),
      { numRuns: 300 },
    );
  });

  it('draws every item kind and every optional item field, so the property above can see one dropped', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(storedPlaylists, (stored) => {
        for (const item of stored.items) for (const key of Object.keys(item)) seen.add(`${item.type}.${key}`);
        for (const key of Object.keys(stored)) seen.add(key);
      }),
      { numRuns: 300 },
    );
    for (const field of [
      'message.languages',
      'message.validFrom',
      'message.validUntil',
      'image.fit',
      'image.background',
      'image.validUntil',
      'video.validFrom',
      'clock.validUntil',
      'gateId',
      'languages',
      'layout',
    ])
      expect(seen, field).toContain(field);
  });

  it('fails the round trip when the form drops an item field', () => {
    const stored: StoredPlaylist = {
      id: 'pl-1',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      name: 'Vòng chính',
      gateId: 'le-thanh',
      items: [
        { type: 'image', assetId: 'poster', duration: 8, fit: 'cover', background: '#FFEE00' },
        { type: 'message', messageId: 'welcome', duration: 10, languages: 'side-by-side' },
      ],
    };
    const form = formOf(stored);
    const dropped: PlaylistForm = {
      ...form,
      items: form.items.map(({ fit: _f, background: _b, languages: _l, ...rest }) => rest),
    };
    expect(bodyOf(dropped, stored)).not.toStrictEqual(ownFields(stored));
    expect(bodyOf(form, stored)).toStrictEqual(ownFields(stored));
  });

  it('keeps a province owner, and a national one written as null', () => {
    const base = { id: 'p', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const items = [{ type: 'clock' as const, duration: 5 }];
    const province: StoredPlaylist = { ...base, name: 'Gia Lai', province: 'Gia Lai', items };
    expect(formOf(province).owner).toBe('province');
    expect(bodyOf(formOf(province), province)).toStrictEqual({ name: 'Gia Lai', province: 'Gia Lai', items });
    const national: StoredPlaylist = { ...base, name: 'Cả nước', gateId: null, items };
    expect(formOf(national).owner).toBe('national');
    expect(bodyOf(formOf(national), national)).toStrictEqual({ name: 'Cả nước', gateId: null, items });
  });

  it('never coerces a duration: empty and 0 are sent as 0 for the server to refuse, 2.5 stays 2.5', () => {
    expect(secondsOf('')).toBe(0);
    expect(secondsOf('0')).toBe(0);
    expect(secondsOf('2.5')).toBe(2.5);
    const form = formOf(undefined, 'le-thanh');
    expect(form.owner).toBe('gate');
    expect(itemBodyOf({ key: 'k', type: 'clock', ref: '', duration: '' })).toStrictEqual({
      type: 'clock',
      duration: 0,
    });
  });

  it('moves one item and keeps the others in order', () => {
    expect(move(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(move(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('what a playlist offers to add (Contract C)', () => {
  const gates = [
    { id: 'le-thanh', province: 'Gia Lai' },
    { id: 'duc-co', province: 'Gia Lai' },
    { id: 'tinh-bien', province: 'An Giang' },
  ];
  const content = {
    leThanh: { gateId: 'le-thanh' },
    ducCo: { gateId: 'duc-co' },
    tinhBien: { gateId: 'tinh-bien' },
    giaLai: { gateId: null, province: 'Gia Lai' },
    anGiang: { province: 'An Giang' },
    national: { gateId: null },
    nationalBare: {},
  };
  const offered = (owner: Pick<PlaylistForm, 'owner' | 'gateId' | 'province'>) =>
    Object.entries(content)
      .filter(([, c]) => offers(owner, gates, c))
      .map(([name]) => name);

  it('a gate’s playlist: the gate’s own, its province’s and national content, no other gate’s', () => {
    expect(offered({ owner: 'gate', gateId: 'le-thanh', province: '' })).toEqual([
      'leThanh',
      'giaLai',
      'national',
      'nationalBare',
    ]);
  });
  it('a province’s playlist: that province’s and national content, not its gates’ own', () => {
    expect(offered({ owner: 'province', gateId: '', province: 'Gia Lai' })).toEqual([
      'giaLai',
      'national',
      'nationalBare',
    ]);
  });
  it('a national playlist: national content only', () => {
    expect(offered({ owner: 'national', gateId: '', province: '' })).toEqual(['national', 'nationalBare']);
  });
  it('media by their uploader’s scope', () => {
    const gate = { owner: 'gate' as const, gateId: 'le-thanh', province: '' };
    expect(offersAsset(gate, gates, {})).toBe(true);
    expect(offersAsset(gate, gates, { owner: { global: true } })).toBe(true);
    expect(offersAsset(gate, gates, { owner: { provinces: ['Gia Lai'] } })).toBe(true);
    expect(offersAsset(gate, gates, { owner: { gates: ['le-thanh'] } })).toBe(true);
    expect(offersAsset(gate, gates, { owner: { gates: ['tinh-bien'] } })).toBe(false);
    expect(offersAsset(gate, gates, { owner: { provinces: ['An Giang'] } })).toBe(false);
  });
  it('a new playlist belongs to the person’s one gate or province at first', () => {
    expect(defaultOwner({ scope: { gates: ['le-thanh'] } }, gates).owner).toBe('gate');
    expect(defaultOwner({ scope: { provinces: ['Gia Lai'] } }, gates)).toMatchObject({
      owner: 'province',
      province: 'Gia Lai',
    });
    expect(defaultOwner({ scope: { global: true } }, gates).owner).toBe('national');
    expect(defaultOwner({ scope: { provinces: ['An Giang'] } }, [{ id: 'tinh-bien' }])).toMatchObject({
      owner: 'gate',
      gateId: 'tinh-bien',
    });
  });
});
