// A proposed LED region, previewed: the test pattern at the new W×H+X+Y of the output while the stage (at
// the stored region) is hidden, so the board shows exactly what the new region would give, and nothing is
// stored. The controller ends it (apply sends the new config, cancel sends geometry-preview-end), or it
// ends by itself after its time: the board is never left on a region nobody confirmed.
import type { Geometry } from '../../schemas/types.ts';
import { testPatternLayer } from './testpattern.ts';

let ending: ReturnType<typeof setTimeout> | undefined;

/** Shows the pattern at `geometry` for `ms`, replacing any preview showing; the stage goes back after. */
export function showGeometryPreview(
  stage: HTMLElement,
  screenId: string,
  geometry: Geometry,
  ms: number,
): void {
  endGeometryPreview(stage);
  const layer = testPatternLayer({ screenId, ...geometry });
  layer.classList.add('geometry-preview');
  layer.dataset['geometryPreview'] =
    `${geometry.width}x${geometry.height}+${geometry.offsetX}+${geometry.offsetY}`;
  // Placed in the output itself, not in the stage: the stage keeps the stored region until a config moves it.
  Object.assign(layer.style, {
    position: 'fixed',
    inset: 'auto',
    left: `${geometry.offsetX}px`,
    top: `${geometry.offsetY}px`,
    width: `${geometry.width}px`,
    height: `${geometry.height}px`,
    zIndex: '2000',
  });
  stage.ownerDocument.body.appendChild(layer);
  stage.style.visibility = 'hidden';
  // A mark in the stage: heartbeats say the test pattern is on screen, and proof of play counts no item
  // as played while the stage is hidden (heartbeat.snapshot.ts coverOf, proofplay.ts watchCover).
  const cover = stage.appendChild(document.createElement('div'));
  cover.className = 'geometry-preview-cover';
  cover.dataset['testpattern'] = screenId;
  cover.hidden = true;
  ending = setTimeout(
    () => {
      endGeometryPreview(stage);
    },
    Math.max(0, ms),
  );
}

/** Ends the preview, if one shows: the stage is back at its stored region at once. */
export function endGeometryPreview(stage: HTMLElement): boolean {
  clearTimeout(ending);
  const layers = stage.ownerDocument.querySelectorAll('body > .geometry-preview');
  for (const layer of layers) layer.remove();
  for (const cover of stage.querySelectorAll(':scope > .geometry-preview-cover')) cover.remove();
  stage.style.visibility = '';
  return layers.length > 0;
}
