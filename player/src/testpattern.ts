// The commissioning test pattern: a one-pixel grid, colour bars, the screen's id and geometry, drawn
// at exactly the stage's W×H. A technician checks on the LED board that every module lights, that the
// colours are in the right order (RGB wiring) and that the board copies the right region of the output.
import type { ScreenConfig } from '../../schemas/types.ts';

/** Grid pitch in px: 32 divides the common LED module sizes (64×32, 128×64, 160×160 → 32). */
const gridPx = 32;
const bars = ['#ffffff', '#ffff00', '#00ffff', '#00ff00', '#ff00ff', '#ff0000', '#0000ff', '#000000'];

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
  const layer = stage.appendChild(document.createElement('div'));
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
  if (g) draw(g, config.width, config.height);

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

  if (Number.isFinite(ms)) {
    hideTimer = setTimeout(
      () => {
        hideTestPattern(stage);
      },
      Math.max(0, ms),
    );
  }
}

/** Removes the test pattern from the stage, if shown. */
export function hideTestPattern(stage: HTMLElement): void {
  clearTimeout(hideTimer);
  for (const layer of stage.querySelectorAll(':scope > .testpattern')) layer.remove();
}

function draw(g: CanvasRenderingContext2D, width: number, height: number): void {
  g.imageSmoothingEnabled = false;
  g.fillStyle = '#000';
  g.fillRect(0, 0, width, height);
  // Colour bars across the middle half.
  const barW = width / bars.length;
  bars.forEach((colour, i) => {
    g.fillStyle = colour;
    g.fillRect(Math.round(i * barW), Math.round(height / 4), Math.ceil(barW), Math.round(height / 2));
  });
  // One-pixel grid lines on whole pixels (fillRect, not stroke, so nothing is anti-aliased).
  g.fillStyle = '#808080';
  for (let x = 0; x < width; x += gridPx) g.fillRect(x, 0, 1, height);
  for (let y = 0; y < height; y += gridPx) g.fillRect(0, y, width, 1);
  // Diagonals reveal a stretched or squashed picture.
  g.strokeStyle = '#ffffff';
  g.beginPath();
  g.moveTo(0, 0);
  g.lineTo(width, height);
  g.moveTo(width, 0);
  g.lineTo(0, height);
  g.stroke();
  // Last, so nothing covers it: the outermost pixel row and column on every side: shows the board is not cropped or shifted.
  g.fillStyle = '#ff0000';
  g.fillRect(0, 0, width, 1);
  g.fillRect(0, height - 1, width, 1);
  g.fillRect(0, 0, 1, height);
  g.fillRect(width - 1, 0, 1, height);
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
    gate: { id: 'none', name: '', timeZone: 'Asia/Ho_Chi_Minh' },
  };
}
