import { describe, expect, it } from 'vitest';
import {
  diagonalRuns,
  drawTestPattern,
  geometryLabel,
  patternColours,
  testPatternFromUrl,
} from './testpattern.ts';

describe('testPatternFromUrl', () => {
  const window = { width: 1920, height: 1080 };

  it('reads W×H+X+Y (a + in a query string arrives as a space) and the screen id', () => {
    for (const search of [
      '?testpattern=800x500+100+40&screen=b1',
      '?testpattern=800x500%2B100%2B40&screen=b1',
    ]) {
      const config = testPatternFromUrl(search, window);
      expect(config && [config.screenId, geometryLabel(config)]).toEqual(['b1', '800×500 @ 100,40']);
    }
  });

  it('covers the whole window when given no geometry, and is off without the parameter', () => {
    const config = testPatternFromUrl('?testpattern', window);
    expect(config && geometryLabel(config)).toBe('1920×1080 @ 0,0');
    expect(testPatternFromUrl('?token=abc', window)).toBeNull();
  });
});

/**
 * A 2D context that rasterises only what cannot blend: whole-pixel rectangles in an exact colour. A stroke,
 * a path or a fractional edge (what a browser anti-aliases) has no method here or throws.
 */
function pixelCanvas(width: number, height: number) {
  const pixels: string[] = new Array<string>(width * height).fill('unpainted');
  const g = {
    fillStyle: '' as unknown,
    fillRect(x: number, y: number, w: number, h: number) {
      for (const v of [x, y, w, h])
        if (!Number.isInteger(v)) throw new Error(`fillRect(${x}, ${y}, ${w}, ${h}) is not on whole pixels`);
      for (let j = Math.max(0, y); j < Math.min(height, y + h); j++)
        for (let i = Math.max(0, x); i < Math.min(width, x + w); i++)
          pixels[j * width + i] = String(g.fillStyle);
    },
  };
  return { g, at: (x: number, y: number) => pixels[y * width + x], pixels };
}

describe('the test pattern is crisp', () => {
  const sizes = [
    [576, 192],
    [800, 500],
    [1000, 625],
    [64, 32],
    [17, 300],
  ] as const;

  it('paints every pixel of the region in one of its exact colours, on whole pixels only', () => {
    for (const [width, height] of sizes) {
      const { g, pixels } = pixelCanvas(width, height);
      drawTestPattern(g, width, height);
      const strays = new Set(pixels.filter((p) => !patternColours.includes(p)));
      expect(strays, `${width}×${height}`).toEqual(new Set());
    }
  });

  it('draws each diagonal as one continuous line of single pixels from corner to corner', () => {
    for (const [width, height] of sizes) {
      const runs = diagonalRuns(width, height);
      // Split into the two lines (they alternate), each from its top corner to its bottom corner.
      const lines = [runs.filter((_, i) => i % 2 === 0), runs.filter((_, i) => i % 2 === 1)];
      expect(lines[0]?.[0]?.slice(0, 2)).toEqual([0, 0]);
      expect(lines[0]?.at(-1)?.slice(0, 2)).toEqual([width - 1, height - 1]);
      expect(lines[1]?.[0]?.slice(0, 2)).toEqual([width - 1, 0]);
      expect(lines[1]?.at(-1)?.slice(0, 2)).toEqual([0, height - 1]);
      for (const line of lines) {
        expect(line.every(([, , w, h]) => w === 1 && h === 1)).toBe(true);
        for (let i = 1; i < line.length; i++) {
          const [x0 = 0, y0 = 0] = line[i - 1] ?? [];
          const [x1 = 0, y1 = 0] = line[i] ?? [];
          // Neighbours (8-connected): no gap, and never two pixels side by side across the line.
          expect(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)), `${width}×${height} step ${i}`).toBe(1);
        }
      }
    }
  });

  it('shows the diagonals in white over the bars and grid, inside the red outermost pixels', () => {
    const [width, height] = [576, 192];
    const { g, at } = pixelCanvas(width, height);
    drawTestPattern(g, width, height);
    expect(at(0, 0)).toBe('#ff0000');
    expect(at(width - 1, height - 1)).toBe('#ff0000');
    // Along the longer side, the diagonal's pixel in each column is white, on a bar or not.
    for (const x of [3, 100, 287, 400, 572])
      expect(at(x, Math.round((x * (height - 1)) / (width - 1)))).toBe('#ffffff');
  });
});
