import { describe, expect, it } from 'vitest';
import { mapLayout, type MapGate } from './alert-map.tsx';

// Tịnh Biên (An Giang) sits inside the flood polygon of test/fixtures/cap/flood-warning.xml, Vĩnh Hội Đông
// some 7 km north of it; Lệ Thanh (Gia Lai) is some 600 km away, Na Mèo (Thanh Hóa) further still.
const tinhBien: MapGate = { id: 'tinh-bien', name: 'Tịnh Biên', location: { lat: 10.6, lon: 104.95 } };
const vinhHoiDong: MapGate = {
  id: 'vinh-hoi-dong',
  name: 'Vĩnh Hội Đông',
  location: { lat: 10.8, lon: 104.97 },
};
const leThanh: MapGate = { id: 'le-thanh', name: 'Lệ Thanh', location: { lat: 13.98, lon: 107.5 } };
const naMeo: MapGate = { id: 'na-meo', name: 'Na Mèo', location: { lat: 20.4, lon: 104.4 } };
const flood = {
  polygons: [
    [
      [10.74, 104.86],
      [10.7, 105.02],
      [10.61, 105.08],
      [10.5, 105.04],
      [10.49, 104.92],
      [10.56, 104.83],
      [10.74, 104.86],
    ],
  ],
  circles: [],
};

describe('the alert map', () => {
  it('fits the area and the gates it reached, marks those, shows the gates nearby and leaves far ones off', () => {
    const layout = mapLayout([flood], [tinhBien, leThanh, naMeo, vinhHoiDong], new Set(['tinh-bien']));
    expect(layout?.gates.map((g) => [g.id, g.reached])).toEqual([
      ['tinh-bien', true],
      ['vinh-hoi-dong', false],
    ]);
    const [point] = layout!.gates;
    expect(point!.x).toBeGreaterThan(0);
    expect(point!.x).toBeLessThan(layout!.width);
    expect(point!.y).toBeGreaterThan(0);
    expect(point!.y).toBeLessThan(layout!.height);
    // North is up: the polygon's first (northernmost) point is higher than its southernmost one.
    const ys = layout!.polygons[0]!.split(' ').map((p) => Number(p.split(',')[1]));
    expect(ys[0]).toBeLessThan(ys[4]!);
  });

  it('draws a circle of r km at the scale of the map, round whatever the latitude', () => {
    const storm = { polygons: [], circles: [{ lat: 20.4, lon: 104.4, radiusKm: 50 }] };
    const layout = mapLayout([storm], [naMeo], new Set(['na-meo']))!;
    const [circle] = layout.circles;
    // The box is the circle with a margin of 20 % each way: its width is 2.4 r.
    expect(circle!.r).toBeCloseTo(layout.width / 2.4, 0);
    expect(layout.gates[0]).toMatchObject({ id: 'na-meo', reached: true });
  });

  it('draws nothing for an alert with neither shapes nor gates (an area given by codes only)', () => {
    expect(mapLayout([{ polygons: [], circles: [] }], [tinhBien], new Set())).toBeUndefined();
  });
});
