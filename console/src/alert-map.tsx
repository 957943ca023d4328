import type { Alert } from '../../schemas/types.ts';
import { t } from './i18n.ts';

/** A gate as the map needs it: where it is, and its name for the label. */
export interface MapGate {
  id: string;
  name: string;
  location: { lat: number; lon: number };
}

type Area = Pick<Alert['areas'][number], 'polygons' | 'circles'>;

/** What the map draws, in the SVG's own units: the alert's shapes and the gates near them. */
export interface MapLayout {
  width: number;
  height: number;
  polygons: string[];
  circles: { cx: number; cy: number; r: number }[];
  gates: { id: string; name: string; x: number; y: number; reached: boolean; anchor: 'start' | 'end' }[];
}

const WIDTH = 400;
const KM_PER_DEGREE = 111.32;
/**
 * The least span shown (degrees of latitude, some 65 km), so that a small area shows the gates around it and
 * one gate alone is not blown up to the whole map.
 */
const MIN_SPAN = 0.6;

/**
 * Lays out an alert's areas and the gates near them on an equirectangular projection fitted to the box of
 * the areas and the gates it reached (with a margin): x = lon·cos(φ₀), y = −lat, both in degrees of
 * latitude, so a circle of r km stays a circle of r/111.32. Gates outside that box are left off.
 */
export function mapLayout(areas: readonly Area[], gates: readonly MapGate[], reached: ReadonlySet<string>) {
  const shapes: [number, number][] = [];
  for (const a of areas) {
    for (const ring of a.polygons) for (const [lat = 0, lon = 0] of ring) shapes.push([lat, lon]);
    for (const c of a.circles) {
      const dLat = c.radiusKm / KM_PER_DEGREE;
      const dLon = dLat / Math.max(0.01, Math.cos((c.lat * Math.PI) / 180));
      shapes.push([c.lat - dLat, c.lon - dLon], [c.lat + dLat, c.lon + dLon]);
    }
  }
  const hits = gates
    .filter((g) => reached.has(g.id))
    .map((g): [number, number] => [g.location.lat, g.location.lon]);
  const points = [...shapes, ...hits];
  if (points.length === 0) return undefined;
  const lats = points.map((p) => p[0]);
  const lons = points.map((p) => p[1]);
  const mid = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = Math.cos((mid * Math.PI) / 180);
  const project = (lat: number, lon: number) => ({ x: lon * k, y: -lat });
  const xs = lons.map((lon) => lon * k);
  const ys = lats.map((lat) => -lat);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // A margin around the shapes, and at least MIN_SPAN each way.
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, MIN_SPAN);
    const c = (lo + hi) / 2;
    return [c - span * 0.6, c + span * 0.6];
  };
  [x0, x1] = grow(x0, x1);
  [y0, y1] = grow(y0, y1);
  // Not taller than wide by more than 1.5, so a north-south strip does not make a very tall picture.
  // Between 3:1 and 2:3, so a strip of coast or border does not make a sliver or a tower.
  if (y1 - y0 > (x1 - x0) * 1.5) {
    const c = (x0 + x1) / 2;
    [x0, x1] = [c - (y1 - y0) / 3, c + (y1 - y0) / 3];
  } else if (y1 - y0 < (x1 - x0) / 3) {
    const c = (y0 + y1) / 2;
    [y0, y1] = [c - (x1 - x0) / 6, c + (x1 - x0) / 6];
  }
  const scale = WIDTH / (x1 - x0);
  const height = Math.round((y1 - y0) * scale);
  const at = (lat: number, lon: number) => {
    const p = project(lat, lon);
    return { x: round((p.x - x0) * scale), y: round((p.y - y0) * scale) };
  };
  const layout: MapLayout = {
    width: WIDTH,
    height,
    polygons: areas.flatMap((a) =>
      a.polygons.map((ring) =>
        ring
          .map(([lat = 0, lon = 0]) => {
            const p = at(lat, lon);
            return `${p.x},${p.y}`;
          })
          .join(' '),
      ),
    ),
    circles: areas.flatMap((a) =>
      a.circles.map((c) => ({ ...cxy(at(c.lat, c.lon)), r: round((c.radiusKm / KM_PER_DEGREE) * scale) })),
    ),
    gates: gates.flatMap((g) => {
      const p = at(g.location.lat, g.location.lon);
      if (p.x < 0 || p.x > WIDTH || p.y < 0 || p.y > height) return [];
      return [
        {
          id: g.id,
          name: g.name,
          ...p,
          reached: reached.has(g.id),
          anchor: p.x > WIDTH / 2 ? 'end' : 'start',
        },
      ];
    }),
  };
  return layout;
}

const round = (n: number) => Math.round(n * 10) / 10;
const cxy = (p: { x: number; y: number }) => ({ cx: p.x, cy: p.y });

/**
 * A small map of an alert: its polygons and circles, the gates near them as labelled points, those it
 * reached filled in. One image for assistive technology, named by the gates it reached.
 */
export function AlertMap({
  areas,
  gates,
  reached,
}: {
  areas: readonly Area[];
  gates: readonly MapGate[];
  /** The gates the alert reached, by id, with their names (also those with no location). */
  reached: readonly { gateId: string; name: string }[];
}) {
  const ids = new Set(reached.map((g) => g.gateId));
  const layout = mapLayout(areas, gates, ids);
  const label =
    reached.length > 0
      ? t('capMapLabel', { gates: reached.map((g) => g.name).join(', ') })
      : t('capMapLabelNone');
  if (!layout)
    return (
      <p class="hint" data-map="none">
        {t('capMapNoArea')}
      </p>
    );
  return (
    <svg
      class="cap-map"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={label}
      data-map="alert"
    >
      <rect width={layout.width} height={layout.height} class="cap-map-ground" />
      {layout.polygons.map((points, i) => (
        <polygon key={`p${i}`} points={points} class="cap-map-area" />
      ))}
      {layout.circles.map((c, i) => (
        <circle key={`c${i}`} cx={c.cx} cy={c.cy} r={c.r} class="cap-map-area" />
      ))}
      {layout.gates.map((g) => (
        <g key={g.id} data-map-gate={g.id} data-reached={g.reached ? 'true' : 'false'}>
          <circle
            cx={g.x}
            cy={g.y}
            r={g.reached ? 6 : 4}
            class={g.reached ? 'cap-map-hit' : 'cap-map-gate'}
          />
          <text
            x={g.x + (g.anchor === 'start' ? 9 : -9)}
            y={g.y + 4}
            text-anchor={g.anchor}
            class={g.reached ? 'cap-map-label cap-map-label-hit' : 'cap-map-label'}
          >
            {g.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
