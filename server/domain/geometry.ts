// An LED board's region: the W×H rectangle at X,Y of the HDMI output that its sending card copies. A
// wrong value blanks or shifts a public board, so on a live board it changes only through a preview.
import type { Geometry } from '../../schemas/types.ts';

/** The four fields of a screen that make its region, in the order a form shows them. */
export const geometryFields = ['width', 'height', 'offsetX', 'offsetY'] as const;

/** A screen's region (offsets default to 0, as the schema says). */
export function geometryOf(screen: {
  width: number;
  height: number;
  offsetX?: number | undefined;
  offsetY?: number | undefined;
}): Geometry {
  return {
    width: screen.width,
    height: screen.height,
    offsetX: screen.offsetX ?? 0,
    offsetY: screen.offsetY ?? 0,
  };
}

/** The JSON pointer of the first field in which two regions differ, or undefined when they are the same. */
export function firstDifference(a: Geometry, b: Geometry): string | undefined {
  const field = geometryFields.find((f) => a[f] !== b[f]);
  return field && `/${field}`;
}

/** W×H @ X,Y: how a technician reads a region (and the test pattern writes it). */
export function geometryText(g: Geometry): string {
  return `${g.width}×${g.height} @ ${g.offsetX},${g.offsetY}`;
}
