// A screenshot of exactly what the board shows: the stage rectangle, at its CSS pixel size (device-pixel-
// ratio 1 on LED PCs). A page cannot photograph itself, so the DOM is redrawn: html-to-image renders the
// text and boxes (SVG foreignObject, with the bundled web fonts embedded), and media are drawn here on top,
// from the elements themselves — the current frame of a video, the image, the test pattern's canvas —
// which html-to-image would otherwise fetch again (blob: URLs, which the CSP's connect-src refuses).
// Limits: CSS animations are caught at one instant; text over a video or image is hidden by the media.
import { toCanvas } from 'html-to-image';

type Media = HTMLImageElement | HTMLVideoElement | HTMLCanvasElement;
const isMedia = (n: Node): n is Media =>
  n instanceof HTMLImageElement || n instanceof HTMLVideoElement || n instanceof HTMLCanvasElement;

/** Whether an element is laid out and visible (not hidden, not an item still being prepared). */
function visible(el: HTMLElement, stage: HTMLElement): boolean {
  for (let n: HTMLElement | null = el; n && n !== stage; n = n.parentElement) {
    if (n.hidden || n.classList.contains('preparing') || getComputedStyle(n).visibility === 'hidden')
      return false;
  }
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** The stage as a PNG of exactly its pixel size, with a note on what could not be drawn. */
export async function captureStage(
  stage: HTMLElement,
): Promise<{ png: Blob; width: number; height: number; detail: string }> {
  const box = stage.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.imageSmoothingEnabled = false;
  g.fillStyle = getComputedStyle(stage).backgroundColor || '#000';
  g.fillRect(0, 0, width, height);
  let detail = 'ok';
  try {
    const dom = await toCanvas(stage, {
      width,
      height,
      canvasWidth: width,
      canvasHeight: height,
      pixelRatio: 1,
      skipAutoScale: true,
      // The clone is drawn at the origin of its own picture, not at the stage's offset on the output.
      style: { left: '0px', top: '0px', right: 'auto', bottom: 'auto', margin: '0' },
      // Media are drawn below; the status corner is diagnostics, not what the board shows.
      filter: (node) => !isMedia(node) && !(node instanceof HTMLElement && node.classList.contains('status')),
    });
    g.drawImage(dom, 0, 0, width, height);
  } catch (err) {
    detail = `text and boxes not drawn: ${err instanceof Error ? err.message : String(err)}`;
  }
  for (const el of stage.querySelectorAll<Media>('img, video, canvas')) {
    if (!visible(el, stage)) continue;
    try {
      drawMedia(g, el, box);
    } catch (err) {
      detail = `a ${el.tagName.toLowerCase()} was not drawn: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  const png = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (!png) throw new Error('the canvas could not be encoded');
  return { png, width, height, detail };
}

/** Draws one image, video frame or canvas where it sits on the stage, honouring its object-fit. */
function drawMedia(g: CanvasRenderingContext2D, el: Media, stageBox: DOMRect): void {
  const r = el.getBoundingClientRect();
  const [sw, sh] =
    el instanceof HTMLVideoElement
      ? [el.videoWidth, el.videoHeight]
      : el instanceof HTMLImageElement
        ? [el.naturalWidth, el.naturalHeight]
        : [el.width, el.height];
  if (!sw || !sh) return; // not decoded yet (a video before its first frame)
  const x = r.left - stageBox.left;
  const y = r.top - stageBox.top;
  const fit = el instanceof HTMLCanvasElement ? 'fill' : getComputedStyle(el).objectFit;
  if (fit === 'contain' || fit === 'cover' || fit === 'scale-down') {
    const scale =
      fit === 'cover'
        ? Math.max(r.width / sw, r.height / sh)
        : Math.min(r.width / sw, r.height / sh, fit === 'scale-down' ? 1 : Infinity);
    const dw = sw * scale;
    const dh = sh * scale;
    g.save();
    g.beginPath();
    g.rect(x, y, r.width, r.height);
    g.clip();
    g.drawImage(el, x + (r.width - dw) / 2, y + (r.height - dh) / 2, dw, dh);
    g.restore();
    return;
  }
  g.drawImage(el, x, y, r.width, r.height);
}
