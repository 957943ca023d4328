// The commissioning test pattern: a one-pixel grid, colour bars, the screen's id and geometry, drawn
// at exactly the stage's W×H. A technician checks on the LED board that every module lights, that the
// colours are in the right order (RGB wiring) and that the board copies the right region of the output.
import type { ScreenConfig } from '../../schemas/types.ts';

/** Grid pitch in px: 32 divides the common LED module sizes (64×32, 128×64, 160×160 → 32). */
const gridPx = 32;
const bars = ['#ffffff', '#ffff00', '#00ffff', '#00ff00', '#ff00ff', '#ff0000', '#0000ff', '#000000'];
const gridColour = '#808080';
const diagonalColour = '#ffffff';
const edgeColour = '#ff0000';
/** Every colour the pattern draws: a pixel of any other colour is smoothing (a blended grey or tint). */
export const patternColours: readonly string[] = [
  ...new Set([...bars, gridColour, diagonalColour, edgeColour]),
];

let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** The text a technician reads off the board: which screen this is and the region it must copy. */
export function geometryLabel(
  config: Pick<ScreenConfig, 'width' | 'height' | 'offsetX' | 'offsetY'>,
): string {
  return `${config.width}×${config.height} @ ${config.offsetX},${config.offsetY}`;
}

/**
 * Shows the test pattern over everything on `stage` for `ms` milliseconds (Infinity: until
 * hideTestPattern); a second call replaces the first. Returns at once.
 */
export function showTestPattern(stage: HTMLElement, config: ScreenConfig, ms: number): void {
  hideTestPattern(stage);
  stage.appendChild(testPatternLayer(config));
  if (Number.isFinite(ms)) {
    hideTimer = setTimeout(
      () => {
        hideTestPattern(stage);
      },
      Math.max(0, ms),
    );
  }
}

/** The pattern for a W×H region as a layer (class testpattern), drawn 1:1 and labelled. */
export function testPatternLayer(
  config: Pick<ScreenConfig, 'screenId' | 'width' | 'height' | 'offsetX' | 'offsetY'>,
): HTMLElement {
  const layer = document.createElement('div');
  layer.className = 'testpattern';
  layer.dataset['testpattern'] = config.screenId;
  layer.lang = 'en';

  const canvas = layer.appendChild(document.createElement('canvas'));
  // The canvas has the stage's pixels exactly: drawn 1:1, never scaled by CSS.
  canvas.width = config.width;
  canvas.height = config.height;
  canvas.style.width = `${config.width}px`;
  canvas.style.height = `${config.height}px`;
  const g = canvas.getContext('2d');
  if (g) drawTestPattern(g, config.width, config.height);

  // The labels are DOM text (readable by tests and screen readers) over the canvas.
  const label = layer.appendChild(document.createElement('div'));
  label.className = 'testpattern-label';
  const id = label.appendChild(document.createElement('div'));
  id.className = 'testpattern-id';
  id.textContent = config.screenId;
  const geometry = label.appendChild(document.createElement('div'));
  geometry.className = 'testpattern-geometry';
  geometry.textContent = geometryLabel(config);
  label.style.fontSize = `${Math.max(10, Math.round(Math.min(config.width / 16, config.height / 8)))}px`;
  return layer;
}

/** Removes the test pattern from the stage, if shown. */
export function hideTestPattern(stage: HTMLElement): void {
  clearTimeout(hideTimer);
  for (const layer of stage.querySelectorAll(':scope > .testpattern')) layer.remove();
}

/** The part of a 2D context the pattern uses: whole-pixel rectangles only, never a stroke or a path. */
export type PixelCanvas = Pick<CanvasRenderingContext2D, 'fillRect'> & { fillStyle: unknown };

/**
 * Draws the pattern with whole-pixel rectangles only: no stroke, no path, nothing scaled, so no pixel is
 * anti-aliased and every one is exactly one of patternColours (an LED board shows a smoothed diagonal as
 * a smear of grey modules, which hides the very misalignment it is there to reveal).
 */
export function drawTestPattern(g: PixelCanvas, width: number, height: number): void {
  g.fillStyle = '#000000';
  g.fillRect(0, 0, width, height);
  // Colour bars across the middle half, on whole-pixel edges.
  const top = Math.round(height / 4);
  const barHeight = Math.round(height / 2);
  bars.forEach((colour, i) => {
    const left = Math.round((i * width) / bars.length);
    const right = Math.round(((i + 1) * width) / bars.length);
    g.fillStyle = colour;
    g.fillRect(left, top, right - left, barHeight);
  });
  // One-pixel grid lines on whole pixels.
  g.fillStyle = gridColour;
  for (let x = 0; x < width; x += gridPx) g.fillRect(x, 0, 1, height);
  for (let y = 0; y < height; y += gridPx) g.fillRect(0, y, width, 1);
  // Diagonals reveal a stretched or squashed picture: rasterised here, one pixel per step.
  g.fillStyle = diagonalColour;
  for (const [x, y, w, h] of diagonalRuns(width, height)) g.fillRect(x, y, w, h);
  // Last, so nothing covers it: the outermost pixel row and column on every side: shows the board is not cropped or shifted.
  g.fillStyle = edgeColour;
  g.fillRect(0, 0, width, 1);
  g.fillRect(0, height - 1, width, 1);
  g.fillRect(0, 0, 1, height);
  g.fillRect(width - 1, 0, 1, height);
}

/**
 * The pixels of both corner-to-corner diagonals of a W×H rectangle as [x, y, w, h] runs: along the longer
 * side, one pixel per step (the other coordinate rounded), so each line is continuous, one pixel thick,
 * and meets all four corner pixels exactly.
 */
export function diagonalRuns(width: number, height: number): [number, number, number, number][] {
  const runs: [number, number, number, number][] = [];
  const steps = Math.max(width, height);
  const along = (i: number, size: number) => (steps === 1 ? 0 : Math.round((i * (size - 1)) / (steps - 1)));
  for (let i = 0; i < steps; i++) {
    const x = along(i, width);
    const y = along(i, height);
    runs.push([x, y, 1, 1], [width - 1 - x, y, 1, 1]);
  }
  return runs;
}

/**
 * Commissioning without the controller: `/player/?testpattern=800x500+100+40` (W×H+X+Y, as X11 writes
 * geometry) or bare `?testpattern` for the whole window. Null when the URL does not ask for it.
 */
export function testPatternFromUrl(
  search: string,
  window: { width: number; height: number },
): ScreenConfig | null {
  const params = new URLSearchParams(search);
  if (!params.has('testpattern')) return null;
  // A '+' in a query string reads as a space: accept both.
  const match = /^(\d+)[x×](\d+)(?:[+ ](\d+)[+ ](\d+))?$/.exec(params.get('testpattern') ?? '');
  const [width, height, offsetX, offsetY] = match
    ? [match[1], match[2], match[3] ?? '0', match[4] ?? '0'].map(Number)
    : [window.width, window.height, 0, 0];
  return {
    screenId: params.get('screen') ?? 'test-pattern',
    name: 'test pattern',
    kind: 'led',
    width: width ?? window.width,
    height: height ?? window.height,
    offsetX: offsetX ?? 0,
    offsetY: offsetY ?? 0,
    rotation: 0,
    languages: [],
    minTextPx: 16, // the pattern's labels size themselves; an LED board's usual floor, for completeness
    gate: { id: 'none', name: '', timeZone: 'Asia/Ho_Chi_Minh' },
  };
}
