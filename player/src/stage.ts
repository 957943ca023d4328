// The stage: the exact rectangle of the output that the screen shows, and the swap between items.
import type { ScreenConfig } from '../../schemas/types.ts';

/** One item built for the stage: shown once prepare() resolves, disposed when replaced. */
export interface Rendered {
  element: HTMLElement;
  /** Runs with the element laid out (hidden) on the stage: fit text, decode media. */
  prepare(): Promise<void>;
  dispose(): void;
}

/** The #stage element: its geometry, and the item on it. */
export class Stage {
  readonly element: HTMLElement;
  private current: Rendered | null = null;
  private showing = 0;

  constructor(element: HTMLElement) {
    this.element = element;
  }

  /** Width and height in CSS px: the configured screen, or the window before any config. */
  get size(): { width: number; height: number } {
    return { width: this.element.clientWidth, height: this.element.clientHeight };
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
    this.element.dataset['screen'] = config.screenId;
    this.element.dataset['kind'] = config.kind;
  }

  /**
   * Puts an item on the stage. The new element is laid out hidden and prepared before the current one is
   * removed, so there is no black frame between items. A later call supersedes an unfinished one.
   */
  async show(next: Rendered): Promise<void> {
    const ticket = ++this.showing;
    next.element.classList.add('entry', 'preparing');
    this.element.append(next.element);
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
