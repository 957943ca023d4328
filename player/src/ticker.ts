// The ticker band: texts scrolling right to left at a constant speed, moved every display frame by a
// transform computed from the frame's timestamp. Time-based, so it is as smooth at 50, 60 or 144 Hz
// and a late frame catches up instead of slowing the text; a transform moves it on the compositor.
import type { TickerText } from './layout.ts';

/** Speed in band heights per second: readable from a distance without smearing on LED boards. */
const heightsPerSecond = 2;

/** A ticker band on `parent`; set() the texts, dispose() stops its frame loop. */
export class Ticker {
  readonly element: HTMLElement;
  private readonly track: HTMLElement;
  private key = '';
  private frame = 0;
  private origin: number | null = null;
  private cycle = 0;

  constructor(parent: HTMLElement) {
    this.element = parent.appendChild(document.createElement('div'));
    this.element.className = 'ticker';
    this.track = this.element.appendChild(document.createElement('div'));
    this.track.className = 'ticker-track';
  }

  /** Shows these texts; the same texts again keep scrolling where they are. */
  set(texts: TickerText[]): void {
    // A new band height (font size) needs the runs measured again.
    const key = `${this.element.style.fontSize}|${JSON.stringify(texts)}`;
    if (key === this.key) return;
    this.key = key;
    this.track.replaceChildren();
    if (texts.length === 0) {
      cancelAnimationFrame(this.frame);
      return;
    }
    const copy = () => {
      const run = this.track.appendChild(document.createElement('div'));
      run.className = 'ticker-run';
      for (const t of texts) {
        const span = run.appendChild(document.createElement('span'));
        span.className = 'ticker-text';
        span.lang = t.lang;
        span.dataset['lang'] = t.lang;
        span.style.fontFamily = t.fontFamily;
        span.textContent = t.text;
      }
      return run;
    };
    // Enough copies of the run that the band is always full while one copy scrolls out: shifting by
    // exactly one run's width then looks identical, so the loop has no seam.
    const first = copy();
    this.cycle = first.getBoundingClientRect().width;
    const copies = this.cycle > 0 ? Math.ceil(this.element.clientWidth / this.cycle) + 1 : 1;
    for (let i = 1; i < copies; i++) copy();
    this.origin = null;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.step);
  }

  /** Stops the frame loop and removes the band. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.element.remove();
  }

  private readonly step = (time: number): void => {
    this.origin ??= time;
    const speed = this.element.clientHeight * heightsPerSecond;
    const travelled = ((time - this.origin) / 1000) * speed;
    const offset = this.cycle > 0 ? travelled % this.cycle : 0;
    this.track.style.transform = `translate3d(${(-offset).toFixed(2)}px, 0, 0)`;
    this.frame = requestAnimationFrame(this.step);
  };
}
