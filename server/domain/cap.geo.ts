// Which gates a CAP <area> covers. Pure.
//
// Polygons are tested by ray casting on latitude/longitude as if they were plane coordinates. That is a
// planar approximation: a polygon edge is taken as a straight line in degrees, not a great-circle arc.
// At the scale of an alert area around a border gate (tens to hundreds of km, far from the poles and the
// antimeridian) the two differ by metres, far less than the precision of the gate's own coordinates.
// Circles use the haversine distance on a sphere of the Earth's mean radius (error < 0.5 %).
import type { CapArea, CapCircle, CapPoint } from './cap.ts';

/** The Earth's mean radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two points, km (haversine). */
export function distanceKm(a: CapPoint, b: CapPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a point lies inside a closed CAP polygon (ray casting, even-odd rule; see the note above). */
export function inPolygon(point: CapPoint, polygon: readonly CapPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    // The edge a–b crosses the horizontal line through the point, to the east of the point.
    if (a.lat > point.lat !== b.lat > point.lat) {
      const lonAtCrossing = a.lon + ((point.lat - a.lat) / (b.lat - a.lat)) * (b.lon - a.lon);
      if (point.lon < lonAtCrossing) inside = !inside;
    }
  }
  return inside;
}

/** Whether a point lies inside a CAP circle (its edge included). */
export function inCircle(point: CapPoint, circle: CapCircle): boolean {
  return distanceKm(point, circle.center) <= circle.radiusKm;
}

/**
 * Whether a point lies inside an area: inside any of its polygons or circles. An area described only by
 * geocodes selects no point here (geocodes are matched to provinces elsewhere).
 */
export function inArea(point: CapPoint, area: Pick<CapArea, 'polygons' | 'circles'>): boolean {
  return (
    area.polygons.some((polygon) => inPolygon(point, polygon)) || area.circles.some((c) => inCircle(point, c))
  );
}

/** The gates whose location lies inside the area, in their given order. */
export function gatesInArea<G extends { location: CapPoint }>(
  area: Pick<CapArea, 'polygons' | 'circles'>,
  gates: readonly G[],
): G[] {
  return gates.filter((gate) => inArea(gate.location, area));
}
