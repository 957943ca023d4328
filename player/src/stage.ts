// The stage: the exact rectangle of the output that the screen shows, and the swap between items.
import type { ScreenConfig } from '../../schemas/types.ts';
import { floorPx } from '../../shared/legibility.ts';
import type { Layout } from './layout.ts';
import { Ticker } from './ticker.ts';

/** One item built for the stage: shown once prepare() resolves, disposed when replaced. */
export interface Rendered {
  element: HTMLElement;
  /** Runs with the element laid out (hidden) on the stage: fit text, decode media. */
  prepare(): Promise<void>;
  dispose(): void;
}

/** Ticker band height as a share of the stage height (at least 16 px). */
const tickerShare = 0.12;
/** The ticker's text as a share of its band's height. */
const tickerTextShare = 0.6;

/** The #stage element: its geometry, its zones (main, and a ticker band if the layout has one). */
export class Stage {
  readonly element: HTMLElement;
  /** Where items go: the whole stage, or the part above the ticker band. */
  private readonly main: HTMLElement;
  private ticker: Ticker | null = null;
  private current: Rendered | null = null;
  private showing = 0;
  /** The smallest text the screen may show in any of its languages (its legibility floor), in px. */
  private floor = 0;

  constructor(element: HTMLElement) {
    this.element = element;
    this.main = element.appendChild(document.createElement('div'));
    this.main.className = 'zone-main';
  }

  /** Width and height in CSS px of the main zone: the configured screen (less the ticker band). */
  get size(): { width: number; height: number } {
    return { width: this.main.clientWidth, height: this.main.clientHeight };
  }

  /** Full screen, or main zone plus ticker band; the band keeps scrolling when only items change. */
  setLayout(layout: Layout): void {
    this.element.dataset['layout'] = layout.kind;
    if (layout.kind === 'full') {
      this.ticker?.dispose();
      this.ticker = null;
      this.main.style.bottom = '0';
      return;
    }
    // The band grows so that its text is never below the screen's floor (a 192 px board's 12 % band
    // would draw 14 px text where 16 px is the least that reads from the road).
    const band = Math.max(
      16,
      Math.round(this.element.clientHeight * tickerShare),
      Math.ceil(this.floor / tickerTextShare),
    );
    this.main.style.bottom = `${band}px`;
    this.ticker ??= new Ticker(this.element);
    this.ticker.element.style.height = `${band}px`;
    this.ticker.element.style.fontSize = `${Math.max(this.floor, Math.round(band * tickerTextShare))}px`;
    this.ticker.set(layout.texts);
  }

  /**
   * An LED board's sending card copies the W×H rectangle at X,Y of the HDMI output pixel for pixel, so
   * the stage is exactly that rectangle (the PC must run at device-pixel-ratio 1, e.g. Chromium with
   * --force-device-scale-factor=1). Kiosks and indoor screens use the same geometry, usually at 0,0.
   * Rotation is not applied yet: the player draws unrotated.
   */
  configure(config: ScreenConfig): void {
    const style = this.element.style;
    style.left = `${config.offsetX}px`;
    style.top = `${config.offsetY}px`;
    style.width = `${config.width}px`;
    style.height = `${config.height}px`;
    style.right = 'auto';
    style.bottom = 'auto';
    this.floor = Math.max(0, ...config.languages.map((lang) => floorPx(config.minTextPx, lang)));
    this.element.dataset['screen'] = config.screenId;
    this.element.dataset['kind'] = config.kind;
    // The geometry a technician compares with the LED controller's settings.
    this.element.dataset['geometry'] = `${config.width}x${config.height}+${config.offsetX}+${config.offsetY}`;
  }

  /**
   * Puts an item on the stage. The new element is laid out hidden and prepared before the current one is
   * removed, so there is no black frame between items. A later call supersedes an unfinished one.
   */
  async show(next: Rendered): Promise<void> {
    const ticket = ++this.showing;
    next.element.classList.add('entry', 'preparing');
    this.main.append(next.element);
    try {
      await next.prepare();
    } catch (err) {
      console.warn('could not prepare an item; showing it as is', err);
    }
    if (ticket !== this.showing) {
      next.element.remove();
      next.dispose();
      return;
    }
    next.element.classList.remove('preparing');
    const previous = this.current;
    this.current = next;
    if (previous) {
      previous.element.remove();
      previous.dispose();
    }
  }
}
