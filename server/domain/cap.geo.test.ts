import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCap } from './cap.ts';
import { distanceKm, gatesInArea, inCircle, inPolygon } from './cap.geo.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/cap/${name}`, import.meta.url), 'utf8');

// The reference gates (DESIGN.md), coordinates approximate.
const tinhBien = { id: 'tinh-bien', location: { lat: 10.61, lon: 104.95 } };
const leThanh = { id: 'le-thanh', location: { lat: 13.92, lon: 107.53 } };
const naMeo = { id: 'na-meo', location: { lat: 20.38, lon: 104.43 } };
const gates = [leThanh, tinhBien, naMeo];

describe('gatesInArea', () => {
  it('the flood polygon selects Tịnh Biên and no other gate, in every language block', () => {
    const alert = parseCap(fixture('flood-warning.xml'));
    for (const info of alert.infos) {
      const [area] = info.areas;
      expect(area && gatesInArea(area, gates).map((g) => g.id)).toEqual(['tinh-bien']);
    }
  });

  it('the storm circle selects Lệ Thanh and no other gate', () => {
    const [area] = parseCap(fixture('storm-circle.xml')).infos[0]?.areas ?? [];
    expect(area && gatesInArea(area, gates).map((g) => g.id)).toEqual(['le-thanh']);
  });

  it('an area of two shapes selects the gates of both', () => {
    const area = {
      polygons: [
        [
          { lat: 10.5, lon: 104.8 },
          { lat: 10.7, lon: 104.8 },
          { lat: 10.7, lon: 105.1 },
          { lat: 10.5, lon: 105.1 },
          { lat: 10.5, lon: 104.8 },
        ],
      ],
      circles: [{ center: { lat: 20.4, lon: 104.4 }, radiusKm: 10 }],
    };
    expect(gatesInArea(area, gates).map((g) => g.id)).toEqual(['tinh-bien', 'na-meo']);
  });

  it('an area with only geocodes selects no gate here', () => {
    expect(gatesInArea({ polygons: [], circles: [] }, gates)).toEqual([]);
  });
});

describe('inPolygon', () => {
  // A U shape: its notch (the empty middle) must not count as inside.
  const u = [
    { lat: 0, lon: 0 },
    { lat: 3, lon: 0 },
    { lat: 3, lon: 1 },
    { lat: 1, lon: 1 },
    { lat: 1, lon: 2 },
    { lat: 3, lon: 2 },
    { lat: 3, lon: 3 },
    { lat: 0, lon: 3 },
    { lat: 0, lon: 0 },
  ];
  it('follows a concave outline', () => {
    expect(inPolygon({ lat: 2, lon: 0.5 }, u)).toBe(true);
    expect(inPolygon({ lat: 2, lon: 2.5 }, u)).toBe(true);
    expect(inPolygon({ lat: 2, lon: 1.5 }, u)).toBe(false);
    expect(inPolygon({ lat: 0.5, lon: 1.5 }, u)).toBe(true);
    expect(inPolygon({ lat: -1, lon: 1.5 }, u)).toBe(false);
  });
});

describe('inCircle', () => {
  it('measures great-circle distance in km', () => {
    // One degree of latitude is about 111.2 km everywhere.
    expect(distanceKm({ lat: 10, lon: 105 }, { lat: 11, lon: 105 })).toBeCloseTo(111.2, 0);
    // Tịnh Biên to Lệ Thanh, about 460 km as the crow flies.
    expect(distanceKm(tinhBien.location, leThanh.location)).toBeGreaterThan(440);
    expect(distanceKm(tinhBien.location, leThanh.location)).toBeLessThan(480);
  });
  it('includes a point 10 km from the centre of a 12 km circle and excludes one 14 km away', () => {
    const center = { lat: 10.61, lon: 104.95 };
    const north = (km: number) => ({ lat: center.lat + km / 111.2, lon: center.lon });
    expect(inCircle(north(10), { center, radiusKm: 12 })).toBe(true);
    expect(inCircle(north(14), { center, radiusKm: 12 })).toBe(false);
  });
});
